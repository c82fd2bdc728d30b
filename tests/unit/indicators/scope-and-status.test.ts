import { describe, expect, test } from "vitest";
import { inScope, isActive, outcome, periodEnd, sizeClass } from "../../../src/lib/indicators/index.ts";

describe("periodEnd", () => {
  test.each([
    ["2020Q1", "2020-03-31"],
    ["2020Q2", "2020-06-30"],
    ["2020Q3", "2020-09-30"],
    ["2019Q4", "2019-12-31"],
  ])("periodEnd(%s) is the quarter's last day, %s", (period, end) => {
    expect(periodEnd(period)).toBe(end);
  });

  test("periodEnd refuses what is not a quarter", () => {
    expect(() => periodEnd("2020Q5")).toThrow();
  });
});

describe("sizeClass", () => {
  test.each([
    [0, "small"],
    [199, "small"],
    [200, "medium"],
    [799, "medium"],
    [800, "large"],
    [15000, "large"],
  ])("a site of %i persons is %s", (persons, size) => {
    expect(sizeClass(persons)).toBe(size);
  });
});

describe("inScope", () => {
  test.each([
    ["no moved-in date", null, true],
    ["moved in on the period's last day", "2020-06-30", true],
    ["moved in the day after", "2020-07-01", false],
  ])("a site with %s at 2020Q2", (_, moved_in, expected) => {
    expect(inScope({ moved_in }, "2020-06-30")).toBe(expected);
  });
});

describe("isActive", () => {
  test.each([
    ["started on the period's end", "2020-06-30", null, true],
    ["started the day after", "2020-07-01", null, false],
    ["ended on the period's end", "2019-01-01", "2020-06-30", false],
    ["ended the day after", "2019-01-01", "2020-07-01", true],
    ["ended before", "2019-01-01", "2020-01-01", false],
  ])("something %s is judged correctly at 2020-06-30", (_, start, stop, expected) => {
    expect(isActive(start, stop, "2020-06-30")).toBe(expected);
  });
});

describe("outcome", () => {
  const atLeastAll = { kind: "at-least", value: 1 } as const;
  test("a zero denominator has no value and a reason, never NaN, 0% or 100%", () => {
    expect(outcome(0, 0, atLeastAll, "not-reported")).toEqual({
      value: null,
      status: "no-data",
      reason: "not-reported",
    });
  });
  test("exactly 100% meets an at-least-100% target; less is behind", () => {
    expect(outcome(3, 3, atLeastAll, "not-reported")).toEqual({ value: 1, status: "met" });
    expect(outcome(2, 3, atLeastAll, "not-reported")).toEqual({ value: 2 / 3, status: "behind" });
  });
  test("an at-most-0 target is met only at zero", () => {
    const none = { kind: "at-most", value: 0 } as const;
    expect(outcome(0, 5, none, "not-reported").status).toBe("met");
    expect(outcome(1, 5, none, "not-reported").status).toBe("behind");
  });
  test("an indicator without target has a value and no status against it", () => {
    expect(outcome(1, 4, { kind: "none" }, "not-reported")).toEqual({ value: 0.25, status: "no-target" });
  });
});
