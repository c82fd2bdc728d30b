import { describe, expect, test } from "vitest";
import { computeIndicators } from "../../../src/lib/indicators/index.ts";
import { priorityFundShare } from "../../../src/lib/indicators/priority-fund-share.ts";
import { rectificationRate } from "../../../src/lib/indicators/rectification-rate.ts";
import {
  dataset,
  employment,
  figure,
  find,
  fund,
  inspection,
  site,
} from "../../fixtures/indicators/build.ts";

describe("priority-fund-share", () => {
  // 2020 Zhushan: workshop 100.10 + employment subsidy 0.30 = 100.40 priority, of 100.10 + 200.20 + 0.30 = 300.60.
  // 2020 Yunyang: other 50 → 0/50. 2021 Yunyang: industrial park 10 → 10/10; 2021 Zhushan: nothing.
  // City 2020: 100.40 / 350.60; city 2021: 10/10.
  const values = computeIndicators(
    dataset({
      funds: [
        fund("F1", { year: 2020, category: "workshop", amount_yuan: 100.1 }),
        fund("F2", { year: 2020, category: "infrastructure", amount_yuan: 200.2 }),
        fund("F3", { year: 2020, category: "employment_subsidy", amount_yuan: 0.3 }),
        fund("F4", { year: 2020, county_code: "420304", category: "other", amount_yuan: 50 }),
        fund("F5", { year: 2021, county_code: "420304", category: "industrial_park", amount_yuan: 10 }),
      ],
    }),
    [priorityFundShare],
  );

  test("adds yuan exactly to the fen and divides per county and year", () => {
    expect(figure(find(values, "priority-fund-share", "county", "420323", "2020"))).toEqual([
      100.4,
      300.6,
      10040 / 30060,
    ]);
    expect(figure(find(values, "priority-fund-share", "county", "420304", "2020"))).toEqual([0, 50, 0]);
    expect(figure(find(values, "priority-fund-share", "city", "420300", "2020"))).toEqual([
      100.4,
      350.6,
      10040 / 35060,
    ]);
    expect(figure(find(values, "priority-fund-share", "city", "420300", "2021"))).toEqual([10, 10, 1]);
  });

  test("has no value for a county with no allocation that year, and no target", () => {
    expect(find(values, "priority-fund-share", "county", "420323", "2021")).toMatchObject({
      value: null,
      status: "no-data",
      reason: "not-reported",
      reporting: null,
    });
    expect(find(values, "priority-fund-share", "city", "420300", "2020")?.status).toBe("no-target");
  });

  test("is published for counties and the city only", () => {
    expect(new Set(values.map((v) => v.level))).toEqual(new Set(["city", "county"]));
    expect(values).toHaveLength(2 * 3); // 2 years × (city + 2 counties)
  });
});

describe("rectification-rate", () => {
  // Periods 2020Q1 (ends 03-31) and 2020Q2 (ends 06-30).
  // X1 2020-03-31 Zhushan, county-wide: 1 of 4 rectified. X2 2020-04-01 Zhushan site 0001: 2 of 2.
  // X3 2020-07-01 Yunyang: after the last period, never counted. X4 2020-05-01 Yunyang: 0 findings.
  // Zhushan: Q1 1/4, Q2 3/6. City: Q1 1/4, Q2 3/6. Yunyang: Q1 none, Q2 0/0. Site 0001: Q2 2/2.
  const values = computeIndicators(
    dataset({
      sites: [site("420323-0001")],
      employment: [employment("420323-0001", "2020Q1"), employment("420323-0001", "2020Q2")],
      inspections: [
        inspection("X1", { date: "2020-03-31", findings: 4, rectified: 1 }),
        inspection("X2", { date: "2020-04-01", site_id: "420323-0001", findings: 2, rectified: 2 }),
        inspection("X3", { date: "2020-07-01", county_code: "420304", findings: 5, rectified: 0 }),
        inspection("X4", { date: "2020-05-01", county_code: "420304", findings: 0, rectified: 0 }),
      ],
    }),
    [rectificationRate],
  );

  test("counts every inspection dated on or before the period's end, as a running total", () => {
    expect(figure(find(values, "rectification-rate", "county", "420323", "2020Q1"))).toEqual([1, 4, 0.25]);
    expect(figure(find(values, "rectification-rate", "county", "420323", "2020Q2"))).toEqual([3, 6, 0.5]);
    expect(figure(find(values, "rectification-rate", "city", "420300", "2020Q2"))).toEqual([3, 6, 0.5]);
  });

  test("tells no inspections apart from inspections that found nothing", () => {
    expect(find(values, "rectification-rate", "county", "420304", "2020Q1")?.reason).toBe("not-reported");
    expect(find(values, "rectification-rate", "county", "420304", "2020Q2")?.reason).toBe("zero-denominator");
  });

  test("gives a site a value from the quarter of its first inspection, and townships none", () => {
    expect(find(values, "rectification-rate", "site", "420323-0001", "2020Q1")).toBeUndefined();
    expect(find(values, "rectification-rate", "site", "420323-0001", "2020Q2")).toMatchObject({
      numerator: 2,
      denominator: 2,
      value: 1,
      status: "met",
    });
    expect(values.some((v) => v.level === "township")).toBe(false);
  });
});
