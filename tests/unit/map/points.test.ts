import { describe, expect, test } from "vitest";
import {
  fromWire,
  mapIndicators,
  matchingSites,
  packPoints,
  packStatusFiles,
  perMille,
  toWire,
} from "../../../src/lib/map/points.ts";
import type { SitesRow } from "../../../src/lib/schema/index.ts";

function site(over: Partial<SitesRow>): SitesRow {
  return {
    site_id: "420323-0001",
    name_zh: "麻家渡安置小区",
    name_en: null,
    county_code: "420323",
    township_code: "420323101",
    township_name: "麻家渡镇",
    village_name: null,
    placement: "town",
    lat: 32.1870049,
    lon: 110.330004,
    households: 60,
    persons: 190,
    moved_in: null,
    industry_plan_level: "none",
    industry_plan_adopted: null,
    ...over,
  };
}

const counties = [
  { code: "420304", name: { zh: "郧阳区", en: "Yunyang District" } },
  { code: "420323", name: { zh: "竹山县", en: "Zhushan County" } },
];
const sites = [
  site({
    site_id: "420304-0001",
    county_code: "420304",
    name_en: "Qinglongquan",
    placement: "urban",
    persons: 14980,
  }),
  site({ site_id: "420323-0001" }),
  site({ site_id: "420323-0002", placement: "central_village", persons: 200 }),
];

describe("packPoints", () => {
  const points = packPoints(sites, counties, []);

  test("keeps one entry a site in the order given, in every column", () => {
    expect(points.ids).toEqual(["420304-0001", "420323-0001", "420323-0002"]);
    expect(points.county).toEqual([0, 1, 1]);
    expect(points.persons).toEqual([14980, 190, 200]);
    expect(points.nameEn).toEqual(["Qinglongquan", "", ""]);
  });

  test("packs size (large ≥ 800, medium 200–799, small) and placement as one character a site", () => {
    expect(points.size).toBe("lsm");
    expect(points.placement).toBe("utc");
  });

  test("rounds positions to five decimals", () => {
    expect(points.lat[1]).toBe(32.187);
    expect(points.lon[1]).toBe(110.33);
  });
});

describe("matchingSites", () => {
  const points = packPoints(sites, counties, []);

  test("returns every site when no filter is set", () => {
    expect(matchingSites(points, { county: null, size: null, placement: null })).toEqual([0, 1, 2]);
  });

  test("combines county, size and placement filters", () => {
    expect(matchingSites(points, { county: "420323", size: null, placement: null })).toEqual([1, 2]);
    expect(matchingSites(points, { county: "420323", size: "medium", placement: null })).toEqual([2]);
    expect(matchingSites(points, { county: null, size: null, placement: "urban" })).toEqual([0]);
    expect(matchingSites(points, { county: "420304", size: "small", placement: null })).toEqual([]);
  });

  test("matches nothing for a county the data does not have", () => {
    expect(matchingSites(points, { county: "110101", size: null, placement: null })).toEqual([]);
  });
});

describe("perMille", () => {
  test.each([
    [0.84549, 845],
    [0.8455, 846],
    [1, 1000],
    [0, 0],
    [null, null],
  ])("turns %s into %s thousandths, the precision the site shows", (value, expected) => {
    expect(perMille(value)).toBe(expected);
  });
});

describe("packStatusFiles", () => {
  const files = packStatusFiles(
    [
      {
        indicator: "household-employment",
        level: "city",
        code: "420300",
        period: "2025Q4",
        value: 0.5,
        status: "behind",
      },
      {
        indicator: "household-employment",
        level: "county",
        code: "420323",
        period: "2025Q4",
        value: 0.75,
        status: "behind",
      },
      {
        indicator: "household-employment",
        level: "site",
        code: "420323-0001",
        period: "2025Q4",
        value: 1,
        status: "met",
      },
      {
        indicator: "household-employment",
        level: "site",
        code: "420323-0002",
        period: "2025Q4",
        value: null,
        status: "no-data",
      },
      {
        indicator: "household-employment",
        level: "site",
        code: "420304-0001",
        period: "2025Q3",
        value: 0.5,
        status: "behind",
      },
      {
        indicator: "household-employment",
        level: "site",
        code: "999999-0001",
        period: "2025Q4",
        value: 1,
        status: "met",
      },
    ],
    ["420304-0001", "420323-0001", "420323-0002"],
    ["420304", "420323"],
  );

  test("makes one file per indicator and period", () => {
    expect([...files.keys()].sort()).toEqual(["household-employment/2025Q3", "household-employment/2025Q4"]);
  });

  test("packs statuses in the points' order, marking sites and counties without a value not applicable", () => {
    const file = files.get("household-employment/2025Q4")!;
    expect(file.sites).toBe("xmn");
    expect(file.siteValues).toEqual([null, 1000, null]);
    expect(file.counties).toBe("xb");
    expect(file.countyValues).toEqual([null, 750]);
  });

  test("leaves out the city and sites the points do not know", () => {
    const file = files.get("household-employment/2025Q3")!;
    expect(file.sites).toBe("bxx");
    expect(file.counties).toBe("xx");
  });
});

describe("mapIndicators", () => {
  test("offers indicators published for sites or counties that have periods, saying which have site values", () => {
    const offered = mapIndicators(
      [
        { id: "a", title: { zh: "甲", en: "A" }, levels: ["city", "county", "township", "site"] },
        { id: "b", title: { zh: "乙", en: "B" }, levels: ["city", "county"] },
        { id: "c", title: { zh: "丙", en: "C" }, levels: ["city"] },
        { id: "d", title: { zh: "丁", en: "D" }, levels: ["site"] },
      ],
      (id) => (id === "d" ? [] : ["2025Q4"]),
    );
    expect(offered.map((i) => [i.id, i.sites])).toEqual([
      ["a", true],
      ["b", false],
    ]);
  });
});

describe("toWire and fromWire", () => {
  test("write coordinates as differences in hundred-thousandths of a degree, and read them back", () => {
    const points = {
      ...packPoints([], [], []),
      lat: [32.5, 32.50012, 32.4999],
      lon: [110.8, 110.80001, 111],
    };
    const wire = toWire(points);
    expect(wire.version).toBe(2);
    // 32.5 → 3,250,000; then +12, then −22; 110.8 → 11,080,000; then +1, then +19,999.
    expect(wire.lat).toEqual([3_250_000, 12, -22]);
    expect(wire.lon).toEqual([11_080_000, 1, 19_999]);
    expect(fromWire(wire)).toEqual(points);
  });
});
