/**
 * The check page: each defect fixture's files, dropped onto the page, give the problems `anju
 * validate --format json` gives for a folder of the same files (with the published contract's
 * datapackage.json when the fixture has none, as the page supplies it), in Chinese on /check/ and
 * in English on /en/check/; nothing is requested while files are checked; a folder and a zip are
 * read; the page passes axe; a 50 MB export is checked in the worker with progress shown while
 * the page stays responsive.
 *
 * The command's answer is taken from its own `main` in this process (what bin/anju.mjs runs),
 * not from a process per fixture: 72 processes took three minutes of CI. One test runs the real
 * command and checks it prints exactly what `main` gives.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { zipSync } from "fflate";
import { main } from "../../scripts/cli.ts";
import { recordingEffects } from "../../scripts/lib/effects.ts";
import { textRow, workbook } from "../unit/check/workbook.ts";
import { A4, expectAccessible, expectClean, printed, watchPage } from "./helpers.ts";
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

/** A problem as `anju validate --format json` prints it. */
interface Printed extends Listed {
  severity: string;
  message_zh: string;
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

const VALIDATE = ["validate", ".", "--format", "json"];

/** What the real `anju validate --format json` prints for a folder (a process of its own). */
function spawnedCli(dir: string): string {
  try {
    return execFileSync(process.execPath, [join(ROOT, "bin/anju.mjs"), ...VALIDATE], {
      cwd: dir,
      encoding: "utf8",
    });
  } catch (error) {
    return (error as { stdout: string }).stdout; // exit 1: the data has errors
  }
}

/** What `anju validate --format json` prints for a folder, from the command's `main` in this process. */
async function cliOutput(dir: string): Promise<string> {
  const effects = recordingEffects(dir);
  await main(VALIDATE, effects);
  return effects.stdout.join("\n");
}

/** The command's answer in a language: each problem with its message in it, and how many are errors. */
interface CliAnswer {
  zh: Listed[];
  en: Listed[];
  errors: number;
}

function answer(out: string): CliAnswer {
  const all = JSON.parse(out) as Printed[];
  const listed = (p: Printed, message: string) => ({
    file: p.file,
    row: p.row,
    column: p.column,
    code: p.code,
    message,
  });
  return {
    zh: all.map((p) => listed(p, p.message_zh)),
    en: all.map((p) => listed(p, p.message)),
    errors: all.filter((p) => p.severity === "error").length,
  };
}

/** A defect fixture's files as dropped, and what the CLI says about them. */
async function fixture(defect: string): Promise<{ files: Dropped[]; cli: CliAnswer }> {
  const dir = withDefect(defect);
  try {
    const files = readdirSync(dir).map((name) => ({ name, buffer: readFileSync(join(dir, name)) }));
    // The page checks against the published contract when no descriptor is dropped.
    if (!existsSync(join(dir, "datapackage.json")))
      writeFileSync(join(dir, "datapackage.json"), readFileSync(join(ROOT, "data/datapackage.json")));
    return { files, cli: answer(await cliOutput(dir)) };
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

/**
 * Every problem the page lists, read from its tables, the message and the fix joined again as the
 * validator writes them: with a space after an English sentence, directly after a Chinese one.
 */
async function listed(page: Page): Promise<Listed[]> {
  return page.locator(".check-file").evaluateAll((sections) =>
    sections.flatMap((section) => {
      const file = (section as HTMLElement).dataset.file!;
      return [...section.querySelectorAll<HTMLElement>("h3[data-code]")].flatMap((heading) => {
        const code = heading.dataset.code!;
        let table = heading.nextElementSibling;
        while (table && !table.querySelector("tbody")) table = table.nextElementSibling;
        return [...table!.querySelectorAll("tbody tr")].map((tr) => {
          const [row, column, , message, fix] = [...tr.children].map((cell) => cell.textContent);
          return {
            file,
            row: row === "" ? null : Number(row),
            column: column || null,
            code,
            message: fix ? `${message}${message!.endsWith("。") ? "" : " "}${fix}` : message!,
          };
        });
      });
    }),
  );
}

/** Drops files onto the drop zone, as a clerk dragging them from a folder window does. */
async function drop(page: Page, files: readonly Dropped[]): Promise<void> {
  // The bytes cross as base64: as an array of numbers the 74 KB descriptor took a second a drop.
  const transfer = await page.evaluateHandle(
    (files) => {
      const data = new DataTransfer();
      for (const file of files) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        data.items.add(new File([bytes], file.name));
      }
      return data;
    },
    files.map((file) => ({ name: file.name, base64: file.buffer.toString("base64") })),
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

test("the anju command prints what its main gives in this process", async () => {
  // The fixture tests below take the command's answer from `main`; this proves it is the answer.
  for (const defect of ["sites.duplicate-id", "datapackage.not-json", "sites.gb18030"]) {
    const dir = withDefect(defect);
    try {
      const spawned = spawnedCli(dir);
      expect(JSON.parse(spawned), defect).toEqual(JSON.parse(await cliOutput(dir)));
      expect(spawned, defect).toContain('"message_zh"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

/** What the summary box says in each language for a number of errors and warnings. */
const SUMMARY = {
  zh: (errors: number, warnings: number) =>
    errors + warnings === 0 ? "没有发现问题" : `${errors} 个问题需要修改，${warnings} 个提醒。`,
  en: (errors: number, warnings: number) =>
    errors + warnings === 0 ? "No problems" : `Problems to fix: ${errors}. Warnings: ${warnings}.`,
};

test("every defect fixture dropped on the page gives what anju validate --format json gives, in Chinese and in English", async ({
  page,
}) => {
  test.setTimeout(600_000);
  const pages = { zh: page, en: await page.context().newPage() };
  const watches = await Promise.all([watchPage(pages.zh), watchPage(pages.en)]);
  await ready(pages.zh, "/check/");
  await ready(pages.en, "/en/check/");
  // Once the page and its worker are loaded, a check requests nothing at all.
  const during: string[] = [];
  for (const tab of Object.values(pages))
    tab.on("request", (request) => {
      if (!request.url().startsWith("blob:")) during.push(request.url());
    });
  expect(DEFECTS.length).toBeGreaterThan(60);
  for (const defect of DEFECTS) {
    const { files, cli } = await fixture(defect);
    for (const lang of ["zh", "en"] as const) {
      const tab = pages[lang];
      const problems = cli[lang];
      // Mark the previous answer stale, so that only this check's answer counts as done.
      await tab.locator("[data-check]").evaluate((root) => {
        root.dataset.state = "stale";
      });
      await drop(tab, files);
      await finished(tab);
      // The page groups by file and kind; within a kind it keeps the command line's order.
      const order = (a: Listed, b: Listed) => a.file.localeCompare(b.file) || a.code.localeCompare(b.code);
      expect([...(await listed(tab))].sort(order), `${defect} (${lang})`).toEqual(
        shortened(problems).sort(order),
      );
      const summary = tab.locator(".error-summary");
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(SUMMARY[lang](cli.errors, problems.length - cli.errors));
    }
  }
  expect(during).toEqual([]);
  for (const watch of watches) expectClean(watch);
});

test("a sites.xlsx is checked as sites.csv: an Excel date serial in moved_in is reported at its row", async ({
  page,
}) => {
  const watch = await watchPage(page);
  const lines = readFileSync(join(ROOT, "data/sites.csv"), "utf8").trimEnd().split("\n");
  const header = lines[0]!.split(",");
  const movedIn = header.indexOf("moved_in");
  // Row 5 as Excel stores a date typed into a date-formatted cell: its serial number, not text.
  const rows = lines.map((line, index) => {
    const cells = line.split(",");
    if (index !== 4) return textRow(index + 1, cells);
    cells[movedIn] = "";
    const letter = String.fromCharCode(65 + movedIn);
    return textRow(index + 1, cells).replace("</row>", `<c r="${letter}5" s="1"><v>43382</v></c></row>`);
  });
  const book = workbook([{ name: "安置点", file: "worksheets/sheet1.xml", data: rows.join("") }]);
  const others = readdirSync(join(ROOT, "data"))
    .filter((name) => name.endsWith(".csv") && name !== "sites.csv")
    .map((name) => ({ name, buffer: readFileSync(join(ROOT, "data", name)) }));
  await ready(page, "/check/");
  await drop(page, [{ name: "sites.xlsx", buffer: Buffer.from(book) }, ...others]);
  await page.locator("[data-run]").click();
  await finished(page);
  const problems = await listed(page);
  expect(problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
    ["sites.xlsx", 5, "moved_in", "type"],
  ]);
  expect(problems[0]!.message).toContain("“43382”像是 Excel 的日期序号");
  await expect(page.locator('[data-result] a[download="sites.problems.csv"]')).toHaveCount(1);
  expectClean(watch);
});

test("a folder chosen with the folder picker and a zip are checked like their files", async ({ page }) => {
  const watch = await watchPage(page);
  const dir = withDefect("sites.duplicate-id");
  try {
    const cli = answer(await cliOutput(dir)).zh;
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
    const watch = await watchPage(page);
    await ready(page, `${prefix}/check/`);
    await expectAccessible(page);
    await drop(page, (await fixture("sites.duplicate-id")).files);
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
    const watch = await watchPage(page);
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

test("every table's guide prints on one A4 page and downloads as a CSV for Excel, in both languages", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const tables = readdirSync(join(FIXTURES, "clean"))
    .filter((name) => name.endsWith(".csv"))
    .map((name) => name.slice(0, -".csv".length));
  expect(tables).toHaveLength(11);
  for (const prefix of ["", "/en"]) {
    for (const table of tables) {
      await page.goto(`${prefix}/check/guide/${table}/`);
      const { pages, width, height } = await printed(page);
      expect(pages, `${prefix}/check/guide/${table}/`).toBe(1);
      expect([Math.round(width), Math.round(height)]).toEqual([Math.round(A4.width), Math.round(A4.height)]);
      // The file is the page's table: a header, then one line a column with its name first.
      const link = page.locator(`a[download][href="${prefix}/check/guide/${table}.csv"]`);
      await expect(link).toHaveCount(1);
      const csv = await (await page.request.get(`${prefix}/check/guide/${table}.csv`)).text();
      const lines = csv.split("\r\n");
      expect(csv.startsWith("\uFEFF")).toBe(true);
      expect(lines[0]).toBe(
        prefix
          ? "\uFEFFColumn,Meaning,Type,Allowed values,Example,May it be empty?"
          : "\uFEFF列名,含义,类型,取值规则,示例,可否为空",
      );
      const names = await page.locator("table.guide tbody th code").allTextContents();
      expect(lines.slice(1, -1).map((line) => line.split(/[（ ]/)[0])).toEqual(names);
    }
  }
});

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
