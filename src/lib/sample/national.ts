/**
 * Boundaries for the national-scale sample: Shiyan's eight real counties, and for each synthetic
 * county a copy of its template county's boundary, shifted on a grid so that no two copies overlap.
 * The shapes of synthetic counties are therefore borrowed, and their positions invented.
 */
import type { Position } from "geojson";
import type { CountyBoundaries, CountyFeature } from "../geo/boundaries.ts";
import type { CountyPlan } from "./plan.ts";

// Shiyan spans about 2.2° of longitude and 1.8° of latitude; a 2.5° × 2° grid keeps copies apart.
const GRID_COLUMNS = 10;
const STEP_LON = 2.5;
const STEP_LAT = 2;

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/** The shift (degrees of longitude, latitude) applied to the n-th copy of Shiyan (0-based). */
export function copyOffset(copy: number): [number, number] {
  const column = copy % GRID_COLUMNS;
  const row = Math.floor(copy / GRID_COLUMNS);
  // Copies go north of Shiyan, from 12.5° west to 10° east of it: never on top of the real counties.
  return [(column - 5) * STEP_LON, (row + 1) * STEP_LAT];
}

function shift(position: Position, [dLon, dLat]: [number, number]): Position {
  return [round5(position[0]! + dLon), round5(position[1]! + dLat)];
}

/** Boundaries for every county of a plan whose synthetic counties name a `templateCode`. */
export function planBoundaries(shiyan: CountyBoundaries, plan: readonly CountyPlan[]): CountyBoundaries {
  const byCode = new Map(shiyan.features.map((feature) => [feature.id, feature]));
  const perCopy = shiyan.features.length;
  let synthetic = 0;
  const features: CountyFeature[] = [];
  for (const county of plan) {
    if (county.templateCode === undefined) {
      const feature = byCode.get(county.code);
      if (!feature) throw new RangeError(`No boundary for county ${county.code}.`);
      features.push(feature);
      continue;
    }
    const template = byCode.get(county.templateCode);
    if (!template) throw new RangeError(`No boundary for template county ${county.templateCode}.`);
    const offset = copyOffset(Math.floor(synthetic / perCopy));
    synthetic++;
    const geometry =
      template.geometry.type === "Polygon"
        ? {
            type: "Polygon" as const,
            coordinates: template.geometry.coordinates.map((ring) => ring.map((p) => shift(p, offset))),
          }
        : {
            type: "MultiPolygon" as const,
            coordinates: template.geometry.coordinates.map((polygon) =>
              polygon.map((ring) => ring.map((p) => shift(p, offset))),
            ),
          };
    const seat = template.properties.seat;
    features.push({
      type: "Feature",
      id: county.code,
      properties: {
        name: county.nameZh,
        name_en: county.nameEn,
        ...(seat ? { seat: shift(seat, offset) as [number, number] } : {}),
      },
      geometry,
    });
  }
  return { type: "FeatureCollection", features };
}
