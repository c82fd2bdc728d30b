/**
 * The map's data files, packed in columns so that tens of thousands of sites load quickly:
 * `/map/points.json` (every site once: id, names, position, county, size, placement) and one small
 * `/map/status/<indicator>/<period>.json` per indicator and period (each site's status and value),
 * fetched only when that view is chosen.
 */
import { sizeClass, type SizeClass } from "../indicators/scope.ts";
import type { IndicatorMeta, IndicatorValue } from "../indicators/types.ts";
import type { Placement, SitesRow } from "../schema/sites.ts";
import type { Bilingual } from "../i18n/index.ts";
import { STATUS_CODES } from "./style.ts";
import type { MapState } from "./state.ts";

/** One indicator as the map offers it. */
export interface MapIndicator {
  id: string;
  title: Bilingual;
  /** Periods with values, oldest first (quarters, or years for `priority-fund-share`). */
  periods: string[];
  /** Whether values are published per site (else only counties can be shown). */
  sites: boolean;
}

/** Every site in columns: entry `i` of each array (or character `i` of each string) is site `i`. */
export interface MapPoints {
  /** Format version, raised when the layout changes. */
  version: 1;
  counties: { code: string; name: Bilingual }[];
  indicators: MapIndicator[];
  ids: string[];
  nameZh: string[];
  /** English names; "" where the data gives none (the Chinese name is shown then). */
  nameEn: string[];
  /** WGS-84 latitude and longitude in degrees, rounded to 5 decimals (about a metre). */
  lat: number[];
  lon: number[];
  /** Index into `counties`. */
  county: number[];
  persons: number[];
  /** One character a site: `l` large, `m` medium, `s` small. */
  size: string;
  /** One character a site: `u` urban, `t` town, `c` central village. */
  placement: string;
}

/**
 * `/map/points.json` as sent: `MapPoints` with each coordinate column written as whole
 * hundred-thousandths of a degree, each the difference from the site before (sites of a county
 * lie near each other, so the differences are short and gzip well: a third less at 35,000 sites).
 */
export type WirePoints = Omit<MapPoints, "version"> & { version: 2 };

/** The points as `/map/points.json` sends them. */
export function toWire(points: MapPoints): WirePoints {
  const deltas = (column: readonly number[]) => {
    let previous = 0;
    return column.map((value) => {
      const whole = Math.round(value * 1e5);
      const delta = whole - previous;
      previous = whole;
      return delta;
    });
  };
  return { ...points, version: 2, lat: deltas(points.lat), lon: deltas(points.lon) };
}

/** The points from `/map/points.json`, coordinates back in degrees. */
export function fromWire(wire: WirePoints): MapPoints {
  const sums = (column: readonly number[]) => {
    let whole = 0;
    return column.map((delta) => {
      whole += delta;
      return whole / 1e5;
    });
  };
  return { ...wire, version: 1, lat: sums(wire.lat), lon: sums(wire.lon) };
}

/** One indicator in one period: every site's and county's status and value. */
export interface MapStatusFile {
  indicator: string;
  period: string;
  /** One status character a site, in `MapPoints` order (see `STATUS_CODES`). */
  sites: string;
  /** Each site's value in thousandths (845 = 84.5%), exactly as the site rounds it; null for none. */
  siteValues: (number | null)[];
  /** One status character a county, in `MapPoints.counties` order. */
  counties: string;
  countyValues: (number | null)[];
}

/** Size and placement as single characters, and back. */
export const SIZE_CODES: Record<SizeClass, string> = { large: "l", medium: "m", small: "s" };
export const PLACEMENT_CODES: Record<Placement, string> = { urban: "u", town: "t", central_village: "c" };

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** A share (0–1) in thousandths, as the site shows it with one decimal; null stays null. */
export function perMille(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000);
}

/**
 * Packs the sites (in the given order: the status files use the same) with their counties and the
 * indicators the map offers.
 */
