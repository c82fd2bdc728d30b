import { describe, expect, test } from "vitest";
import { everyInScopeSite, yesNo, type SiteIndicator } from "../../../src/lib/indicators/core.ts";
import { computeIndicators } from "../../../src/lib/indicators/compute.ts";
import { figureReceipt, receiptTotals } from "../../../src/lib/indicators/receipt.ts";
import {
  createRegistry,
  describeIndicator,
  INDICATORS,
  REGISTRY,
} from "../../../src/lib/indicators/registry.ts";
import { tableColumns } from "../../../src/lib/indicators/types.ts";
import { countiesView, countyView } from "../../../src/lib/site/county-view.ts";
import { homeView } from "../../../src/lib/site/home-view.ts";
import { headlines, indicatorPage } from "../../../src/lib/site/indicator-view.ts";
import { indexPlaces } from "../../../src/lib/site/places.ts";
import { measureIndicators } from "../../../src/lib/site/policy-view.ts";
import { buildPlaceIndex } from "../../../src/lib/site/site-index.ts";
import { siteView } from "../../../src/lib/site/site-view.ts";
import { indexValues } from "../../../src/lib/site/values.ts";
import { dataset, services, site } from "../../fixtures/indicators/build.ts";

// A nineteenth indicator, written as a module would be: sites with a police post, yes/no, a headline.
const policePost: SiteIndicator<"police-post-coverage"> = {
  kind: "site",
  id: "police-post-coverage",
  measure: 8,
  title: { zh: "警务室覆盖率", en: "Police post coverage" },
  description: { zh: "设有警务室的安置点比例。", en: "Share of sites with a police post." },
  formula: { zh: "services.police_post", en: "services.police_post" },
  numerator: { zh: "设有警务室的安置点", en: "Sites with a police post" },
  denominator: { zh: "报告的安置点", en: "Sites reporting" },
  target: { kind: "at-least", value: 1 },
  tables: ["services"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "services",
    numerator: tableColumns("services", "police_post"),
    denominator: tableColumns("services", "police_post"),
  },
  siteReading: "yes-no",
  headline: { home: 9, overview: 7 },
  notes: [],
  expected: everyInScopeSite,
  tally: (at) => (at.services && at.services.police_post !== null ? yesNo(at.services.police_post) : null),
};

const registry = createRegistry([...INDICATORS, policePost]);

// Two sites of Zhushan: 0001 has a post in both quarters, 0002 only from 2021Q2.
// By hand: 2021Q1 is 1 of 2 sites (50%), 2021Q2 is 2 of 2 (100%).
const DATA = dataset({
  sites: [site("420323-0001"), site("420323-0002")],
  services: [
    services("420323-0001", "2021Q1", { police_post: true }),
    services("420323-0002", "2021Q1", { police_post: false }),
    services("420323-0001", "2021Q2", { police_post: true }),
    services("420323-0002", "2021Q2", { police_post: true }),
  ],
});
const VALUES = computeIndicators(DATA, registry.indicators);
const values = indexValues(VALUES);
const index = buildPlaceIndex({ dataset: DATA, values: VALUES });

describe("a nineteenth indicator registered through createRegistry", () => {
  test("leaves the site's registry as it was", () => {
    expect(REGISTRY.indicators).toHaveLength(18);
    expect(REGISTRY.byId("police-post-coverage")).toBeUndefined();
    expect(registry.byId("police-post-coverage")).toBe(policePost);
  });

  test("is computed: 1 of 2 sites, then 2 of 2, for the city", () => {
    const city = values.series("police-post-coverage", "city", "420300");
    expect(city.map((v) => [v.period, v.numerator, v.denominator])).toEqual([
      ["2021Q1", 1, 2],
      ["2021Q2", 2, 2],
    ]);
  });

  test("is the home page's ninth card and a movement of 50 points", () => {
    const home = homeView(DATA, values, registry);
    expect(home.headlines.map((h) => h.meta.id).at(-1)).toBe("police-post-coverage");
    expect(home.headlines).toHaveLength(9);
    expect(home.moved.find((m) => m.meta.id === "police-post-coverage")).toMatchObject({
      previous: 0.5,
      latest: 1,
    });
  });

  test("has a headline and an indicator page", () => {
    expect(headlines(values, registry).map((h) => h.meta.id)).toContain("police-post-coverage");
    const page = indicatorPage(describeIndicator(policePost), values, indexPlaces(DATA));
    expect(page.city.map((v) => v.value)).toEqual([0.5, 1]);
    expect(page.sites.map((s) => s.code)).toEqual(["420323-0001", "420323-0002"]);
  });

  test("is a column of the counties' overview and a row of the county page", () => {
    const overview = countiesView(index, "en", registry);
    expect(overview.headline.map((h) => h.id).at(-1)).toBe("police-post-coverage");
    expect(overview.counties.find((c) => c.code === "420323")!.headline.at(-1)!.value).toBe("100.0%");
    const county = countyView(index, "420323", "en", registry)!;
    expect(county.indicators.map((i) => i.id)).toContain("police-post-coverage");
    expect(county.headline.map((h) => h.id).at(-1)).toBe("police-post-coverage");
  });

  test("reads yes or no on a site page", () => {
    const view = siteView(index, "420323-0002", "en", registry)!;
    const row = view.indicators.find((i) => i.id === "police-post-coverage")!;
    expect(row.kind).toBe("yes-no");
    expect(row.marks.map((m) => m.valueText)).toEqual(["No", "Yes"]);
  });

  test("tracks its measure on the policy page", () => {
    expect(measureIndicators(8, values, registry).map((m) => m.meta.id)).toContain("police-post-coverage");
  });

  test("has a receipt listing both sites' services rows", () => {
    const receipt = figureReceipt(policePost, DATA, { level: "city", code: "420300", period: "2021Q1" });
    expect(receipt.source.table).toBe("services");
    expect(receipt.rows.map((r) => [r.site_id, r.numerator, r.denominator])).toEqual([
      ["420323-0001", 1, 1],
      ["420323-0002", 0, 1],
    ]);
    expect(receiptTotals(receipt.rows)).toEqual({ numerator: 1, denominator: 2 });
  });
});

describe("createRegistry", () => {
  test("refuses two indicators with one id", () => {
    expect(() => createRegistry([policePost, policePost])).toThrow(
      'Two indicators are registered as "police-post-coverage"',
    );
  });

  test("refuses two indicators in one headline place", () => {
    const rival: SiteIndicator = { ...policePost, id: "rival", headline: { home: 1 } };
    expect(() => createRegistry<string>([...INDICATORS, rival])).toThrow(
      'Indicators "household-employment" and "rival" both take headline.home place 1',
    );
  });
});
