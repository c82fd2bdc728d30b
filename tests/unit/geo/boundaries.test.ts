import { describe, expect, test } from "vitest";
import {
  boundingBox,
  countiesContaining,
  countyContaining,
  isInsideCounty,
  type CountyBoundaries,
} from "../../../src/lib/geo/boundaries.ts";

// Two unit squares side by side; B has a square hole in its middle.
const boundaries: CountyBoundaries = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      id: "000001",
      properties: { name: "A" },
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
    },
    {
      type: "Feature",
      id: "000002",
      properties: { name: "B" },
      geometry: {
        type: "MultiPolygon",
        coordinates: [
          [
            [
              [1, 0],
              [2, 0],
              [2, 1],
              [1, 1],
              [1, 0],
            ],
            [
              [1.4, 0.4],
              [1.4, 0.6],
              [1.6, 0.6],
              [1.6, 0.4],
              [1.4, 0.4],
            ],
          ],
        ],
      },
    },
  ],
};

describe("countyContaining", () => {
  test.each([
    ["a point in A", 0.5, 0.5, "000001"],
    ["a point in B", 1.2, 0.5, "000002"],
    ["a point in B's hole", 1.5, 0.5, null],
    ["a point outside both", 3, 3, null],
  ])("finds the county of %s", (_, lon, lat, expected) => {
    expect(countyContaining(lon, lat, boundaries)).toBe(expected);
  });

  test("lists both counties for a point on their shared edge", () => {
    expect(countiesContaining(1, 0.5, boundaries)).toEqual(["000001", "000002"]);
  });
});

describe("isInsideCounty", () => {
  test("is true only for the county that holds the point", () => {
    expect(isInsideCounty("000001", 0.5, 0.5, boundaries)).toBe(true);
    expect(isInsideCounty("000002", 0.5, 0.5, boundaries)).toBe(false);
  });

  test("is false for a county without a boundary", () => {
    expect(isInsideCounty("999999", 0.5, 0.5, boundaries)).toBe(false);
  });
});

test("boundingBox spans every vertex of a multipolygon", () => {
  expect(boundingBox(boundaries.features[1]!.geometry)).toEqual([1, 0, 2, 1]);
});
