import { describe, expect, test } from "vitest";
import {
  categoryLabel,
  columnTitle,
  formatCell,
  formatKm,
  formatPoints,
  tallySentence,
  tallyTargets,
  targetBound,
  targetText,
} from "../../../src/lib/site/cells.ts";

describe("formatKm", () => {
  test("formatKm gives one decimal and the unit", () => {
    expect(formatKm(3.24, "zh")).toBe("3.2 公里");
    expect(formatKm(12, "en")).toBe("12.0 km");
  });
});

describe("formatCell", () => {
  test("reads an empty cell as not reported, never 0", () => {
    expect(formatCell("employment", "labour_persons", null, "zh")).toBe("未报告");
    expect(formatCell("employment", "labour_persons", null, "en")).toBe("not reported");
    expect(formatCell("employment", "labour_persons", 0, "en")).toBe("0");
  });

  test("reads yes/no, codes and dates in words", () => {
    expect(formatCell("services", "water", true, "zh")).toBe("是");
    expect(formatCell("services", "water", false, "en")).toBe("No");
    expect(formatCell("services", "employment_service", "centre", "zh")).toBe("就业服务中心");
    expect(formatCell("sites", "moved_in", "2021-05-01", "en")).toBe("1 May 2021");
  });
});

describe("data dictionary words", () => {
  test("take column titles and category labels from the schema", () => {
    expect(columnTitle("employment", "labour_persons", "en")).toBe("Labour force");
    expect(categoryLabel("sites", "placement", "urban", "zh")).toBe("进城安置");
    expect(categoryLabel("sites", "placement", "unknown", "en")).toBe("unknown");
  });
});

describe("targets", () => {
  test("read as a bound, or null when the policy sets none", () => {
    expect(targetBound({ kind: "at-least", value: 0.8 }, "zh")).toBe("≥ 80.0%");
    expect(targetBound({ kind: "at-most", value: 0.05 }, "en")).toBe("≤ 5.0%");
    expect(targetBound({ kind: "none" }, "en")).toBeNull();
  });

  test("stand next to a value: a share's bound, or yes / no for a yes/no reading", () => {
    expect(targetText({ kind: "at-least", value: 1 }, "share", "zh")).toBe("目标 ≥ 100.0%");
    expect(targetText({ kind: "at-least", value: 1 }, "yes-no", "zh")).toBe("目标：是");
    expect(targetText({ kind: "at-most", value: 0 }, "yes-no", "en")).toBe("target: no");
    expect(targetText({ kind: "none" }, "share", "en")).toBeNull();
  });
});

describe("formatPoints", () => {
  test("gives a change of a share in points with its sign", () => {
    expect(formatPoints(0.021, "zh")).toBe("+2.1 个百分点");
    expect(formatPoints(-0.043, "en")).toBe("−4.3 points");
    expect(formatPoints(0, "en")).toBe("no change");
    expect(formatPoints(-0.0004, "en")).toBe("no change");
    expect(formatPoints(0.0006, "zh")).toBe("+0.1 个百分点");
    expect(formatPoints(0, "zh")).toBe("持平");
  });
});

describe("tallies against the targets", () => {
  test("count met, behind and without data", () => {
    expect(tallyTargets(["met", "behind", "met", "no-data", "behind", "met"])).toEqual({
      total: 6,
      met: 3,
      behind: 2,
      noData: 1,
    });
  });

  test("say it in a sentence, or that there is nothing to compare yet", () => {
    const tally = { total: 15, met: 11, behind: 3, noData: 1 };
    expect(tallySentence("sitePage.summary", "sitePage.summaryNone", tally, "2025Q4", "zh")).toBe(
      "2025年第4季度，本安置点有目标的 15 项指标中，11 项达标，3 项未达标，1 项无数据。",
    );
    expect(
      tallySentence(
        "sitePage.summary",
        "sitePage.summaryNone",
        { total: 0, met: 0, behind: 0, noData: 0 },
        "2025Q4",
        "en",
      ),
    ).toBe("This site has no figures yet that can be compared with a target.");
  });
});
