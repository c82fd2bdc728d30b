import { describe, expect, test } from "vitest";
import type { IndicatorValue, Level, Status } from "../../../src/lib/indicators/index.ts";
import {
  countiesTable,
  countiesView,
  countySitesTable,
  countyView,
  townshipsTable,
  valueCell,
} from "../../../src/lib/site/county-view.ts";
import { buildPlaceIndex } from "../../../src/lib/site/site-index.ts";
import {
  dataset,
  employment,
  fund,
  industry,
  inspection,
  site,
  workshop,
} from "../../fixtures/indicators/build.ts";

/** A hand-made published value. */
function published(
  indicator: string,
  level: Level,
  code: string,
  period: string,
  n: number,
  d: number,
  status: Status,
  reporting: [number, number] | null = [1, 1],
): IndicatorValue {
  return {
    indicator,
    level,
    code,
    period,
    numerator: n,
    denominator: d,
    value: d === 0 ? null : n / d,
    target: 1,
    status,
    reporting: reporting && { reporting: reporting[0], expected: reporting[1] },
  };
}

const ZHUSHAN = "420323";
const data = dataset({
  sites: [
    site("420323-0001", {
      persons: 900,
      households: 300,
      placement: "urban",
      township_code: "420323101",
      township_name: "城关镇",
    }),
    site("420323-0002", {
      persons: 250,
      households: 80,
      placement: "town",
      township_code: "420323101",
      township_name: "城关镇",
    }),
    site("420323-0003", {
      persons: 60,
      households: 20,
      placement: "town",
      township_code: "420323102",
      township_name: "宝丰镇",
    }),
    site("420304-0001", { persons: 500, households: 150 }),
  ],
  employment: [employment("420323-0001", "2021Q1"), employment("420323-0001", "2021Q2")],
  industries: [
    industry("I1", "420323-0001", { category: "tea", is_leading: true }),
    industry("I2", "420323-0002", { category: "tea" }),
    industry("I3", "420323-0003", { category: "solar", ended: "2020-01-01" }),
  ],
  workshops: [
    workshop("W1", "420323-0001", { jobs: 30, relocated_employees: 20 }),
    workshop("W2", "420323-0002", { jobs: 10, relocated_employees: 4, closed: "2020-06-30" }),
  ],
  funds: [
    fund("F1", { year: 2020, category: "workshop", amount_yuan: 100_000 }),
    fund("F2", { year: 2020, category: "workshop", amount_yuan: 50_000 }),
    fund("F3", { year: 2021, category: "infrastructure", amount_yuan: 200_000 }),
    fund("F4", { county_code: "420304", year: 2021, category: "other", amount_yuan: 999 }),
  ],
  inspections: [
    inspection("X1", { date: "2020-03-01", findings: 4, rectified: 4 }),
    inspection("X2", { date: "2021-05-01", findings: 6, rectified: 3, site_id: "420323-0002" }),
  ],
});
const values: IndicatorValue[] = [
  published("household-employment", "county", ZHUSHAN, "2021Q1", 50, 100, "behind", [2, 3]),
  published("household-employment", "county", ZHUSHAN, "2021Q2", 150, 200, "behind", [3, 3]),
  published("household-employment", "city", "420300", "2021Q1", 80, 100, "behind", [5, 6]),
  published("household-employment", "city", "420300", "2021Q2", 90, 100, "behind", [6, 6]),
  published("household-employment", "township", "420323101", "2021Q2", 1, 1, "met"),
  published("rectification-rate", "county", ZHUSHAN, "2021Q2", 7, 10, "behind", null),
];
const index = buildPlaceIndex({ dataset: data, values });

