/**
 * One-off: writes `content/geo/basemap.geojson`, the real geography the offline map draws under the
 * sites — the Han and Dan rivers, the Danjiangkou Reservoir and the three towns Natural Earth
 * names around Shiyan — from the Natural Earth 1:10m layers already clipped to Shiyan (public
 * domain; sources in that directory's README). Run it again to reproduce the file:
 *
 *   node scripts/make-basemap.ts [SOURCE_DIR] [OUT_FILE]
 *
 * SOURCE_DIR defaults to `../shared/geo` beside the checkout. Lines are thinned with the map's own
 * Douglas–Peucker at 0.002° (about 200 m, finer than a pixel at the whole city's zoom) and rounded
 * to four decimals (about 10 m). Nothing is added that the source does not hold: no roads, no
 * invented positions. See `content/geo/README.md` for the names corrected here and why.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Position } from "geojson";
import { baseMapText, type BaseMap, type BaseFeature } from "../src/lib/map/basemap.ts";
import { simplifyLine, simplifyRing } from "../src/lib/map/simplify.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_DIR = resolve(process.argv[2] ?? join(ROOT, "..", "shared", "geo"));
const TOLERANCE = 0.002;
const DECIMALS = 4;

/**
 * The names the map writes. Natural Earth's Chinese names are older or wrong here (see the
 * source's README): the Han is 汉江 locally (NE: 汉水), the Dan is 丹江 (NE: 丹河, another river),
 * and Yunxian has been 郧阳区 since 2014 (NE: no Chinese name).
 */
const NAMES: Record<string, { zh: string; en: string }> = {
  Han: { zh: "汉江", en: "Han River" },
  Dan: { zh: "丹江", en: "Dan River" },
  "Danjiangkou Shuiku": { zh: "丹江口水库", en: "Danjiangkou Reservoir" },
  Shiyan: { zh: "十堰", en: "Shiyan" },
  Yunxian: { zh: "郧阳", en: "Yunyang" },
  Danjiangkou: { zh: "丹江口", en: "Danjiangkou" },
};

interface SourceFeature {
  properties: { name: string; pop_max?: number };
  geometry:
    | { type: "LineString"; coordinates: Position[] }
    | { type: "MultiLineString"; coordinates: Position[][] }
    | { type: "Polygon"; coordinates: Position[][] }
    | { type: "Point"; coordinates: Position };
}

const read = (file: string) =>
  (JSON.parse(readFileSync(join(SOURCE_DIR, file), "utf8")) as { features: SourceFeature[] }).features;

const factor = 10 ** DECIMALS;
const round = (p: Position): Position => [
  Math.round(p[0]! * factor) / factor,
  Math.round(p[1]! * factor) / factor,
];

function named(name: string) {
  const found = NAMES[name];
  if (!found) throw new Error(`${name}: no name for it in scripts/make-basemap.ts`);
  return found;
}

// Every part of one river (its course and its centreline through the reservoir) becomes one
// MultiLineString, so it is drawn and labelled once.
const rivers = new Map<string, Position[][]>();
for (const feature of read("ne_rivers.geojson")) {
  const { geometry } = feature;
  const lines =
    geometry.type === "LineString"
      ? [geometry.coordinates]
      : geometry.type === "MultiLineString"
        ? geometry.coordinates
        : [];
  const parts = rivers.get(feature.properties.name) ?? [];
  for (const line of lines) parts.push(simplifyLine(line, TOLERANCE).map(round));
  rivers.set(feature.properties.name, parts);
}

const features: BaseFeature[] = [];
for (const [name, parts] of [...rivers].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const { zh, en } = named(name);
  features.push({
    type: "Feature",
    properties: { kind: "river", name: zh, name_en: en },
    geometry: { type: "MultiLineString", coordinates: parts.filter((part) => part.length >= 2) },
  });
}
for (const feature of read("ne_lakes.geojson")) {
  if (feature.geometry.type !== "Polygon") continue;
  const rings = feature.geometry.coordinates
    .map((ring) => simplifyRing(ring, TOLERANCE, DECIMALS))
    .filter((ring) => ring !== null);
  const { zh, en } = named(feature.properties.name);
  features.push({
    type: "Feature",
    properties: { kind: "lake", name: zh, name_en: en },
    geometry: { type: "Polygon", coordinates: rings },
  });
}
for (const feature of read("ne_places.geojson")) {
  if (feature.geometry.type !== "Point") continue;
  const { zh, en } = named(feature.properties.name);
  features.push({
    type: "Feature",
    properties: { kind: "town", name: zh, name_en: en },
    geometry: { type: "Point", coordinates: round(feature.geometry.coordinates) },
  });
}

const collection: BaseMap = { type: "FeatureCollection", features };
const outFile = resolve(process.argv[3] ?? join(ROOT, "content/geo/basemap.geojson"));
writeFileSync(`${outFile}.tmp`, baseMapText(collection));
renameSync(`${outFile}.tmp`, outFile);
process.stderr.write(`Wrote ${features.length} base-map features to ${outFile}\n`);
