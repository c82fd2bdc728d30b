/**
 * A county's outline and a site's place in it as SVG geometry, drawn at build time for the site
 * pages: no script, no request, readable without JavaScript. Longitude is scaled by cos(latitude)
 * so shapes are not stretched (an equirectangular view is exact enough at county scale). Pure.
 */
import type { Position } from "geojson";
import { boundingBox, type CountyFeature } from "../geo/boundaries.ts";
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

function drawCounty(feature: CountyFeature, width: number): CountyDrawing {
  const [minLon, minLat, maxLon, maxLat] = boundingBox(feature.geometry);
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
  const polygons =
    feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  // Thinned to a unit of the drawing (a 320-unit locator shown at most ~500 px wide) and written
  // in whole units: finer detail would not show, and every site page carries its county's outline.
  const tolerance = 1 / scale / Math.max(scaleX, 1e-9);
  const rings = polygons.flat().map((ring) =>
    simplifyLine(ring, tolerance)
      .map((point, i) => {
        const [px, py] = project(point);
        return `${i === 0 ? "M" : "L"}${Math.round(px)},${Math.round(py)}`;
      })
      .join(""),
  );
  return { width, height, path: rings.map((ring) => `${ring}Z`).join(""), project };
}

/** Draws a county's outline `width` units wide with the site at lon/lat marked. */
export function countyOutline(feature: CountyFeature, lon: number, lat: number, width = 320): Outline {
  let byWidth = drawings.get(feature);
  if (!byWidth) drawings.set(feature, (byWidth = new Map<number, CountyDrawing>()));
  let drawing = byWidth.get(width);
  if (!drawing) byWidth.set(width, (drawing = drawCounty(feature, width)));
  const [x, y] = drawing.project([lon, lat]);
  return {
    width,
    height: drawing.height,
    path: drawing.path,
    dot: { x: Number(x.toFixed(1)), y: Number(y.toFixed(1)) },
  };
}
