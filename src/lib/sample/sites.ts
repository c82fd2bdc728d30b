/**
 * Sites of one county: their sizes (summing to the county's plan), placement, township, village,
 * name, position inside the county's boundary, move-in date and industry plan.
 */
import { countyBox, isInsideCounty, type CountyBoundaries } from "../geo/boundaries.ts";
import type { SitesRow } from "../schema/index.ts";
import type { Placement, PlanLevel } from "../schema/sites.ts";
import { isUrbanTownship, placeStem, villageShortName, type Divisions, type Township } from "./geography.ts";
import { isoDate } from "./periods.ts";
import type { CountyPlan } from "./plan.ts";
import { createRandom, hashSeed, type Random } from "./random.ts";
import { romanise } from "../text/pinyin.ts";

/** Size class of a site by its persons (large ≥ 800, medium 200–799, small < 200). */
export type SizeClass = "large" | "medium" | "small";

/** The size class of a site with this many persons. */
export function sizeClass(persons: number): SizeClass {
  return persons >= 800 ? "large" : persons >= 200 ? "medium" : "small";
}

/** A generated site: its published row and what the rest of the generator needs to know of it. */
export interface SampleSite {
  row: SitesRow;
  size: SizeClass;
  /** Behind the policy's targets on most measures. */
  laggard: boolean;
  /** Name stem used to coin industry and workshop names (`顾家`). */
  stem: string;
  county: CountyPlan;
}

const RANGES: Record<SizeClass, [number, number]> = {
  small: [8, 199],
  medium: [200, 799],
  large: [800, 12_000],
};

function rawSize(random: Random, size: SizeClass): number {
  if (size === "small") return 8 + Math.floor(191 * random.next() ** 1.8);
  if (size === "medium") return 200 + Math.floor(599 * random.next() ** 1.5);
  return 800 + Math.floor(2_200 * random.next() ** 2);
}

/**
 * Persons per site: random sizes within each site's class, scaled and then nudged one person at a
 * time so that they add up to exactly `total` without leaving their class.
 */
export function sizeSites(random: Random, classes: readonly SizeClass[], total: number): number[] {
  const sizes = classes.map((size) => rawSize(random, size));
  const min = classes.map((size) => RANGES[size][0]);
  const max = classes.map((size) => RANGES[size][1]);
  const rawTotal = sizes.reduce((sum, n) => sum + n, 0);
  for (let i = 0; i < sizes.length; i++) {
    sizes[i] = Math.min(max[i]!, Math.max(min[i]!, Math.round((sizes[i]! * total) / rawTotal)));
  }
  let residual = total - sizes.reduce((sum, n) => sum + n, 0);
  while (residual !== 0) {
    const direction = Math.sign(residual);
    const rooms = sizes.map((n, i) => (direction > 0 ? max[i]! - n : n - min[i]!));
    const totalRoom = rooms.reduce((sum, n) => sum + n, 0);
    if (totalRoom === 0) throw new RangeError(`Cannot fit ${total} persons into ${classes.length} sites.`);
    let moved = 0;
    for (let i = 0; i < sizes.length; i++) {
      const share = Math.min(rooms[i]!, Math.floor((Math.abs(residual) * rooms[i]!) / totalRoom));
      sizes[i]! += direction * share;
      moved += share;
    }
    if (moved === 0) {
      for (let i = 0; i < sizes.length && residual !== 0; i++) {
        if (rooms[i]! > 0) {
          sizes[i]! += direction;
          residual -= direction;
        }
      }
    } else {
      residual -= direction * moved;
    }
  }
  return sizes;
}

const PLACEMENT_ODDS: Record<SizeClass, [Placement, number][]> = {
  large: [
    ["urban", 0.6],
    ["town", 0.4],
  ],
  medium: [
    ["urban", 0.25],
    ["town", 0.5],
    ["central_village", 0.25],
  ],
  small: [
    ["urban", 0.02],
    ["town", 0.2],
    ["central_village", 0.78],
  ],
};

const NAME_ENDINGS: Record<Placement, readonly string[]> = {
  urban: ["安置小区", "社区", "易迁安置小区", "幸福家园"],
  town: ["安置小区", "社区", "集中安置点", "新村"],
  central_village: ["安置点", "集中安置点", "安置点", "新村安置点"],
};

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** A uniformly random point inside a county (rejection sampling in its bounding box). */
export function randomPointInCounty(
  random: Random,
  countyCode: string,
  boundaries: CountyBoundaries,
): [number, number] {
  const box = countyBox(countyCode, boundaries);
  if (!box) throw new RangeError(`No boundary for county ${countyCode}.`);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const lon = round6(random.between(box[0], box[2]));
    const lat = round6(random.between(box[1], box[3]));
    if (isInsideCounty(countyCode, lon, lat, boundaries)) return [lon, lat];
  }
  throw new RangeError(`Could not find a point inside county ${countyCode}.`);
}

