/**
 * The map's status files made one indicator at a time (src/lib/map/page.ts), as the render
 * processes make them: the same files as packing every value at once, from an array or the store.
 */
import { describe, expect, test } from "vitest";
import { ValueStore } from "../../../src/lib/indicators/store.ts";
import type { IndicatorValue, Status } from "../../../src/lib/indicators/types.ts";
import { indicatorStatusFiles } from "../../../src/lib/map/page.ts";

function value(
  indicator: string,
  level: "county" | "site",
  code: string,
  period: string,
  status: Status,
  v: number | null,
): IndicatorValue {
  return {
    indicator,
    level,
    code,
    period,
    numerator: 0,
    denominator: 0,
    value: v,
    target: null,
    status,
    reporting: null,
  };
}

const values = [
  value("a", "county", "420323", "2025Q3", "behind", 0.25),
  value("a", "site", "420323-0001", "2025Q3", "met", 1),
  value("a", "site", "420323-0002", "2025Q4", "behind", 0.5),
  value("b", "site", "420323-0001", "2025Q4", "no-data", null),
  value("b", "county", "420304", "2025Q4", "met", 0.9),
];
const points = { ids: ["420323-0001", "420323-0002"], counties: [{ code: "420304" }, { code: "420323" }] };

describe("indicatorStatusFiles", () => {
  test.each([
    ["an array", values],
    ["the value store", ValueStore.from(values)],
  ])("from %s, makes one indicator's files, one per period, and no other's", (_, from) => {
    const a = indicatorStatusFiles(from, "a", points);
    expect([...a.keys()]).toEqual(["a/2025Q3", "a/2025Q4"]);
    expect(a.get("a/2025Q3")).toEqual({
      indicator: "a",
      period: "2025Q3",
      sites: "mx",
      siteValues: [1000, null],
      counties: "xb",
      countyValues: [null, 250],
    });
    expect(a.get("a/2025Q4")).toMatchObject({ sites: "xb", siteValues: [null, 500], counties: "xx" });
    const b = indicatorStatusFiles(from, "b", points);
    expect([...b.keys()]).toEqual(["b/2025Q4"]);
    expect(b.get("b/2025Q4")).toMatchObject({ sites: "nx", counties: "mx", countyValues: [900, null] });
    expect(indicatorStatusFiles(from, "c", points).size).toBe(0);
  });
});
