import { describe, expect, test } from "vitest";
import { buildBars, targetAnchor, type BarDatum } from "../../../src/lib/charts/bars.ts";

// Wide layout, 400 wide, 100 for labels and 100 for text: side margin 8, so bars run from x 108
// to 300 (192 units for 100%). Rows are 20 + 10 = 30 tall from y 24; a bar starts 5 into its row.
const size = { width: 400, labelWidth: 100, textWidth: 100, barHeight: 20, gap: 10 };
const places: BarDatum[] = [
  { label: "Zhangwan", value: 1, status: "met" },
  { label: "Yunyang", value: 0.5, status: "behind" },
  { label: "Fangxian", value: null, status: "no-data" },
  { label: "Zhushan", value: 0.25, status: "behind" },
];

describe("buildBars", () => {
  test("makes bar lengths proportional to the values, in the order given", () => {
    const model = buildBars({ ...size, bars: places, target: 1 });
    expect(model.rows.map((r) => r.label)).toEqual(["Zhangwan", "Yunyang", "Fangxian", "Zhushan"]);
    expect(model.rows.map((r) => r.bar?.width ?? null)).toEqual([192, 96, null, 48]);
    expect(model.rows.map((r) => r.bar?.x ?? null)).toEqual([108, 108, null, 108]);
    expect(model.rows.map((r) => r.bar?.y ?? null)).toEqual([29, 59, null, 119]);
    expect(model.height).toBe(24 + 4 * 30 + 40);
  });

  test("draws no bar and no marker for a missing value, and puts its text at the start of the axis", () => {
    const row = buildBars({ ...size, bars: places, target: 1 }).rows[2]!;
    expect(row.bar).toBeNull();
    expect(row.marker).toBeNull();
    expect(row.value).toBeNull();
    expect(row.textX).toBe(108);
  });

  test("marks each bar's end with the marker of its status, text following 12 units on", () => {
    const rows = buildBars({ ...size, bars: places, target: 1 }).rows;
    expect(rows[0]!.marker).toEqual({ kind: "met", x: 300, y: 39 });
    expect(rows[1]!.marker).toEqual({ kind: "behind", x: 204, y: 69 });
    expect(rows[1]!.textX).toBe(216);
    expect(rows[3]!.marker?.kind).toBe("behind");
  });

  test("puts the target line at the target's share", () => {
    expect(buildBars({ ...size, bars: places, target: 0.75 }).target).toEqual({ value: 0.75, x: 252 });
    expect(buildBars({ ...size, bars: places, target: null }).target).toBeNull();
  });

  test("lengthens the axis when a value is above 1, keeping bars proportional", () => {
    const model = buildBars({
      ...size,
      bars: [
        { label: "a", value: 2, status: "no-target" },
        { label: "b", value: 1, status: "no-target" },
      ],
      target: null,
    });
    expect(model.rows.map((r) => r.bar?.width)).toEqual([192, 96]);
    expect(model.rows[0]!.marker?.kind).toBe("plain");
  });

  test("in the stacked layout puts each label above its bar and the text at the right edge", () => {
    const model = buildBars({ bars: places.slice(0, 2), target: 1, layout: "stacked", width: 360 });
    // Defaults: side 8, text room 16, bar 18, gap 12, label line 18: bars from 8 to 344.
    expect(model.plot).toEqual({ left: 8, top: 24, right: 344, bottom: 24 + 2 * 48 });
    expect(model.rows[0]!.bar).toEqual({ x: 8, y: 48, width: 336, height: 18 });
    expect(model.rows[1]!.bar?.y).toBe(96);
    expect(model.rows[0]!.labelY).toBeLessThan(model.rows[0]!.bar!.y);
    expect(model.textAnchor).toBe("end");
    expect(model.rows[0]!.textX).toBe(352);
  });
});

describe("stacked bars laid out for a text size", () => {
  // 300 wide, words of 20 units (a line is 25): each row is the place's line and its value's line
  // (50), the bar (18) and the gap (12), 80 in all, from y = 8 + 25 = 33.
  const model = buildBars({
    bars: places.slice(0, 2),
    target: 1,
    layout: "stacked",
    width: 300,
    fontSize: 20,
  });

  test("writes the place and its value on two lines above the bar", () => {
    expect(model.rows.map((r) => [r.labelX, r.labelY, r.textX, r.textY, r.bar?.y])).toEqual([
      [8, 52, 8, 77, 89], // 33 + 0.95 × 20; + 25; 33 + 50 + 6
      [8, 132, 8, 157, 169],
    ]);
    expect(model.textAnchor).toBe("start");
    expect(model.height).toBe(33 + 2 * 80 + 60);
  });

  test("has as few ticks as keep their labels apart, and its words below and above the plot", () => {
    // 276 units of axis; "100%" is 58 wide, so at most 276 / 87 = 3 ticks asked: 0, 50, 100%.
    expect(model.ticks.map((t) => t.label)).toEqual(["0%", "50%", "100%"]);
    expect(model.text).toEqual({ tickY: 216, titleY: 245, targetY: 23 });
  });

  test("ends the target's label at the line when it would pass the right edge", () => {
    // "Target 100%" is about 141 wide; centred on x 284 it would end at 354.
    expect(targetAnchor(model, "Target 100%")).toBe("end");
    expect(targetAnchor({ ...model, target: { value: 0.5, x: 146 } }, "Target 100%")).toBe("middle");
    expect(targetAnchor({ ...model, target: { value: 0.1, x: 30 } }, "Target 100%")).toBe("start");
  });
});
