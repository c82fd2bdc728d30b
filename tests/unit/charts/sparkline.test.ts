import { describe, expect, test } from "vitest";
import { buildSparkline, sparklineSummary } from "../../../src/lib/charts/sparkline.ts";

// 120 × 32 with 3 units of padding: x runs 3..117, a share v sits at y = 29 − 26·v.
describe("buildSparkline", () => {
  test("spreads the points across the width and maps 0..1 to the height", () => {
    const model = buildSparkline([
      { period: "2019Q4", value: 0 },
      { period: "2020Q1", value: 0.5 },
      { period: "2020Q2", value: 1 },
    ]);
    expect(model.path).toBe("M3,29L60,16L117,3");
    expect(model.last).toEqual({ x: 117, y: 3 });
  });

  test("breaks the line at a missing value and dots the last reported one", () => {
    const model = buildSparkline([
      { period: "2019Q4", value: 0.5 },
      { period: "2020Q1", value: 1 },
      { period: "2020Q2", value: null },
    ]);
    expect(model.path).toBe("M3,16L60,3");
    expect(model.last).toEqual({ x: 60, y: 3 });
  });

  test("has no line and no dot when nothing was reported", () => {
    const model = buildSparkline([{ period: "2019Q4", value: null }]);
    expect(model.path).toBe("");
    expect(model.last).toBeNull();
  });
});

const percent = (v: number): string => `${(v * 100).toFixed(1)}%`;

describe("sparklineSummary", () => {
  const points = [
    { period: "2019Q3", value: null },
    { period: "2019Q4", value: 0.42 },
    { period: "2025Q3", value: 0.913 },
    { period: "2025Q4", value: null },
  ];

  test("says where the line starts and ends, skipping periods with no value", () => {
    expect(sparklineSummary(points, percent, "en")).toBe("from 42.0% in 2019Q4 to 91.3% in 2025Q3");
    expect(sparklineSummary(points, percent, "zh")).toBe("从 2019Q4 的 42.0% 到 2025Q3 的 91.3%");
  });

  test("gives the one value when only one was reported", () => {
    expect(sparklineSummary([{ period: "2025Q4", value: 0.5 }], percent, "en")).toBe("50.0% in 2025Q4");
  });

  test("says no data, never 0%, when nothing was reported", () => {
    expect(sparklineSummary([{ period: "2025Q4", value: null }], percent, "en")).toBe("No data");
    expect(sparklineSummary([], percent, "zh")).toBe("无数据");
  });
});
