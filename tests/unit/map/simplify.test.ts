import { describe, expect, test } from "vitest";
import type { CountyBoundaries } from "../../../src/lib/geo/boundaries.ts";
import { simplifyBoundaries, simplifyLine, simplifyRing } from "../../../src/lib/map/simplify.ts";

describe("simplifyLine", () => {
  test("drops points that lie within the tolerance of the line through their neighbours", () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.01],
          [2, 0],
          [2, 2],
        ],
        0.1,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
    ]);
  });

  test("keeps a point that stands out further than the tolerance", () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.5],
          [2, 0],
        ],
        0.1,
      ),
    ).toHaveLength(3);
  });
});

describe("simplifyRing", () => {
  const square = [
    [0, 0],
    [0.5, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ];

  test("keeps a ring closed with its corners", () => {
    expect(simplifyRing(square, 0.01, 5)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  test("gives null for a ring smaller than the tolerance", () => {
    expect(simplifyRing(square, 2, 5)).toBeNull();
  });
});

describe("simplifyBoundaries", () => {
  test("keeps every county with its id and name, as a multipolygon", () => {
    const boundaries: CountyBoundaries = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "420323",
          properties: { name: "竹山县", name_en: "Zhushan County", seat: [110.2, 32.2] },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [110, 32],
                [111, 32],
                [111, 33],
                [110, 33],
                [110, 32],
              ],
            ],
          },
        },
      ],
    };
    const simplified = simplifyBoundaries(boundaries);
    expect(simplified.features).toHaveLength(1);
    expect(simplified.features[0]!.id).toBe("420323");
    expect(simplified.features[0]!.properties.name).toBe("竹山县");
    expect(simplified.features[0]!.geometry).toEqual({
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [110, 32],
            [111, 32],
            [111, 33],
            [110, 33],
            [110, 32],
          ],
        ],
      ],
    });
  });
});
