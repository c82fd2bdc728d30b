/**
 * The offline base map: the real geography drawn under the sites (rivers, the reservoir, towns,
 * from `content/geo/basemap.geojson`), and the labels the map writes — county names at each county's
 * pole of inaccessibility, township names at the middle of their sites, the rivers' and the
 * reservoir's names — with the rule that keeps labels from overlapping. Everything is computed
 * from the data at build time; no position is invented.
 */
import polylabel from "polylabel";
import type { MultiLineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import type { Bilingual } from "../i18n/index.ts";
import { boundingBox, type BBox, type CountyBoundaries } from "../geo/boundaries.ts";

/** What a base-map feature is. */
export type BaseKind = "river" | "lake" | "town";

/** One feature of `content/geo/basemap.geojson`. */
export interface BaseFeature {
  type: "Feature";
  properties: { kind: BaseKind; name: string; name_en: string };
  geometry: MultiLineString | Polygon | Point;
}

/** `content/geo/basemap.geojson`. */
export interface BaseMap {
  type: "FeatureCollection";
  features: BaseFeature[];
}

/** The file's text: one feature a line, so a regenerated file diffs readably. */
export function baseMapText(map: BaseMap): string {
  return `{"type":"FeatureCollection","features":[\n${map.features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
}

/** What a label names; the order is also its priority (counties first). */
export const LABEL_KINDS = ["county", "town", "water", "township"] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** A label the map may write: its text, where, and how important it is among its kind. */
export interface MapLabel {
  kind: LabelKind;
  name: Bilingual;
  /** `[lon, lat]`, WGS-84, rounded to four decimals. */
  at: [number, number];
  /** Within a kind, larger first (a township's site count, a town's rank). */
  weight: number;
}

/**
 * Where the sites are, coarsely, for the home page's small map: the sites counted in square cells
 * of `cell` degrees from `origin` (`[lon, lat]` of the south-west corner); each entry is
 * `[column, row, sites]`, only for cells with sites.
 */
export interface Density {
  origin: [number, number];
  cell: number;
  cells: [number, number, number][];
}

/**
 * The base map as the map page loads it (`/map/base.json`). Township labels are not in it: they
 * are many at a national scale and only shown close in, so they are a file of their own
 * (`/map/townships.json`), fetched the first time the map zooms in that far.
 */
export interface BaseLayer {
  water: { kind: "river" | "lake"; geometry: MultiLineString | Polygon }[];
  towns: [number, number][];
  labels: MapLabel[];
  density: Density;
}

/**
 * Counts the sites in a grid of `across` cells over the larger side of `extent` (so a city's and
 * a nation's grid have about as many cells), in column-then-row order.
 */
export function densityGrid(
  sites: readonly { lon: number; lat: number }[],
  extent: BBox,
  across = 40,
): Density {
  const side = Math.max(extent[2] - extent[0], extent[3] - extent[1]);
  const cell = side > 0 ? Number((side / across).toPrecision(2)) : 1;
  const origin: [number, number] = [round4(extent[0]), round4(extent[1])];
  const counts = new Map<string, [number, number, number]>();
  for (const { lon, lat } of sites) {
    // A hair of slack, so a site on a cell's edge falls in the cell it begins, whatever the rounding.
    const column = Math.floor((lon - origin[0]) / cell + 1e-9);
    const row = Math.floor((lat - origin[1]) / cell + 1e-9);
    const key = `${column},${row}`;
    const entry = counts.get(key) ?? [column, row, 0];
    entry[2] += 1;
    counts.set(key, entry);
  }
  return { origin, cell, cells: [...counts.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]) };
}

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;
const point = (lon: number, lat: number): [number, number] => [round4(lon), round4(lat)];

function ringArea(ring: readonly Position[]): number {
  let area = 0;
  for (let i = 0; i < ring.length - 1; i++)
    area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return Math.abs(area / 2);
}

/**
 * The label point of a polygon or multipolygon: the pole of inaccessibility (the inside point
 * farthest from the edge, by polylabel) of its largest polygon, to `precision` degrees.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precision = 0.001): [number, number] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0]!;
  for (const polygon of polygons)
    if (ringArea(polygon[0] ?? []) > ringArea(largest[0] ?? [])) largest = polygon;
  const [lon, lat] = polylabel(largest, precision);
  return point(lon!, lat!);
}

/**
 * The label point of a river: the middle vertex of its longest part (a point of the line itself,
 * so the name sits on the water).
 */
export function lineLabelPoint(geometry: MultiLineString): [number, number] | null {
  let longest: Position[] = [];
  for (const part of geometry.coordinates) if (part.length > longest.length) longest = part;
  const middle = longest[Math.floor(longest.length / 2)];
  return middle ? point(middle[0]!, middle[1]!) : null;
}

/** A site as the township labels need it. */
export interface TownshipSite {
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
}

/**
 * One label per township, at the middle of its sites (the mean of their positions), weighted by
 * how many sites it has; in the order the townships first appear.
 */
export function townshipLabels(sites: readonly TownshipSite[]): MapLabel[] {
  const byCode = new Map<string, { name: string; lon: number; lat: number; n: number }>();
  for (const site of sites) {
    const entry = byCode.get(site.township_code) ?? { name: site.township_name, lon: 0, lat: 0, n: 0 };
    entry.lon += site.lon;
    entry.lat += site.lat;
    entry.n += 1;
    byCode.set(site.township_code, entry);
  }
  // Township names are only published in Chinese: both languages write them so.
  return [...byCode.values()].map((t) => ({
    kind: "township",
    name: { zh: t.name, en: t.name },
    at: point(t.lon / t.n, t.lat / t.n),
    weight: t.n,
  }));
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

// Inclusive, unlike `overlaps`: a town's box is a single point.
function touches(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The whole extent of the boundaries, widened by `margin` degrees. */
function extentOf(boundaries: CountyBoundaries, margin: number): BBox {
  const extent: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of boundaries.features) {
    const box = boundingBox(feature.geometry);
    extent[0] = Math.min(extent[0], box[0] - margin);
    extent[1] = Math.min(extent[1], box[1] - margin);
    extent[2] = Math.max(extent[2], box[2] + margin);
    extent[3] = Math.max(extent[3], box[3] + margin);
  }
  return extent;
}

function geometryBox(geometry: MultiLineString | Polygon | Point): BBox {
  if (geometry.type === "Point") {
    const [lon, lat] = geometry.coordinates as [number, number];
    return [lon, lat, lon, lat];
  }
  const rings = geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates;
  return boundingBox({ type: "Polygon", coordinates: rings });
}

/**
 * The base layer of a build: the base map's features that lie near the boundaries (a build for
 * another region draws none of Shiyan's rivers), the labels of counties, towns and water in
 * priority order, and the sites' density.
 */
export function baseLayer(
  boundaries: CountyBoundaries,
  counties: readonly { code: string; name: Bilingual }[],
  sites: readonly TownshipSite[],
  base: BaseMap | null,
): BaseLayer {
  const extent = extentOf(boundaries, 0.1);
  const near = (base?.features ?? []).filter((f) => touches(geometryBox(f.geometry), extent));
  const nameOf = new Map(counties.map((c) => [c.code, c.name]));
  const labels: MapLabel[] = boundaries.features.map((feature) => ({
    kind: "county",
    name: nameOf.get(feature.id) ?? {
      zh: feature.properties.name,
      en: feature.properties.name_en ?? feature.properties.name,
    },
    at: labelPoint(feature.geometry),
    weight: 0,
  }));
  const water: BaseLayer["water"] = [];
  const towns: [number, number][] = [];
  for (const feature of near) {
    const name = { zh: feature.properties.name, en: feature.properties.name_en };
    const { geometry } = feature;
    if (geometry.type === "Point") {
      const at = point(geometry.coordinates[0]!, geometry.coordinates[1]!);
      towns.push(at);
      labels.push({ kind: "town", name, at, weight: -towns.length });
    } else if (geometry.type === "Polygon") {
      water.push({ kind: "lake", geometry });
      labels.push({ kind: "water", name, at: labelPoint(geometry), weight: 1 });
    } else {
      water.push({ kind: "river", geometry });
      const at = lineLabelPoint(geometry);
      if (at) labels.push({ kind: "water", name, at, weight: 0 });
    }
  }
  return { water, towns, labels: sortLabels(labels), density: densityGrid(sites, extentOf(boundaries, 0)) };
}

/** Labels in the order they claim space: by kind (counties first), then heavier first, then by name. */
export function sortLabels(labels: readonly MapLabel[]): MapLabel[] {
  const rank = (label: MapLabel) => LABEL_KINDS.indexOf(label.kind);
  return [...labels].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.weight - a.weight ||
      (a.name.zh < b.name.zh ? -1 : a.name.zh > b.name.zh ? 1 : 0),
  );
}

/**
 * Which labels to show: in priority order, each label whose box (`[left, top, right, bottom]`,
 * screen pixels) overlaps no box already kept is kept; a null box (off screen, or not drawn at
 * this zoom) is never kept. Returns one flag per box.
 */
export function keepLabels(boxes: readonly (BBox | null)[], gap = 2): boolean[] {
  const kept: BBox[] = [];
  return boxes.map((box) => {
    if (box === null) return false;
    const padded: BBox = [box[0] - gap, box[1] - gap, box[2] + gap, box[3] + gap];
    if (kept.some((other) => overlaps(padded, other))) return false;
    kept.push(box);
    return true;
  });
}
