import { describe, expect, test } from "vitest";
import type { CountyFeature } from "../../../src/lib/geo/boundaries.ts";
import { countyOutline } from "../../../src/lib/map/outline.ts";

// A square county 1° wide at the equator (cos 0° = 1), so x and y scale alike.
const square: CountyFeature = {
  type: "Feature",
  id: "420000",
  properties: { name: "square" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  },
};

describe("countyOutline", () => {
  test("fits the county in the width with an 8-unit margin and puts north at the top", () => {
    // scale = (120 − 16) / 1° = 104 units a degree; height = 104 + 16 = 120.
    const outline = countyOutline(square, 0.5, 0.25, 120);
    expect(outline.height).toBe(120);
    expect(outline.path).toBe("M8,112L112,112L112,8L8,8L8,112Z");
    // The site at 0.5°E, 0.25°N: x = 8 + 0.5 × 104 = 60, y = 8 + (1 − 0.25) × 104 = 86.
    expect(outline.dot).toEqual({ x: 60, y: 86 });
  });

  test("draws the county once and places each site on it (the drawing is reused per county)", () => {
    const first = countyOutline(square, 0.5, 0.25, 120);
    const second = countyOutline(square, 0.25, 0.5, 120);
    expect(second.path).toBe(first.path);
    // x = 8 + 0.25 × 104 = 34, y = 8 + (1 − 0.5) × 104 = 60.
    expect(second.dot).toEqual({ x: 34, y: 60 });
    // Another width is another drawing: scale = (64 − 16) / 1° = 48; height = 48 + 16 = 64.
    const small = countyOutline(square, 0.5, 0.5, 64);
    expect(small.height).toBe(64);
    expect(small.path).toBe("M8,56L56,56L56,8L8,8L8,56Z");
    expect(small.dot).toEqual({ x: 32, y: 32 });
  });
});
