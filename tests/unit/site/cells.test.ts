import { describe, expect, test } from "vitest";
import { categoryLabel, columnTitle, formatCell, formatKm } from "../../../src/lib/site/cells.ts";

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
