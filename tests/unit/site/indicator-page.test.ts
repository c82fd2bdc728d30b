import { describe, expect, test } from "vitest";
import {
  describeIndicator,
  INDICATORS,
  type IndicatorValue,
  type Status,
} from "../../../src/lib/indicators/index.ts";
import { indicatorSentences } from "../../../src/lib/site/indicator-page.ts";
import {
  indicatorPage,
  rankPlaces,
  type IndicatorPage,
  type PlaceRow,
} from "../../../src/lib/site/indicator-view.ts";
import { buildPlaceIndex } from "../../../src/lib/site/site-index.ts";
import { dataset, employment, site } from "../../fixtures/indicators/build.ts";

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
  furthestBehind: [],
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

  test("counts the sites by status in the latest period and points to all of them on the map", () => {
    expect(indicatorSentences(meta, { ...page, furthestBehind: page.sites.slice(0, 2) }, "zh").sites).toEqual(
      {
        counts: "2021年第2季度：未达标 2 个，无数据 1 个，达标 1 个。",
        showAll: "在地图上查看全部 4 个安置点（地图下方附列表）",
        furthestBehind: "差距最大的 2 个安置点",
      },
    );
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

describe("rankPlaces", () => {
  /** A place with the share n / 10, or no value. */
  const row = (code: string, n: number | null): PlaceRow => ({
    code,
    name: { zh: code, en: code },
    value: n === null ? undefined : { ...city("2021Q2", n, 10), level: "county", code },
    href: `/counties/${code}/`,
  });
  const rows = [row("c", 5), row("a", 9), row("n", null), row("b", 5), row("d", 2)];
  const codes = (ranked: PlaceRow[]) => ranked.map((r) => r.code);

  test("puts the highest first for an at-least target, ties by code, without a value last", () => {
    expect(codes(rankPlaces(rows, { target: { kind: "at-least", value: 1 } }))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "n",
    ]);
  });

  test("puts the lowest first for an at-most target", () => {
    expect(codes(rankPlaces(rows, { target: { kind: "at-most", value: 0 } }))).toEqual([
      "d",
      "b",
      "c",
      "a",
      "n",
    ]);
  });

  test("puts the worst first when asked, still without a value last", () => {
    expect(codes(rankPlaces(rows, { target: { kind: "at-least", value: 1 } }, "worst-first"))).toEqual([
      "d",
      "b",
      "c",
      "a",
      "n",
    ]);
  });
});

describe("indicatorPage", () => {
  test("names the sites furthest behind, worst first, and ranks the counties best first", () => {
    // Three sites behind at 20%, 50% and 80% and one met; Zhushan at 60%, Yunyang at 90%.
    const sites = ["420323-0001", "420323-0002", "420323-0003", "420304-0001"];
    const siteValue = (code: string, n: number, status: Status): IndicatorValue => ({
      ...city("2021Q2", n, 10),
      level: "site",
      code,
      status,
    });
    const index = buildPlaceIndex({
      dataset: dataset({
        sites: sites.map((code) => site(code)),
        employment: sites.map((code) => employment(code, "2021Q2")),
      }),
      values: [
        siteValue("420323-0001", 5, "behind"),
        siteValue("420323-0002", 2, "behind"),
        siteValue("420323-0003", 10, "met"),
        siteValue("420304-0001", 8, "behind"),
        { ...city("2021Q2", 6, 10), level: "county", code: "420323" },
        { ...city("2021Q2", 9, 10), level: "county", code: "420304" },
      ],
    });
    const result = indicatorPage(meta, index.values, index.places);
    expect(result.furthestBehind.map((row) => row.code)).toEqual([
      "420323-0002",
      "420323-0001",
      "420304-0001",
    ]);
    expect(result.counties.slice(0, 2).map((row) => row.code)).toEqual(["420304", "420323"]);
  });
});
