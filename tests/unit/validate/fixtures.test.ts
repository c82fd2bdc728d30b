/**
 * Each fixture under tests/fixtures/validate/ is the clean dataset with one defect, named after
 * it: the folder holds only the files that differ (`.delete-X` removes X). The expected problems
 * are [file, row, column, code] tuples worked out from the fixture by hand.
 */
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadDataDirectory } from "../../../scripts/lib/load-data.ts";

const FIXTURES = join(import.meta.dirname, "../../fixtures/validate");
const scratch: string[] = [];

/** Builds the clean dataset with a defect fixture laid over it, in a fresh folder. */
async function withDefect(defect: string | null): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "anju-validate-"));
  scratch.push(dir);
  await cp(join(FIXTURES, "clean"), dir, { recursive: true });
  if (defect) {
    for (const entry of await readdir(join(FIXTURES, defect))) {
      if (entry.startsWith(".delete-")) await rm(join(dir, entry.slice(".delete-".length)));
      else await cp(join(FIXTURES, defect, entry), join(dir, entry));
    }
  }
  return dir;
}

async function fullProblemsOf(defect: string | null) {
  const dir = await withDefect(defect);
  return (await loadDataDirectory(dir, { cwd: dir })).problems;
}

async function problemsOf(defect: string | null) {
  return (await fullProblemsOf(defect)).map((p) => [p.file, p.row, p.column, p.code]);
}

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

type Tuple = [string, number | null, string | null, string];

