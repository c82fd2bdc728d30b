import { describe, expect, test } from "vitest";
import type { IndicatorValue } from "../../../src/lib/indicators/index.ts";
import { buildPlaceIndex } from "../../../src/lib/site/site-index.ts";
import {
  markOf,
  siteLatestStanding,
  siteStanding,
  siteView,
  valueText,
} from "../../../src/lib/site/site-view.ts";
import {
  dataset,
  employment,
  fund,
  industry,
  inspection,
  site,
  siteValue,
  workshop,
} from "../../fixtures/indicators/build.ts";

// Quarters 2020Q4, 2021Q1, 2021Q2 (the periods come from the site × period tables).
const LATE = "420323-0002";
const data = dataset({
  sites: [
    site("420323-0001", { name_zh: "早安置点", lat: 32.0, lon: 110.0, persons: 900, households: 250 }),
    site(LATE, { name_zh: "晚安置点", moved_in: "2021-05-01", lat: 32.0, lon: 110.01 }),
    site("420323-0003", { name_zh: "远安置点", lat: 32.0, lon: 110.1 }),
    site("420304-0001", { name_zh: "郧阳安置点", lat: 32.5, lon: 110.0 }),
  ],
  employment: [
    employment(LATE, "2020Q4"),
    employment(LATE, "2021Q1"),
    employment(LATE, "2021Q2", { labour_persons: 40, households_with_labour: 0, trained_persons: null }),
  ],
  industries: [
    industry("I1", LATE, { name_zh: "茶园", is_leading: true }),
    industry("I2", LATE, { name_zh: "旧厂", started: "2019-01-01", ended: "2021-03-01" }),
  ],
  workshops: [workshop("W1", LATE, { jobs: 12, relocated_employees: 7 })],
  funds: [fund("F1", { site_id: LATE, year: 2021, category: "workshop", amount_yuan: 250_000 }), fund("F2")],
  inspections: [inspection("X1", { site_id: LATE, date: "2021-06-01", findings: 3, rectified: 2 })],
});
const values: IndicatorValue[] = [
  siteValue("household-employment", LATE, "2021Q2", 3, 4, "behind"),
  siteValue("industry-plan-coverage", LATE, "2021Q2", 1, 1, "met"),
  siteValue("training-coverage", LATE, "2021Q2", 0, 0, "no-data"),
];
const index = buildPlaceIndex({ dataset: data, values });

// Five quarters at one site, so the latest has a quarter a year before it to compare with.
const yearly = buildPlaceIndex({
  dataset: dataset({
    sites: [site("420323-0009", { name_zh: "一年安置点" })],
    employment: ["2020Q2", "2020Q3", "2020Q4", "2021Q1", "2021Q2"].map((period) =>
      employment("420323-0009", period),
    ),
  }),
  values: [
    siteValue("household-employment", "420323-0009", "2020Q2", 1, 2, "behind"),
    siteValue("household-employment", "420323-0009", "2021Q1", 9, 10, "behind"),
    siteValue("household-employment", "420323-0009", "2021Q2", 3, 4, "behind"),
    siteValue("industry-plan-coverage", "420323-0009", "2021Q2", 1, 1, "met"),
  ],
});

