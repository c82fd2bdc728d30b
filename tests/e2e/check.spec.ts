/**
 * The check page: each defect fixture's files, dropped onto the page, give the problems `anju
 * validate --format json` gives for a folder of the same files (with the published contract's
 * datapackage.json when the fixture has none, as the page supplies it); nothing is requested while
 * files are checked; a folder and a zip are read; the page passes axe; a 50 MB export is checked
 * in the worker with progress shown while the page stays responsive.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { zipSync } from "fflate";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";
import { largeExport, longestGap, startHeartbeat } from "./large-export.ts";

const ROOT = join(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures/validate");
const DEFECTS = readdirSync(FIXTURES)
  .filter((name) => name !== "clean")
  .sort();
// As the CLI's text output: the first 100 of a code in a file, then the count.
const SHOWN_PER_CODE = 100;

interface Listed {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

interface Dropped {
  name: string;
  buffer: Buffer;
}

/** The clean dataset with the defect laid over it, in a fresh folder (removed by the caller). */
function withDefect(defect: string): string {
  const dir = mkdtempSync(join(tmpdir(), "anju-check-e2e-"));
  cpSync(join(FIXTURES, "clean"), dir, { recursive: true });
  for (const entry of readdirSync(join(FIXTURES, defect))) {
    if (entry.startsWith(".delete-")) rmSync(join(dir, entry.slice(".delete-".length)));
    else cpSync(join(FIXTURES, defect, entry), join(dir, entry));
  }
  return dir;
}

/** What `anju validate --format json` says about a folder, and how many of it are errors. */
function cliProblems(dir: string): { problems: Listed[]; errors: number } {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(ROOT, "bin/anju.mjs"), "validate", ".", "--format", "json"], {
      cwd: dir,
      encoding: "utf8",
    });
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit 1: the data has errors
  }
  const all = JSON.parse(out) as (Listed & { severity: string })[];
  return {
    problems: all.map(({ file, row, column, code, message }) => ({ file, row, column, code, message })),
    errors: all.filter((p) => p.severity === "error").length,
  };
}

