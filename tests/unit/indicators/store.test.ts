import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { describe, expect, test, vi } from "vitest";
import {
  computeIndicators,
  computeValueStore,
  ValueStore,
  type IndicatorValue,
} from "../../../src/lib/indicators/index.ts";
import { emptyReason, reportingOf, valueOf } from "../../../src/lib/indicators/core.ts";
import { INDICATORS } from "../../../src/lib/indicators/registry.ts";
import { isValueStore, type SharedValues } from "../../../src/lib/indicators/store.ts";
import type { IndicatorMeta, Target } from "../../../src/lib/indicators/types.ts";
import { indexValues } from "../../../src/lib/site/values.ts";
import { dataset, employment, fund, site } from "../../fixtures/indicators/build.ts";

// Two sites in two counties, one with a zero denominator, and a fund: every kind of value.
const DATA = dataset({
  sites: [site("420323-0001"), site("420304-0001", { township_code: "420304100" })],
  employment: [
    employment("420323-0001", "2020Q2", { households_with_labour_employed: 1, households_with_labour: 3 }),
    employment("420323-0001", "2020Q3", { households_with_labour_employed: 2, households_with_labour: 3 }),
    employment("420304-0001", "2020Q2", { households_with_labour_employed: 0, households_with_labour: 0 }),
  ],
  funds: [fund("f1", { category: "workshop", amount_yuan: 10.5 })],
});

/** A value with the fields a test does not care about filled in. */
function value(fields: Partial<IndicatorValue>): IndicatorValue {
  return {
    indicator: "household-employment",
    level: "site",
    code: "420323-0001",
    period: "2025Q4",
    numerator: 3,
    denominator: 4,
    value: 0.75,
    target: 1,
    status: "behind",
    reporting: { reporting: 1, expected: 1 },
    ...fields,
  };
}

