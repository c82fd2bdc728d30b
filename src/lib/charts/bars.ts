/**
 * Geometry of a horizontal bar chart comparing places for one indicator at one period, in SVG
 * units. A place with no value gets no bar (its row says "no data"), never a bar of length 0.
 */
import { max, scaleLinear } from "d3";
import {
  ASCENT,
  DESCENT,
  LINE,
  markerKind,
  type ChartStatus,
  type MarkerKind,
  percentTick,
  round,
  textWidth as textWidthOf,
} from "./marks.ts";

/** One place: its label, its share (0..1) or null, and its status. */
export interface BarDatum {
  label: string;
  value: number | null;
  status: ChartStatus;
}

/**
 * What a bar chart shows and how: `wide` puts labels left of the bars; `stacked` puts each
 * label above its bar, for narrow screens.
 */
export interface BarsInput {
  bars: readonly BarDatum[];
  /** The policy target as a share, or null when the policy sets none. */
  target: number | null;
  layout?: "wide" | "stacked";
  width?: number;
  /** Width kept left of the bars for labels (`wide` layout). */
  labelWidth?: number;
  /** Width kept right of the bars: for the value and status text (`wide`), for the marker (`stacked`). */
  textWidth?: number;
  barHeight?: number;
  /** Vertical space between rows. */
  gap?: number;
  formatTick?: (value: number) => string;
  /**
   * The largest text size, in SVG units, the drawing must hold (care mode's): when set, the
   * margins, the ticks and where the axis' and target's words go follow from it, and a `stacked`
   * row writes its place and its value on two lines above the bar.
   */
  fontSize?: number;
}

/** One row laid out. `bar` is null when the value is missing. */
export interface BarRow {
  label: string;
  value: number | null;
  status: ChartStatus;
  /** Baseline of the label text. */
  labelX: number;
  labelY: number;
  bar: { x: number; y: number; width: number; height: number } | null;
  marker: { kind: MarkerKind; x: number; y: number } | null;
  /** Anchor point of the value and status text (see `BarsModel.textAnchor`). */
  textX: number;
  textY: number;
}

/** Everything `BarChart.astro` needs, in SVG units. */
export interface BarsModel {
  width: number;
  height: number;
  layout: "wide" | "stacked";
  /** `start`: the text follows the bar (`wide`); `end`: it ends at the right edge of the label line (`stacked`). */
  textAnchor: "start" | "end";
  plot: { left: number; top: number; right: number; bottom: number };
  rows: BarRow[];
  ticks: { value: number; x: number; label: string }[];
  target: { value: number; x: number } | null;
  /** Baselines of the ticks' labels, the axis title and the target's label. */
  text: { tickY: number; titleY: number; targetY: number };
  /** The text size the layout holds, when it was laid out for one (see `BarsInput.fontSize`). */
  fontSize: number | null;
}

/** Default sizes in SVG units. */
export const BARS_DEFAULTS = {
  width: 640,
  labelWidth: 150,
  textWidth: 170,
  barHeight: 18,
  gap: 12,
  top: 24,
  bottom: 40,
  side: 8,
  stackedTextWidth: 16,
  /** Height of the label line above a bar in the `stacked` layout. */
  labelLine: 18,
} as const;

/**
 * Lays out the rows in the order given. Bar length is proportional to the value on an axis
 * from 0 to 100%, extended when a value or the target is above 1.
 */
export function buildBars(input: BarsInput): BarsModel {
  const d = BARS_DEFAULTS;
  const layout = input.layout ?? "wide";
  const fontSize = input.fontSize ?? null;
  // A stacked row holding a text size writes its place and its value on two lines.
  const twoLines = layout === "stacked" && fontSize !== null;
  const line = fontSize === null ? 0 : LINE * fontSize;
  const width = input.width ?? d.width;
  const barHeight = input.barHeight ?? d.barHeight;
  const gap = input.gap ?? d.gap;
  const labelWidth = layout === "wide" ? (input.labelWidth ?? d.labelWidth) : 0;
  const textWidth = input.textWidth ?? (layout === "wide" ? d.textWidth : d.stackedTextWidth);
  const labelLine = layout === "stacked" ? (twoLines ? 2 * line : d.labelLine) : 0;
  const rowHeight = labelLine + barHeight + gap;
  const formatTick = input.formatTick ?? percentTick;
  const top = fontSize === null ? d.top : Math.ceil(8 + line);
  const bottom = fontSize === null ? d.bottom : Math.ceil(10 + 2 * line);

  const plot = {
    left: d.side + labelWidth,
    top,
    right: width - textWidth,
    bottom: top + input.bars.length * rowHeight,
  };
  const values = input.bars.map((b) => b.value).filter((v) => v !== null);
  if (input.target !== null) values.push(input.target);
  const x = scaleLinear()
    .domain([0, Math.max(1, max(values) ?? 1)])
    .range([plot.left, plot.right]);

  const rows = input.bars.map((b, i) => {
    const rowTop = plot.top + i * rowHeight;
    const barY = rowTop + labelLine + gap / 2;
    const value = b.value !== null && Number.isFinite(b.value) ? b.value : null;
    const kind = markerKind(b.status, value);
    const end = value === null ? plot.left : x(Math.max(0, value));
    const midY = round(barY + barHeight / 2);
    const firstLine = round(rowTop + (twoLines ? ASCENT * fontSize : labelLine + 2));
    return {
      label: b.label,
      value,
      status: b.status,
      labelX: layout === "wide" ? plot.left - 8 : plot.left,
      labelY: layout === "wide" ? round(midY + 5) : firstLine,
      bar:
        value === null
          ? null
          : { x: round(plot.left), y: round(barY), width: round(end - plot.left), height: barHeight },
      marker: kind === null ? null : { kind, x: round(end), y: midY },
      textX:
        layout === "stacked"
          ? twoLines
            ? plot.left
            : width - d.side
          : round(value === null ? plot.left : end + 12),
      textY: layout === "stacked" ? (twoLines ? round(firstLine + line) : firstLine) : round(midY + 5),
    };
  });
  // Tick labels at least half their width apart.
  const tickCount =
    fontSize === null
      ? 4
      : Math.max(1, Math.floor((plot.right - plot.left) / (1.5 * textWidthOf("100%", fontSize))));
  const ticks = x.ticks(tickCount).map((value) => ({ value, x: round(x(value)), label: formatTick(value) }));
  const target = input.target === null ? null : { value: input.target, x: round(x(input.target)) };
  const textAnchor = layout === "stacked" && !twoLines ? "end" : "start";
  const height = plot.bottom + bottom;
  const text =
    fontSize === null
      ? { tickY: plot.bottom + 16, titleY: height - 6, targetY: plot.top - 8 }
      : {
          tickY: round(plot.bottom + 4 + ASCENT * fontSize),
          titleY: round(height - 2 - DESCENT * fontSize),
          targetY: round(plot.top - 4 - DESCENT * fontSize),
        };
  return { width, height, layout, textAnchor, plot, rows, ticks, target, text, fontSize };
}

/**
 * How the target's label is anchored at the target line: within the drawing, by its estimated
 * width when the layout holds a text size, else by where the line falls.
 */
export function targetAnchor(model: BarsModel, label: string): "start" | "middle" | "end" {
  if (model.target === null) return "middle";
  if (model.fontSize === null) return model.target.x > model.width * 0.75 ? "end" : "middle";
  const half = textWidthOf(label, model.fontSize) / 2;
  if (model.target.x + half > model.width) return "end";
  return model.target.x - half < 0 ? "start" : "middle";
}
