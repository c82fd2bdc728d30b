import { describe, expect, test } from "vitest";
import { computeIndicators, INDICATORS, indicatorById } from "../../../src/lib/indicators/index.ts";
import { figureReceipt, receiptTotals } from "../../../src/lib/indicators/receipt.ts";
import { TABLES } from "../../../src/lib/schema/index.ts";
import {
  ALL_FACILITIES,
  dataset,
  employment,
  fund,
  industry,
  inspection,
  property,
  services,
  site,
  welfare,
  workshop,
} from "../../fixtures/indicators/build.ts";

// Three sites in two counties over two quarters, with cells that make every indicator count
// something, leave something out, or find nothing.
const DATA = dataset({
  sites: [
    site("420323-0001", {
      persons: 900,
      households: 250,
      industry_plan_level: "county",
      industry_plan_adopted: "2020-02-01",
    }),
    site("420323-0002", {
      township_code: "420323102",
      persons: 150,
      households: 40,
      moved_in: "2020-05-01",
      industry_plan_level: "township",
      industry_plan_adopted: "2019-06-01",
    }),
    site("420304-0001", { township_code: "420304100", persons: 300, households: 90 }),
  ],
  industries: [
    industry("i1", "420323-0001", { is_leading: true }),
    industry("i2", "420304-0001", { is_leading: true, started: "2020-04-01" }),
  ],
  workshops: [workshop("w1", "420304-0001", { closed: "2020-05-01" })],
  employment: [
    employment("420323-0001", "2020Q1", {
      households_with_labour_employed: 3,
      households_with_labour: 4,
      trained_persons: 5,
      labour_persons: 10,
      households_benefit_linked: 100,
    }),
    employment("420323-0001", "2020Q2", { households_with_labour_employed: 4, households_with_labour: 4 }),
    employment("420323-0002", "2020Q2", {
      households_with_labour_employed: 1,
      households_with_labour: 2,
      households_benefit_linked: 10,
    }),
    employment("420304-0001", "2020Q2", {
      households_with_labour: 7,
      labour_persons: 12,
      trained_persons: 3,
    }),
  ],
  services: [
    services("420323-0001", "2020Q1", {
      ...ALL_FACILITIES,
      employment_service: "station",
      has_office: true,
      has_staff: true,
      has_rules: false,
      independent_community: true,
      party_organization: "group",
    }),
    services("420323-0001", "2020Q2", {
      ...ALL_FACILITIES,
      employment_service: "centre",
      has_office: true,
      has_staff: true,
      has_rules: true,
      independent_community: true,
      party_organization: "branch",
    }),
    services("420323-0002", "2020Q2", {
      employment_service: "station",
      water: false,
      party_organization: "none",
    }),
    services("420304-0001", "2020Q1", {
      ...ALL_FACILITIES,
      tool_storage: false,
      party_organization: "group",
    }),
  ],
  property: [
    property("420323-0001", "2020Q2", {
      houses: 250,
      certificates_issued: 200,
      transfer_restriction_years: 20,
    }),
    property("420323-0002", "2020Q2", {
      houses: 40,
      certificates_issued: 40,
      transfer_restriction_years: 10,
    }),
    property("420304-0001", "2020Q2", { houses: 90, certificates_issued: 0 }),
  ],
  welfare: [
    welfare("420323-0001", "2020Q1", {
      persons: 900,
      medical_insured: 880,
      pension_eligible: 300,
      pension_insured: 290,
      hukou_transferred: 400,
    }),
    welfare("420304-0001", "2020Q2", { persons: 300, medical_insured: 300, hukou_transferred: null }),
  ],
  funds: [
    fund("f1", { year: 2020, category: "workshop", amount_yuan: 1000.1 }),
    fund("f2", { year: 2020, category: "other", amount_yuan: 500.2 }),
    fund("f3", { year: 2020, category: "employment_subsidy", amount_yuan: 0.3, county_code: "420304" }),
    fund("f4", { year: 2021, category: "infrastructure", amount_yuan: 7 }),
  ],
  inspections: [
    inspection("n1", { date: "2020-01-15", findings: 4, rectified: 1, site_id: "420323-0001" }),
    inspection("n2", { date: "2020-05-15", findings: 3, rectified: 3, county_code: "420304" }),
    inspection("n3", { date: "2021-05-15", findings: 9, rectified: 0 }),
  ],
});

