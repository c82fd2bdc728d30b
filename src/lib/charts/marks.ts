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

export { SERIES_DASHES, seriesDash } from "./spread.ts";

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

/**
 * A generous estimate of a text's width in SVG units at `fontSize`, for leaving room for labels
 * before any font is known: CJK characters one em, digits and Latin letters by the widths of
 * common sans-serif fonts (DejaVu Sans, the widest of those a phone or Debian shows), rounded up.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (/[\u2e80-\u9fff\uff00-\uffef]/u.test(char)) ems += 1;
    else if (/[0-9]/.test(char)) ems += bold ? 0.7 : 0.64;
    else if (char === "%") ems += bold ? 1.0 : 0.95;
    else if (char === "." || char === "," || char === " ") ems += bold ? 0.38 : 0.32;
    else if (/[A-Z]/.test(char)) ems += bold ? 0.78 : 0.72;
    else ems += bold ? 0.68 : 0.62;
  }
  return Math.ceil(ems * fontSize);
}

/** A line of text's height above its baseline, below it, and between baselines, in ems (generous). */
export const ASCENT = 0.95;
export const DESCENT = 0.3;
export const LINE = ASCENT + DESCENT;
