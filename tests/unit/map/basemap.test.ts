import { describe, expect, it } from "vitest";
import type { CountyBoundaries } from "../../../src/lib/geo/boundaries.ts";
import {
  baseLayer,
  densityGrid,
  keepLabels,
  labelPoint,
  lineLabelPoint,
  sortLabels,
  townshipLabels,
  type BaseMap,
  type MapLabel,
} from "../../../src/lib/map/basemap.ts";

const square = (x: number, y: number, side: number) => [
  [
    [x, y],
    [x + side, y],
    [x + side, y + side],
    [x, y + side],
    [x, y],
  ],
];

describe("labelPoint", () => {
  it("puts a square's label at its centre", () => {
    expect(labelPoint({ type: "Polygon", coordinates: square(110, 32, 0.2) })).toEqual([110.1, 32.1]);
  });

  it("labels a multipolygon in its largest part", () => {
    // A small island at (0,0)–(0.1,0.1) and a large square at (1,1)–(1.4,1.4): centre (1.2, 1.2).
    const geometry = { type: "MultiPolygon" as const, coordinates: [square(0, 0, 0.1), square(1, 1, 0.4)] };
    expect(labelPoint(geometry)).toEqual([1.2, 1.2]);
  });

  it("keeps the label inside a C-shaped polygon whose centroid is outside it", () => {
    // A C open to the east: the bounding box centre (1, 1) lies in the gap.
    const c = [
      [
        [0, 0],
        [2, 0],
        [2, 0.6],
        [0.6, 0.6],
        [0.6, 1.4],
        [2, 1.4],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ];
    const [lon, lat] = labelPoint({ type: "Polygon", coordinates: c });
    expect(lon).toBeLessThan(0.6);
    expect(lat).toBeGreaterThan(0);
    expect(lat).toBeLessThan(2);
  });
});

describe("lineLabelPoint", () => {
  it("takes the middle vertex of the longest part", () => {
    expect(
      lineLabelPoint({
        type: "MultiLineString",
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [5, 5],
            [6, 6],
            [7, 7],
          ],
        ],
      }),
    ).toEqual([6, 6]);
  });
});

describe("townshipLabels", () => {
  it("places a township at the mean of its sites and weighs it by their number", () => {
    const labels = townshipLabels([
      { township_code: "420302001", township_name: "武当路街道", lon: 110.8, lat: 32.5 },
      { township_code: "420302002", township_name: "二堰街道", lon: 110.9, lat: 32.6 },
      { township_code: "420302001", township_name: "武当路街道", lon: 110.9, lat: 32.7 },
    ]);
    expect(labels).toEqual([
      { kind: "township", name: { zh: "武当路街道", en: "武当路街道" }, at: [110.85, 32.6], weight: 2 },
      { kind: "township", name: { zh: "二堰街道", en: "二堰街道" }, at: [110.9, 32.6], weight: 1 },
    ]);
  });
});

describe("keepLabels", () => {
  it("keeps labels in order, dropping any that overlaps one kept before it", () => {
    expect(
      keepLabels(
        [
          [0, 0, 50, 20],
          [40, 10, 90, 30], // overlaps the first
          [60, 0, 100, 20], // clear of the first; overlapped the dropped second, which does not count
          null, // off screen
          [0, 21, 50, 40], // one pixel below the first, inside the 2 px gap
          [0, 23, 50, 40],
        ],
        2,
      ),
    ).toEqual([true, false, true, false, false, true]);
  });
});

describe("sortLabels", () => {
  it("orders counties first, then towns, water and townships, heavier first", () => {
    const label = (kind: MapLabel["kind"], zh: string, weight: number): MapLabel => ({
      kind,
      name: { zh, en: zh },
      at: [0, 0],
      weight,
    });
    const sorted = sortLabels([
      label("township", "甲", 1),
      label("township", "乙", 5),
      label("water", "汉江", 0),
      label("county", "茅箭区", 0),
      label("town", "十堰", -1),
    ]);
    expect(sorted.map((l) => l.name.zh)).toEqual(["茅箭区", "十堰", "汉江", "乙", "甲"]);
  });
});

describe("baseLayer", () => {
  const boundaries: CountyBoundaries = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        id: "420302",
        properties: { name: "茅箭区" },
        geometry: { type: "Polygon", coordinates: square(110, 32, 1) },
      },
    ],
  };
  const base: BaseMap = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { kind: "town", name: "十堰", name_en: "Shiyan" },
        geometry: { type: "Point", coordinates: [110.5, 32.5] },
      },
      {
        type: "Feature",
        properties: { kind: "town", name: "远方", name_en: "Far away" },
        geometry: { type: "Point", coordinates: [116.4, 39.9] },
      },
      {
        type: "Feature",
        properties: { kind: "lake", name: "水库", name_en: "Reservoir" },
        geometry: { type: "Polygon", coordinates: square(110.8, 32.8, 0.4) },
      },
    ],
  };

  it("keeps the features near the boundaries, labels counties, towns and water, and counts the sites", () => {
    const layer = baseLayer(
      boundaries,
      [{ code: "420302", name: { zh: "茅箭区", en: "Maojian District" } }],
      [{ township_code: "420302001", township_name: "武当路街道", lon: 110.2, lat: 32.4 }],
      base,
    );
    expect(layer.towns).toEqual([[110.5, 32.5]]);
    expect(layer.water).toHaveLength(1);
    expect(layer.labels.map((l) => [l.kind, l.name.en, l.at])).toEqual([
      ["county", "Maojian District", [110.5, 32.5]],
      ["town", "Shiyan", [110.5, 32.5]],
      ["water", "Reservoir", [111, 33]],
    ]);
    expect(layer.density).toEqual({ origin: [110, 32], cell: 0.025, cells: [[8, 16, 1]] });
  });

  it("draws no geography when there is no base map", () => {
    const layer = baseLayer(boundaries, [], [], null);
    expect(layer.water).toEqual([]);
    expect(layer.labels.map((l) => l.name.zh)).toEqual(["茅箭区"]);
  });
});

describe("densityGrid", () => {
  it("counts sites in cells of a fortieth of the larger side", () => {
    // Extent 2° wide, 1° tall: cells of 0.05°, from (110, 32).
    const density = densityGrid(
      [
        { lon: 110.01, lat: 32.01 },
        { lon: 110.04, lat: 32.02 },
        { lon: 110.06, lat: 32.01 },
        { lon: 111.99, lat: 32.99 },
      ],
      [110, 32, 112, 33],
    );
    expect(density).toEqual({
      origin: [110, 32],
      cell: 0.05,
      cells: [
        [0, 0, 2],
        [1, 0, 1],
        [39, 19, 1],
      ],
    });
  });
});
