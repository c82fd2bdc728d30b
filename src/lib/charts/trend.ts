/**
 * Geometry of a trend chart: one or more series of shares over periods, a target line, axis
 * ticks and status markers, in SVG units. No pixels are drawn here; `TrendChart.astro` renders it.
 */
import { line, max, min, scaleLinear, scalePoint, type ScaleLinear } from "d3";
import {
  markerKind,
  type ChartStatus,
  type Margin,
  type MarkerKind,
  percentTick,
  round,
  seriesDash,
  textWidth,
  ASCENT,
  DESCENT,
  LINE,
} from "./marks.ts";
import { spreadWithin } from "./spread.ts";

export { spreadApart, spreadWithin } from "./spread.ts";

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
  /** What a page script calls the series when it shows or hides it (a place code); optional. */
  key?: string;
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
  /**
   * The largest text size, in SVG units, the drawing must hold (care mode's on a phone). When
   * set, the margins, the number of y ticks and where every word goes follow from it and no two
   * words overlap; `margin` is ignored. Without it, the fixed layout of `TREND_DEFAULTS`.
   */
  fontSize?: number;
  /** The series' last values as written at the line ends (for their room; default "89.2%"). */
  formatValue?: (value: number) => string;
  /** The target line's label (for its room). */
  targetLabel?: string;
}

/** Where the chart's words go, in SVG units. */
export interface TrendText {
  /** Baseline of the y axis' title (written from x 4). */
  yTitleY: number;
  /** From a y gridline to its label's baseline. */
  yTickDy: number;
  /** Baseline of the x ticks' labels. */
  xTickY: number;
  /** Baseline of the x axis' title. */
  xTitleY: number;
  /** The target's label, anchored at (x, y); null without a target. */
  target: { x: number; y: number; anchor: "start" | "end" } | null;
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
  key: string | undefined;
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
  /**
   * Where each series' last value is written, right of the plot, pushed apart so none overlap;
   * `natural` is the baseline beside its line before the pushing.
   */
  endLabels: { series: number; value: number; x: number; y: number; natural: number }[];
  /**
   * How the end labels were pushed apart (`spreadWithin(naturals, gap, low, high)`), so a page
   * that hides some series can push the rest apart again from their natural places.
   */
  endLabelSpread: { gap: number; low: number; high: number };
  text: TrendText;
}

/** Default size: wide enough for 25 quarters on a desktop column. */
export const TREND_DEFAULTS = {
  width: 640,
  height: 320,
  margin: { top: 28, right: 64, bottom: 52, left: 48 },
  maxXLabels: 9,
} as const;

/**
 * The phone drawing: laid out for care mode's chart words (26 units: at 390 px in care mode the
 * drawing is 342 px wide, so they show at 26 px, above the body's 24 px), three year labels.
 * Without care mode the same drawing carries 13-unit words with room to spare.
 */
export const NARROW_TREND = { width: 340, height: 340, fontSize: 26, maxXLabels: 3 } as const;

