import { describe, expect, test } from "vitest";
import { markerKind, markerPath, percentTick, seriesDash } from "../../../src/lib/charts/marks.ts";
import { statusText } from "../../../src/lib/charts/labels.ts";

describe("markerKind", () => {
  test.each([
    ["met", 1, "met"],
    ["behind", 0.5, "behind"],
    ["no-target", 0.5, "plain"],
    ["met", null, null],
    ["no-data", null, null],
    ["behind", Number.NaN, null],
  ] as const)("a %s point of value %s gets marker %s", (status, value, kind) => {
    expect(markerKind(status, value)).toBe(kind);
  });
});

describe("markerPath", () => {
  test("draws the three markers as different shapes", () => {
    const shapes = new Set([markerPath("met"), markerPath("behind"), markerPath("plain")]);
    expect(shapes.size).toBe(3);
    // The X is two straight strokes; the circle is drawn with arcs.
    expect(markerPath("behind")).toMatch(/^M[-\d.,]+L[-\d.,]+M[-\d.,]+L[-\d.,]+$/);
    expect(markerPath("met")).toContain("A");
  });
});

test("series dash patterns repeat after four and the first series is solid", () => {
  expect(seriesDash(0)).toBe("");
  expect(new Set([0, 1, 2, 3].map(seriesDash)).size).toBe(4);
  expect(seriesDash(4)).toBe(seriesDash(0));
});

test("axis ticks are whole percentages", () => {
  expect([0, 0.2, 1, 1.2].map(percentTick)).toEqual(["0%", "20%", "100%", "120%"]);
});

test("status words exist in both languages and no-data is never a number", () => {
  expect(statusText("behind", "zh")).toBe("未达标");
  expect(statusText("no-data", "en")).toBe("No data");
});
