import { describe, expect, test } from "vitest";
import {
  buildTrend,
  labelledIndices,
  spreadApart,
  spreadWithin,
  type TrendInput,
} from "../../../src/lib/charts/trend.ts";

// A 200 × 100 chart with margins top 10, right 10, bottom 20, left 30: the plot spans x 30..190
// and y 10..80, so a share v sits at y = 80 − 70·v.
const frame = { width: 200, height: 100, margin: { top: 10, right: 10, bottom: 20, left: 30 } };
const periods = (keys: string[]) => keys.map((key) => ({ key, label: key }));

function trend(overrides: Partial<TrendInput>): ReturnType<typeof buildTrend> {
  return buildTrend({ ...frame, periods: periods(["A", "B", "C"]), series: [], target: null, ...overrides });
}

describe("buildTrend", () => {
  test("maps shares 0, 0.5 and 1 to the bottom, middle and top of the plot", () => {
    const model = trend({
      series: [
        {
          name: "city",
          points: [
            { period: "A", value: 0, status: "behind" },
            { period: "B", value: 0.5, status: "behind" },
            { period: "C", value: 1, status: "met" },
          ],
        },
      ],
    });
    // Three points with half a step of padding each side: step = 160 / 3.
    expect(model.series[0]!.markers.map((m) => [m.x, m.y])).toEqual([
      [56.67, 80],
      [110, 45],
      [163.33, 10],
    ]);
  });

  test("puts y ticks every 20% from 0% to 100% with their labels", () => {
    const model = trend({});
    expect(model.yTicks.map((t) => [t.label, t.y])).toEqual([
      ["0%", 80],
      ["20%", 66],
      ["40%", 52],
      ["60%", 38],
      ["80%", 24],
      ["100%", 10],
    ]);
  });

  test("draws the target line at the target's share", () => {
    expect(trend({ target: 0.9 }).target).toEqual({ value: 0.9, y: 17 });
    expect(trend({ target: null }).target).toBeNull();
  });

  test("breaks the line where a value is null, leaving no marker there", () => {
    const model = trend({
      periods: periods(["A", "B", "C", "D"]),
      series: [
        {
          name: "city",
          points: [
            { period: "A", value: 0.2, status: "behind" },
            { period: "B", value: null, status: "no-data" },
            { period: "C", value: 0.6, status: "behind" },
            { period: "D", value: 0.8, status: "behind" },
          ],
        },
      ],
    });
    const series = model.series[0]!;
    // Four points: step 40, x = 50, 90, 130, 170; y = 80 − 70·v. The lone first point is its own subpath.
    expect(series.path).toBe("M50,66ZM130,38L170,24");
    expect(series.segments).toBe(2);
    expect(series.path.match(/M/g)).toHaveLength(2);
    expect(series.missing).toEqual(["B"]);
    expect(series.markers.map((m) => m.period)).toEqual(["A", "C", "D"]);
  });

  test("treats a period the series does not list as a gap, never as 0", () => {
    const model = trend({
      series: [
        {
          name: "county",
          points: [
            { period: "A", value: 0.5, status: "behind" },
            { period: "C", value: 0.5, status: "behind" },
          ],
        },
      ],
    });
    expect(model.series[0]!.segments).toBe(2);
    expect(model.series[0]!.missing).toEqual(["B"]);
    expect(model.series[0]!.markers.every((m) => m.y === 45)).toBe(true);
  });

  test.each([
    ["met", 0.9, "met"],
    ["behind", 0.4, "behind"],
    ["no-target", 0.4, "plain"],
  ] as const)("marks a %s point with a %s marker", (status, value, kind) => {
    const model = trend({ series: [{ name: "s", points: [{ period: "A", value, status }] }] });
    expect(model.series[0]!.markers[0]!.kind).toBe(kind);
  });

  test("extends the y axis above 100% only when a value is above 1", () => {
    const model = trend({
      series: [{ name: "s", points: [{ period: "A", value: 1.2, status: "no-target" }] }],
    });
    expect(model.yTicks.at(-1)).toEqual({ value: 1.2, y: 10, label: "120%" });
    expect(model.series[0]!.markers[0]!.y).toBe(10);
  });

  test("gives each series its own dash pattern so lines differ without colour", () => {
    const model = trend({
      series: [
        { name: "city", points: [] },
        { name: "county", points: [] },
      ],
    });
    expect(model.series[0]!.dash).toBe("");
    expect(model.series[1]!.dash).not.toBe("");
  });

  test("labels the last value of each series right of the plot, pushed apart when they would overlap", () => {
    const same = (name: string) => ({
      name,
      points: [{ period: "C", value: 0.5, status: "behind" as const }],
    });
    const model = trend({ series: [same("city"), same("county")] });
    // Both last values at y 45; labels sit 4 below the point, the second one line (15) lower;
    // both keep their natural place beside the line, for a page that hides one of them.
    expect(model.endLabels).toEqual([
      { series: 0, value: 0.5, x: 198, y: 49, natural: 49 },
      { series: 1, value: 0.5, x: 198, y: 64, natural: 49 },
    ]);
    expect(model.endLabelSpread.gap).toBe(15);
  });

  test("shrinks markers when periods are closer than 16 units", () => {
    expect(trend({}).markerScale).toBe(1);
    const keys = Array.from({ length: 40 }, (_, i) => `P${i}`);
    // 160 units for 40 points with half a step either side: step 4, so the smallest size, 0.5.
    expect(trend({ periods: periods(keys) }).markerScale).toBe(0.5);
  });
});

