/**
 * What every chart shares: the status a point carries, the marker that shows it by shape as
 * well as colour, and the dash pattern that tells series apart without colour.
 */
import { symbol, symbolCircle, symbolSquare, symbolTimes } from "d3";

/** A point's status against the policy target; the same union as the indicators' `Status`. */
export type ChartStatus = "met" | "behind" | "no-target" | "no-data";

/**
 * How a point is drawn, in the site's one status language: `met` a filled circle, `behind` an X,
 * `plain` a small square (a value with no target to meet); a point with no value gets no marker.
 */
export type MarkerKind = "met" | "behind" | "plain";

/** The marker for a status, or null when there is no value to mark (never drawn at 0). */
export function markerKind(status: ChartStatus, value: number | null): MarkerKind | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (status === "met") return "met";
  if (status === "behind") return "behind";
  return "plain";
}

/** Area in square SVG units of each marker. */
const MARKER_AREA: Record<MarkerKind, number> = { met: 64, behind: 64, plain: 32 };

/**
 * The SVG path `d` of a marker centred on (0, 0), to be placed with `transform="translate(x,y)"`.
 * The X is d3's `symbolTimes`, two strokes (charts.css draws it with a thick stroke): a county
 * page carries some 1,500 markers, and two strokes are a third of the markup of a filled X.
 * Coordinates in tenths of a unit, finer than a screen shows.
 */
export function markerPath(kind: MarkerKind, scale = 1): string {
  const type = kind === "met" ? symbolCircle : kind === "behind" ? symbolTimes : symbolSquare;
  return symbol(type, MARKER_AREA[kind] * scale * scale).digits(1)() ?? "";
}

/** Dash patterns (`stroke-dasharray`) for series 0, 1, 2, 3, repeating; `""` is a solid line. */
export const SERIES_DASHES: readonly string[] = ["", "7 4", "2 3", "10 3 2 3"];

/** The dash pattern of the series at `index` (0-based). */
export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length] ?? "";
}

/** A coordinate rounded to 0.01 SVG units: small markup, no visible difference. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A share as a whole percentage for axis ticks: 0.4 → "40%"; values above 1 stay proportional. */
export function percentTick(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Inner spacing of a chart in SVG units. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
