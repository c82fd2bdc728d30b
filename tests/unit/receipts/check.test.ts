import { describe, expect, test } from "vitest";
import { formatCsv } from "../../../src/lib/csv/write.ts";
import { computeIndicators, INDICATORS } from "../../../src/lib/indicators/index.ts";
import { checkData } from "../../../src/lib/receipts/check.ts";
import { compactValues } from "../../../src/lib/receipts/compact.ts";
import { tableByName, type Dataset, type TableName } from "../../../src/lib/schema/index.ts";
import { dataset, employment, site } from "../../fixtures/indicators/build.ts";

const DATA = dataset({
  sites: [site("420323-0001"), site("420323-0002", { township_code: "420323102" })],
  employment: [
    employment("420323-0001", "2020Q2", { households_with_labour_employed: 3, households_with_labour: 4 }),
    employment("420323-0002", "2020Q2", { households_with_labour_employed: 1, households_with_labour: 2 }),
  ],
});
const published = new Map<string, ReturnType<typeof compactValues>>(
  INDICATORS.map((indicator) => {
    const values = computeIndicators(DATA, [indicator]);
    return [indicator.id, compactValues(indicator.id, values[0]?.target ?? null, values)];
  }),
);
const reader = (data: Dataset) => (name: TableName) =>
  new TextEncoder().encode(formatCsv(tableByName(name), data[name]));
const lookup = (id: string) => Promise.resolve(published.get(id) ?? null);

describe("checkData", () => {
  test(
    "reports every problem of a dropped file with 200,000 bad rows instead of overflowing the stack",
    { timeout: 120_000 },
    async () => {
      // The verify page's worker runs this: each row's period breaks its pattern, one problem a row.
      const rows = Array.from({ length: 200_000 }, (_, i) => `420323-0001,bad${i}`);
      const employment = `site_id,period\n${rows.join("\n")}\n`;
      const read = (name: TableName) =>
        name === "employment" ? new TextEncoder().encode(employment) : reader(DATA)(name);
      const result = await checkData(read, lookup);
      expect(result.valid).toBe(false);
      const periods = result.problems.filter((p) => p.file === "employment.csv" && p.column === "period");
      expect(periods).toHaveLength(200_000);
    },
  );

  test("finds no mismatch when the published figures come from the same data", async () => {
    const result = await checkData(reader(DATA), lookup);
    expect(result.valid).toBe(true);
    expect(result.mismatchCount).toBe(0);
    expect(result.checked).toBe([...published.values()].reduce((n, c) => n + c.level.length, 0));
    expect(result.matched).toBe(result.checked);
  });

  test("reports exactly the figures one changed cell feeds: the site, its township, county and the city", async () => {
    const changed = {
      ...DATA,
      employment: [{ ...DATA.employment[0]!, households_with_labour_employed: 2 }, DATA.employment[1]!],
    };
    const result = await checkData(reader(changed), lookup);
    expect(
      result.mismatches.map((m) => [
        m.indicator,
        m.level,
        m.code,
        m.published?.numerator,
        m.recomputed?.numerator,
      ]),
    ).toEqual([
      ["household-employment", "city", "420300", 4, 3],
      ["household-employment", "county", "420323", 4, 3],
      ["household-employment", "township", "420323101", 3, 2],
      ["household-employment", "site", "420323-0001", 3, 2],
    ]);
  });

  test("stops before computing when the data has errors, and returns them", async () => {
    const broken = { ...DATA, employment: [{ ...DATA.employment[0]!, households_with_labour_employed: 9 }] };
    const result = await checkData(reader(broken), lookup);
    expect(result.valid).toBe(false);
    expect(result.checked).toBe(0);
    expect(result.problems.map((p) => [p.file, p.row, p.column])).toContainEqual([
      "employment.csv",
      2,
      "households_with_labour_employed",
    ]);
  });

  test("counts an indicator without published figures as unpublished rather than mismatched", async () => {
    const result = await checkData(reader(DATA), (id) =>
      id === "rectification-rate" ? Promise.resolve(null) : lookup(id),
    );
    expect(result.indicators.find((i) => i.indicator === "rectification-rate")).toEqual({
      indicator: "rectification-rate",
      checked: 0,
      matched: 0,
      unpublished: true,
    });
    expect(result.mismatchCount).toBe(0);
  });
});
