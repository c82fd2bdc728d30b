import { describe, expect, test } from "vitest";
import { checkReportedTotals } from "../../../src/lib/quality/index.ts";
import { dataset, employment, reported, site } from "../../fixtures/indicators/build.ts";

describe("checkReportedTotals", () => {
  // Zhushan: site 1 (100 persons, 30 households, always in scope); site 2 (250 persons, 70
  // households, moved in 2020-07-01: out of scope in 2020Q2, in scope in 2020Q3).
  const data = dataset({
    sites: [
      site("420323-0001", { persons: 100, households: 30 }),
      site("420323-0002", { persons: 250, households: 70, moved_in: "2020-07-01" }),
    ],
    employment: [
      employment("420323-0001", "2020Q2", { households_with_labour: 10 }),
      employment("420323-0002", "2020Q2", { households_with_labour: null }),
    ],
    reported_totals: [
      reported("420323", "2020Q2", "sites", 1),
      reported("420323", "2020Q2", "persons", 101),
      reported("420323", "2020Q3", "persons", 98),
      reported("420323", "2020Q2", "households_with_labour", 10),
      reported("420323", "2020Q2", "medical_insured", 50),
      reported("420304", "2020Q2", "households", 0),
    ],
  });
  const checks = checkReportedTotals(data);
  const row = (county: string, period: string, measure: string) =>
    checks.find((c) => c.county_code === county && c.period === period && c.measure === measure);

  test("counts the sites in scope at the period's end", () => {
    expect(row("420323", "2020Q2", "sites")).toMatchObject({
      site_sum: 1,
      difference: 0,
      within_tolerance: true,
    });
  });

  test("accepts a difference within 1% and flags a larger one", () => {
    // 100 against 101: −1, −1/101 ≈ −0.0099, within 1%.
    expect(row("420323", "2020Q2", "persons")).toMatchObject({
      site_sum: 100,
      difference: -1,
      relative_difference: -1 / 101,
      within_tolerance: true,
    });
    // 2020Q3: 100 + 250 = 350 against 98: +252.
    expect(row("420323", "2020Q3", "persons")).toMatchObject({
      site_sum: 350,
      difference: 252,
      within_tolerance: false,
    });
  });

  test("sums a site × period column over the rows that report it", () => {
    expect(row("420323", "2020Q2", "households_with_labour")).toMatchObject({
      site_sum: 10,
      sites_counted: 1,
      within_tolerance: true,
    });
  });

  test("has no site sum, and no verdict, when no site reported the column", () => {
    expect(row("420323", "2020Q2", "medical_insured")).toMatchObject({
      site_sum: null,
      difference: null,
      within_tolerance: null,
    });
  });

  test("agrees on zero only exactly", () => {
    expect(row("420304", "2020Q2", "households")).toMatchObject({
      site_sum: 0,
      relative_difference: 0,
      within_tolerance: true,
    });
  });
});