describe("the value store", () => {
  test("gives back every field as it was added, nulls, reasons and fractions included", () => {
    const values = [
      value({}),
      // No data: value null, a reason, no reporting (a fund indicator), no target.
      value({
        indicator: "priority-fund-share",
        level: "county",
        code: "420323",
        period: "2024",
        numerator: 0,
        denominator: 0,
        value: null,
        target: null,
        status: "no-data",
        reporting: null,
        reason: "zero-denominator",
      }),
      // Money: numerator and denominator need every bit of a double.
      value({ numerator: 1234567.89, denominator: 0.1 + 0.2, value: 1234567.89 / (0.1 + 0.2), target: 0.8 }),
      value({ level: "city", code: "420300", reporting: { reporting: 2275, expected: 2300 }, status: "met" }),
    ];
    const store = ValueStore.from(values);
    expect(store.length).toBe(4);
    expect([...store]).toEqual(values);
    expect(store.at(1)).toEqual(values[1]);
    expect("reason" in store.at(0)).toBe(false);
    expect(store.at(2).numerator).toBe(1234567.89);
    expect(store.at(2).denominator).toBe(0.30000000000000004);
    expect(() => store.at(4)).toThrow(RangeError);
    expect(store.indicatorAt(1)).toBe("priority-fund-share");
    expect(store.levelAt(3)).toBe("city");
    expect(store.codeAt(3)).toBe("420300");
    expect([...store.ofIndicator("priority-fund-share")]).toEqual([values[1]]);
    expect([...store.ofIndicator("no-such-indicator")]).toEqual([]);
  });

  test("holds more values than one block, in order", () => {
    const values = Array.from({ length: 70_000 }, (_, i) =>
      value({
        code: `420323-${String(i % 7000).padStart(4, "0")}`,
        numerator: i,
        denominator: 70_000,
        value: i / 70_000,
      }),
    );
    const store = ValueStore.from(values);
    expect(store.length).toBe(70_000);
    expect(store.at(65_535)).toEqual(values[65_535]);
    expect(store.at(65_536)).toEqual(values[65_536]);
    expect(store.at(69_999)).toEqual(values[69_999]);
  });

  test("holds values in room made ahead and beyond it, in order", () => {
    const values = Array.from({ length: 140_000 }, (_, i) =>
      value({ code: `420323-${String(i % 7000).padStart(4, "0")}`, numerator: i, value: i / 4 }),
    );
    const store = new ValueStore();
    store.reserve(100_000); // two blocks; the third is made when they are full
    store.reserve(10); // already room: nothing more
    for (const v of values) store.add(v);
    expect(store.length).toBe(140_000);
    for (const i of [0, 65_535, 65_536, 131_071, 131_072, 139_999]) expect(store.at(i)).toEqual(values[i]);
  });

  test("once cleared, holds other values in the room the first took", () => {
    const first = Array.from({ length: 70_000 }, (_, i) => value({ indicator: "a", numerator: i }));
    const second = Array.from({ length: 66_000 }, (_, i) =>
      value({ indicator: i % 2 === 0 ? "b" : "c", code: `420304-${i % 10}`, numerator: -i, reporting: null }),
    );
    const store = ValueStore.from(first);
    store.clear();
    expect(store.length).toBe(0);
    expect([...store.ofIndicator("a")]).toEqual([]);
    for (const v of second) store.add(v);
    expect(store.length).toBe(66_000);
    expect([...store]).toEqual(second);
    expect([...store.ofIndicator("b")]).toEqual(second.filter((v) => v.indicator === "b"));
    expect(() => store.at(66_000)).toThrow(RangeError);
  });

  test("holds exactly the values compute makes from the fixture", () => {
    const values = computeIndicators(DATA);
    const store = computeValueStore(DATA);
    expect(store.length).toBe(values.length);
    expect([...store]).toEqual(values);
    for (const id of new Set(values.map((v) => v.indicator)))
      expect([...store.ofIndicator(id)]).toEqual(values.filter((v) => v.indicator === id));
  });

  test("takes a site indicator's sums as the very fields valueOf makes of them", () => {
    const meta = (target: Target): IndicatorMeta => ({ ...INDICATORS[0]!, target });
    const atLeast = meta({ kind: "at-least", value: 0.9 });
    const atMost = meta({ kind: "at-most", value: 0.1 });
    const none = meta({ kind: "none" });
    // [meta, numerator, denominator, sites reporting, sites expected]
    const cases: [IndicatorMeta, number, number, number, number][] = [
      [atLeast, 9, 10, 1, 1], // exactly 90 %: met
      [atLeast, 8, 10, 1, 1], // behind
      [atMost, 1, 10, 1, 1], // exactly 10 %: met
      [atMost, 2, 10, 1, 1], // behind
      [none, 2, 3, 1, 1], // no target
      [atLeast, 0, 0, 1, 1], // reported, nothing to count: zero-denominator
      [atLeast, 0, 0, 0, 1], // expected, not reported
      [atLeast, 0, 0, 0, 0], // no site in scope
      [none, 5, 7, 3_000_000, 3_000_001], // counts past the shared reporting objects
    ];
    const store = new ValueStore();
    const made: IndicatorValue[] = [];
    for (const [m, n, d, reporting, expected] of cases) {
      store.addSums(m, "county", "420323", "2025Q4", n, d, reporting, expected);
      made.push(
        valueOf(
          m,
          "county",
          "420323",
          "2025Q4",
          n,
          d,
          reportingOf(reporting, expected),
          emptyReason(expected, reporting),
        ),
      );
    }
    expect([...store]).toEqual(made);
    // Worked out by hand, so that valueOf is not the only witness.
    expect([...store].map((v) => [v.value, v.status, v.target, v.reason])).toEqual([
      [0.9, "met", 0.9, undefined],
      [0.8, "behind", 0.9, undefined],
      [0.1, "met", 0.1, undefined],
      [0.2, "behind", 0.1, undefined],
      [2 / 3, "no-target", null, undefined],
      [null, "no-data", 0.9, "zero-denominator"],
      [null, "no-data", 0.9, "not-reported"],
      [null, "no-data", 0.9, "no-sites-in-scope"],
      [5 / 7, "no-target", null, undefined],
    ]);
    expect("reason" in store.at(0)).toBe(false);
    expect(store.at(8).reporting).toEqual({ reporting: 3_000_000, expected: 3_000_001 });
  });

  test("gives one indicator's values in the order added, however they are interleaved", () => {
    const ids = ["a", "a", "b", "a", "b", "b", "a", "c", "a"];
    const values = ids.map((indicator, i) => value({ indicator, numerator: i }));
    const store = ValueStore.from(values);
    for (const id of ["a", "b", "c"])
      expect([...store.ofIndicator(id)].map((v) => v.numerator)).toEqual(
        ids.flatMap((other, i) => (other === id ? [i] : [])),
      );
  });
});