describe("countyView", () => {
  const view = countyView(index, ZHUSHAN, "en")!;

  test("opens with how the county stands against the targets, naming each measure behind with its target", () => {
    // 15 of the 18 indicators have a target; the fixture gives two of them a county value, both
    // behind (employment 150 / 200, rectification 7 / 10); the other 13 have no value.
    expect(view.summary.sentence).toBe(
      "As at Q2 2021, of the 15 measures with a target in this county, 0 met, 2 behind and 13 without data.",
    );
    expect(view.summary.behind.map((m) => [m.title, m.href, m.value, m.target])).toEqual([
      ["Household employment", "/en/indicators/household-employment/", "75.0%", "target ≥ 100.0%"],
      ["Rectification rate", "/en/indicators/rectification-rate/", "70.0%", "target ≥ 100.0%"],
    ]);
  });

  test("counts sites by size class and placement, with totals", () => {
    const rows = view.sizePlacement.rows.map((r) => [r.size, r.urban, r.town, r.central_village, r.total]);
    expect(rows).toEqual([
      ["Large (800+ persons)", "1", "0", "0", "1"],
      ["Medium (200–799 persons)", "0", "1", "0", "1"],
      ["Small (under 200 persons)", "0", "1", "0", "1"],
      ["Total", "1", "2", "0", "3"],
    ]);
  });

  test("sums households and persons of the county's sites only", () => {
    const facts = new Map(view.facts.map((f) => [f.label, f.value]));
    expect(facts.get("Households")).toBe("400");
    expect(facts.get("Persons")).toBe("1,210");
    expect(facts.get("Sites")).toBe("3");
  });

  test("gives each indicator's latest value with numerator, denominator and sites reporting", () => {
    const employed = view.indicators.find((i) => i.id === "household-employment")!;
    expect([
      employed.period,
      employed.value,
      employed.statusText,
      employed.fraction,
      employed.reporting,
    ]).toEqual(["Q2 2021", "75.0%", "Behind", "150 / 200", "3 / 3"]);
    expect(view.latestPeriod).toBe("Q2 2021");
  });

  test("writes no sites-reporting text (not 0 / 0) for a value without reporting, as funds and inspections have", () => {
    expect(view.indicators.find((i) => i.id === "rectification-rate")!.reporting).toBeNull();
  });

  test("shows an indicator without values as no data, never 0%", () => {
    const plan = view.indicators.find((i) => i.id === "industry-plan-coverage")!;
    expect([plan.value, plan.status, plan.fraction]).toEqual(["no data", "no-data", "—"]);
  });

  test("draws the county's trend beside the city's", () => {
    const employed = view.indicators.find((i) => i.id === "household-employment")!;
    expect(employed.trend.series.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
      ["Zhushan County", [0.5, 0.75]],
      ["Shiyan City", [0.8, 0.9]],
    ]);
    expect(employed.trend.periods).toEqual([
      { key: "2021Q1", label: "Q1 2021" },
      { key: "2021Q2", label: "Q2 2021" },
    ]);
  });

  test("lists townships (in pinyin on the English page) with their sites, persons and headline values", () => {
    expect(view.townships.map((t) => [t.name, t.sites, t.persons])).toEqual([
      ["Chengguan Zhen", "2", "1,150"],
      ["Baofeng Zhen", "1", "60"],
    ]);
    expect(countyView(index, ZHUSHAN, "zh")!.townships.map((t) => t.name)).toEqual(["城关镇", "宝丰镇"]);
    const employedColumn = view.headline.findIndex((h) => h.id === "household-employment");
    expect(view.townships[0]!.headline[employedColumn]!.value).toBe("100.0%");
    expect(view.townships[1]!.headline[employedColumn]!.value).toBe("no data");
  });

  test("counts industries and workshops active at the latest quarter's end", () => {
    expect(view.industries.facts.map((f) => f.value)).toEqual(["3", "2", "1"]);
    expect(view.industries.byCategory.rows).toEqual([{ category: "Tea", count: "2" }]);
    expect(view.workshops.map((f) => f.value)).toEqual(["2", "1", "30", "20"]);
  });

  test("adds up funds by year and category in yuan, with totals, for this county only", () => {
    const byYear = new Map(view.funds.rows.map((r) => [r.year, r]));
    expect(byYear.get("2020")).toMatchObject({ workshop: "150,000", infrastructure: "0", total: "150,000" });
    expect(byYear.get("2021")).toMatchObject({ workshop: "0", infrastructure: "200,000", total: "200,000" });
    expect(byYear.get("Total")).toMatchObject({ workshop: "150,000", other: "0", total: "350,000" });
  });

  test("summarises inspections, newest first", () => {
    expect(view.inspections.facts.map((f) => f.value)).toEqual(["2", "10", "7"]);
    expect(view.inspections.recent.rows.map((r) => [r.date, r.site])).toEqual([
      ["1 May 2021", "安置点420323-0002"],
      ["1 March 2020", "—"],
    ]);
  });

  test("links to the map focused on the county and to its download slices", () => {
    expect(view.links.map).toBe("/en/map/?county=420323");
    expect(view.links.downloads).toContainEqual({
      label: "reported_totals.csv",
      href: "/data/county/420323/reported_totals.csv",
    });
  });

  test("is undefined for an unknown county", () => {
    expect(countyView(index, "429999", "zh")).toBeUndefined();
  });
});

