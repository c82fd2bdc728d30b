import { describe, expect, test } from "vitest";
import {
  legendEntries,
  MAP_STATUSES,
  markerStyle,
  NO_VALUE_FILL,
  shadeFill,
  shadeIndex,
  shapePath,
  shapePoints,
  STATUS_CODES,
  statusOfCode,
} from "../../../src/lib/map/style.ts";

describe("marker styles", () => {
  test("give every status its own shape, so the map reads without colour", () => {
    const shapes = MAP_STATUSES.map((status) => markerStyle(status).shape);
    expect(new Set(shapes).size).toBe(MAP_STATUSES.length);
  });

  test("draw no-data and not-applicable hollow, and the indicator statuses filled", () => {
    expect(MAP_STATUSES.filter((status) => markerStyle(status).fill === null)).toEqual([
      "no-data",
      "not-applicable",
    ]);
  });

  test("pack each status as one distinct character and read it back", () => {
    expect(new Set(Object.values(STATUS_CODES)).size).toBe(5);
    for (const status of MAP_STATUSES) expect(statusOfCode(STATUS_CODES[status])).toBe(status);
    expect(statusOfCode("?")).toBe("not-applicable");
  });
});

describe("county shading", () => {
  test.each([
    [0, 0],
    [0.1999, 0],
    [0.2, 1],
    [0.5, 2],
    [0.799, 3],
    [0.8, 4],
    [1, 4],
    [1.2, 4],
  ])("puts a share of %s in class %s (20-point steps, 100%% in the top class)", (value, index) => {
    expect(shadeIndex(value)).toBe(index);
  });

  test("has no class for no value, and fills it with the no-value grey rather than the lowest shade", () => {
    expect(shadeIndex(null)).toBeNull();
    expect(shadeFill(null)).toBe(NO_VALUE_FILL);
    expect(shadeFill(0)).not.toBe(NO_VALUE_FILL);
  });
});

describe("legendEntries", () => {
  test("lists every status with its words for the sites mode", () => {
    const entries = legendEntries("sites", "en");
    expect(entries.map((e) => e.label)).toEqual([
      "Met",
      "Behind",
      "No target",
      "No data",
      "Not applicable (outside the indicator's scope)",
    ]);
  });

  test("lists five shades and a dashed no-data entry for the counties mode", () => {
    const entries = legendEntries("counties", "zh");
    expect(entries).toHaveLength(6);
    expect(entries[0]).toMatchObject({ kind: "shade", label: "0–20%（不含20%）", dashed: false });
    expect(entries[4]).toMatchObject({ label: "80–100%（含）" });
    expect(entries[5]).toMatchObject({ fill: NO_VALUE_FILL, dashed: true, label: "无数据" });
  });
});

describe("shapes", () => {
  test("draw a square of side 1.8 r around the centre", () => {
    expect(shapePoints("square", 10, 10, 5)).toEqual([
      [5.5, 5.5],
      [14.5, 5.5],
      [14.5, 14.5],
      [5.5, 14.5],
    ]);
    expect(shapePath("square", 10, 10, 5)).toBe("M5.5,5.5L14.5,5.5L14.5,14.5L5.5,14.5Z");
  });

  test("draw a circle as two arcs and have no corners", () => {
    expect(shapePath("circle", 10, 10, 5)).toBe("M5,10a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z");
    expect(shapePoints("circle", 10, 10, 5)).toEqual([]);
  });

  test("draw behind as an X, like the ✗ the pages print: twelve corners, arms on the diagonals", () => {
    const corners = shapePoints("cross", 0, 0, 4);
    expect(corners).toHaveLength(12);
    // The first arm ends between its first two corners, 1.2 r = 4.8 out along the up-right
    // diagonal: (4.8 / √2, −4.8 / √2) = (3.394, −3.394).
    const [a, b] = corners;
    expect((a![0] + b![0]) / 2).toBeCloseTo(3.394, 3);
    expect((a![1] + b![1]) / 2).toBeCloseTo(-3.394, 3);
    expect(markerStyle("behind").shape).toBe("cross");
  });
});
