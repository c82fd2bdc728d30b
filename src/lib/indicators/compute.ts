/** Computes every indicator of a dataset, for every place and period, in the published order. */
import type { Dataset } from "../schema/index.ts";
import {
  addSiteIndicatorValues,
  indexSites,
  type Indicator,
  type SiteIndex,
  type SiteIndicator,
} from "./core.ts";
import { INDICATORS } from "./registry.ts";
import { ValueStore } from "./store.ts";
import type { IndicatorValue } from "./types.ts";

/** The most values a site indicator can have: the city's, every county's, township's and site's in every quarter. */
function mostValuesOf(index: SiteIndex): number {
  return (1 + index.counties.length + index.townships.length + index.sites.length) * index.periods.length;
}

/**
 * Every value of a site-based indicator as objects, in published order: summed into a store of
 * its own (44 bytes a value), then made one at a time as they are asked for, as `ValueStore.at`
 * makes them (the same fields as `valueOf`, tested), so that `anju compute` never holds more
 * than one indicator's values, and those in columns.
 */
export function* siteIndicatorValues(indicator: SiteIndicator, index: SiteIndex): Generator<IndicatorValue> {
  const store = new ValueStore();
  store.reserve(mostValuesOf(index));
  addSiteIndicatorValues(store, indicator, index);
  yield* store;
}

/** Every value of one indicator, from an index of the sites made once for all indicators. */
export function valuesOf(indicator: Indicator, dataset: Dataset, index: SiteIndex): Iterable<IndicatorValue> {
  return indicator.kind === "site" ? siteIndicatorValues(indicator, index) : indicator.values(dataset, index);
}

/**
 * Every value, one at a time, ordered by indicator (the registry's order), level (city, county, township,
 * site), code and period. Lazy, so a national-scale dataset never holds all values at once.
 */
export function* indicatorValues(
  dataset: Dataset,
  indicators: readonly Indicator[] = INDICATORS,
): Generator<IndicatorValue> {
  const index = indexSites(dataset);
  for (const indicator of indicators) yield* valuesOf(indicator, dataset, index);
}

/**
 * Every value in a column store (for the site build: a national dataset publishes 14.7 million
 * values, too many to keep as objects). A site indicator's values go into the store from their
 * sums without being made as objects; the few of the other indicators are copied in one by one.
 */
export function computeValueStore(
  dataset: Dataset,
  indicators: readonly Indicator[] = INDICATORS,
): ValueStore {
  const store = new ValueStore();
  const index = indexSites(dataset);
  // Room for every value the site indicators can have, at once.
  store.reserve(indicators.filter((indicator) => indicator.kind === "site").length * mostValuesOf(index));
  for (const indicator of indicators) {
    if (indicator.kind === "site") addSiteIndicatorValues(store, indicator, index);
    else for (const value of indicator.values(dataset, index)) store.add(value);
  }
  return store;
}

/** Every value as an array (for the browser and tests, where datasets are city-sized). */
export function computeIndicators(
  dataset: Dataset,
  indicators: readonly Indicator[] = INDICATORS,
): IndicatorValue[] {
  return [...indicatorValues(dataset, indicators)];
}