describe("siteView", () => {
  test("shows a site that moved in in 2021 as not yet moved in for the quarters before", () => {
    const view = siteView(index, LATE, "en")!;
    const plan = view.indicators.find((i) => i.id === "industry-plan-coverage")!;
    expect(plan.marks.map((m) => [m.period, m.state, m.valueText])).toEqual([
      ["2020Q4", "not-in-scope", "not yet moved in"],
      ["2021Q1", "not-in-scope", "not yet moved in"],
      ["2021Q2", "met", "Yes"],
    ]);
    expect(plan.kind).toBe("yes-no");
    expect(plan.latest.statusText).toBe("Met");
  });

  test("gives shares as percentages with numerator and denominator, and a sparkline with gaps as null", () => {
    const view = siteView(index, LATE, "zh")!;
    const employed = view.indicators.find((i) => i.id === "household-employment")!;
    expect(employed.kind).toBe("share");
    expect(employed.latest.valueText).toBe("75.0%");
    expect(employed.latest.fraction).toBe("3 / 4");
    expect(employed.latest.statusText).toBe("未达标");
    expect(employed.spark!.map((p) => p.value)).toEqual([null, null, 0.75]);
    expect(employed.marks[0]!.valueText).toBe("尚未入住");
  });

  test("opens with how the site stands against the targets in the latest quarter, naming what is behind", () => {
    // At 2021Q2 the fixture has three site values, all with a target of 100%: household
    // employment 3 of 4 (behind), the industry plan (met) and training with nothing to count
    // (no data). Indicators with no value at the site at all are not applicable, not counted.
    const view = siteView(index, LATE, "zh")!;
    expect(view.summary.sentence).toBe(
      "2021年第2季度，本安置点有目标的 3 项指标中，1 项达标，1 项未达标，1 项无数据。",
    );
    expect(view.summary.behind).toEqual([
      {
        title: "有劳动力家庭就业率",
        href: "/indicators/household-employment/",
        value: "75.0%",
        target: "目标 ≥ 100.0%",
      },
    ]);
  });

  test("gives each indicator's target beside its value, and no change over a year with fewer than five quarters", () => {
    const view = siteView(index, LATE, "en")!;
    const plan = view.indicators.find((i) => i.id === "industry-plan-coverage")!;
    const employed = view.indicators.find((i) => i.id === "household-employment")!;
    expect([plan.target, employed.target]).toEqual(["target: yes", "target ≥ 100.0%"]);
    expect(employed.yearChange).toBeNull();
    expect(view.periods).toEqual(["2020Q4", "2021Q1", "2021Q2"]);
  });

  test("gives a share's change over a year in points: the latest quarter against four quarters before", () => {
    const employed = siteView(yearly, "420323-0009", "zh")!.indicators.find(
      (i) => i.id === "household-employment",
    )!;
    // 75.0% in 2021Q2 against 50.0% in 2020Q2 (not 90.0% in 2021Q1): +25.0 points.
    expect(employed.yearChange).toBe("+25.0 个百分点");
  });

  test("reads a share with nothing reported as not reported, without a 0 / 0 fraction", () => {
    const training = siteView(index, LATE, "en")!.indicators.find((i) => i.id === "training-coverage")!;
    expect([training.latest.valueText, training.latest.fraction, training.latest.statusText]).toEqual([
      "not reported",
      null,
      "No data",
    ]);
  });

  test("lists indicators with no value at the site in any quarter as not applicable", () => {
    const view = siteView(index, LATE, "en")!;
    expect(view.indicators.map((i) => i.id)).toEqual([
      "industry-plan-coverage",
      "training-coverage",
      "household-employment",
    ]);
    expect(view.notApplicable.map((i) => i.id)).toContain("workshop-coverage-200-plus");
    expect(view.notApplicable[0]!.href).toBe("/en/indicators/leading-industry-coverage/");
  });

  test("shows empty cells of the latest row as not reported, and a reported 0 as 0", () => {
    const view = siteView(index, LATE, "en")!;
    const jobs = view.reported.find((r) => r.table === "employment")!;
    expect(jobs.period).toBe("Q2 2021");
    const byLabel = new Map(jobs.items.map((item) => [item.label, item.value]));
    expect(byLabel.get("Labour force")).toBe("40");
    expect(byLabel.get("Households with labour")).toBe("0");
    expect(byLabel.get("Trained")).toBe("not reported");
    expect([...byLabel.values()].filter((v) => v === "not reported")).toHaveLength(8);
  });

  test("says nothing was reported for a table without a row for the site", () => {
    const view = siteView(index, LATE, "en")!;
    const property = view.reported.find((r) => r.table === "property")!;
    expect(property).toEqual({ table: "property", title: "Property", period: null, items: [] });
  });

  test("lists industries as active or ended at the latest quarter's end, and workshops with jobs", () => {
    const view = siteView(index, LATE, "en")!;
    expect(view.industries.rows.map((r) => [r.name, r.leading, r.state])).toEqual([
      ["茶园", "Yes", "active"],
      ["旧厂", "No", "ended"],
    ]);
    expect(view.workshops.rows.map((r) => [r.state, r.jobs, r.relocated])).toEqual([["open", "12", "7"]]);
  });

  test("lists only the funds and inspections that name the site", () => {
    const view = siteView(index, LATE, "zh")!;
    expect(view.funds.rows.map((r) => [r.id, r.amount, r.category])).toEqual([["F1", "25 万元", "扶贫车间"]]);
    expect(view.inspections.rows.map((r) => [r.date, r.findings, r.rectified])).toEqual([
      ["2021年6月1日", "3", "2"],
    ]);
  });

  test("lists the nearest sites with their distance, across county lines", () => {
    const view = siteView(index, "420323-0001", "en")!;
    // 0.01° and 0.1° of longitude at 32° N: 1.11 km × cos 32° = 0.94 km and 9.43 km; 0.5° of latitude: 55.6 km.
    expect(view.neighbours.map((n) => [n.id, n.distance])).toEqual([
      [LATE, "0.9 km"],
      ["420323-0003", "9.4 km"],
      ["420304-0001", "55.6 km"],
    ]);
    // A neighbour's county is named only when it is not the site's own.
    expect(view.neighbours.map((n) => n.county)).toEqual([undefined, undefined, "Yunyang District"]);
    expect(view.neighbours[0]!.href).toBe("/en/sites/420323-0002/");
  });

  test("gives facts with size class, and not reported for an empty village or moved-in date", () => {
    const view = siteView(index, "420323-0001", "zh")!;
    const facts = new Map(view.facts.map((f) => [f.label, f.value]));
    expect(facts.get("规模")).toBe("大型（800人及以上）");
    expect(facts.get("村（社区）")).toBe("未报告");
    expect(facts.get("入住日期")).toBe("未报告");
    expect(facts.get("搬迁人数")).toBe("900");
  });

  test("links to the map, the county's download slices and the verify page", () => {
    const view = siteView(index, LATE, "en")!;
    expect(view.links.map).toBe("/en/map/?site=420323-0002");
    expect(view.links.county).toBe("/en/counties/420323/");
    expect(view.links.verify).toBe("/en/verify/");
    expect(view.links.downloads).toContainEqual({
      label: "employment.csv",
      href: "/data/county/420323/employment.csv",
    });
  });

  test("is undefined for an unknown site", () => {
    expect(siteView(index, "420323-9999", "zh")).toBeUndefined();
  });
});

