import { describe, expect, test } from "vitest";
import { findSites, kioskSiteName, type KioskPlaces } from "../../../src/lib/site/kiosk.ts";
import { kioskPlaces } from "../../../src/lib/site/kiosk-places.ts";
import { dataset, site } from "../../fixtures/indicators/build.ts";

const places: KioskPlaces = {
  version: 1,
  counties: [{ code: "420323", name: { zh: "竹山县", en: "Zhushan County" } }],
  townships: [{ county: 0, name: { zh: "城关镇", en: "Chengguan Zhen" } }],
  sites: [
    { id: "420323-0001", zh: "小河安置点2期", en: "Xiaohe Phase 2", township: 0 },
    { id: "420323-0002", zh: "大河小河安置点", en: "", township: 0 },
    { id: "420323-0003", zh: "小河安置点", en: "Xiaohe", township: 0 },
    { id: "420323-0004", zh: "山顶安置点", en: "Shanding", township: 0 },
  ],
};
const ids = (query: string, limit = 10) => findSites(places, query, limit).map((s) => s.id.slice(-1));

describe("findSites", () => {
  test("puts the exact name first, then names that start with the query, then the rest", () => {
    expect(ids("小河安置点")).toEqual(["3", "1", "2"]);
  });

  test("ignores case, spaces and full-width letters, in either language", () => {
    expect(ids("xiaohe")).toEqual(["3", "1"]);
    expect(ids(" ＸＩＡＯＨＥ  phase ")).toEqual(["1"]);
  });

  test("finds a site by its number, keeps to the limit, and finds nothing for an empty query", () => {
    expect(ids("0004")).toEqual(["4"]);
    expect(ids("安置点", 2)).toEqual(["1", "2"]);
    expect(ids("   ")).toEqual([]);
  });

  test("names a site in English when the data gives an English name, else in Chinese", () => {
    expect(kioskSiteName(places.sites[1]!, "en")).toBe("大河小河安置点");
    expect(kioskSiteName(places.sites[0]!, "en")).toBe("Xiaohe Phase 2");
    expect(kioskSiteName(places.sites[0]!, "zh")).toBe("小河安置点2期");
  });
});

describe("kioskPlaces", () => {
  test("lists counties by code, each with its townships and their sites, the townships in pinyin too", () => {
    const made = kioskPlaces(
      dataset({
        sites: [
          site("420323-0002", { name_zh: "乙安置点", township_name: "城关镇" }),
          site("420304-0001", { name_zh: "甲安置点", township_name: "宝丰镇" }),
          site("420323-0001", { name_zh: "丙安置点", township_name: "城关镇" }),
        ],
      }),
    );
    const county = (code: string) => made.counties.findIndex((c) => c.code === code);
    const townshipOf = (id: string) => made.townships[made.sites.find((s) => s.id === id)!.township]!;
    expect(made.sites.map((s) => s.id)).toEqual(["420304-0001", "420323-0001", "420323-0002"]);
    expect(townshipOf("420304-0001")).toEqual({
      county: county("420304"),
      name: { zh: "宝丰镇", en: "Baofeng Zhen" },
    });
    expect(townshipOf("420323-0002").county).toBe(county("420323"));
  });
});