/** A point near `anchor` (normal scatter of `spread` degrees) that lies inside the county. */
export function pointNear(
  random: Random,
  anchor: readonly [number, number],
  spread: number,
  countyCode: string,
  boundaries: CountyBoundaries,
): [number, number] {
  for (let attempt = 0; attempt < 200; attempt++) {
    const lon = round6(anchor[0] + random.normal() * spread);
    const lat = round6(anchor[1] + random.normal() * spread * 0.85);
    if (isInsideCounty(countyCode, lon, lat, boundaries)) return [lon, lat];
  }
  return randomPointInCounty(random, countyCode, boundaries);
}

function monthDate(random: Random, startYear: number, startMonth: number, months: number): string {
  const offset = startMonth - 1 + months;
  return isoDate(startYear + Math.floor(offset / 12), (offset % 12) + 1, random.int(1, 28));
}

function movedIn(random: Random, size: SizeClass): string | null {
  if (random.chance(0.1)) return null;
  // Most sites were occupied during the 13th Five-Year Plan's relocation drive (2016–2019); some
  // were finished in 2020, after the series starts.
  if (random.chance(size === "small" ? 0.14 : 0.1)) return monthDate(random, 2020, 1, random.int(0, 11));
  return monthDate(random, 2016, 7, random.int(0, 41));
}

function industryPlan(random: Random, size: SizeClass, laggard: boolean): [PlanLevel, string | null] {
  const odds: [PlanLevel, number][] =
    size === "small"
      ? [
          ["county", 0.35],
          ["township", 0.55],
          ["none", laggard ? 0.35 : 0.1],
        ]
      : [
          ["county", laggard ? 0.55 : 0.88],
          ["township", laggard ? 0.3 : 0.08],
          ["none", laggard ? 0.15 : 0.04],
        ];
  const level = random.weighted(odds, ([, weight]) => weight)[0];
  if (level === "none") return [level, null];
  // The policy was issued on 2019-09-16; plans follow it, mostly within the first year.
  const months = Math.floor((laggard ? 60 : 36) * random.next() ** 2.2);
  return [level, monthDate(random, 2019, 10, Math.min(months, 74))];
}

interface TownshipPools {
  urban: Township[];
  town: Township[];
  central_village: Township[];
  weight: Map<string, number>;
  anchor: Map<string, [number, number]>;
}

function townshipPools(
  county: CountyPlan,
  divisions: Divisions,
  boundaries: CountyBoundaries,
  random: Random,
): TownshipPools {
  const inCounty = divisions.townships.filter((t) => t.code.startsWith(county.code));
  const hasVillages = new Set(divisions.villages.map((v) => v.townshipCode));
  const usable = inCounty.filter((t) => hasVillages.has(t.code));
  if (usable.length === 0) throw new RangeError(`No townships with villages for county ${county.code}.`);
  const urban = usable.filter((t) => isUrbanTownship(t.name));
  const towns = usable.filter((t) => t.name.endsWith("镇") && !isUrbanTownship(t.name));
  const seat = boundaries.features.find((f) => f.id === county.code)?.properties.seat;
  const weight = new Map<string, number>();
  const anchor = new Map<string, [number, number]>();
  for (const township of usable) {
    weight.set(township.code, random.between(0.3, 3));
    // Township positions are not in the division list: towns and seats gather near the county
    // seat, other townships get an invented anchor somewhere inside the county.
    anchor.set(
      township.code,
      seat && isUrbanTownship(township.name)
        ? pointNear(random, seat, 0.02, county.code, boundaries)
        : randomPointInCounty(random, county.code, boundaries),
    );
  }
  return {
    urban: urban.length > 0 ? urban : usable.slice(0, 1),
    town: towns.length > 0 ? towns : usable,
    central_village: usable,
    weight,
    anchor,
  };
}

const SPREAD: Record<Placement, number> = { urban: 0.012, town: 0.018, central_village: 0.035 };

