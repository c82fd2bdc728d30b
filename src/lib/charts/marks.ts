/**
 * What every chart shares: the status a point carries, the marker that shows it by shape as
 * well as colour, and the dash pattern that tells series apart without colour.
 */
import { symbol, symbolCircle, symbolDiamond, symbolTriangle } from "d3";

/** A point's status against the policy target; the same union as the indicators' `Status`. */
export type ChartStatus = "met" | "behind" | "no-target" | "no-data";

/**
 * How a point is drawn: `met` a filled circle, `behind` a hollow triangle, `plain` a small
 * diamond (a value with no target to meet); a point with no value gets no marker at all.
 */
export type MarkerKind = "met" | "behind" | "plain";

/** The marker for a status, or null when there is no value to mark (never drawn at 0). */
export function markerKind(status: ChartStatus, value: number | null): MarkerKind | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (status === "met") return "met";
  if (status === "behind") return "behind";
  return "plain";
}

/** Area in square SVG units of each marker; the triangle is larger so its hollow shape reads. */
const MARKER_AREA: Record<MarkerKind, number> = { met: 64, behind: 72, plain: 32 };

/** The SVG path `d` of a marker centred on (0, 0), to be placed with `transform="translate(x,y)"`. */
export function markerPath(kind: MarkerKind, scale = 1): string {
  const type = kind === "met" ? symbolCircle : kind === "behind" ? symbolTriangle : symbolDiamond;
  return symbol(type, MARKER_AREA[kind] * scale * scale)() ?? "";
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
