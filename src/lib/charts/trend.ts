/**
 * Geometry of a trend chart: one or more series of shares over periods, a target line, axis
 * ticks and status markers, in SVG units. No pixels are drawn here; `TrendChart.astro` renders it.
 */
import { line, max, min, scaleLinear, scalePoint } from "d3";
import {
  markerKind,
  type ChartStatus,
  type Margin,
  type MarkerKind,
  percentTick,
  round,
  seriesDash,
} from "./marks.ts";

/** A period on the x axis: its key (e.g. `2024Q4`) and the label printed for it. */
export interface TrendPeriod {
  key: string;
  label: string;
}

/** One value of a series: a share (0..1, unrounded) or null when nothing was reported. */
export interface TrendPoint {
  period: string;
  value: number | null;
  status: ChartStatus;
}

/** A named series, e.g. the city, or a county beside it. */
export interface TrendSeries {
  name: string;
  points: readonly TrendPoint[];
}

/** What a trend chart shows, and optionally its size in SVG units. */
export interface TrendInput {
  periods: readonly TrendPeriod[];
  series: readonly TrendSeries[];
  /** The policy target as a share, or null when the policy sets none. */
  target: number | null;
  width?: number;
  height?: number;
  margin?: Margin;
  /** At most this many x labels; every period still gets a tick mark. */
  maxXLabels?: number;
  /** Label of a y tick (default: whole percent). */
  formatTick?: (value: number) => string;
}

/** A tick on the x axis; `label` is null where labels are thinned out. */
export interface XTick {
  key: string;
  x: number;
  label: string | null;
}

/** A tick on the y axis with its gridline position. */
export interface YTick {
  value: number;
  y: number;
  label: string;
}

/** A status marker at one point. */
export interface TrendMarker {
  period: string;
  x: number;
  y: number;
  kind: MarkerKind;
  status: ChartStatus;
  value: number;
}

/** A series laid out: its path (broken where values are missing), markers and last value. */
export interface TrendSeriesLayout {
  name: string;
  index: number;
  /** Path `d`; each run of reported values starts with its own `M`, so gaps stay gaps. */
  path: string;
  /** Number of unbroken runs of values in the path. */
  segments: number;
  dash: string;
  markers: TrendMarker[];
  /** Periods of this series with no value (shown as a gap, never as 0). */
  missing: string[];
  /** The last point with a value, for a direct label at the end of the line. */
  last: TrendMarker | null;
}

/** Everything `TrendChart.astro` needs to draw, in SVG units. */
export interface TrendModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: XTick[];
  yTicks: YTick[];
  target: { value: number; y: number } | null;
  series: TrendSeriesLayout[];
  /** Size of the markers (1 = full size), smaller when periods are closer than 16 units apart. */
  markerScale: number;
  /** Where each series' last value is written, right of the plot, pushed apart so none overlap. */
  endLabels: { series: number; value: number; x: number; y: number }[];
}

/** Default size: wide enough for 25 quarters on a desktop column. */
export const TREND_DEFAULTS = {
  width: 640,
  height: 320,
  margin: { top: 28, right: 64, bottom: 52, left: 48 },
  maxXLabels: 9,
} as const;

const QUARTER = /^\d{4}Q[1-4]$/;

/**
 * Which period indices carry a label: at most `maxLabels`, evenly spaced and counted back from
 * the latest period so the newest is always labelled; quarters are labelled a whole number of
 * years apart so every label falls on the same quarter.
 */
export function labelledIndices(keys: readonly string[], maxLabels: number): Set<number> {
  const n = keys.length;
  if (n === 0) return new Set();
  let step = Math.max(1, Math.ceil(n / Math.max(1, maxLabels)));
  if (step > 1 && keys.every((k) => QUARTER.test(k))) step = 4 * Math.ceil(step / 4);
  const shown = new Set<number>();
  for (let i = n - 1; i >= 0; i -= step) shown.add(i);
  return shown;
}

/**
 * Lays out a trend chart. The y axis runs from 0 (or below, for a negative value) to 100%,
 * extended when a value or the target is above 1. Points with a null value, or periods a series
 * does not list, break the line and get no marker.
 */
