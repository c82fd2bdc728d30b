/**
 * The check page: each defect fixture's files, chosen in the page, give the problems `anju
 * validate --format json` gives for a folder of the same files; nothing is requested while the
 * files are checked; the page passes axe; a ~50 MB export is checked with progress shown.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

const ROOT = join(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures/validate");
const DEFECTS = readdirSync(FIXTURES)
  .filter((name) => name !== "clean")
  .sort();

test.setTimeout(600_000);

interface Listed {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

/** The clean dataset with the defect laid over it, and what the command line says about it. */
function fixture(defect: string): {
  files: { name: string; mimeType: string; buffer: Buffer }[];
  cli: Listed[];
} {
  const dir = mkdtempSync(join(tmpdir(), "anju-check-e2e-"));
  try {
    cpSync(join(FIXTURES, "clean"), dir, { recursive: true });
    for (const entry of readdirSync(join(FIXTURES, defect))) {
      if (entry.startsWith(".delete-")) rmSync(join(dir, entry.slice(".delete-".length)));
      else cpSync(join(FIXTURES, defect, entry), join(dir, entry));
    }
    let out: string;
    try {
      out = execFileSync("node", [join(ROOT, "bin/anju.mjs"), "validate", ".", "--format", "json"], {
        cwd: dir,
        encoding: "utf8",
      });
    } catch (error) {
      out = (error as { stdout: string }).stdout; // exit 1: the data has errors
    }
    const cli = (JSON.parse(out) as Listed[]).map(({ file, row, column, code, message }) => ({
      file,
      row,
      column,
      code,
      message,
    }));
    const files = readdirSync(dir).map((name) => ({
      name,
      mimeType: "text/csv",
      buffer: readFileSync(join(dir, name)),
    }));
    return { files, cli };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every problem the page lists, read from its tables. */
async function listed(page: Page): Promise<Listed[]> {
  return page.locator(".check-file").evaluateAll((sections) =>
    sections.flatMap((section) => {
      const file = (section as HTMLElement).dataset.file!;
      return [...section.querySelectorAll("h3[data-code]")].flatMap((heading) => {
        const code = (heading as HTMLElement).dataset.code!;
        const rows = heading.nextElementSibling!.querySelectorAll("tbody tr");
        return [...rows].map((tr) => {
          const cells = [...tr.children].map((cell) => cell.textContent);
          return {
            file,
            row: cells[0] === "" ? null : Number(cells[0]),
            column: cells[1] || null,
            code,
            message: cells[2]!,
          };
        });
      });
    }),
  );
}

async function checkOnPage(page: Page, files: ReturnType<typeof fixture>["files"]): Promise<void> {
  await page.locator("#check-files").setInputFiles(files);
  await page.locator("[data-run]").click();
  await expect(page.locator("[data-check][data-state=done]")).toBeVisible({ timeout: 120_000 });
}

test("every defect fixture gives on the page what anju validate --format json gives", async ({ page }) => {
  const watch = watchPage(page);
  await page.goto("/en/check/");
  await expect(page.locator("[data-check][data-state=ready]")).toBeVisible();
  // Once the page and its worker are loaded, a check requests nothing at all.
  const during: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("blob:")) during.push(request.url());
  });
  for (const defect of DEFECTS) {
    const { files, cli } = fixture(defect);
    await checkOnPage(page, files);
    const byFile = (a: Listed, b: Listed) => a.file.localeCompare(b.file);
    // The page groups by file and kind; within a kind it keeps the command line's order.
    const expected = [...cli].sort(byFile);
    const shown = await listed(page);
    expect(
      [...shown].sort((a, b) => byFile(a, b) || a.code.localeCompare(b.code)),
      defect,
    ).toEqual([...expected].sort((a, b) => byFile(a, b) || a.code.localeCompare(b.code)));
    if (cli.length > 0) await expect(page.locator(".error-summary")).toBeFocused();
  }
  expect(during).toEqual([]);
  expectClean(watch);
});

for (const prefix of ["", "/en"]) {
  test(`${prefix}/check/ passes axe before and after a check`, async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`${prefix}/check/`);
    await expect(page.locator("[data-check][data-state=ready]")).toBeVisible();
    await expectAccessible(page);
    await checkOnPage(page, fixture("sites.duplicate-id").files);
    await expect(
      page.getByRole("heading", { name: prefix ? "There is a problem" : "存在问题" }),
    ).toBeVisible();
    await expectAccessible(page);
    expectClean(watch);
  });
}

test("a ~50 MB export is checked off the main thread with progress shown", async ({ page }) => {
  const { files } = fixture("workshops.header-only");
  const employment = files.find((file) => file.name === "employment.csv")!;
  const [header, ...rows] = employment.buffer.toString("utf8").trimEnd().split("\n");
  const lines = [header];
  let size = 0;
  for (let i = 0; size < 50 * 1048576; i++) {
    const line = rows[i % rows.length]!;
    lines.push(line);
    size += line.length + 1;
  }
  employment.buffer = Buffer.from(`${lines.join("\n")}\n`);
  await page.goto("/check/");
  await expect(page.locator("[data-check][data-state=ready]")).toBeVisible();
  await page.locator("#check-files").setInputFiles(files);
  await page.locator("[data-run]").click();
  await expect(page.getByRole("status")).toContainText("正在检查");
  // The main thread answers while the worker validates.
  const started = Date.now();
  await page.evaluate(() => 1);
  expect(Date.now() - started).toBeLessThan(1000);
  await expect(page.locator("[data-check][data-state=done]")).toBeVisible({ timeout: 300_000 });
  await expect(page.locator(".error-summary")).toBeFocused();
});
