import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { haversineKm, nearestNeighbours } from "../../../src/lib/site/geo-distance.ts";

describe("haversineKm", () => {
  test("one degree of latitude along a meridian is the radius times π/180 (about 111.2 km)", () => {
    // 6371.0088 km × π / 180 = 111.1951 km.
    expect(haversineKm({ lat: 32, lon: 110 }, { lat: 33, lon: 110 })).toBeCloseTo(111.1951, 4);
  });

  test("one degree of longitude on the equator is the same length, and shrinks with cos(latitude) near it", () => {
    expect(haversineKm({ lat: 0, lon: 110 }, { lat: 0, lon: 111 })).toBeCloseTo(111.195, 3);
    // At 60° north a small east-west step is half as long as on the equator (cos 60° = 0.5).
    expect(haversineKm({ lat: 60, lon: 110 }, { lat: 60, lon: 110.01 })).toBeCloseTo(0.5559, 3);
  });

  test("a point is 0 km from itself and the distance is the same both ways", () => {
    const a = { lat: 32.6, lon: 110.8 };
    const b = { lat: 32.1, lon: 110.2 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBe(haversineKm(b, a));
  });
});

describe("nearestNeighbours", () => {
  // Four hand-placed sites on the equator, 0.01°, 0.05° and 1° of longitude apart from A:
  // A–B 1.11 km, A–C 5.56 km, B–C 4.45 km, A–D 111.2 km, B–D 110.1 km, C–D 105.6 km.
  const A = { lat: 0, lon: 110 };
  const B = { lat: 0, lon: 110.01 };
  const C = { lat: 0, lon: 110.05 };
  const D = { lat: 0, lon: 111 };

  test("lists each site's nearest other sites, nearest first, never the site itself", () => {
    const nearest = nearestNeighbours([A, B, C, D], 2);
    expect(nearest.map((list) => list.map((n) => n.index))).toEqual([
      [1, 2], // A: B, C
      [0, 2], // B: A, C
      [1, 0], // C: B (4.45 km), A (5.56 km)
      [2, 1], // D: C (105.6 km), B (110.1 km)
    ]);
  });

  test("gives the distance in km", () => {
    const [a] = nearestNeighbours([A, B, C, D], 1);
    expect(a![0]!.km).toBeCloseTo(1.112, 3);
  });

  test("returns fewer than k when there are fewer other sites", () => {
    expect(nearestNeighbours([A, B], 5).map((list) => list.length)).toEqual([1, 1]);
    expect(nearestNeighbours([A], 5)).toEqual([[]]);
  });

  test("keeps sites at the same distance in input order", () => {
    const west = { lat: 0, lon: 109.99 };
    const nearest = nearestNeighbours([A, B, west], 2);
    expect(nearest[0]!.map((n) => n.index)).toEqual([1, 2]);
  });

  // The k-d tree must give what measuring every pair gives, ties and duplicates included.
  const everyPair = (points: { lat: number; lon: number }[], k: number) =>
    points.map((p, i) =>
      points
        .map((q, index) => ({ index, km: haversineKm(p, q) }))
        .filter((n) => n.index !== i)
        .sort((a, b) => a.km - b.km || a.index - b.index)
        .slice(0, k),
    );

  test("gives the same neighbours as measuring every pair (random sites, some on the same spot)", () => {
    // Coordinates on a 0.01° grid in a Shiyan-sized box, so equal distances and shared spots occur.
    const site = fc.record({
      lat: fc.integer({ min: 3200, max: 3300 }).map((n) => n / 100),
      lon: fc.integer({ min: 10950, max: 11150 }).map((n) => n / 100),
    });
    fc.assert(
      fc.property(fc.array(site, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (points, k) => {
        expect(nearestNeighbours(points, k)).toEqual(everyPair(points, k));
      }),
      { numRuns: 300 },
    );
  });
});