describe("siteLatestStanding", () => {
  test("says what siteStanding says of the latest quarter, at every site, in both languages", () => {
    let compared = 0;
    for (const places of [index, yearly])
      for (const lang of ["zh", "en"] as const)
        for (const row of places.places.sites) {
          const full = siteStanding(places, row, lang);
          const latest = siteLatestStanding(places, row, lang);
          expect(latest).toEqual({
            ...full,
            // Each indicator without its history (its marks and sparkline).
            indicators: full.indicators.map((i) =>
              Object.fromEntries(Object.entries(i).filter(([key]) => key !== "marks" && key !== "spark")),
            ),
          });
          compared += latest.indicators.length;
        }
    // 3 indicators at LATE and 2 at the yearly site, in two languages: the comparison is not vacuous.
    expect(compared).toBe(10);
    const employed = siteLatestStanding(yearly, yearly.places.site("420323-0009")!, "zh").indicators.find(
      (i) => i.id === "household-employment",
    )!;
    // 3 / 4 in 2021Q2 against 1 / 2 in 2020Q2, by hand: +25.0 points.
    expect([employed.latest.valueText, employed.latest.fraction, employed.yearChange]).toEqual([
      "75.0%",
      "3 / 4",
      "+25.0 个百分点",
    ]);
  });
});

describe("markOf", () => {
  test("shows a published value even before moving in, and not reported after moving in", () => {
    const moved = { moved_in: "2021-05-01" };
    expect(
      markOf(moved, "2021Q1", "2021-03-31", siteValue("x", "s", "2021Q1", 0, 1, "behind"), "yes-no", "en")
        .state,
    ).toBe("behind");
    expect(markOf(moved, "2021Q3", "2021-09-30", undefined, "share", "en")).toMatchObject({
      state: "no-data",
      valueText: "not reported",
      symbol: "○",
    });
  });

  test("treats a site with no moved-in date as in scope from the start", () => {
    expect(markOf({ moved_in: null }, "2019Q4", "2019-12-31", undefined, "share", "zh").valueText).toBe(
      "未报告",
    );
  });
});

describe("valueText", () => {
  test("reads a yes/no value as yes or no and a null share as not reported, never 0%", () => {
    expect(valueText(1, "yes-no", "zh")).toBe("是");
    expect(valueText(0, "yes-no", "en")).toBe("No");
    expect(valueText(null, "share", "en")).toBe("not reported");
    expect(valueText(0, "share", "en")).toBe("0.0%");
  });
});

describe("buildPlaceIndex", () => {
  test("keeps each site's row of its latest period, in whatever order the file has them", () => {
    const shuffled = buildPlaceIndex({
      dataset: dataset({
        sites: [site(LATE), site("420323-0003")],
        employment: [
          employment(LATE, "2021Q1"),
          employment(LATE, "2021Q2", { labour_persons: 40 }),
          employment(LATE, "2020Q4"),
        ],
      }),
      values: [],
    });
    expect(shuffled.rowsOf(LATE).latest.employment).toMatchObject({ period: "2021Q2", labour_persons: 40 });
    expect(shuffled.rowsOf(LATE).latest.services).toBeUndefined();
    expect(shuffled.rowsOf("420323-0003").latest).toEqual({});
  });
});