describe("figureReceipt", () => {
  const values = computeIndicators(DATA);

  test("every published figure of every indicator is the sum of its receipt's rows", () => {
    for (const value of values) {
      const receipt = figureReceipt(indicatorById(value.indicator)!, DATA, value);
      expect(
        receiptTotals(receipt.rows),
        `${value.indicator} ${value.level} ${value.code} ${value.period}`,
      ).toEqual({
        numerator: value.numerator,
        denominator: value.denominator,
      });
    }
  });

  test("the fixture gives every indicator at least one figure with a row in it", () => {
    for (const indicator of INDICATORS) {
      const withRows = values.filter(
        (v) => v.indicator === indicator.id && figureReceipt(indicator, DATA, v).rows.length > 0,
      );
      expect(withRows.length, indicator.id).toBeGreaterThan(0);
    }
  });

  test("lists each employment row with its own counts and the sites that reported nothing usable", () => {
    // County 420323 in 2020Q2: site 1 employed 4 of 4, site 2 employed 1 of 2 → 5/6.
    const receipt = figureReceipt(indicatorById("household-employment")!, DATA, {
      level: "county",
      code: "420323",
      period: "2020Q2",
    });
    expect(receipt.rows.map((r) => [r.site_id, r.numerator, r.denominator])).toEqual([
      ["420323-0001", 4, 4],
      ["420323-0002", 1, 2],
    ]);
    expect(receipt.rows[1]!.row).toMatchObject({ site_id: "420323-0002", period: "2020Q2" });
    expect([receipt.value?.numerator, receipt.value?.denominator]).toEqual([5, 6]);
    // City in 2020Q1: site 2 is not yet in scope (moved in May), site 3 has no employment row.
    const city = figureReceipt(indicatorById("household-employment")!, DATA, {
      level: "city",
      code: "420300",
      period: "2020Q1",
    });
    expect(city.leftOut).toEqual([{ site_id: "420304-0001", row: null }]);
  });

  test("uses the site's households as the denominator of benefit linkage", () => {
    const receipt = figureReceipt(indicatorById("benefit-linkage-rate")!, DATA, {
      level: "city",
      code: "420300",
      period: "2020Q2",
    });
    // Only site 2 reports households_benefit_linked in 2020Q2: 10 of its 40 households.
    expect(receipt.rows.map((r) => [r.site_id, r.numerator, r.denominator])).toEqual([
      ["420323-0002", 10, 40],
    ]);
  });

  test("lists the funds of the year, adding amounts exactly to the fen", () => {
    const receipt = figureReceipt(indicatorById("priority-fund-share")!, DATA, {
      level: "city",
      code: "420300",
      period: "2020",
    });
    expect(receipt.rows.map((r) => [r.row.fund_id, r.numerator, r.denominator])).toEqual([
      ["f1", 1000.1, 1000.1],
      ["f2", 0, 500.2],
      ["f3", 0.3, 0.3],
    ]);
    // 1000.1 + 0.3 = 1000.4 and 1000.1 + 500.2 + 0.3 = 1500.6, exactly.
    expect(receiptTotals(receipt.rows)).toEqual({ numerator: 1000.4, denominator: 1500.6 });
  });

  test("lists every inspection up to the period's end for a running rectification total", () => {
    const receipt = figureReceipt(indicatorById("rectification-rate")!, DATA, {
      level: "city",
      code: "420300",
      period: "2020Q2",
    });
    expect(receipt.rows.map((r) => r.row.inspection_id)).toEqual(["n1", "n2"]);
    expect(receiptTotals(receipt.rows)).toEqual({ numerator: 4, denominator: 7 });
  });

  test("has no value and no rows for a period that is not published", () => {
    const receipt = figureReceipt(indicatorById("training-coverage")!, DATA, {
      level: "city",
      code: "420300",
      period: "2019Q4",
    });
    expect(receipt.value).toBeNull();
    expect(receipt.rows).toEqual([]);
  });

  test("names a source table of the contract and real columns for every indicator", () => {
    for (const indicator of INDICATORS) {
      const source = indicator.receipt;
      expect(indicator.tables, indicator.id).toContain(source.table);
      for (const column of [...source.numerator, ...source.denominator]) {
        const [table, name] = column.split(".") as [keyof typeof TABLES, string];
        expect(TABLES[table].columns, column).toContain(name);
      }
    }
  });
});