/** The text size the wide drawing holds: care mode's 16 units (charts.css). */
export const WIDE_TREND_FONT = 16;

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
  const formatTick = input.formatTick ?? percentTick;
  const fontSize = input.fontSize;

  const keys = input.periods.map((p) => p.key);
  const values = input.series.flatMap((s) => s.points.map((p) => p.value)).filter((v) => v !== null);
  if (input.target !== null) values.push(input.target);
  const yMax = Math.max(1, max(values) ?? 1);
  const yMin = Math.min(0, min(values) ?? 0);

  const y = scaleLinear().domain([yMin, yMax]);
  if (yMax > 1 || yMin < 0) y.nice(5);
  const lastValues = input.series.flatMap((s) => {
    const value = s.points.findLast((p) => p.value !== null && Number.isFinite(p.value))?.value;
    return value === undefined || value === null ? [] : [value];
  });
  const endTexts = lastValues.map(input.formatValue ?? ((v: number) => `${(v * 100).toFixed(1)}%`));
  const fit = fontSize === undefined ? null : fittedFrame(fontSize, width, height, y, formatTick, endTexts);
  const margin = fit?.margin ?? input.margin ?? TREND_DEFAULTS.margin;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const x = scalePoint().domain(keys).range([plot.left, plot.right]).padding(0.5);
  y.range([plot.bottom, plot.top]);

  const maxXLabels = input.maxXLabels ?? TREND_DEFAULTS.maxXLabels;
  // Quarters labelled a year or more apart all fall on the same quarter, so the year alone says
  // which: "2019年第4季度2020年第4季度…" ran into each other; "2019 … 2025" does not.
  const labelsOf = (shown: Set<number>) => {
    const byYear = shown.size < keys.length && keys.every((k) => QUARTER.test(k));
    return input.periods.map((p, i) => (shown.has(i) ? (byYear ? p.key.slice(0, 4) : p.label) : null));
  };
  let labels = labelsOf(labelledIndices(keys, maxXLabels));
  if (fontSize !== undefined) {
    // Fewer labels (three at the least) until neighbours stand a quarter of a line apart; else
    // the two ends, else the latest alone.
    const fits = (candidate: (string | null)[]) => {
      const placed = candidate.flatMap((label, i) =>
        label === null ? [] : [{ x: x(keys[i]!) ?? 0, half: textWidth(label, fontSize) / 2 }],
      );
      return placed.every(
        (p, i) => i === 0 || p.x - p.half - (placed[i - 1]!.x + placed[i - 1]!.half) >= fontSize / 4,
      );
    };
    for (let m = maxXLabels - 1; m >= 3 && !fits(labels); m -= 1) labels = labelsOf(labelledIndices(keys, m));
    if (!fits(labels)) labels = labelsOf(new Set([0, keys.length - 1]));
    if (!fits(labels)) labels = labelsOf(new Set([keys.length - 1]));
  }
  const xTicks = input.periods.map((p, i) => ({
    key: p.key,
    x: round(x(p.key) ?? 0),
    label: labels[i] ?? null,
  }));
  const yTicks = y
    .ticks(fit?.yTicks ?? 5)
    .map((value) => ({ value, y: round(y(value)), label: formatTick(value) }));

  const series = input.series.map((s, index) => layoutSeries(s, index, keys, x, y));
  const target = input.target === null ? null : { value: input.target, y: round(y(input.target)) };
  const lasts = series.flatMap((s) =>
    s.last === null ? [] : [{ series: s.index, value: s.last.value, y: s.last.y }],
  );
  const naturals = lasts.map((l) => l.y + (fontSize === undefined ? 4 : 0.35 * fontSize));
  // With a text size, between the target's label above the plot and the x labels below it; the
  // fixed layout has no bounds (spreadWithin with bounds out of reach is spreadApart).
  const endLabelSpread =
    fontSize === undefined
      ? { gap: END_LABEL_GAP, low: -1e6, high: 1e6 }
      : { gap: LINE * fontSize, low: plot.top - 2 + ASCENT * fontSize, high: plot.bottom };
  const spread = spreadWithin(naturals, endLabelSpread.gap, endLabelSpread.low, endLabelSpread.high);
  const endLabels = lasts.map((l, i) => ({
    series: l.series,
    value: l.value,
    x: plot.right + 8,
    y: round(spread[i]!),
    natural: round(naturals[i]!),
  }));
  const markerScale = round(Math.min(1, Math.max(0.5, x.step() / MARKER_ROOM)));
  const text: TrendText =
    fontSize === undefined
      ? {
          yTitleY: 14,
          yTickDy: 4,
          xTickY: plot.bottom + 20,
          xTitleY: height - 8,
          target: target === null ? null : { x: plot.right, y: target.y - 6, anchor: "end" },
        }
      : {
          yTitleY: round(2 + ASCENT * fontSize),
          yTickDy: round(0.35 * fontSize),
          xTickY: round(plot.bottom + 4 + (0.65 + ASCENT) * fontSize),
          xTitleY: round(height - 2 - DESCENT * fontSize),
          target:
            target === null ? null : targetPlace(target.y, plot, width, fontSize, input.targetLabel ?? ""),
        };
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    target,
    series,
    markerScale,
    endLabels,
    endLabelSpread,
    text,
  };
}

/**
 * The target's label for a layout that holds `fontSize`: above its line, ending at the plot's
 * right edge, when the plot is wide enough for it; otherwise on its own line above the plot
 * (kept free for it), ending at the drawing's edge — beside the line it would run into the y
 * labels.
 */
function targetPlace(
  lineY: number,
  plot: { left: number; top: number; right: number },
  width: number,
  fontSize: number,
  label: string,
): { x: number; y: number; anchor: "end" } {
  const lift = 4 + DESCENT * fontSize;
  if (textWidth(label, fontSize) <= plot.right - plot.left - 4)
    return { x: plot.right, y: round(lineY - lift), anchor: "end" };
  return { x: width - 2, y: round(plot.top - lift), anchor: "end" };
}

/**
 * Margins and the number of y ticks that hold words of `fontSize` without overlap: a line for
 * the y axis' title and one for the target's label above the plot; the y labels' width on the
 * left and the widest end label on the right; below, the x labels and the x title.
 */
function fittedFrame(
  fontSize: number,
  width: number,
  height: number,
  y: ScaleLinear<number, number>,
  formatTick: (value: number) => string,
  endTexts: readonly string[],
): { margin: Margin; yTicks: number } {
  const line = LINE * fontSize;
  const top = Math.ceil(8 + 2 * line);
  const bottom = Math.ceil(10 + 0.65 * fontSize + 2 * line);
  // Gridlines at least a line and a fifth apart; d3 may give more ticks than asked, so fewer are
  // asked for until they fit.
  const plotHeight = height - top - bottom;
  let yTicks = Math.max(1, Math.floor(plotHeight / (1.5 * line)));
  while (yTicks > 1 && plotHeight / Math.max(1, y.ticks(yTicks).length - 1) < 1.2 * line) yTicks -= 1;
  const labels = y.ticks(yTicks).map(formatTick);
  const left = 8 + Math.max(...labels.map((label) => textWidth(label, fontSize)));
  const right = 10 + Math.max(0, ...endTexts.map((text) => textWidth(text, fontSize, true)));
  if (left + right >= width) throw new Error(`A ${width}-wide trend chart cannot hold words of ${fontSize}`);
  return { margin: { top, right, bottom, left }, yTicks };
}

/** Distance between periods, in SVG units, at which markers are drawn full size. */
export const MARKER_ROOM = 16;

/** Least vertical distance between two end labels, in SVG units (one line of 13-unit text). */
export const END_LABEL_GAP = 15;

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
    key: s.key,
    path,
    segments,
    dash: seriesDash(index),
    markers,
    missing,
    last: markers.at(-1) ?? null,
  };
}
