import { describe, expect, test } from "vitest";
import {
  describeIndicator,
  INDICATORS,
  type IndicatorValue,
  type Status,
} from "../../../src/lib/indicators/index.ts";
import { indicatorSentences } from "../../../src/lib/site/indicator-page.ts";
import type { IndicatorPage, PlaceRow } from "../../../src/lib/site/indicator-view.ts";

const meta = describeIndicator(INDICATORS.find((indicator) => indicator.id === "household-employment")!);

function city(period: string, numerator: number, denominator: number): IndicatorValue {
  return {
    indicator: meta.id,
    level: "city",
    code: "420300",
    period,
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
    target: 1,
    status: "behind",
    reporting: null,
  };
}

function siteRow(code: string, status: Status | null): PlaceRow {
  const value =
    status === null ? undefined : { ...city("2021Q2", 1, 1), level: "site" as const, code, status };
  return { code, name: { zh: code, en: code }, value, href: `/sites/${code}/` };
}

// No data in 2020Q4 (nothing to divide), 90 of 100 households in 2021Q1, 19 of 20 in 2021Q2.
const page: IndicatorPage = {
  meta,
  city: [city("2020Q4", 0, 0), city("2021Q1", 90, 100), city("2021Q2", 19, 20)],
  periods: ["2020Q4", "2021Q1", "2021Q2"],
  latestPeriod: "2021Q2",
  counties: [],
  countySeries: [],
  sites: [siteRow("a", "behind"), siteRow("b", "behind"), siteRow("c", "met"), siteRow("d", "no-data")],
};

describe("indicatorSentences", () => {
  test("describes the trend from the first period with a value to the latest", () => {
    expect(indicatorSentences(meta, page, "zh").trend).toBe(
      `全市${meta.title.zh}从2021年第1季度的90.0%变为2021年第2季度的95.0%。`,
    );
    expect(indicatorSentences(meta, page, "en").trend).toBe(
      `The city's ${meta.title.en.toLowerCase()} went from 90.0% in Q1 2021 to 95.0% in Q2 2021.`,
    );
  });

  test("counts the sites by status in the latest period", () => {
    expect(indicatorSentences(meta, page, "zh").sites).toEqual({
      counts: "2021年第2季度：未达标 2 个，无数据 1 个，达标 1 个。",
      showAll: "展开全部 4 个安置点",
    });
    expect(indicatorSentences(meta, { ...page, sites: [] }, "en").sites).toBeNull();
  });

  test("names the target and the policy measure", () => {
    const en = indicatorSentences(meta, page, "en");
    expect(en.measure).toBe(`Measure ${meta.measure}`);
    expect(en.target).toMatch(/^[≥≤] \d+\.\d%$|^No target$/);
    expect(indicatorSentences(meta, { ...page, city: [], latestPeriod: undefined }, "en")).toMatchObject({
      trend: "No data",
      bars: "Each county's value in the latest period against the target.",
    });
  });
});