/** A defect fixture's files as dropped, and what the CLI says about them. */
function fixture(defect: string): { files: Dropped[]; cli: ReturnType<typeof cliProblems> } {
  const dir = withDefect(defect);
  try {
    const files = readdirSync(dir).map((name) => ({ name, buffer: readFileSync(join(dir, name)) }));
    // The page checks against the published contract when no descriptor is dropped.
    if (!existsSync(join(dir, "datapackage.json")))
      writeFileSync(join(dir, "datapackage.json"), readFileSync(join(ROOT, "data/datapackage.json")));
    return { files, cli: cliProblems(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI's list as the page shows it: the first 100 of a code in a file. */
function shortened(cli: readonly Listed[]): Listed[] {
  const seen = new Map<string, number>();
  return cli.filter((p) => {
    const key = `${p.file}\u0000${p.code}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return seen.get(key)! <= SHOWN_PER_CODE;
  });
}

/** Every problem the page lists, read from its tables (the message and the fix joined again). */
async function listed(page: Page): Promise<Listed[]> {
  return page.locator(".check-file").evaluateAll((sections) =>
    sections.flatMap((section) => {
      const file = (section as HTMLElement).dataset.file!;
      return [...section.querySelectorAll<HTMLElement>("h3[data-code]")].flatMap((heading) => {
        const code = heading.dataset.code!;
        const rows = heading.nextElementSibling!.querySelectorAll("tbody tr");
        return [...rows].map((tr) => {
          const [row, column, , message, fix] = [...tr.children].map((cell) => cell.textContent);
          return {
            file,
            row: row === "" ? null : Number(row),
            column: column || null,
            code,
            message: fix ? `${message} ${fix}` : message!,
          };
        });
      });
    }),
  );
}

/** Drops files onto the drop zone, as a clerk dragging them from a folder window does. */
async function drop(page: Page, files: readonly Dropped[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (files) => {
      const data = new DataTransfer();
      for (const file of files) data.items.add(new File([new Uint8Array(file.bytes)], file.name));
      return data;
    },
    files.map((file) => ({ name: file.name, bytes: [...file.buffer] })),
  );
  await page.locator("[data-drop]").dispatchEvent("drop", { dataTransfer: transfer });
}

async function finished(page: Page): Promise<void> {
  await expect(page.locator("[data-check][data-state=done]")).toBeVisible({ timeout: 120_000 });
}

async function ready(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("[data-check][data-state=ready]")).toBeVisible();
}

test("every defect fixture dropped on the page gives what anju validate --format json gives", async ({
  page,
}) => {
  test.setTimeout(600_000);
  const watch = watchPage(page);
  await ready(page, "/en/check/");
  // Once the page and its worker are loaded, a check requests nothing at all.
  const during: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("blob:")) during.push(request.url());
  });
  expect(DEFECTS.length).toBeGreaterThan(60);
  for (const defect of DEFECTS) {
    const { files, cli } = fixture(defect);
    const { problems, errors } = cli;
    // Mark the previous answer stale, so that only this check's answer counts as done.
    await page.locator("[data-check]").evaluate((root) => {
      root.dataset.state = "stale";
    });
    await drop(page, files);
    await finished(page);
    // The page groups by file and kind; within a kind it keeps the command line's order.
    const order = (a: Listed, b: Listed) => a.file.localeCompare(b.file) || a.code.localeCompare(b.code);
    expect([...(await listed(page))].sort(order), defect).toEqual(shortened(problems).sort(order));
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    if (problems.length === 0) await expect(summary).toContainText("No problems");
    else
      await expect(summary).toContainText(
        `Problems to fix: ${errors}. Warnings: ${problems.length - errors}.`,
      );
  }
  expect(during).toEqual([]);
  expectClean(watch);
});

test("a folder chosen with the folder picker and a zip are checked like their files", async ({ page }) => {
  const watch = watchPage(page);
  const dir = withDefect("sites.duplicate-id");
  try {
    const cli = cliProblems(dir).problems;
    expect(cli.map((p) => p.code)).toContain("duplicate-key");
    await ready(page, "/check/");
    await page.locator("#check-folder").setInputFiles(dir);
    await expect(page.locator("[data-chosen]")).toContainText(`${readdirSync(dir).length}`);
    await page.locator("[data-run]").click();
    await finished(page);
    expect(await listed(page)).toHaveLength(cli.length);
    await expect(page.locator("h3[data-code=duplicate-key]")).toBeVisible();

    const zip = zipSync(
      Object.fromEntries(readdirSync(dir).map((name) => [`导出/${name}`, readFileSync(join(dir, name))])),
    );
    await page.locator("#check-files").setInputFiles([
      { name: "export.zip", mimeType: "application/zip", buffer: Buffer.from(zip) },
      { name: "备注.txt", mimeType: "text/plain", buffer: Buffer.from("note") },
    ]);
    await page.locator("[data-run]").click();
    await finished(page);
    expect(await listed(page)).toHaveLength(cli.length);
    // A file the contract does not name is listed as ignored, not checked.
    await expect(page.locator("[data-result]")).toContainText("备注.txt");
    // The downloads: the problem list, and each CSV with its problems column.
    const links = page.locator("[data-result] a[download]");
    await expect(links.first()).toHaveAttribute("download", "problems.csv");
    await expect(page.locator('[data-result] a[download="sites.problems.csv"]')).toHaveCount(1);
    const download = page.waitForEvent("download");
    await page.locator('[data-result] a[download="sites.problems.csv"]').click();
    const annotated = readFileSync(await (await download).path(), "utf8");
    expect(annotated.split("\r\n")[0]).toMatch(/,问题$/);
    expect(annotated).toContain("duplicate-key");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expectClean(watch);
});

for (const prefix of ["", "/en"]) {
  test(`${prefix}/check/ passes axe before and after a check`, async ({ page }) => {
    const watch = watchPage(page);
    await ready(page, `${prefix}/check/`);
    await expectAccessible(page);
    await drop(page, fixture("sites.duplicate-id").files);
    await finished(page);
    await expect(
      page.getByRole("heading", { name: prefix ? "There is a problem" : "存在问题" }),
    ).toBeVisible();
    await expectAccessible(page);
    expectClean(watch);
  });

  test(`${prefix}/check/guide/sites/ passes axe and its template link gives the header row`, async ({
    page,
  }) => {
    const watch = watchPage(page);
    await page.goto(`${prefix}/check/guide/sites/`);
    await expect(page.locator("table.guide tbody tr")).toHaveCount(15);
    await expectAccessible(page);
    const template = await page.request.get("/check/templates/sites.csv");
    expect(await template.text()).toBe(
      "\uFEFFsite_id,name_zh,name_en,county_code,township_code,township_name,village_name,placement,lat,lon,households,persons,moved_in,industry_plan_level,industry_plan_adopted\r\n",
    );
    expectClean(watch);
  });
}

test("a 50 MB export is checked in the worker, with progress shown and the page responsive", async ({
  page,
}) => {
  test.setTimeout(600_000);
  const files = largeExport(50);
  const bytes = files.reduce((sum, file) => sum + file.buffer.length, 0);
  expect(bytes).toBeGreaterThanOrEqual(50 * 1048576);
  // Playwright hands files over 50 MB to the page only from disk.
  const dir = mkdtempSync(join(tmpdir(), "anju-check-large-"));
  for (const file of files) writeFileSync(join(dir, file.name), file.buffer);
  await ready(page, "/check/");
  await page.locator("#check-files").setInputFiles(files.map((file) => join(dir, file.name)));
  // The page's own heartbeat: the longest gap between timer ticks while the worker checks.
  await startHeartbeat(page);
  await page.locator("[data-run]").click();
  await expect(page.getByRole("status")).toContainText("正在检查");
  await finished(page);
  rmSync(dir, { recursive: true, force: true });
  await expect(page.getByRole("status")).toContainText("检查完成");
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary")).toContainText("没有发现问题");
  const gap = await longestGap(page);
  test.info().annotations.push({
    type: "measured",
    description: `${(bytes / 1048576).toFixed(1)} MB: ${await page.getByRole("status").textContent()}; longest main-thread gap ${Math.round(gap)} ms`,
  });
  expect(gap).toBeLessThan(1000);
});
