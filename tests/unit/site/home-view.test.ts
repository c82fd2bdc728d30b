import { describe, expect, test } from "vitest";
import type { IndicatorValue } from "../../../src/lib/indicators/index.ts";
import { quartersBetween } from "../../../src/lib/indicators/periods.ts";
import { cityStanding, homeView } from "../../../src/lib/site/home-view.ts";
import { indexValues } from "../../../src/lib/site/values.ts";
import { dataset, site } from "../../fixtures/indicators/build.ts";

/** A hand-made city value of `share` (as n / 1000). */
function city(indicator: string, period: string, share: number): IndicatorValue {
  const numerator = Math.round(share * 1000);
  return {
    indicator,
    level: "city",
    code: "420300",
    period,
    numerator,
    denominator: 1000,
    value: numerator / 1000,
    target: 1,
    status: "behind",
    reporting: { reporting: 1, expected: 1 },
  };
}

const data = dataset({ sites: [site("420323-0001", { persons: 900, households: 250 })] });

describe("homeView's latest changes", () => {
  const values = indexValues([
    // Training coverage accumulates over the year: 80% → 20% (Q1 restart) → … → 90%. Against
    // the quarter before it climbed 30 points; like with like, it rose 10 points on 2024Q4.
    ...[
      ["2024Q4", 0.8],
      ["2025Q1", 0.2],
      ["2025Q2", 0.4],
      ["2025Q3", 0.6],
      ["2025Q4", 0.9],
    ].map(([period, share]) => city("training-coverage", period as string, share as number)),
    // Pension insurance 95% → 97%: 2 points on the quarter before.
    city("pension-insurance-rate", "2025Q3", 0.95),
    city("pension-insurance-rate", "2025Q4", 0.97),
    // Household employment 90.0% → 90.5%: half a point, below the threshold.
    city("household-employment", "2025Q3", 0.9),
    city("household-employment", "2025Q4", 0.905),
    // Medical insurance has no 2025Q3: 2025Q2 is not "the quarter before".
    city("medical-insurance-rate", "2025Q2", 0.5),
    city("medical-insurance-rate", "2025Q4", 0.9),
  ]);
  const moved = homeView(data, values).moved;
  const byId = new Map(moved.map((m) => [m.meta.id, m]));

  test("compares a year-to-date measure with the same quarter a year before", () => {
    expect(byId.get("training-coverage")).toMatchObject({
      previous: 0.8,
      latest: 0.9,
      against: "year-before",
    });
  });

  test("compares other quarterly measures with the quarter before, from one point of change", () => {
    expect(byId.get("pension-insurance-rate")).toMatchObject({
      previous: 0.95,
      latest: 0.97,
      against: "previous-quarter",
    });
    expect(byId.has("household-employment")).toBe(false);
  });

  test("tells no change across a gap in the series", () => {
    expect(byId.has("medical-insurance-rate")).toBe(false);
  });
});

describe("quartersBetween", () => {
  test("counts quarters across years", () => {
    expect(quartersBetween("2024Q4", "2025Q4")).toBe(4);
    expect(quartersBetween("2025Q3", "2025Q4")).toBe(1);
    expect(quartersBetween("2025Q4", "2025Q1")).toBe(-3);
  });

  test("throws on anything but a quarter", () => {
    expect(() => quartersBetween("2025", "2025Q4")).toThrow(/Not a quarter/);
  });
});

describe("cityStanding", () => {
  test("tallies the city's latest value of each measure with a target and names those behind", () => {
    // Household employment 95.0% (behind its 100% target), pension insurance 100% (met), benefit
    // linkage has no target (not counted); the other 12 measures with a target have no value.
    const values = indexValues([
      { ...city("household-employment", "2025Q4", 0.95), status: "behind" },
      { ...city("pension-insurance-rate", "2025Q4", 1), status: "met" },
      { ...city("benefit-linkage-rate", "2025Q4", 0.8), status: "no-target" },
    ]);
    const standing = cityStanding(values, "2025Q4", "en");
    expect(standing.sentence).toBe(
      "As at Q4 2025, of the city's 15 measures with a target, 1 met, 1 behind and 13 without data.",
    );
    expect(standing.behind).toEqual([
      {
        title: "Household employment",
        href: "/en/indicators/household-employment/",
        value: "95.0%",
        target: "target ≥ 100.0%",
      },
    ]);
  });
});
