import { describe, expect, test } from "vitest";
import { problem } from "../../../src/lib/problems.ts";
import type { PublishedCheck, QualityReport, Signal, TotalCheck } from "../../../src/lib/quality/index.ts";
import { indexPlaces } from "../../../src/lib/site/places.ts";
import {
  publishedValue,
  qualityPage,
  qualityView,
  signedShare,
  warningGroups,
} from "../../../src/lib/site/quality-view.ts";
import { dataset, site } from "../../fixtures/indicators/build.ts";

const places = indexPlaces(dataset({ sites: [site("420323-0001"), site("420304-0001")] }));

function total(county_code: string, measure: string, reported: number, site_sum: number | null): TotalCheck {
  const difference = site_sum === null ? null : site_sum - reported;
  const relative = difference === null ? null : difference / reported;
  return {
    county_code,
    period: "2021Q2",
    measure,
    reported,
    site_sum,
    sites_counted: 1,
    difference,
    relative_difference: relative,
    within_tolerance: relative === null ? null : Math.abs(relative) <= 0.01,
  };
}

const figure = (id: string) => ({
  id,
  scope: "十堰市",
  scope_code: "420300",
  measure: "relocated_persons",
  value: 100,
  unit: "persons",
  as_of: "2020-01-01",
  source_title: "某报",
  source_url: null,
  note: null,
});

const signal = (code: Signal["code"], county_code: string): Signal => ({
  code,
  site_id: `${county_code}-0001`,
  county_code,
  period: "2021Q2",
  table: "employment",
  column: null,
  values: {},
});

const REPORT: QualityReport = {
  tolerance: { reported_totals: 0.01, published_figures: 0.05 },
  reported_totals: [
    total("420323", "persons", 1000, 1005), // +0.5%: within
    total("420323", "households", 100, 90), // −10%
    total("420304", "persons", 200, 260), // +30%
    total("420304", "trained_persons", 50, null), // nothing to compare
  ],
  published_figures: [
    {
      figure: figure("a"),
      comparable: true,
      basis: "persons-all-sites",
      data_value: 98,
      reason: null,
      difference: -2,
      relative_difference: -0.02,
      within_tolerance: true,
    } satisfies PublishedCheck,
    {
      figure: figure("b"),
      comparable: false,
      basis: null,
      data_value: null,
      reason: "outside-coverage",
      difference: null,
      relative_difference: null,
      within_tolerance: null,
    } satisfies PublishedCheck,
  ],
  signals: [
    signal("sharp-drop", "420323"),
    signal("sharp-drop", "420304"),
    signal("silent-in-table", "420304"),
  ],
};

describe("qualityView", () => {
  test("lists the totals outside the tolerance, largest relative difference first, then those with nothing to compare", () => {
    const view = qualityView(REPORT, places, "en", null);
    expect(view.totals.checked).toBe(4);
    expect(view.totals.disagreeing.map((t) => [t.county_code, t.measure])).toEqual([
      ["420304", "persons"],
      ["420323", "households"],
      ["420304", "trained_persons"],
    ]);
    expect(view.totals.disagreeing[1]!.measureName).toBe("Households");
    expect(view.totals.disagreeing[0]!.countyName).toBe("Yunyang District");
  });

  test("counts checks and disagreements per county", () => {
    const view = qualityView(REPORT, places, "zh", null);
    expect(view.totals.byCounty).toEqual([
      { code: "420304", name: "郧阳区", checked: 2, disagreeing: 2 },
      { code: "420323", name: "竹山县", checked: 2, disagreeing: 1 },
    ]);
  });

  test("explains how each published figure was compared, or why it was not", () => {
    const view = qualityView(REPORT, places, "en", null);
    expect(view.comparable.map((p) => [p.check.figure.id, p.explanation.title])).toEqual([
      ["a", "Persons at all sites"],
    ]);
    expect(view.notComparable.map((p) => [p.check.figure.id, p.explanation.title])).toEqual([
      ["b", "Different coverage"],
    ]);
  });

  test("groups signals by kind with their counts, leaving out kinds that did not occur", () => {
    const view = qualityView(REPORT, places, "en", null);
    expect(view.signals.map((g) => [g.code, g.count])).toEqual([
      ["sharp-drop", 2],
      ["silent-in-table", 1],
    ]);
  });

  test("keeps only one county's totals and signals when given one", () => {
    const view = qualityView(REPORT, places, "en", null, "420323");
    expect(view.totals.checked).toBe(2);
    expect(view.totals.byCounty.map((c) => c.code)).toEqual(["420323"]);
    expect(view.signals.map((g) => [g.code, g.count])).toEqual([["sharp-drop", 1]]);
  });

  test("says the warnings are not available when the model does not carry them", () => {
    expect(qualityView(REPORT, places, "en", null).warnings).toBeNull();
    expect(qualityView(REPORT, places, "en", []).warnings).toEqual([]);
  });
});

