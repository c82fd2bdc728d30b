import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkFiles } from "../../../src/lib/check/index.ts";
import { tableGuide, templateCsv } from "../../../src/lib/check/templates.ts";
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