export function buildTrend(input: TrendInput): TrendModel {
  const width = input.width ?? TREND_DEFAULTS.width;
  const height = input.height ?? TREND_DEFAULTS.height;
  const margin = input.margin ?? TREND_DEFAULTS.margin;
  const formatTick = input.formatTick ?? percentTick;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };

  const keys = input.periods.map((p) => p.key);
  const values = input.series.flatMap((s) => s.points.map((p) => p.value)).filter((v) => v !== null);
  if (input.target !== null) values.push(input.target);
  const yMax = Math.max(1, max(values) ?? 1);
  const yMin = Math.min(0, min(values) ?? 0);

  const x = scalePoint().domain(keys).range([plot.left, plot.right]).padding(0.5);
  const y = scaleLinear().domain([yMin, yMax]).range([plot.bottom, plot.top]);
  if (yMax > 1 || yMin < 0) y.nice(5);

  const shown = labelledIndices(keys, input.maxXLabels ?? TREND_DEFAULTS.maxXLabels);
  // Quarters labelled a year or more apart all fall on the same quarter, so the year alone says
  // which: "2019年第4季度2020年第4季度…" ran into each other; "2019 … 2025" does not.
  const byYear = shown.size < keys.length && keys.every((k) => QUARTER.test(k));
  const xTicks = input.periods.map((p, i) => ({
    key: p.key,
    x: round(x(p.key) ?? 0),
    label: shown.has(i) ? (byYear ? p.key.slice(0, 4) : p.label) : null,
  }));
  const yTicks = y.ticks(5).map((value) => ({ value, y: round(y(value)), label: formatTick(value) }));

  const series = input.series.map((s, index) => layoutSeries(s, index, keys, x, y));
  const target = input.target === null ? null : { value: input.target, y: round(y(input.target)) };
  const lasts = series.flatMap((s) =>
    s.last === null ? [] : [{ series: s.index, value: s.last.value, y: s.last.y }],
  );
  const spread = spreadApart(
    lasts.map((l) => l.y + 4),
    END_LABEL_GAP,
  );
  const endLabels = lasts.map((l, i) => ({
    series: l.series,
    value: l.value,
    x: plot.right + 8,
    y: round(spread[i]!),
  }));
  const markerScale = round(Math.min(1, Math.max(0.5, x.step() / MARKER_ROOM)));
  return { width, height, plot, xTicks, yTicks, target, series, markerScale, endLabels };
}

/** Distance between periods, in SVG units, at which markers are drawn full size. */
export const MARKER_ROOM = 16;

/** Least vertical distance between two end labels, in SVG units (one line of 13-unit text). */
export const END_LABEL_GAP = 15;

/**
 * Positions, in their order top to bottom, each moved down only as far as needed to sit at least
 * `gap` below the one above it; returned in the order given.
 */
export function spreadApart(positions: readonly number[], gap: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const result = new Array<number>(positions.length);
  let previous = -Infinity;
  for (const { p, i } of order) {
    previous = Math.max(p, previous + gap);
    result[i] = previous;
  }
  return result;
}

function layoutSeries(
  s: TrendSeries,
  index: number,
  keys: readonly string[],
  x: (key: string) => number | undefined,
  y: (value: number) => number,
): TrendSeriesLayout {
  const byPeriod = new Map(s.points.map((p) => [p.period, p]));
  // One slot per period on the axis, so a period the series skips is a gap too.
  const slots = keys.map((key) => {
    const point = byPeriod.get(key);
    const value = point?.value ?? null;
    return {
      key,
      value: value !== null && Number.isFinite(value) ? value : null,
      status: point?.status ?? "no-data",
    };
  });
  const path =
    line<(typeof slots)[number]>()
      .defined((d) => d.value !== null)
      .x((d) => x(d.key) ?? 0)
      .y((d) => y(d.value ?? 0))
      .digits(2)(slots) ?? "";

  const markers: TrendMarker[] = [];
  let segments = 0;
  let previousDefined = false;
  for (const slot of slots) {
    const defined = slot.value !== null;
    if (defined && !previousDefined) segments += 1;
    previousDefined = defined;
    const kind = markerKind(slot.status, slot.value);
    if (kind === null || slot.value === null) continue;
    markers.push({
      period: slot.key,
      x: round(x(slot.key) ?? 0),
      y: round(y(slot.value)),
      kind,
      status: slot.status,
      value: slot.value,
    });
  }
  const missing = slots.filter((slot) => slot.value === null).map((slot) => slot.key);
  return {
    name: s.name,
    index,
    path,
    segments,
    dash: seriesDash(index),
    markers,
    missing,
    last: markers.at(-1) ?? null,
  };
}
