import { describe, expect, test } from "vitest";
import { reportingOf } from "../../../src/lib/indicators/core.ts";
import { computeIndicators, INDICATORS, publishedPeriods } from "../../../src/lib/indicators/index.ts";
import { householdEmployment } from "../../../src/lib/indicators/household-employment.ts";
import {
  dataset,
  employment,
  fund,
  figure,
  find,
  property,
  services,
  site,
  welfare,
} from "../../fixtures/indicators/build.ts";

const compute = (rows: Parameters<typeof dataset>[0]) =>
  computeIndicators(dataset(rows), [householdEmployment]);
const ID = "household-employment";

describe("aggregation", () => {
  test("sums numerators and denominators rather than averaging shares", () => {
    // Site 1: 1/1 (100%), site 2: 1/3 (33.3%). County: (1+1)/(1+3) = 2/4 = 50%, not (100+33.3)/2 = 66.7%.
    const values = compute({
      sites: [site("420323-0001"), site("420323-0002")],
      employment: [
        employment("420323-0001", "2020Q2", {
          households_with_labour_employed: 1,
          households_with_labour: 1,
        }),
        employment("420323-0002", "2020Q2", {
          households_with_labour_employed: 1,
          households_with_labour: 3,
        }),
      ],
    });
    expect(figure(find(values, ID, "county", "420323", "2020Q2"))).toEqual([2, 4, 0.5]);
    expect(figure(find(values, ID, "township", "420323101", "2020Q2"))).toEqual([2, 4, 0.5]);
    expect(figure(find(values, ID, "city", "420300", "2020Q2"))).toEqual([2, 4, 0.5]);
    expect(figure(find(values, ID, "site", "420323-0002", "2020Q2"))).toEqual([1, 3, 1 / 3]);
  });

  test("sums townships, counties and the city from their own sites only", () => {
    // Township 420323101: site 1 = 3/4. Township 420323102: site 2 = 1/2. County 420323: 4/6.
    // County 420304: site 3 = 5/5. City: 9/11.
    const values = compute({
      sites: [
        site("420323-0001"),
        site("420323-0002", { township_code: "420323102" }),
        site("420304-0001", { township_code: "420304100" }),
      ],
      employment: [
        employment("420323-0001", "2020Q2", {
          households_with_labour_employed: 3,
          households_with_labour: 4,
        }),
        employment("420323-0002", "2020Q2", {
          households_with_labour_employed: 1,
          households_with_labour: 2,
        }),
        employment("420304-0001", "2020Q2", {
          households_with_labour_employed: 5,
          households_with_labour: 5,
        }),
      ],
    });
    expect(figure(find(values, ID, "township", "420323101", "2020Q2"))).toEqual([3, 4, 0.75]);
    expect(figure(find(values, ID, "township", "420323102", "2020Q2"))).toEqual([1, 2, 0.5]);
    expect(figure(find(values, ID, "county", "420323", "2020Q2"))).toEqual([4, 6, 4 / 6]);
    expect(figure(find(values, ID, "county", "420304", "2020Q2"))).toEqual([5, 5, 1]);
    expect(figure(find(values, ID, "city", "420300", "2020Q2"))).toEqual([9, 11, 9 / 11]);
    expect(find(values, ID, "county", "420304", "2020Q2")?.status).toBe("met");
    expect(find(values, ID, "county", "420323", "2020Q2")?.status).toBe("behind");
  });

  test("leaves a row with an empty cell out of both sides and counts the site as not reporting", () => {
    // Site 1: 3/4. Site 2: employed empty → left out. County: 3/4, 1 of 2 sites reporting.
    const values = compute({
      sites: [site("420323-0001"), site("420323-0002")],
      employment: [
        employment("420323-0001", "2020Q2", {
          households_with_labour_employed: 3,
          households_with_labour: 4,
        }),
        employment("420323-0002", "2020Q2", {
          households_with_labour_employed: null,
          households_with_labour: 4,
        }),
      ],
    });
    const county = find(values, ID, "county", "420323", "2020Q2");
    expect(figure(county)).toEqual([3, 4, 0.75]);
    expect(county?.reporting).toEqual({ reporting: 1, expected: 2 });
    const silent = find(values, ID, "site", "420323-0002", "2020Q2");
    expect(silent).toMatchObject({ value: null, status: "no-data", reason: "not-reported" });
  });

  test("gives no value with a reason, never NaN or 0%, to places with nothing to divide by", () => {
    // Zhushan: one site reporting 0 of 0 households → zero-denominator. Yunyang: no sites → no-sites-in-scope.
    const values = compute({
      sites: [site("420323-0001")],
      employment: [
        employment("420323-0001", "2020Q2", {
          households_with_labour_employed: 0,
          households_with_labour: 0,
        }),
      ],
    });
    expect(find(values, ID, "county", "420323", "2020Q2")).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
      status: "no-data",
      reason: "zero-denominator",
    });
    expect(find(values, ID, "county", "420304", "2020Q2")).toMatchObject({
      value: null,
      status: "no-data",
      reason: "no-sites-in-scope",
    });
    expect(values.every((v) => v.value === null || Number.isFinite(v.value))).toBe(true);
  });

  test("counts a site's rows as given even before it moved in, but does not expect it then", () => {
    // Site 2 moved in 2020-07-01, after 2020Q2 ends, yet reported 1/2 in 2020Q2.
    // City 2020Q2: (3+1)/(4+2) = 4/6; 2 sites reporting, 1 expected.
    const values = compute({
      sites: [site("420323-0001"), site("420323-0002", { moved_in: "2020-07-01" })],
      employment: [
        employment("420323-0001", "2020Q2", {
          households_with_labour_employed: 3,
          households_with_labour: 4,
        }),
        employment("420323-0002", "2020Q2", {
          households_with_labour_employed: 1,
          households_with_labour: 2,
        }),
      ],
    });
    const city = find(values, ID, "city", "420300", "2020Q2");
    expect(figure(city)).toEqual([4, 6, 4 / 6]);
    expect(city?.reporting).toEqual({ reporting: 2, expected: 1 });
  });

  test("publishes every period of any site × period table, sorted", () => {
    const data = dataset({
      sites: [site("420323-0001")],
      employment: [employment("420323-0001", "2020Q3")],
      services: [services("420323-0001", "2019Q4")],
      property: [property("420323-0001", "2020Q1")],
      welfare: [welfare("420323-0001", "2020Q3")],
    });
    expect(publishedPeriods(data)).toEqual(["2019Q4", "2020Q1", "2020Q3"]);
  });

  test("orders values by indicator, level (city, county, township, site), code and period", () => {
    const values = computeIndicators(
      dataset({
        sites: [
          site("420323-0002"),
          site("420304-0001", { township_code: "420304100" }),
          site("420323-0001"),
        ],
        employment: [employment("420323-0001", "2020Q2"), employment("420323-0001", "2020Q1")],
        funds: [fund("F-1", { amount_yuan: 1 })],
      }),
    );
    const rank = { city: 0, county: 1, township: 2, site: 3 };
    const order: readonly string[] = INDICATORS.map((i) => i.id);
    const keys = values.map((v) => [order.indexOf(v.indicator), rank[v.level], v.code, v.period] as const);
    const sorted = [...keys].sort(
      (a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]) || a[3].localeCompare(b[3]),
    );
    expect(keys).toEqual(sorted);
    expect(new Set(values.map((v) => v.indicator)).size).toBe(18);
  });
});

describe("reportingOf", () => {
  test("gives one shared, frozen object per pair, so millions of site values do not each carry one", () => {
    const first = reportingOf(1, 1);
    expect(first).toEqual({ reporting: 1, expected: 1 });
    expect(reportingOf(1, 1)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(reportingOf(0, 1)).toEqual({ reporting: 0, expected: 1 });
    expect(reportingOf(0, 1)).not.toBe(first);
    // Large counts (a city's sites) keep their pair apart too.
    expect(reportingOf(2_097_151, 3)).toEqual({ reporting: 2_097_151, expected: 3 });
    expect(reportingOf(3, 2_097_151)).toEqual({ reporting: 3, expected: 2_097_151 });
    expect(reportingOf(1, 2_097_152)).toEqual({ reporting: 1, expected: 2_097_152 });
    expect(reportingOf(2, 0)).toEqual({ reporting: 2, expected: 0 });
  });
});