/** Generates the sites of one county, numbered `CCCCCC-0001` onwards, fixed (published) sites first. */
export function generateCountySites(
  county: CountyPlan,
  divisions: Divisions,
  boundaries: CountyBoundaries,
  seed: number,
): SampleSite[] {
  const random = createRandom(hashSeed(seed, "sites", county.code));
  const pools = townshipPools(county, divisions, boundaries, random);
  const villagesOf = new Map<string, string[]>();
  for (const village of divisions.villages) {
    if (!village.townshipCode.startsWith(county.code)) continue;
    const list = villagesOf.get(village.townshipCode) ?? [];
    list.push(villageShortName(village.name));
    villagesOf.set(village.townshipCode, list);
  }
  const townshipName = new Map(divisions.townships.map((t) => [t.code, t.name]));

  const fixedPersons = county.fixedSites.reduce((sum, site) => sum + site.persons, 0);
  const drawn = county.sites - county.fixedSites.length;
  const fixedLarge = county.fixedSites.filter((site) => site.persons >= 800).length;
  const large = county.large - fixedLarge;
  const classes = random.shuffle([
    ...Array<SizeClass>(large).fill("large"),
    ...Array<SizeClass>(county.medium).fill("medium"),
    ...Array<SizeClass>(drawn - large - county.medium).fill("small"),
  ]);
  const sizes = sizeSites(random, classes, county.persons - fixedPersons);

  const usedNames = new Set<string>();
  const uniqueName = (name: string) => {
    let candidate = name;
    for (let n = 2; usedNames.has(candidate); n++) candidate = `${name}${n}期`;
    usedNames.add(candidate);
    return candidate;
  };

  interface Draft {
    row: Omit<SitesRow, "site_id">;
    size: SizeClass;
    laggard: boolean;
    stem: string;
  }
  const drafts: Draft[] = [];
  for (const fixed of county.fixedSites) {
    const anchor =
      pools.anchor.get(fixed.townshipCode) ?? randomPointInCounty(random, county.code, boundaries);
    const [lon, lat] = pointNear(random, anchor, 0.005, county.code, boundaries);
    drafts.push({
      row: {
        name_zh: uniqueName(fixed.nameZh),
        name_en: fixed.nameEn,
        county_code: county.code,
        township_code: fixed.townshipCode,
        township_name: townshipName.get(fixed.townshipCode) ?? fixed.townshipCode,
        village_name: fixed.villageName,
        placement: fixed.placement,
        lat,
        lon,
        households: fixed.households,
        persons: fixed.persons,
        moved_in: fixed.movedIn,
        industry_plan_level: "county",
        industry_plan_adopted: "2019-12-20",
      },
      size: sizeClass(fixed.persons),
      laggard: false,
      stem: placeStem(fixed.villageName),
    });
  }

  const drawnDrafts: (Draft & { order: number })[] = [];
  for (const [i, size] of classes.entries()) {
    const persons = sizes[i]!;
    const placement = random.weighted(PLACEMENT_ODDS[size], ([, weight]) => weight)[0];
    const township = random.weighted(pools[placement], (t) => pools.weight.get(t.code) ?? 1);
    const villages = villagesOf.get(township.code)!;
    const preferred = villages.filter((v) =>
      placement === "central_village" ? v.endsWith("村") : v.endsWith("社区"),
    );
    const village = random.pick(preferred.length > 0 && random.chance(0.75) ? preferred : villages);
    const stem = placeStem(village);
    const laggard = random.chance(county.laggardShare);
    const [lon, lat] = pointNear(
      random,
      pools.anchor.get(township.code)!,
      SPREAD[placement],
      county.code,
      boundaries,
    );
    const personsPerHousehold = county.personsPerHousehold * random.between(0.85, 1.15);
    const households = Math.min(
      persons,
      Math.max(Math.ceil(persons / 7), Math.round(persons / personsPerHousehold)),
    );
    const [level, adopted] = industryPlan(random, size, laggard);
    const nameZh = uniqueName(`${stem}${random.pick(NAME_ENDINGS[placement])}`);
    drawnDrafts.push({
      order: i,
      row: {
        name_zh: nameZh,
        // The English name a publisher would give: the Chinese name in pinyin.
        name_en: romanise(nameZh),
        county_code: county.code,
        township_code: township.code,
        township_name: township.name,
        village_name: village,
        placement,
        lat,
        lon,
        households,
        persons,
        moved_in: movedIn(random, size),
        industry_plan_level: level,
        industry_plan_adopted: adopted,
      },
      size,
      laggard,
      stem,
    });
  }
  // Registers number sites township by township.
  drawnDrafts.sort((a, b) =>
    a.row.township_code < b.row.township_code
      ? -1
      : a.row.township_code > b.row.township_code
        ? 1
        : a.order - b.order,
  );

  return [...drafts, ...drawnDrafts].map((draft, i) => ({
    row: { site_id: `${county.code}-${String(i + 1).padStart(4, "0")}`, ...draft.row },
    size: draft.size,
    laggard: draft.laggard,
    stem: draft.stem,
    county,
  }));
}
