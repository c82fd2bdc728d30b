import { describe, expect, test } from "vitest";
import { gcj02ToWgs84, isOutsideChina, wgs84ToGcj02 } from "../../../src/lib/geo/gcj02.ts";

describe("wgs84ToGcj02", () => {
  test("reproduces the published reference pair (wandergis/coordtransform, eviltransform)", () => {
    const [lon, lat] = wgs84ToGcj02(116.404, 39.915);
    expect(lon).toBeCloseTo(116.41024449916938, 9);
    expect(lat).toBeCloseTo(39.91640428150164, 9);
  });

  test("leaves positions outside China unchanged", () => {
    expect(wgs84ToGcj02(2.3522, 48.8566)).toEqual([2.3522, 48.8566]);
    expect(isOutsideChina(2.3522, 48.8566)).toBe(true);
    expect(isOutsideChina(110.8, 32.6)).toBe(false);
  });
});

describe("gcj02ToWgs84", () => {
  test("inverts the reference pair to the original WGS-84 position", () => {
    const [lon, lat] = gcj02ToWgs84(116.41024449916938, 39.91640428150164);
    expect(lon).toBeCloseTo(116.404, 9);
    expect(lat).toBeCloseTo(39.915, 9);
  });

  test("stays within a couple of metres of the published one-step approximation", () => {
    // coordtransform's gcj02towgs84(116.404, 39.915) subtracts the shift once: (116.39775550083061, 39.91359571849836).
    const [lon, lat] = gcj02ToWgs84(116.404, 39.915);
    expect(Math.abs(lon - 116.39775550083061)).toBeLessThan(2e-5);
    expect(Math.abs(lat - 39.91359571849836)).toBeLessThan(2e-5);
  });

  test.each([
    [110.813719, 32.591904],
    [110.228747, 32.224808],
    [121.4737, 31.2304],
    [87.6168, 43.8256],
  ])("round-trips %f, %f to within 1e-9 degrees", (lon, lat) => {
    const [wgsLon, wgsLat] = gcj02ToWgs84(lon, lat);
    const [backLon, backLat] = wgs84ToGcj02(wgsLon, wgsLat);
    expect(Math.abs(backLon - lon)).toBeLessThan(1e-9);
    expect(Math.abs(backLat - lat)).toBeLessThan(1e-9);
  });
});