export function packPoints(
  sites: readonly SitesRow[],
  counties: readonly { code: string; name: Bilingual }[],
  indicators: readonly MapIndicator[],
): MapPoints {
  const countyIndex = new Map(counties.map((county, i) => [county.code, i]));
  return {
    version: 1,
    counties: counties.map(({ code, name }) => ({ code, name })),
    indicators: [...indicators],
    ids: sites.map((site) => site.site_id),
    nameZh: sites.map((site) => site.name_zh),
    nameEn: sites.map((site) => site.name_en ?? ""),
    lat: sites.map((site) => round5(site.lat)),
    lon: sites.map((site) => round5(site.lon)),
    county: sites.map((site) => countyIndex.get(site.county_code) ?? -1),
    persons: sites.map((site) => site.persons),
    size: sites.map((site) => SIZE_CODES[sizeClass(site.persons)]).join(""),
    placement: sites.map((site) => PLACEMENT_CODES[site.placement]).join(""),
  };
}

/** The indicators the map offers, with the periods each has values for. */
export function mapIndicators(
  metas: readonly Pick<IndicatorMeta, "id" | "title" | "levels">[],
  periodsOf: (id: string) => readonly string[],
): MapIndicator[] {
  return metas
    .filter((meta) => meta.levels.includes("site") || meta.levels.includes("county"))
    .map((meta) => ({
      id: meta.id,
      title: meta.title,
      periods: [...periodsOf(meta.id)],
      sites: meta.levels.includes("site"),
    }))
    .filter((indicator) => indicator.periods.length > 0);
}

/**
 * Packs the site and county values into one status file per indicator and period, keyed
 * `indicator/period`. A site or county without a published value is `not-applicable` with a null value.
 */
export function packStatusFiles(
  values: Iterable<Pick<IndicatorValue, "indicator" | "level" | "code" | "period" | "value" | "status">>,
  siteIds: readonly string[],
  countyCodes: readonly string[],
): Map<string, MapStatusFile> {
  const siteIndex = new Map(siteIds.map((id, i) => [id, i]));
  const countyIndex = new Map(countyCodes.map((code, i) => [code, i]));
  const building = new Map<string, { file: MapStatusFile; sites: string[]; counties: string[] }>();
  const open = (indicator: string, period: string) => {
    const key = `${indicator}/${period}`;
    let entry = building.get(key);
    if (!entry) {
      entry = {
        file: {
          indicator,
          period,
          sites: "",
          siteValues: siteIds.map(() => null),
          counties: "",
          countyValues: countyCodes.map(() => null),
        },
        sites: siteIds.map(() => STATUS_CODES["not-applicable"]),
        counties: countyCodes.map(() => STATUS_CODES["not-applicable"]),
      };
      building.set(key, entry);
    }
    return entry;
  };
  for (const value of values) {
    if (value.level === "site") {
      const i = siteIndex.get(value.code);
      if (i === undefined) continue;
      const entry = open(value.indicator, value.period);
      entry.sites[i] = STATUS_CODES[value.status];
      entry.file.siteValues[i] = perMille(value.value);
    } else if (value.level === "county") {
      const i = countyIndex.get(value.code);
      if (i === undefined) continue;
      const entry = open(value.indicator, value.period);
      entry.counties[i] = STATUS_CODES[value.status];
      entry.file.countyValues[i] = perMille(value.value);
    }
  }
  const files = new Map<string, MapStatusFile>();
  for (const [key, entry] of building) {
    files.set(key, { ...entry.file, sites: entry.sites.join(""), counties: entry.counties.join("") });
  }
  return files;
}

/** Indices of the sites that match the state's county, size and placement filters, in order. */
export function matchingSites(
  points: MapPoints,
  state: Pick<MapState, "county" | "size" | "placement">,
): number[] {
  const county = state.county === null ? -1 : points.counties.findIndex((c) => c.code === state.county);
  if (state.county !== null && county === -1) return [];
  const size = state.size === null ? null : SIZE_CODES[state.size];
  const placement = state.placement === null ? null : PLACEMENT_CODES[state.placement];
  const matches: number[] = [];
  for (let i = 0; i < points.ids.length; i++) {
    if (county !== -1 && points.county[i] !== county) continue;
    if (size !== null && points.size[i] !== size) continue;
    if (placement !== null && points.placement[i] !== placement) continue;
    matches.push(i);
  }
  return matches;
}