const quarters: string[] = ["2019Q4"];
for (let year = 2020; year <= 2025; year++) for (let q = 1; q <= 4; q++) quarters.push(`${year}Q${q}`);

describe("x labels", () => {
  test("write the year alone when quarters are labelled a year apart, all on the same quarter", () => {
    const model = buildTrend({
      periods: quarters.map((key) => ({ key, label: `${key} written out` })),
      series: [],
      target: null,
    });
    expect(model.xTicks.filter((t) => t.label !== null).map((t) => t.label)).toEqual([
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
  });

  test("write each period's own label when every period is labelled", () => {
    const model = buildTrend({ periods: periods(["2025Q3", "2025Q4"]), series: [], target: null });
    expect(model.xTicks.map((t) => t.label)).toEqual(["2025Q3", "2025Q4"]);
  });
});

describe("labelledIndices", () => {
  test("labels the 25 quarters 2019Q4…2025Q4 once a year, always including the latest", () => {
    const shown = [...labelledIndices(quarters, 9)].sort((a, b) => a - b).map((i) => quarters[i]);
    expect(shown).toEqual(["2019Q4", "2020Q4", "2021Q4", "2022Q4", "2023Q4", "2024Q4", "2025Q4"]);
  });

  test("labels every other year on a narrow chart", () => {
    const shown = [...labelledIndices(quarters, 4)].sort((a, b) => a - b).map((i) => quarters[i]);
    expect(shown).toEqual(["2019Q4", "2021Q4", "2023Q4", "2025Q4"]);
  });

  test.each([1, 2, 3, 4, 5, 7, 9, 13, 25])("never shows more than %i labels", (max) => {
    expect(labelledIndices(quarters, max).size).toBeLessThanOrEqual(max);
    const years = ["2019", "2020", "2021", "2022", "2023", "2024", "2025"];
    expect(labelledIndices(years, max).size).toBeLessThanOrEqual(max);
  });

  test("labels every period when there is room", () => {
    expect([...labelledIndices(["2020", "2021", "2022"], 9)].sort()).toEqual([0, 1, 2]);
  });
});

describe("spreadApart", () => {
  test("leaves positions that are far enough apart where they are", () => {
    expect(spreadApart([10, 50], 15)).toEqual([10, 50]);
  });

  test("pushes the lower of two close positions down, keeping the given order", () => {
    expect(spreadApart([40, 30], 15)).toEqual([45, 30]);
  });
});

describe("a trend laid out for a text size", () => {
  // 300 × 300 for words of 20 units: a line is 1.25 × 20 = 25. Above the plot, the y title's line
  // and the target's: top = 8 + 2 × 25 = 58. Below, the x labels and the x title:
  // 10 + 0.65 × 20 + 2 × 25 = 73. Left, "100%" (3 × 0.64 + 0.95 em = 57.4 → 58) + 8 = 66; right,
  // "100.0%" in bold (4 × 0.7 + 0.38 + 1.0 em = 83.6 → 84) + 10 = 94.
  const city = {
    name: "city",
    points: [
      { period: "A", value: 0.5, status: "behind" as const },
      { period: "C", value: 1, status: "met" as const },
    ],
  };
  const input = {
    periods: periods(["A", "B", "C"]),
    series: [city],
    target: 1,
    width: 300,
    height: 300,
    fontSize: 20,
    // 3.82 + 0.32 + 2.87 em = 140.2 → 141: wider than the plot (140) less 4.
    targetLabel: "Target 100%",
  };
  const model = buildTrend(input);

  test("leaves margins for its words", () => {
    expect(model.plot).toEqual({ left: 66, top: 58, right: 206, bottom: 227 });
  });

  test("puts each word on its own line: titles, tick labels, the target's label above the plot", () => {
    expect(model.text).toEqual({
      yTitleY: 21, // 2 + 0.95 × 20
      yTickDy: 7, // 0.35 × 20: the label centred on its gridline
      xTickY: 263, // 227 + 4 + (0.65 + 0.95) × 20
      xTitleY: 292, // 300 − 2 − 0.3 × 20
      target: { x: 298, y: 48, anchor: "end" }, // 58 − 4 − 0.3 × 20: above the plot
    });
  });

  test("writes a target's label that fits the plot above its line, ending at the plot's edge", () => {
    const short = buildTrend({ ...input, target: 0.5, targetLabel: "Target 50%" });
    // 0.5 sits at 227 − 169 / 2 = 142.5; the label's baseline 4 + 0.3 × 20 above it.
    expect(short.text.target).toEqual({ x: 206, y: 132.5, anchor: "end" });
  });

  test("keeps its y ticks at least a line and a fifth apart", () => {
    // The plot is 169 tall; d3 gives 0, 20, …, 100% (33.8 apart, more than 30).
    expect(model.yTicks.map((t) => t.label)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
  });

  test("labels fewer years when they would touch, and at the least the two ends", () => {
    const last = { name: "city", points: [{ period: "2025Q4", value: 0.892, status: "behind" as const }] };
    const years = (width: number) =>
      buildTrend({
        periods: periods(quarters),
        series: [last],
        target: null,
        width,
        height: 340,
        fontSize: 26,
        maxXLabels: 3,
      }).xTicks.flatMap((t) => (t.label === null ? [] : [t.label]));
    // 340 wide: left 8 + "100%" (74.6 → 75), right 10 + "89.2%" bold (90.5 → 91): the plot is
    // 156 wide, 6.24 a quarter; labels 12 quarters (74.9) apart, "2019" is 67 wide: 7.9 between,
    // more than a quarter of 26.
    expect(years(340)).toEqual(["2019", "2022", "2025"]);
    // 300 wide: 55.7 apart, less than a label; the ends are 111 apart.
    expect(years(300)).toEqual(["2019", "2025"]);
  });

  test("refuses a width that cannot hold its words", () => {
    expect(() => buildTrend({ ...input, width: 150 })).toThrow();
  });
});

describe("spreadWithin", () => {
  test("pushes a run that would pass the lower bound back up", () => {
    expect(spreadWithin([100, 100, 100], 30, 50, 140)).toEqual([80, 110, 140]);
  });

  test("lifts a position above the upper bound down to it", () => {
    expect(spreadWithin([10, 90], 30, 50, 140)).toEqual([50, 90]);
  });
});
