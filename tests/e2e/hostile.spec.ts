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
/**
 * Names that could disturb the layout around them. The first county and site (and the first
 * site's township and village) end in Hebrew letters, strongly right-to-left: without isolation
 * they pull the neutral text after the name, such as the site id, to its left. (A right-to-left
 * override, U+202E, would do worse, but the validator refuses bidi controls outright.)
 * The second county and site, its township and village, and the second industry and its operator
 * are 4,096 characters with no break opportunity, the most a cell may hold.
 */
const OVERRIDE = "דרום";
const LONG = "W".repeat(4096);
const OVERRIDDEN = `${PAYLOAD}0${OVERRIDE}`;
const NAMES: Record<string, Record<number, Record<string, string>>> = {
  counties: { 0: { name_zh: OVERRIDDEN, name_en: OVERRIDDEN }, 1: { name_zh: LONG, name_en: LONG } },
  sites: {
    0: { name_zh: OVERRIDDEN, name_en: OVERRIDDEN, township_name: OVERRIDDEN, village_name: OVERRIDDEN },
    1: { name_zh: LONG, name_en: LONG, township_name: LONG, village_name: LONG },
  },
  industries: { 1: { name_zh: LONG, operator_name: LONG } },
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
    for (const [i, row] of parsed.data.entries()) {
      for (const column of columns) row[column] = `${PAYLOAD}${i}`;
      Object.assign(row, NAMES[table]?.[i]);
    }
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
  "/sites/420323-0001/notice/",
  "/counties/420323/notice/",
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
      const watch = await watchPage(page);
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

for (const prefix of ["", "/en"]) {
  test(`${prefix}/sites/: a right-to-left override in a name leaves the township and site id beside it in order`, async ({
    page,
  }) => {
    await page.goto(`${base}${prefix}/sites/420323-0001/`);
    await expect(page.locator("h1 bdi")).toHaveText(OVERRIDDEN);
    // The lede reads "county · township · site id"; the id is the lede's last words.
    const lede = await page.locator("p.lede").evaluate((p, id) => {
      const text = [...p.childNodes].find((n): n is Text => n instanceof Text && n.data.includes(id))!;
      const at = text.data.indexOf(id);
      const box = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        return range.getBoundingClientRect();
      };
      const whole = box(at, at + id.length);
      const all = document.createRange();
      all.selectNodeContents(p);
      const sameLine = [...all.getClientRects()].filter(
        (r) => r.width > 0 && Math.abs(r.top - whole.top) < 2,
      );
      return {
        isolation: [...p.querySelectorAll("bdi")].map((b) => getComputedStyle(b).unicodeBidi),
        firstDigitLeft: box(at, at + 1).left,
        lastDigitLeft: box(at + id.length - 1, at + id.length).left,
        idRight: whole.right,
        lineRight: Math.max(...sameLine.map((r) => r.right)),
      };
    }, "420323-0001");
    // The county and the township each sit in an isolating element.
    expect(lede.isolation).toEqual(["isolate", "isolate"]);
    // The id reads left to right (an override leaking out of the township would reverse it)…
    expect(lede.firstDigitLeft).toBeLessThan(lede.lastDigitLeft);
    // …and ends its line (Hebrew letters leaking out would pull it to their left).
    expect(lede.idRight).toBeGreaterThanOrEqual(lede.lineRight - 0.5);
  });

  test(`${prefix}: every text from the data with a right-to-left override sits in an isolating element`, async ({
    page,
  }) => {
    for (const path of [
      "/sites/420323-0001/",
      "/sites/420304-0001/",
      "/counties/420323/",
      "/counties/",
      "/sites/",
    ]) {
      await page.goto(`${base}${prefix}${path}`);
      await page.waitForLoadState("networkidle");
      const loose = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          // An <option>'s text is drawn by the browser's own control, alone on its line; an SVG's
          // <title> and <desc> are read out, not drawn.
          if (!node.textContent!.includes("דרום") || parent.closest("option, noscript, title, desc"))
            continue;
          if (getComputedStyle(parent).unicodeBidi !== "isolate")
            found.push(`${parent.tagName}: ${parent.outerHTML.slice(0, 80)}`);
        }
        return found;
      });
      expect(loose, path).toEqual([]);
    }
  });

  for (const width of [390, 1366]) {
    test(`${prefix}: pages showing a 4,096-character name without breaks fit a ${width} px window`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      for (const path of [
        "/sites/420304-0001/",
        "/sites/420323-0001/",
        "/sites/",
        "/counties/420304/",
        "/counties/",
        "/indicators/household-employment/",
        "/map/",
        "/map/?county=420304",
      ]) {
        await page.goto(`${base}${prefix}${path}`);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("body")).toContainText(LONG.slice(0, 100));
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `${prefix}${path} at ${width} px`).toBeLessThanOrEqual(innerWidth);
        if (width === 390 && path.startsWith("/sites/4")) {
          await page.screenshot({
            path: test.info().outputPath(`${prefix.slice(1) || "zh"}-${path.split("/")[2]}.png`),
            fullPage: false,
          });
        }
      }
    });
  }
}
