/**
 * How the map draws a status or a value: a marker's shape and colours, the county shading, and the
 * legend that explains both. Shapes and words carry the meaning; colour only repeats it, so the
 * map reads without colour vision and in print.
 */
import type { Status } from "../indicators/types.ts";
import type { Bilingual } from "../i18n/index.ts";

/** A site's status on the map: an indicator's status, or `not-applicable` when none is published for it. */
export type MapStatus = Status | "not-applicable";

/** Statuses in legend order. */
export const MAP_STATUSES: readonly MapStatus[] = ["met", "behind", "no-target", "no-data", "not-applicable"];

/** One character per status in the packed status files (`/map/status/…`). */
export const STATUS_CODES: Record<MapStatus, string> = {
  met: "m",
  behind: "b",
  "no-target": "t",
  "no-data": "n",
  "not-applicable": "x",
};

const STATUS_BY_CODE = new Map<string, MapStatus>(
  MAP_STATUSES.map((status) => [STATUS_CODES[status], status]),
);

/** The status a packed character stands for; anything unknown reads as `not-applicable`. */
export function statusOfCode(code: string): MapStatus {
  return STATUS_BY_CODE.get(code) ?? "not-applicable";
}

/** The shapes a marker can take; drawn the same on the canvas and in the legend's SVG. */
export type MarkerShape = "circle" | "cross" | "square" | "ring" | "diamond";

/** How a marker looks: its shape, fill (null: hollow) and outline colour. */
export interface MarkerStyle {
  shape: MarkerShape;
  fill: string | null;
  stroke: string;
}

// The site's one status language (cells.ts STATUS_SYMBOL, global.css): ● met, ✗ behind,
// ■ no target, ○ no data, ◇ not counted, in the site's status colours, each at least 3:1 against
// white and the boundary fill (WCAG 1.4.11); the shapes tell them apart without colour.
const MARKER_STYLES: Record<MapStatus, MarkerStyle> = {
  met: { shape: "circle", fill: "#1a6b34", stroke: "#ffffff" },
  behind: { shape: "cross", fill: "#a3281b", stroke: "#ffffff" },
  "no-target": { shape: "square", fill: "#4a5260", stroke: "#ffffff" },
  "no-data": { shape: "ring", fill: null, stroke: "#4a5260" },
  "not-applicable": { shape: "diamond", fill: null, stroke: "#6b7280" },
};

/** The marker of a status. */
export function markerStyle(status: MapStatus): MarkerStyle {
  return MARKER_STYLES[status];
}

/** What each status is called in the legend, popups and the list. */
export const STATUS_LABELS: Record<MapStatus, Bilingual> = {
  met: { zh: "达标", en: "Met" },
  behind: { zh: "未达标", en: "Behind" },
  "no-target": { zh: "不设目标", en: "No target" },
  "no-data": { zh: "无数据", en: "No data" },
  "not-applicable": { zh: "不适用（不在统计范围）", en: "Not applicable (outside the indicator's scope)" },
};

/** One class of the county shading: values from `from` (inclusive) to `to` (exclusive, except the last). */
export interface ShadeClass {
  from: number;
  to: number;
  fill: string;
  label: Bilingual;
}

// A sequential blue scale (ColorBrewer "Blues", 5 classes) on fixed 20-point steps, so the same
// shade means the same share in every period and for every indicator.
const SHADES = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"] as const;

/** The county shading's classes, lowest first. */
export const SHADE_CLASSES: readonly ShadeClass[] = SHADES.map((fill, i) => {
  const from = i / SHADES.length;
  const to = (i + 1) / SHADES.length;
  const range = `${Math.round(from * 100)}–${Math.round(to * 100)}%`;
  const last = i === SHADES.length - 1;
  return {
    from,
    to,
    fill,
    label: {
      zh: last ? `${range}（含）` : `${range}（不含${Math.round(to * 100)}%）`,
      en: last ? `${range} (inclusive)` : `${range} (under ${Math.round(to * 100)}%)`,
    },
  };
});

/** Fill of a county with no value: paper-grey, with a dashed outline in the legend and on the map. */
export const NO_VALUE_FILL = "#f3f5f8";

/** The shading class index (0 = lowest) of a share from 0 to 1; null for no value. Values above 1 fall in the last class. */
export function shadeIndex(value: number | null): number | null {
  if (value === null || Number.isNaN(value)) return null;
  const index = Math.floor(value * SHADES.length);
  return Math.max(0, Math.min(SHADES.length - 1, index));
}

/** The fill colour of a county with this share (0–1), or the no-value fill. */
export function shadeFill(value: number | null): string {
  const index = shadeIndex(value);
  return index === null ? NO_VALUE_FILL : SHADES[index]!;
}

/** One legend row: a swatch (marker shape or county shade) and its words. */
export type LegendEntry =
  | { kind: "marker"; status: MapStatus; style: MarkerStyle; label: string }
  | { kind: "shade"; fill: string; dashed: boolean; label: string };

/** The legend of a mode in a language: marker shapes for sites, shades for counties. */
export function legendEntries(mode: "sites" | "counties", lang: "zh" | "en"): LegendEntry[] {
  if (mode === "sites") {
    return MAP_STATUSES.map((status) => ({
      kind: "marker",
      status,
      style: markerStyle(status),
      label: STATUS_LABELS[status][lang],
    }));
  }
  return [
    ...SHADE_CLASSES.map<LegendEntry>((shade) => ({
      kind: "shade",
      fill: shade.fill,
      dashed: false,
      label: shade.label[lang],
    })),
    { kind: "shade", fill: NO_VALUE_FILL, dashed: true, label: STATUS_LABELS["no-data"][lang] },
  ];
}

/**
 * The SVG path of a marker shape centred on (cx, cy) with radius r, as the legend draws it.
 * The canvas draws the same outlines point by point (see `shapePoints`).
 */
export function shapePath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  if (shape === "circle" || shape === "ring") {
    return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
  const points = shapePoints(shape, cx, cy, r);
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`;
}

/** The corners of a polygonal marker (cross, square, diamond); empty for circles. */
export function shapePoints(shape: MarkerShape, cx: number, cy: number, r: number): [number, number][] {
  switch (shape) {
    case "cross": {
      // An X, like the ✗ the pages print for "behind": a rotated plus of arm half-width w.
      const s = r * 1.2;
      const w = r * 0.38;
      const plus: [number, number][] = [
        [-w, -s],
        [w, -s],
        [w, -w],
        [s, -w],
        [s, w],
        [w, w],
        [w, s],
        [-w, s],
        [-w, w],
        [-s, w],
        [-s, -w],
        [-w, -w],
      ];
      const c = Math.SQRT1_2;
      return plus.map(([x, y]) => [cx + (x - y) * c, cy + (x + y) * c]);
    }
    case "square": {
      const s = r * 0.9;
      return [
        [cx - s, cy - s],
        [cx + s, cy - s],
        [cx + s, cy + s],
        [cx - s, cy + s],
      ];
    }
    case "diamond":
      return [
        [cx, cy - r * 1.2],
        [cx + r * 1.2, cy],
        [cx, cy + r * 1.2],
        [cx - r * 1.2, cy],
      ];
    default:
      return [];
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
