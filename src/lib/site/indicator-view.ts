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

/** The city's headline figure of one indicator. */
export function headline(meta: IndicatorMeta, values: ValueIndex): Headline {
  const series = values.series(meta.id, "city", CITY_CODE);
  const latest = series.at(-1);
  const stepBack = meta.periodKind === "quarter" ? 4 : 1;
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
  counties: PlaceRow[];
  /** Every county's series, for the county-by-period table. */
  countySeries: { code: string; name: { zh: string; en: string }; series: readonly IndicatorValue[] }[];
  /** Sites at the latest period: behind first, then without data, then met; only sites with a row. */
  sites: PlaceRow[];
}

/** Prepares an indicator's page. */
export function indicatorPage(meta: IndicatorMeta, values: ValueIndex, places: Places): IndicatorPage {
  const latestPeriod = values.latestPeriod(meta.id);
  const counties = places.counties.map<PlaceRow>((county) => ({
    code: county.code,
    name: county.name,
    value: latestPeriod ? values.at(meta.id, "county", county.code, latestPeriod) : undefined,
    href: `/counties/${county.code}/`,
  }));
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
  };
}

/** How many places are in each status, for a one-line summary ("312 behind, 1,700 met"). */
export function statusCounts(rows: readonly PlaceRow[]): Record<Status, number> {
  const counts: Record<Status, number> = { met: 0, behind: 0, "no-target": 0, "no-data": 0 };
  for (const row of rows) if (row.value) counts[row.value.status] += 1;
  return counts;
}