describe("countiesView", () => {
  test("lists every county with its sites, households, persons and a link, and the city's totals", () => {
    const view = countiesView(index, "zh");
    expect(view.counties.map((c) => [c.name, c.sites, c.households, c.persons, c.href])).toEqual([
      ["郧阳区", "1", "150", "500", "/counties/420304/"],
      ["竹山县", "3", "400", "1,210", "/counties/420323/"],
    ]);
    expect([view.city.sites, view.city.persons]).toEqual(["4", "1,710"]);
    expect(view.period).toBe("2021年第2季度");
  });
});

describe("the county pages' tables", () => {
  const county = countyView(index, ZHUSHAN, "en")!;
  const employed = "household-employment";

  test("the townships table: name isolated, counts as numbers, each headline a linked column of values with status", () => {
    const table = townshipsTable(county, "en");
    expect(table.caption).toBe("Townships: sites, persons and latest headline indicators");
    expect(table.columns.slice(0, 3)).toEqual([
      { key: "name", label: "Township" },
      { key: "sites", label: "Sites", numeric: true },
      { key: "persons", label: "Persons", numeric: true },
    ]);
    expect(table.columns.find((c) => c.key === employed)!.label).toEqual({
      text: "Household employment",
      href: "/en/indicators/household-employment/",
    });
    expect(table.rows.map((r) => [r.name, r.sites, r.persons])).toEqual([
      [{ text: "Chengguan Zhen", isolate: true }, "2", "1,150"],
      [{ text: "Baofeng Zhen", isolate: true }, "1", "60"],
    ]);
    expect(
      table.rows.map((r) => (r[employed] as { valueStatus: { value: string } }).valueStatus.value),
    ).toEqual(["100.0%", "no data"]);
  });

  test("the sites table links each site and isolates the names", () => {
    const table = countySitesTable(county, "en");
    expect(table.columns.map((c) => c.key)).toEqual(["name", "township", "size", "placement", "persons"]);
    expect(table.columns.at(-1)!.numeric).toBe(true);
    expect(table.rows[0]).toEqual({
      name: { text: county.sites[0]!.name, href: "/en/sites/420323-0001/", isolate: true },
      township: { text: "Chengguan Zhen", isolate: true },
      size: "Large (800+ persons)",
      placement: county.sites[0]!.placement,
      persons: "900",
    });
  });

  test("the counties' overview puts the city's totals in the foot, under the same columns", () => {
    const table = countiesTable(countiesView(index, "zh"), "zh");
    expect(table.rows.map((r) => [r.name, r.sites, r.households, r.persons])).toEqual([
      [{ text: "郧阳区", href: "/counties/420304/", isolate: true }, "1", "150", "500"],
      [{ text: "竹山县", href: "/counties/420323/", isolate: true }, "3", "400", "1,210"],
    ]);
    expect(table.foot!.map((r) => [r.name, r.sites, r.persons])).toEqual([["全市", "4", "1,710"]]);
    const keys = table.columns.map((c) => c.key);
    for (const row of [...table.rows, ...table.foot!])
      expect(Object.keys(row).sort()).toEqual([...keys].sort());
  });
});

describe("valueCell", () => {
  test("reads an absent value as no data with its shape", () => {
    expect(valueCell(undefined, "zh")).toEqual({
      value: "无数据",
      status: "no-data",
      statusText: "无数据",
      symbol: "○",
      receipt: null,
    });
  });

  test("links a figure to its receipt", () => {
    const value = {
      indicator: "household-employment",
      level: "county" as const,
      code: "420323",
      period: "2021Q2",
      numerator: 3,
      denominator: 4,
      value: 0.75,
      target: 1,
      status: "behind" as const,
      reporting: null,
    };
    expect(valueCell(value, "en").receipt).toBe(
      "/en/receipt/?indicator=household-employment&level=county&code=420323&period=2021Q2",
    );
  });
});
