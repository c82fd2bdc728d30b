/**
 * The map's status files made one indicator at a time (src/lib/map/page.ts), as the render
 * processes make them: that indicator's files and no other's, from an array or the store.
 */
import { describe, expect, test } from "vitest";
import { ValueStore } from "../../../src/lib/indicators/store.ts";
import { indicatorStatusFiles } from "../../../src/lib/map/page.ts";
import { siteValue } from "../../fixtures/indicators/build.ts";

// Values (numerator / denominator) of 1/4, 1/1, 1/2, none and 9/10.
const values = [
  { ...siteValue("a", "420323", "2025Q3", 1, 4, "behind"), level: "county" as const },
  siteValue("a", "420323-0001", "2025Q3", 1, 1, "met"),
  siteValue("a", "420323-0002", "2025Q4", 1, 2, "behind"),
  siteValue("b", "420323-0001", "2025Q4", 0, 0, "no-data"),
  { ...siteValue("b", "420304", "2025Q4", 9, 10, "met"), level: "county" as const },
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
