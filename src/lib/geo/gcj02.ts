/**
 * GCJ-02 ("Mars coordinates"), the obfuscated datum Chinese web maps must use, and its conversion
 * to and from WGS-84. The forward formula is the widely published one (eviltransform,
 * wandergis/coordtransform); the inverse is found by fixed-point iteration, since there is no
 * closed form. Coordinates are `[lon, lat]` in degrees.
 */

/** A longitude and latitude in degrees, in GeoJSON order. */
export type LonLat = readonly [lon: number, lat: number];

// Krasovsky 1940 ellipsoid, as the GCJ-02 algorithm uses it.
const SEMI_MAJOR_AXIS = 6378245.0;
const ECCENTRICITY_SQUARED = 0.006693421622965943;

/** True outside the rough rectangle where GCJ-02 applies; there the two datums are the same. */
export function isOutsideChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function shiftLat(x: number, y: number): number {
  let shift = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  shift += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  shift += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  shift += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return shift;
}

function shiftLon(x: number, y: number): number {
  let shift = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  shift += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  shift += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  shift += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return shift;
}

/** Converts a WGS-84 position to GCJ-02 (degrees); positions outside China are returned unchanged. */
export function wgs84ToGcj02(lon: number, lat: number): LonLat {
  if (isOutsideChina(lon, lat)) return [lon, lat];
  const radLat = (lat / 180) * Math.PI;
  const sinLat = Math.sin(radLat);
  const magic = 1 - ECCENTRICITY_SQUARED * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (shiftLat(lon - 105, lat - 35) * 180) /
    (((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic)) * Math.PI);
  const dLon =
    (shiftLon(lon - 105, lat - 35) * 180) / ((SEMI_MAJOR_AXIS / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/**
 * Converts a GCJ-02 position to WGS-84 (degrees) by iterating the forward formula until it
 * reproduces the input to within `tolerance` degrees (1e-10° is about 0.01 mm).
 */
export function gcj02ToWgs84(lon: number, lat: number, tolerance = 1e-10): LonLat {
  if (isOutsideChina(lon, lat)) return [lon, lat];
  let wgsLon = lon;
  let wgsLat = lat;
  // The shift changes slowly with position, so each step removes almost all of the error;
  // a handful of iterations suffice, and the cap only guards against a pathological input.
  for (let step = 0; step < 30; step++) {
    const [gcjLon, gcjLat] = wgs84ToGcj02(wgsLon, wgsLat);
    const errorLon = lon - gcjLon;
    const errorLat = lat - gcjLat;
    wgsLon += errorLon;
    wgsLat += errorLat;
    if (Math.abs(errorLon) < tolerance && Math.abs(errorLat) < tolerance) break;
  }
  return [wgsLon, wgsLat];
}
