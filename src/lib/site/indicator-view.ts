/**
 * What the indicator pages, the home page and the policy page show about each indicator: its
 * metadata, the city's trend, the counties compared and the sites behind the figure. Pure.
 */
import { describeIndicator, REGISTRY, type Registry } from "../indicators/registry.ts";
import type { IndicatorMeta, IndicatorValue, Status } from "../indicators/types.ts";
import { CITY_CODE } from "../indicators/types.ts";
import type { Places } from "./places.ts";
import type { ValueIndex } from "./values.ts";

/** An indicator's latest city figure with its trend, for cards and the policy page. */
export interface Headline {
  meta: IndicatorMeta;
  latest: IndicatorValue | undefined;
  /** The value a year (four quarters, or one year) before the latest, for "change over a year". */
  yearBefore: IndicatorValue | undefined;
  series: readonly IndicatorValue[];
}

/** How many of an indicator's periods make a year: "change over a year" looks this far back. */
export function periodsInAYear(meta: Pick<IndicatorMeta, "periodKind">): number {
  return meta.periodKind === "quarter" ? 4 : 1;
}

/** The city's headline figure of one indicator. */
export function headline(meta: IndicatorMeta, values: ValueIndex): Headline {
  const series = values.series(meta.id, "city", CITY_CODE);
  const latest = series.at(-1);
  const stepBack = periodsInAYear(meta);
  return { meta, latest, yearBefore: series.at(-1 - stepBack), series };
}

/** Every indicator's headline, in the registry's order. */
export function headlines(values: ValueIndex, registry: Registry<string> = REGISTRY): Headline[] {
  return registry.indicators.map((indicator) => headline(describeIndicator(indicator), values));
}

/** One row of a comparison table: a place and its value at a period. */
export interface PlaceRow {
  code: string;
  name: { zh: string; en: string };
  /** The county's code, for sites and townships. */
  countyCode?: string;
  value: IndicatorValue | undefined;
  href: string;
}

// Behind first, then no data, then met: the places that need attention lead the table.
const STATUS_ORDER: Record<Status, number> = { behind: 0, "no-data": 1, "no-target": 2, met: 3 };

/** Everything one indicator's page shows. */
export interface IndicatorPage {
  meta: IndicatorMeta;
  city: readonly IndicatorValue[];
  periods: readonly string[];
  latestPeriod: string | undefined;
  /** Counties at the latest period, ranked: nearest the target's side first, without a value last. */
  counties: PlaceRow[];
  /** Every county's series, for the county-by-period table. */
  countySeries: { code: string; name: { zh: string; en: string }; series: readonly IndicatorValue[] }[];
  /** Sites at the latest period: behind first, then without data, then met; only sites with a row. */
  sites: PlaceRow[];
  /** The sites furthest behind the target at the latest period, at most `FURTHEST_BEHIND`. */
  furthestBehind: PlaceRow[];
}

/** How many of the sites furthest behind an indicator's page names. */
export const FURTHEST_BEHIND = 10;

/**
 * Orders places by value, best first (or worst first): best is highest, or lowest when the target
 * is a ceiling ("at most"); places without a value last; ties by code, so the order is stable.
 */
export function rankPlaces(
  rows: readonly PlaceRow[],
  meta: Pick<IndicatorMeta, "target">,
  order: "best-first" | "worst-first" = "best-first",
): PlaceRow[] {
  const sign = (meta.target.kind === "at-most" ? 1 : -1) * (order === "best-first" ? 1 : -1);
  return [...rows].sort((a, b) => {
    const av = a.value?.value ?? null;
    const bv = b.value?.value ?? null;
    if (av === null || bv === null)
      return (av === null ? 1 : 0) - (bv === null ? 1 : 0) || a.code.localeCompare(b.code);
    return sign * (av - bv) || a.code.localeCompare(b.code);
  });
}

/** Prepares an indicator's page. */
export function indicatorPage(meta: IndicatorMeta, values: ValueIndex, places: Places): IndicatorPage {
  const latestPeriod = values.latestPeriod(meta.id);
  const counties = rankPlaces(
    places.counties.map<PlaceRow>((county) => ({
      code: county.code,
      name: county.name,
      value: latestPeriod ? values.at(meta.id, "county", county.code, latestPeriod) : undefined,
      href: `/counties/${county.code}/`,
    })),
    meta,
  );
  const sites: PlaceRow[] = [];
  if (latestPeriod && meta.levels.includes("site")) {
    for (const site of places.sites) {
      const value = values.at(meta.id, "site", site.site_id, latestPeriod);
      if (!value) continue;
      sites.push({
        code: site.site_id,
        name: { zh: site.name_zh, en: site.name_en ?? site.name_zh },
        countyCode: site.county_code,
        value,
        href: `/sites/${site.site_id}/`,
      });
    }
    sites.sort(
      (a, b) => STATUS_ORDER[a.value!.status] - STATUS_ORDER[b.value!.status] || a.code.localeCompare(b.code),
    );
  }
  return {
    meta,
    city: values.series(meta.id, "city", CITY_CODE),
    periods: values.periods(meta.id),
    latestPeriod,
    counties,
    countySeries: places.counties.map((county) => ({
      code: county.code,
      name: county.name,
      series: values.series(meta.id, "county", county.code),
    })),
    sites,
    furthestBehind: rankPlaces(
      sites.filter((row) => row.value?.status === "behind"),
      meta,
      "worst-first",
    ).slice(0, FURTHEST_BEHIND),
  };
}

/** How many places are in each status, for a one-line summary ("312 behind, 1,700 met"). */
export function statusCounts(rows: readonly PlaceRow[]): Record<Status, number> {
  const counts: Record<Status, number> = { met: 0, behind: 0, "no-target": 0, "no-data": 0 };
  for (const row of rows) if (row.value) counts[row.value.status] += 1;
  return counts;
}