describe("warningGroups", () => {
  test("groups warnings by code in plain words and leaves errors out", () => {
    const groups = warningGroups(
      [
        problem("sites.csv", 3, "moved_in", "normalised", {
          zh: "已按 2020-01-05 读取。",
          en: "2020/1/5 was read as 2020-01-05.",
        }),
        problem("employment.csv", null, null, "encoding-gb18030", {
          zh: "按 GB18030 读取。",
          en: "Decoded as GB18030.",
        }),
        problem("sites.csv", 4, "moved_in", "normalised", {
          zh: "已按 2020-01-06 读取。",
          en: "2020/1/6 was read as 2020-01-06.",
        }),
        problem("sites.csv", null, null, "file-missing", {
          zh: "缺少 sites.csv。",
          en: "sites.csv is missing.",
        }),
      ],
      "zh",
    );
    expect(groups.map((g) => [g.code, g.title, g.problems.length])).toEqual([
      ["encoding-gb18030", "文件是 GBK 编码", 1],
      ["normalised", "数值写法不标准", 2],
    ]);
  });
});

describe("qualityPage", () => {
  test("says how many totals were compared and how many differ, with the tolerance", () => {
    const page = qualityPage(qualityView(REPORT, places, "en", null), "en");
    // 4 checks; 3 outside 1% (or with nothing to compare).
    expect(page.totals.intro).toContain(
      "a difference of more than 1.0% is listed below. 4 totals were compared; 3 differ.",
    );
    expect(page.published.intro).toContain("within 5.0% counts as agreeing");
  });

  test("lists the differing totals as table rows, largest first, with signed relative differences", () => {
    const page = qualityPage(qualityView(REPORT, places, "zh", null), "zh");
    const table = page.totals.differing!;
    expect(table.captionId).toBe("totals-caption");
    expect(table.rows.map((row) => [row.measure, row.relative])).toEqual([
      ["搬迁人数", { text: "+30.0%", span: true }], // 260 against 200
      ["搬迁户数", { text: "−10.0%", span: true }], // 90 against 100
      ["培训人数", { text: "无数据", span: true }], // nothing to compare
    ]);
    expect(page.totals.shownOnly).toBeNull();
    expect(page.totals.differingShow).toBe("展开 3 项不一致的上报数");
    expect(page.totals.byCounty.rows[0]!.county).toEqual({
      text: "郧阳区",
      href: "/counties/420304/",
      isolate: true,
    });
  });

  test("names published measures and units in the page's language, never by their identifiers", () => {
    const page = qualityPage(qualityView(REPORT, places, "zh", null), "zh");
    expect(page.published.comparable.rows[0]!.placeAndMeasure).toBe("十堰市 · 搬迁人数");
    expect(page.published.comparable.rows[0]!.agrees).toBe("是");
    expect(page.published.notComparable!.rows[0]!.published).toBe("100 人 (2020年1月1日)");
    expect(publishedValue({ value: 318400, unit: "households" }, "zh")).toBe("318,400 户");
    expect(publishedValue({ value: 318400, unit: "households" }, "en")).toBe("318,400 households");
    expect(publishedValue({ value: 1, unit: "share" }, "zh")).toBe("100.0%");
  });

  test("heads each signal kind with its count and captions its examples", () => {
    const page = qualityPage(qualityView(REPORT, places, "en", null), "en");
    const drop = page.signals.groups[0]!;
    expect(drop.id).toBe("signal-sharp-drop");
    expect(drop.heading).toMatch(/ \(2\)$/);
    expect(drop.table.rows[0]!.site).toEqual({ text: "420323-0001", href: "/en/sites/420323-0001/" });
    expect(drop.table.rows[0]!.tableAndColumn).toEqual({ text: "employment", code: true });
    expect(page.signals.none).toBeNull();
  });

  test("explains missing or absent warnings instead of listing groups", () => {
    expect(qualityPage(qualityView(REPORT, places, "en", null), "en").warnings.note).toMatch(/does not list/);
    expect(qualityPage(qualityView(REPORT, places, "en", []), "en").warnings.note).toMatch(/^No warnings/);
  });

  test("signs relative differences with a true minus sign", () => {
    expect([signedShare(0.032, "en"), signedShare(-0.01, "en"), signedShare(0, "en")]).toEqual([
      "+3.2%",
      "−1.0%",
      "0.0%",
    ]);
  });
});
