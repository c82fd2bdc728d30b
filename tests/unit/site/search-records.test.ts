import { describe, expect, test } from "vitest";
import { isSitePageFile, searchSource, siteSearchRecords } from "../../../src/lib/site/search-records.ts";
import { dataset, industry, site, workshop } from "../../fixtures/indicators/build.ts";

const data = dataset({
  sites: [
    site("420323-0001", {
      name_zh: "青龙泉社区",
      name_en: "Qinglongquan",
      township_name: "城关镇",
      village_name: "青龙村",
    }),
    site("420304-0001", { township_name: "柳陂镇" }),
  ],
  industries: [
    industry("i1", "420323-0001", { name_zh: "香菇基地", operator_name: "竹山县香菇合作社" }),
    industry("i2", "420323-0001", { name_zh: "香菇基地" }),
  ],
  workshops: [workshop("w1", "420323-0001", { name_zh: "毛绒玩具扶贫车间" })],
});

describe("siteSearchRecords", () => {
  test("a Chinese record holds the names, place, id, placement, industries and workshops", () => {
    expect(siteSearchRecords(data, "zh")).toEqual([
      {
        url: "/sites/420323-0001/",
        language: "zh-cn",
        title: "青龙泉社区",
        type: "安置点",
        county: "竹山县",
        content:
          "青龙泉社区 / Qinglongquan。竹山县 城关镇 青龙村。420323-0001。进镇安置。" +
          // Each name once, in the order of the rows: industries, their operators, workshops.
          "香菇基地，竹山县香菇合作社，毛绒玩具扶贫车间",
      },
      {
        url: "/sites/420304-0001/",
        language: "zh-cn",
        title: "安置点420304-0001",
        type: "安置点",
        county: "郧阳区",
        // No village, no English name, no industries or workshops: nothing empty is written.
        content: "安置点420304-0001。郧阳区 柳陂镇。420304-0001。进镇安置",
      },
    ]);
  });

  test("an English record links the English page and keeps the Chinese name searchable", () => {
    const [record] = siteSearchRecords(data, "en");
    expect(record).toMatchObject({
      url: "/en/sites/420323-0001/",
      language: "en",
      title: "Qinglongquan",
      type: "Site",
      county: "Zhushan County",
    });
    expect(
      record!.content.startsWith(
        // Township and village in pinyin, then in Chinese, so either finds the site.
        "Qinglongquan / 青龙泉社区. Zhushan County Chengguan Zhen 城关镇 Qinglong Cun 青龙村. 420323-0001. ",
      ),
    ).toBe(true);
  });
});

describe("searchSource", () => {
  test("keeps the four tables the records are written from, and none of the others", () => {
    const source = searchSource(data);
    // The build keeps this through the search stage: the large tables must not ride along.
    expect(Object.keys(source).sort()).toEqual(["counties", "industries", "sites", "workshops"]);
    expect(source.sites).toBe(data.sites);
    for (const lang of ["zh", "en"] as const)
      expect(siteSearchRecords(source, lang)).toEqual(siteSearchRecords(data, lang));
  });
});

describe("isSitePageFile", () => {
  test("matches the site pages of both languages and nothing else", () => {
    expect(isSitePageFile("sites/420323-0001/index.html")).toBe(true);
    expect(isSitePageFile("en/sites/420323-0001/index.html")).toBe(true);
    expect(isSitePageFile("sites/index.html")).toBe(false);
    expect(isSitePageFile("en/sites/index.html")).toBe(false);
    expect(isSitePageFile("counties/420323/index.html")).toBe(false);
    expect(isSitePageFile("data/sites/index.html")).toBe(false);
  });
});
