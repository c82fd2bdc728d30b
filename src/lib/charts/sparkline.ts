/**
 * Geometry of a sparkline (a tiny trend for tables and cards) and the sentence that says what
 * it shows, for screen readers. Missing values break the line; they are never drawn as 0.
 */
import { line, max, scaleLinear } from "d3";
import type { ChartLang } from "./labels.ts";
import { CHART_TEXT } from "./labels.ts";

/** One value of a sparkline: its period label and a share (0..1) or null. */
export interface SparkPoint {
  period: string;
  value: number | null;
}

/** A laid-out sparkline: its path and the last value's dot, or null when nothing has a value. */
export interface SparklineModel {
  width: number;
  height: number;
  path: string;
  last: { x: number; y: number } | null;
}

/** Default size in SVG units. */
export const SPARKLINE_DEFAULTS = { width: 120, height: 32, pad: 3 } as const;

/**
 * Lays out a sparkline: points evenly spaced across the width (inside `pad`), values on an axis
 * from 0 to 100% (extended above 1 when a value is).
 */
export function buildSparkline(
  points: readonly SparkPoint[],
  size: { width?: number; height?: number; pad?: number } = {},
): SparklineModel {
  const width = size.width ?? SPARKLINE_DEFAULTS.width;
  const height = size.height ?? SPARKLINE_DEFAULTS.height;
  const pad = size.pad ?? SPARKLINE_DEFAULTS.pad;
  const values = points.map((p) => p.value).filter((v) => v !== null);
  const x = scaleLinear()
    .domain([0, Math.max(1, points.length - 1)])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(values) ?? 1)])
    .range([height - pad, pad]);
  const indexed = points.map((p, i) => ({ i, value: p.value }));
  const path =
    line<(typeof indexed)[number]>()
      .defined((d) => d.value !== null)
      .x((d) => x(d.i))
      .y((d) => y(d.value ?? 0))
      // A sparkline is drawn about as many pixels wide as it has units (120), so whole units are
      // as fine as a screen shows; it keeps the ~8 sparklines of a site page small.
      .digits(0)(indexed) ?? "";
  const lastIndex = indexed.findLastIndex((d) => d.value !== null);
  const lastValue = points[lastIndex]?.value ?? null;
  const last = lastValue === null ? null : { x: Math.round(x(lastIndex)), y: Math.round(y(lastValue)) };
  return { width, height, path, last };
}

/**
 * The sentence a sparkline stands for: "from 42.0% in 2019Q4 to 91.3% in 2025Q4", using the first
 * and last periods with a value; one value alone is "91.3% in 2025Q4"; none is "no data".
 */
export function sparklineSummary(
  points: readonly SparkPoint[],
  formatValue: (value: number) => string,
  lang: ChartLang,
): string {
  const reported = points.filter((p): p is SparkPoint & { value: number } => p.value !== null);
  const first = reported[0];
  const last = reported.at(-1);
  if (first === undefined || last === undefined) return CHART_TEXT[lang].noData;
  const at = (p: { period: string; value: number }): string =>
    lang === "zh" ? `${p.period} 为 ${formatValue(p.value)}` : `${formatValue(p.value)} in ${p.period}`;
  if (first === last) return at(first);
  return lang === "zh"
    ? `从 ${first.period} 的 ${formatValue(first.value)} 到 ${last.period} 的 ${formatValue(last.value)}`
    : `from ${at(first)} to ${at(last)}`;
}
