import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkFiles } from "../../../src/lib/check/index.ts";
import { guideCsv, tableGuide, templateCsv } from "../../../src/lib/check/templates.ts";
import { dictionary } from "../../../src/lib/downloads/views.ts";
import { TABLE_NAMES, tableByName } from "../../../src/lib/schema/index.ts";

const ROOT = join(import.meta.dirname, "../../..");
const publishedDescriptor = readFileSync(join(ROOT, "data/datapackage.json"));
const encode = (text: string) => new TextEncoder().encode(text);

describe("templateCsv", () => {
  test("is the header row as the Excel edition writes it: BOM, the contract's columns, CRLF", () => {
    const sites = tableByName("sites");
    expect(templateCsv(sites)).toBe(`\uFEFF${sites.columns.join(",")}\r\n`);
  });

  test("every template validates as an empty table, except where the contract needs rows", () => {
    const outcome = checkFiles(
      TABLE_NAMES.map((name) => {
        const table = tableByName(name);
        return { name: table.path, bytes: encode(templateCsv(table)) };
      }),
      { publishedDescriptor },
    );
    // Counties and sites are what every other table refers to: the contract refuses them empty.
    expect(outcome.problems.map((p) => [p.file, p.code])).toEqual([
      ["counties.csv", "no-rows"],
      ["sites.csv", "no-rows"],
    ]);
  });
});

describe("tableGuide", () => {
  const sites = tableByName("sites");

  test("uses the data dictionary's words for every column, in the contract's order", () => {
    const guide = tableGuide(sites, [], "zh");
    expect(guide.map((entry) => ({ ...entry, example: undefined }))).toEqual(
      dictionary(sites, "zh").map((entry) => ({ ...entry, example: undefined })),
    );
    expect(guide.map((entry) => entry.name)).toEqual(sites.columns);
  });

  test("takes as example the first value the published rows give, skipping empty cells", () => {
    const rows = [
      { site_id: "420323-0001", households: null },
      { site_id: "420323-0002", households: 120 },
    ];
    const guide = tableGuide(sites, rows, "en");
    const example = (name: string) => guide.find((entry) => entry.name === name)?.example;
    expect(example("site_id")).toBe("420323-0001");
    expect(example("households")).toBe("120");
    expect(example("name_zh")).toBeNull();
  });
});

describe("guideCsv", () => {
  const sites = tableByName("sites");
  const rows = [{ site_id: "420323-0001", placement: "urban", households: 120 }];

  test("is the guide page's table as the Excel edition, in Chinese", () => {
    const lines = guideCsv(tableGuide(sites, rows, "zh"), "zh").split("\r\n");
    expect(lines[0]).toBe("\uFEFF列名,含义,类型,取值规则,示例,可否为空");
    expect(lines).toHaveLength(sites.columns.length + 2);
    expect(lines.at(-1)).toBe("");
    // One line a column, in the contract's order, with the dictionary's words.
    const placement = lines.find((line) => line.startsWith("placement（"))!;
    expect(placement).toContain("urban 进城安置；town 进镇安置；central_village 进中心村安置");
    expect(placement.endsWith(",urban,必须填写")).toBe(true);
    expect(lines.find((line) => line.startsWith("households（"))).toMatch(/,120,/);
    expect(lines.find((line) => line.startsWith("name_zh（"))).toMatch(/,—,必须填写$/);
  });

  test("is in English for the English page", () => {
    const lines = guideCsv(tableGuide(sites, rows, "en"), "en").split("\r\n");
    expect(lines[0]).toBe("\uFEFFColumn,Meaning,Type,Allowed values,Example,May it be empty?");
    expect(lines.find((line) => line.startsWith("site_id ("))).toMatch(/,420323-0001,Must be filled in$/);
  });
});