describe("a value store shared with another thread", () => {
  /** What a worker thread receives of `parts`: a structured clone, as `postMessage` makes it. */
  function posted(parts: SharedValues): SharedValues {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(parts);
    const received = receiveMessageOnPort(port2)!.message as SharedValues;
    port1.close();
    return received;
  }

  // Two indicators interleaved over more than one block: several runs each, two blocks.
  const values = Array.from({ length: 70_000 }, (_, i) =>
    value({
      indicator: i % 3 === 0 ? "a" : "b",
      code: `420323-${String(i % 7000).padStart(4, "0")}`,
      numerator: i,
      value: i % 5 === 0 ? null : i / 70_000,
      reporting: i % 7 === 0 ? null : { reporting: 1, expected: 2 },
    }),
  );

  test("is read in the other thread from the same memory, every value and run as they were", () => {
    const store = new ValueStore({ sharedMemory: true });
    store.reserve(values.length);
    for (const v of values) store.add(v);
    const parts = store.shared();
    expect(parts.blocks.length).toBe(2);
    for (const block of parts.blocks) expect(block.buffer).toBeInstanceOf(SharedArrayBuffer);

    const received = ValueStore.fromShared(posted(parts));
    expect(received.length).toBe(70_000);
    expect([...received]).toEqual(values);
    expect([...received.ofIndicator("a")]).toEqual(values.filter((v) => v.indicator === "a"));
    expect(received.numberOf("code", "420323-0042")).toBe(store.numberOf("code", "420323-0042"));
    // The same memory, not a copy: what one side's buffer holds, the other's does.
    const mine = new Float64Array(parts.blocks[1]!.buffer);
    const theirs = new Float64Array(posted(parts).blocks[1]!.buffer);
    mine[0] = 123.5;
    expect(theirs[0]).toBe(123.5);
  });

  test("holds what compute makes, shared", () => {
    const store = computeValueStore(DATA, INDICATORS, { sharedMemory: true });
    expect([...ValueStore.fromShared(posted(store.shared()))]).toEqual(computeIndicators(DATA));
  });

  test("cannot change once shared, on either side", () => {
    const store = new ValueStore({ sharedMemory: true });
    store.add(values[0]!);
    const received = ValueStore.fromShared(posted(store.shared()));
    for (const side of [store, received]) {
      expect(() => {
        side.add(values[1]!);
      }).toThrow(/a shared store's values cannot change/);
      expect(() => {
        side.clear();
      }).toThrow(/a shared store's values cannot change/);
    }
    expect(store.length).toBe(1);
    expect(received.at(0)).toEqual(values[0]);
  });

  test("is refused when the store is in ordinary memory", () => {
    expect(() => ValueStore.from(values.slice(0, 3)).shared()).toThrow(
      /only a store made with \{ sharedMemory: true \}/,
    );
  });
});

describe("the index of a value store", () => {
  test("finds a series in period order, when values were added out of order too", () => {
    const q = (period: string, numerator: number) => value({ period, numerator });
    // 2025Q2 of site 1 comes after another site's value: the series is not one run.
    const values = [
      q("2025Q3", 3),
      q("2025Q1", 1),
      value({ code: "420323-0002", period: "2025Q1" }),
      q("2025Q2", 2),
      value({ indicator: "training-coverage", period: "2024Q4" }),
    ];
    const index = indexValues(values);
    expect(index.series("household-employment", "site", "420323-0001").map((v) => v.numerator)).toEqual([
      1, 2, 3,
    ]);
    expect(index.series("household-employment", "site", "420323-0002").map((v) => v.period)).toEqual([
      "2025Q1",
    ]);
    expect(index.at("household-employment", "site", "420323-0001", "2025Q2")?.numerator).toBe(2);
    expect(index.at("household-employment", "site", "420323-0001", "2024Q4")).toBeUndefined();
    expect(index.at("household-employment", "site", "420323-0002", "2025Q2")).toBeUndefined();
    expect(index.has("household-employment", "site", "420323-0002")).toBe(true);
    expect(index.has("household-employment", "county", "420323-0001")).toBe(false);
    expect(index.has("nothing", "site", "420323-0001")).toBe(false);
    expect(index.series("household-employment", "county", "420323-0001")).toEqual([]);
    expect(index.series("nothing", "site", "420323-0001")).toEqual([]);
    expect(index.periods("household-employment")).toEqual(["2025Q1", "2025Q2", "2025Q3"]);
    expect(index.latestPeriod("training-coverage")).toBe("2024Q4");
    expect(index.latestPeriod("nothing")).toBeUndefined();
  });

  test("gives the same series from the store as from the array compute makes", () => {
    const values = computeIndicators(DATA);
    const fromArray = indexValues(values);
    const fromStore = indexValues(computeValueStore(DATA));
    for (const v of values) {
      expect(fromStore.at(v.indicator, v.level, v.code, v.period)).toEqual(v);
      expect(fromStore.series(v.indicator, v.level, v.code)).toEqual(
        fromArray.series(v.indicator, v.level, v.code),
      );
    }
  });
});

describe("isValueStore", () => {
  test("knows a store made by another copy of the module (Astro bundles its own)", async () => {
    // A second instance of the module, as a bundle holds one: the query makes it another module.
    const specifier = "../../../src/lib/indicators/store.ts?copy";
    const copy = (await import(/* @vite-ignore */ specifier)) as { ValueStore: typeof ValueStore };
    const foreign = copy.ValueStore.from(computeIndicators(DATA));
    expect(foreign instanceof ValueStore).toBe(false);
    expect(isValueStore(foreign)).toBe(true);
    expect(isValueStore(computeIndicators(DATA))).toBe(false);
    // The index reads the foreign store in place, as it is: no copy of every value.
    const copying = vi.spyOn(ValueStore, "from");
    expect(indexValues(foreign).periods("household-employment")).toEqual(["2020Q2", "2020Q3"]);
    expect(copying).not.toHaveBeenCalled();
    copying.mockRestore();
  });
});
