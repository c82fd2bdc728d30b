import { describe, expect, test } from "vitest";
import { compareValues, computeIndicators, type IndicatorValue } from "../../../src/lib/indicators/index.ts";
import { ValueStore } from "../../../src/lib/indicators/store.ts";
import {
  compactFields,
  compactValues,
  compareCompact,
  expandValues,
  findCompact,
} from "../../../src/lib/receipts/compact.ts";
import { dataset, employment, fund, site } from "../../fixtures/indicators/build.ts";

const DATA = dataset({
  sites: [site("420323-0001"), site("420304-0001", { township_code: "420304100" })],
  employment: [
    employment("420323-0001", "2020Q2", { households_with_labour_employed: 1, households_with_labour: 3 }),
    employment("420304-0001", "2020Q2", { households_with_labour_employed: 0, households_with_labour: 0 }),
  ],
  funds: [fund("f1", { category: "workshop", amount_yuan: 10.5 })],
});
const values = computeIndicators(DATA);
const of = (id: string) => values.filter((v) => v.indicator === id);
const withoutReason = (value: IndicatorValue): IndicatorValue => {
  const rest = { ...value };
  delete rest.reason;
  return rest;
};

describe("compact values", () => {
  test("expand back to the engine's values, apart from the reason", () => {
    for (const id of ["household-employment", "priority-fund-share"]) {
      const c = compactValues(id, of(id)[0]!.target, of(id));
      expect([...expandValues(c)]).toEqual(of(id).map(withoutReason));
    }
  });

  test("store numbers of codes and periods, each code once", () => {
    const c = compactValues("household-employment", 1, of("household-employment"));
    // City, two counties, two townships, two sites: 7 codes, one period.
    expect(c.codes).toEqual([
      "420300",
      "420304",
      "420323",
      "420304100",
      "420323101",
      "420304-0001",
      "420323-0001",
    ]);
    expect(c.periods).toEqual(["2020Q2"]);
    expect(c.level).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(c.numerator).toEqual([1, 0, 1, 0, 1, 0, 1]);
    expect(c.denominator).toEqual([3, 0, 3, 0, 3, 0, 3]);
    expect(c.reporting).toEqual([2, 1, 1, 1, 1, 1, 1]);
  });

  test("are the same read from a value store's fields, one object for all", () => {
    const store = ValueStore.from(values);
    for (const id of ["household-employment", "priority-fund-share", "no-such-indicator"]) {
      const target = of(id)[0]?.target ?? null;
      const expected = compactValues(id, target, of(id));
      expect(compactFields(id, target, store.fieldsOfIndicator(id))).toEqual(expected);
      // Made at the size counted, or a wrong count: the same columns either way.
      expect(store.countOf(id)).toBe(of(id).length);
      for (const count of [store.countOf(id), 1, 100])
        expect(JSON.stringify(compactFields(id, target, store.fieldsOfIndicator(id), count))).toBe(
          JSON.stringify(expected),
        );
    }
  });

  test("have no reporting columns for indicators not built from sites", () => {
    const c = compactValues("priority-fund-share", null, of("priority-fund-share"));
    expect([c.reporting, c.expected]).toEqual([null, null]);
  });

  test("find a figure's position, or -1 when it is not published", () => {
    const c = compactValues("household-employment", 1, of("household-employment"));
    expect(findCompact(c, "site", "420323-0001", "2020Q2")).toBe(6);
    expect(findCompact(c, "site", "420323-0001", "2020Q3")).toBe(-1);
    expect(findCompact(c, "county", "420323-0001", "2020Q2")).toBe(-1);
  });
});

describe("compareCompact", () => {
  const id = "household-employment";
  const published = compactValues(id, 1, of(id));

  test("matches every figure of an unchanged recomputation", () => {
    expect(compareCompact(published, of(id))).toEqual({ checked: 7, matched: 7, mismatches: [] });
  });

  test("reports a changed figure as compareValues does", () => {
    const changed = of(id).map((v) =>
      v.level === "site" && v.code === "420323-0001" ? { ...v, numerator: 2, value: 2 / 3 } : v,
    );
    const result = compareCompact(published, changed);
    expect(result).toEqual(compareValues(expandValues(published), changed));
    expect(
      result.mismatches.map((m) => [m.level, m.code, m.published?.numerator, m.recomputed?.numerator]),
    ).toEqual([["site", "420323-0001", 1, 2]]);
  });

  test("falls back to matching by key when the figures are in another order or missing", () => {
    const reordered = [...of(id)].reverse().slice(1);
    const result = compareCompact(published, reordered);
    expect([result.checked, result.matched]).toEqual([7, 6]);
    // Reversed, the list starts with the last published figure (site 420323-0001, 1 of 3), which
    // slice(1) drops: it is published and not recomputed (null).
    expect(
      result.mismatches.map((m) => [m.level, m.code, m.period, m.published?.numerator, m.recomputed]),
    ).toEqual([["site", "420323-0001", "2020Q2", 1, null]]);
  });
});