const CASES: [string, Tuple[]][] = [
  // Files and encodings
  ["workshops.missing", [["workshops.csv", null, null, "file-missing"]]],
  ["datapackage.missing", [["datapackage.json", null, null, "datapackage-missing"]]],
  ["datapackage.not-json", [["datapackage.json", null, null, "datapackage-unreadable"]]],
  ["datapackage.not-a-descriptor", [["datapackage.json", null, null, "datapackage-invalid"]]],
  ["datapackage.anju-invalid", [["datapackage.json", null, null, "datapackage-anju"]]],
  ["datapackage.anju-missing", [["datapackage.json", null, null, "datapackage-anju"]]],
  ["sites.gb18030", [["sites.csv", null, null, "encoding-gb18030"]]],
  // The first byte that is neither UTF-8 nor GBK is located: row 2, the site_id cell.
  ["sites.not-utf8-nor-gbk", [["sites.csv", 2, "site_id", "encoding-invalid"]]],
  // A UTF-8 file with one row saved as GBK: that row is the error, the other is read as UTF-8.
  ["sites.mixed-encoding", [["sites.csv", 3, "name_zh", "encoding-mixed"]]],
  ["sites.xlsx-renamed", [["sites.csv", null, null, "encoding-invalid"]]],
  ["sites.utf8-bom-crlf", []],
  ["sites.cr-line-endings", []],
  // Header
  ["sites.title-row", [["sites.csv", 1, null, "title-row"]]],
  ["sites.missing-column", [["sites.csv", 1, "placement", "missing-column"]]],
  ["sites.duplicate-column", [["sites.csv", 1, "persons", "duplicate-column"]]],
  ["sites.blank-column", [["sites.csv", 1, "#16", "blank-column"]]],
  ["sites.unknown-column", [["sites.csv", 1, "备注", "unknown-column"]]],
  ["sites.personal-data-column", [["sites.csv", 1, "联系人电话", "personal-data-column"]]],
  ["counties.column-order", [["counties.csv", 1, null, "column-order"]]],
  ["counties.semicolons", [["counties.csv", 1, null, "missing-column"]]],
  // Rows
  ["sites.header-repeated", [["sites.csv", 3, null, "header-repeated"]]],
  ["employment.titles-row", [["employment.csv", 2, null, "header-repeated"]]],
  ["sites.no-rows", [["sites.csv", null, null, "no-rows"]]],
  ["workshops.header-only", []],
  ["industries.unbalanced-quote", [["industries.csv", 2, null, "unbalanced-quote"]]],
  ["employment.field-count", [["employment.csv", 2, null, "field-count"]]],
  ["sites.blank-rows", []],
  // Cells
  ["sites.cell-too-long", [["sites.csv", 2, "village_name", "cell-too-long"]]],
  ["sites.required-empty", [["sites.csv", 2, "name_zh", "required"]]],
  ["employment.not-a-number", [["employment.csv", 2, "labour_persons", "type"]]],
  ["employment.fraction", [["employment.csv", 2, "labour_persons", "type"]]],
  ["employment.negative", [["employment.csv", 2, "labour_persons", "constraint"]]],
  [
    "employment.full-width-and-thousands",
    [
      ["employment.csv", 2, "labour_persons", "normalised"],
      ["employment.csv", 3, "labour_persons", "normalised"],
    ],
  ],
  ["employment.bad-period", [["employment.csv", 2, "period", "type"]]],
  ["employment.loose-period", [["employment.csv", 2, "period", "normalised"]]],
  [
    "employment.period-out-of-range",
    [
      ["employment.csv", 4, "period", "constraint"],
      ["employment.csv", 5, "period", "constraint"],
    ],
  ],
  [
    "sites.loose-dates",
    [
      ["sites.csv", 2, "industry_plan_adopted", "normalised"],
      ["sites.csv", 2, "moved_in", "normalised"],
      ["sites.csv", 3, "industry_plan_adopted", "normalised"],
    ],
  ],
  ["sites.impossible-date", [["sites.csv", 2, "moved_in", "type"]]],
  ["sites.excel-serial-date", [["sites.csv", 2, "moved_in", "type"]]],
  ["services.booleans", [["services.csv", 2, "has_rules", "normalised"]]],
  ["services.bad-boolean", [["services.csv", 2, "has_office", "type"]]],
  ["sites.bad-enum", [["sites.csv", 2, "placement", "constraint"]]],
  ["sites.chinese-enum-label", [["sites.csv", 2, "placement", "normalised"]]],
  ["sites.latitude-out-of-range", [["sites.csv", 2, "lat", "constraint"]]],
  ["sites.swapped-coordinates", [["sites.csv", 2, "lat", "constraint"]]],
  [
    "sites.degrees-minutes-seconds",
    [
      ["sites.csv", 2, "lat", "type"],
      ["sites.csv", 2, "lon", "type"],
    ],
  ],
  ["funds.amount-in-wan", [["funds.csv", 2, "amount_yuan", "type"]]],
  [
    "employment.numbers-in-words",
    [
      ["employment.csv", 2, "labour_persons", "type"],
      ["employment.csv", 3, "labour_persons", "type"],
      ["employment.csv", 3, "trained_persons", "type"],
    ],
  ],
  ["funds.formula", [["funds.csv", 2, "description", "formula"]]],
  [
    "funds.more-than-two-decimals",
    [
      ["funds.csv", 2, "amount_yuan", "constraint"],
      ["funds.csv", 4, "amount_yuan", "normalised"],
      ["funds.csv", 5, "amount_yuan", "constraint"],
    ],
  ],
  ["funds.formula-after-spaces", [["funds.csv", 2, "description", "formula"]]],
  [
    // No-break space, U+3000, a line feed, a full-width ＝, a zero-width space, an em space and －.
    "funds.formula-after-unicode-space",
    [
      ["funds.csv", 2, "description", "formula"],
      ["funds.csv", 3, "description", "formula"],
      ["funds.csv", 4, "description", "formula"],
      ["funds.csv", 5, "description", "formula"],
      ["funds.csv", 6, "description", "format-character"],
      ["funds.csv", 6, "description", "formula"],
      ["funds.csv", 7, "description", "formula"],
    ],
  ],
  [
    // NUL, U+202E, zero-width space and word joiner, a zero-width space after a site id, U+FFFE,
    // U+2066…U+2069 and an escape sequence.
    "inspections.invisible-characters",
    [
      ["inspections.csv", 2, "summary", "invalid-character"],
      ["inspections.csv", 3, "summary", "bidi-control"],
      ["inspections.csv", 4, "summary", "format-character"],
      ["inspections.csv", 5, "site_id", "format-character"],
      ["inspections.csv", 6, "summary", "invalid-character"],
      ["inspections.csv", 7, "summary", "bidi-control"],
      ["inspections.csv", 8, "summary", "invalid-character"],
    ],
  ],
  [
    // （0719）8123456转12, 0719-8123456 and 0719 8123456; row 5's date, site id and amount are not phones.
    "inspections.landline",
    [
      ["inspections.csv", 2, "summary", "personal-data"],
      ["inspections.csv", 3, "summary", "personal-data"],
      ["inspections.csv", 4, "summary", "personal-data"],
    ],
  ],
  [
    // An ID split by zero-width spaces, a mobile in mathematical bold digits, an ID in Arabic-Indic digits.
    "inspections.hidden-personal-data",
    [
      ["inspections.csv", 2, "summary", "format-character"],
      ["inspections.csv", 2, "summary", "personal-data"],
      ["inspections.csv", 3, "summary", "personal-data"],
      ["inspections.csv", 4, "summary", "personal-data"],
    ],
  ],
  ["inspections.resident-id", [["inspections.csv", 2, "summary", "personal-data"]]],
  ["inspections.mobile", [["inspections.csv", 2, "summary", "personal-data"]]],
  ["inspections.bank-card", [["inspections.csv", 2, "summary", "personal-data"]]],
  // Keys and rules
  ["sites.duplicate-id", [["sites.csv", 4, "site_id", "duplicate-key"]]],
  ["employment.unknown-site", [["employment.csv", 4, "site_id", "foreign-key"]]],
  ["employment.employed-over-labour", [["employment.csv", 2, "households_with_labour_employed", "row-rule"]]],
  ["employment.trained-over-labour", [["employment.csv", 2, "trained_persons", "row-rule"]]],
  ["welfare.pension-over-eligible", [["welfare.csv", 2, "pension_insured", "row-rule"]]],
  ["sites.persons-below-households", [["sites.csv", 2, "persons", "row-rule"]]],
  ["workshops.employees-over-jobs", [["workshops.csv", 2, "relocated_employees", "row-rule"]]],
  ["industries.ended-before-started", [["industries.csv", 3, "ended", "row-rule"]]],
  ["sites.plan-date-missing", [["sites.csv", 2, "industry_plan_adopted", "plan-date"]]],
  [
    "sites.county-mismatch",
    [
      ["sites.csv", 2, "county_code", "county-mismatch"],
      ["sites.csv", 2, "lat", "outside-county"],
      ["sites.csv", 2, "township_code", "county-mismatch"],
    ],
  ],
  ["sites.outside-county", [["sites.csv", 2, "lat", "outside-county"]]],
  ["funds.site-in-other-county", [["funds.csv", 2, "county_code", "county-mismatch"]]],
  ["inspections.site-in-other-county", [["inspections.csv", 2, "county_code", "county-mismatch"]]],
];

