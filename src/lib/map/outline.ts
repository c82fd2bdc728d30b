/**
 * A county's outline and a site's place in it as SVG geometry, drawn at build time for the site
 * pages: no script, no request, readable without JavaScript. Longitude is scaled by cos(latitude)
 * so shapes are not stretched (an equirectangular view is exact enough at county scale). Pure.
 */
import type { Position } from "geojson";
import { boundingBox, type CountyFeature } from "../geo/boundaries.ts";
import { labelPoint } from "./basemap.ts";
import { simplifyLine } from "./simplify.ts";

/** The outline's path and where the site's dot goes, in a `0 0 width height` view box. */
export interface Outline {
  width: number;
  height: number;
  /** SVG path data of the county's rings (numbers only). */
  path: string;
  dot: { x: number; y: number };
}

/** A county drawn once: its outline and how to place a point in the drawing. */
interface CountyDrawing {
  width: number;
  height: number;
  path: string;
  project: (position: Position) => [number, number];
}

// Site pages draw the same county hundreds of times; the thinning dominated the render stage
// (3.8 s of 26 s for the sample), so each county is drawn once per feature object and width.
const drawings = new WeakMap<CountyFeature, Map<number, CountyDrawing>>();

/** A drawing's frame: its height for `width` units and how lon/lat map into it, for a box of lon/lat. */
function frame(box: readonly [number, number, number, number], width: number) {
  const [minLon, minLat, maxLon, maxLat] = box;
  const scaleX = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * scaleX;
  const spanY = maxLat - minLat;
  const margin = 8;
  const scale = (width - 2 * margin) / Math.max(spanX, 1e-9);
  const height = Math.round(spanY * scale + 2 * margin);
  const project = ([x, y]: Position): [number, number] => [
    margin + (x! - minLon) * scaleX * scale,
    margin + (maxLat - y!) * scale,
  ];
  // Thinned to a unit of the drawing and written in whole units: finer detail would not show.
  const tolerance = 1 / scale / Math.max(scaleX, 1e-9);
  return { height, project, tolerance };
}

/** A county's rings as SVG path data in a frame (thinned, whole units). */
function ringsPath(feature: CountyFeature, { project, tolerance }: ReturnType<typeof frame>): string {
  const polygons =
    feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygons
    .flat()
    .map(
      (ring) =>
        simplifyLine(ring, tolerance)
          .map((point, i) => {
            const [px, py] = project(point);
            return `${i === 0 ? "M" : "L"}${Math.round(px)},${Math.round(py)}`;
          })
          .join("") + "Z",
    )
    .join("");
}

function drawCounty(feature: CountyFeature, width: number): CountyDrawing {
  // A 320-unit locator shown at most ~500 px wide; every site page of the county shares it.
  const drawn = frame(boundingBox(feature.geometry), width);
  return { width, height: drawn.height, path: ringsPath(feature, drawn), project: drawn.project };
}

/** Every county of a city drawn in one frame, each with the point for its label. */
export interface CountiesDrawing {
  width: number;
  height: number;
  counties: { code: string; path: string; label: { x: number; y: number } }[];
}

/**
 * The counties in one drawing `width` units wide (the indicator page's map view), each labelled
 * where the base map labels it (the point of its largest polygon farthest from its edge), so a
 * label sits inside even a crescent-shaped county.
 */
export function countiesDrawing(features: readonly CountyFeature[], width = 480): CountiesDrawing {
  const cached = countiesDrawings.get(features);
  if (cached?.width === width) return cached;
  const boxes = features.map((feature) => boundingBox(feature.geometry));
  const box = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ] as const;
  const drawn = frame(box, width);
  const counties = features.map((feature) => {
    const [x, y] = drawn.project(labelPoint(feature.geometry));
    return {
      code: feature.id,
      path: ringsPath(feature, drawn),
      label: { x: Math.round(x), y: Math.round(y) },
    };
  });
  const drawing = { width, height: drawn.height, counties };
  countiesDrawings.set(features, drawing);
  return drawing;
}

// Every indicator page in both languages draws the same counties: drawn once per boundaries file.
const countiesDrawings = new WeakMap<readonly CountyFeature[], CountiesDrawing>();

function drawingOf(feature: CountyFeature, width: number): CountyDrawing {
  let byWidth = drawings.get(feature);
  if (!byWidth) drawings.set(feature, (byWidth = new Map<number, CountyDrawing>()));
  let drawing = byWidth.get(width);
  if (!drawing) byWidth.set(width, (drawing = drawCounty(feature, width)));
  return drawing;
}

/**
 * A county's outline alone, as a standalone SVG file whose path has the id `county` and no paint
 * of its own: the pages draw it with `<use href="….svg#county">` and paint it through the `<use>`
 * element (fill and stroke inherit), so every site page of a county shares one cached file
 * instead of carrying 2–3 KB of the same path.
 */
export function countyOutlineSvg(feature: CountyFeature, width = 320): string {
  const { height, path } = drawingOf(feature, width);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><path id="county" d="${path}"/></svg>\n`;
}

/** Draws a county's outline `width` units wide with the site at lon/lat marked. */
export function countyOutline(feature: CountyFeature, lon: number, lat: number, width = 320): Outline {
  const drawing = drawingOf(feature, width);
  const [x, y] = drawing.project([lon, lat]);
  return {
    width,
    height: drawing.height,
    path: drawing.path,
    dot: { x: Number(x.toFixed(1)), y: Number(y.toFixed(1)) },
  };
}
