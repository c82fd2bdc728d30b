/**
 * A dataset whose every free-text cell carries script-injection payloads builds, and Chromium
 * visiting every template fires no dialog, runs nothing, and shows the payloads as plain text.
 */
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { serveStatic } from "../../scripts/lib/serve.ts";
import { expectClean, watchPage } from "./helpers.ts";

const ROOT = join(import.meta.dirname, "../..");
const PAYLOAD = `<img src=x onerror=alert(1)></script><script>alert(2)</script>javascript:alert(3)\u2028"'<b>`;
/** Free-text columns of each table. */
const TEXT_COLUMNS: Record<string, string[]> = {
  counties: ["name_zh", "name_en"],
  sites: ["name_zh", "name_en", "township_name", "village_name"],
  industries: ["name_zh", "operator_name"],
  workshops: ["name_zh"],
  funds: ["description"],
  inspections: ["summary"],
  reported_totals: ["source"],
};

let work = "";
let server: Server | undefined;
let base = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = await mkdtemp(join(tmpdir(), "anju-hostile-"));
  const data = join(work, "data");
  await cp(join(ROOT, "tests/fixtures/site-small"), data, { recursive: true });
  for (const [table, columns] of Object.entries(TEXT_COLUMNS)) {
    const path = join(data, `${table}.csv`);
    const parsed = Papa.parse<Record<string, string>>(await readFile(path, "utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    for (const [i, row] of parsed.data.entries())
      for (const column of columns) row[column] = `${PAYLOAD}${i}`;
    await writeFile(path, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields!, newline: "\n" })}\n`);
  }
  execFileSync(process.execPath, ["bin/anju.mjs", "build", data, "--out", join(work, "site")], {
    cwd: ROOT,
    env: { ...process.env, ANJU_RELEASES_DIR: join(work, "releases") },
    stdio: "pipe",
  });
  ({ server, url: base } = await serveStatic(join(work, "site")));
});

test.afterAll(async () => {
  server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const TEMPLATES = [
  "/",
  "/indicators/",
  "/indicators/household-employment/",
  "/counties/",
  "/counties/420323/",
  "/sites/",
  "/sites/420323-0001/",
  "/map/",
  "/data/",
  "/data/sites/",
  "/releases/",
  "/quality/",
  "/verify/",
  "/sitemap/",
];

for (const prefix of ["", "/en"]) {
  for (const path of TEMPLATES) {
    test(`${prefix}${path} shows hostile text as text and runs none of it`, async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`${base}${prefix}${path}`);
      await page.waitForLoadState("networkidle");
      expect(watch.dialogs).toEqual([]);
      // No element came out of the data: the payload's tags are text.
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(
        await page
          .locator("script:not([src])")
          .evaluateAll((s) => s.filter((e) => e.textContent.includes("alert")).length),
      ).toBe(0);
      // Pages that show names or free text from the data must show the payload, as text.
      if (
        !["/", "/indicators/", "/indicators/household-employment/", "/releases/", "/verify/"].includes(path)
      ) {
        await expect(page.locator("body")).toContainText("<img src=x onerror=alert(1)>");
      }
      expectClean(watch);
    });
  }
}