/**
 * Where a value is recognisably something else, the message says so and what to write instead:
 * [fixture, row, column, words the message must hold], the values converted by hand.
 */
const SAYS_INSTEAD: [string, number | null, string | null, string[]][] = [
  ["sites.header-repeated", 3, null, ["row 3 repeats the header"]],
  ["employment.titles-row", 2, null, ["row 2 holds the columns' titles"]],
  ["sites.no-rows", null, null, ["sites.csv has its header but no rows"]],
  ["sites.swapped-coordinates", 2, "lat", ["latitude and longitude look swapped", "Swap the two cells"]],
  // 32 + 11/60 + 13.2/3600 = 32.187; 110 + 19/60 + 48/3600 = 110.33
  ["sites.degrees-minutes-seconds", 2, "lat", ["degrees, minutes and seconds", "32.187."]],
  ["sites.degrees-minutes-seconds", 2, "lon", ["degrees, minutes and seconds", "110.33."]],
  ["funds.amount-in-wan", 2, "amount_yuan", ["uses 万 (ten thousand)", ": 1500000."]],
  ["employment.numbers-in-words", 2, "labour_persons", ["“约110” is an estimate", "(110, if that is exact)"]],
  ["employment.numbers-in-words", 3, "labour_persons", ["has a unit (人)", "the number alone: 8200."]],
  ["employment.numbers-in-words", 3, "trained_persons", ["“75%” is a percentage", "not a share"]],
];

describe("anju validate on fixtures named after their defect", () => {
  test.each(SAYS_INSTEAD)(
    "%s row %s, column %s: the message names the cause and the fix",
    async (defect, row, column, words) => {
      const found = (await fullProblemsOf(defect)).find((p) => p.row === row && p.column === column);
      for (const word of words) expect(found?.message).toContain(word);
    },
  );

  test("the clean fixture validates with no problem", async () => {
    expect(await problemsOf(null)).toEqual([]);
  });

  test.each(CASES)("%s is reported exactly", async (defect, expected) => {
    expect(await problemsOf(defect)).toEqual(expected);
  });

  test("every fixture folder has a case", async () => {
    const folders = (await readdir(FIXTURES)).filter((name) => name !== "clean").sort();
    expect(folders).toEqual([...CASES.map(([name]) => name), "sites.bad-site-id"].sort());
  });

  test("a site id that breaks its pattern also breaks the references to it", async () => {
    const problems = await problemsOf("sites.bad-site-id");
    expect(problems).toContainEqual(["sites.csv", 2, "site_id", "constraint"]);
    expect(problems).toContainEqual(["employment.csv", 2, "site_id", "foreign-key"]);
  });
});
