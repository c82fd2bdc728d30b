import { expect, test } from "vitest";
import { buildPlaceIndex } from "../../../src/lib/site/site-index.ts";
import { siteList } from "../../../src/lib/site/site-list.ts";
import { dataset, site } from "../../fixtures/indicators/build.ts";

test("siteList groups every site by county, then township, with its size and persons", () => {
  const index = buildPlaceIndex({
    dataset: dataset({
      sites: [
        site("420323-0002", { township_code: "420323102", township_name: "宝丰镇", persons: 1200 }),
        site("420323-0001", {
          township_code: "420323101",
          township_name: "城关镇",
          persons: 150,
          name_en: "Chengguan",
        }),
        site("420304-0001", { township_code: "420304101", township_name: "城关镇", persons: 300 }),
      ],
    }),
    values: [],
  });
  const { everySite, counties: list } = siteList(index, "en");
  expect(everySite).toBe(true);
  expect(
    list.map((county) => [
      county.name,
      county.sites,
      county.townships.map((t) => [t.name, t.sites.map((s) => [s.name, s.size, s.persons])]),
    ]),
  ).toEqual([
    ["Yunyang District", 1, [["Chengguan Zhen", [["安置点420304-0001", "medium", "300 persons"]]]]],
    [
      "Zhushan County",
      2,
      [
        ["Chengguan Zhen", [["Chengguan", "small", "150 persons"]]],
        ["Baofeng Zhen", [["安置点420323-0002", "large", "1,200 persons"]]],
      ],
    ],
  ]);
  expect(siteList(index, "zh").counties[1]!.townships[1]!.sites[0]).toEqual({
    id: "420323-0002",
    name: "安置点420323-0002",
    href: "/sites/420323-0002/",
    size: "大型",
    persons: "1,200人",
  });
});

test("siteList gives the counties alone, with their counts and pages, above its limit of sites", () => {
  const index = buildPlaceIndex({
    dataset: dataset({
      sites: [
        site("420323-0001"),
        site("420323-0002", { township_code: "420323102", township_name: "宝丰镇" }),
        site("420304-0001", { township_code: "420304101", township_name: "城关镇" }),
      ],
    }),
    values: [],
  });
  const { everySite, counties } = siteList(index, "en", 2);
  expect(everySite).toBe(false);
  expect(counties.map((county) => [county.name, county.sites, county.href, county.townships])).toEqual([
    ["Yunyang District", 1, "/en/counties/420304/", []],
    ["Zhushan County", 2, "/en/counties/420323/", []],
  ]);
  // One site is "1 site", not "1 sites"; Chinese has one form.
  expect(counties.map((county) => county.sitesText)).toEqual(["1 site", "2 sites"]);
  expect(siteList(index, "zh", 2).counties.map((county) => county.sitesText)).toEqual([
    "1 个安置点",
    "2 个安置点",
  ]);
  expect(siteList(index, "en", 3).everySite).toBe(true);
});
