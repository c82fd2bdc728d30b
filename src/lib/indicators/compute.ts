/** Computes every indicator of a dataset, for every place and period, in the published order. */
import type { Dataset } from "../schema/index.ts";
import { addSiteIndicatorValues, indexSites, type Indicator, type SiteIndex } from "./core.ts";
import { INDICATORS } from "./registry.ts";
import { ValueStore, type Values } from "./store.ts";
import type { IndicatorValue } from "./types.ts";

/** The most values a site indicator can have: the city's, every county's, township's and site's in every quarter. */
function mostValuesOf(index: SiteIndex): number {
  return (1 + index.counties.length + index.townships.length + index.sites.length) * index.periods.length;
}

/**
 * Every value of one indicator, from an index of the sites made once for all indicators. A
 * site-based indicator's are summed straight into a store (44 bytes a value, no objects): `store`
 * when given, emptied first, or a new one.
 */
export function valuesOf(
  indicator: Indicator,
  dataset: Dataset,
  index: SiteIndex,
  store = new ValueStore(),
): Values {
  if (indicator.kind !== "site") return [...indicator.values(dataset, index)];
  store.clear();
  store.reserve(mostValuesOf(index));
  addSiteIndicatorValues(store, indicator, index);
  return store;
}

/**
 * Every value, an indicator at a time (the registry's order), each ordered by level (city,
 * county, township, site), code and period: a store for a site-based indicator, an array for the
 * others (a few hundred values). Lazy, so that `anju compute` never holds more than one
 * indicator's values, and those in columns, even at national scale. The site indicators share
 * one store: a part is valid until the next is asked for.
 */
export function* indicatorValueParts(
  dataset: Dataset,
  indicators: readonly Indicator[] = INDICATORS,
): Generator<Values> {
  const index = indexSites(dataset);
  const store = new ValueStore();
  for (const indicator of indicators) yield valuesOf(indicator, dataset, index, store);
}

/** Every value, one at a time, in the published order of `indicatorValueParts`. */
export function* indicatorValues(
  dataset: Dataset,
  indicators: readonly Indicator[] = INDICATORS,
): Generator<IndicatorValue> {
  for (const part of indicatorValueParts(dataset, indicators)) yield* part;
}

/**
 * Every value in a column store (for the site build: a national dataset publishes 14.7 million
 * values, too many to keep as objects). A site indicator's values go into the store from their
 * sums without being made as objects; the few of the other indicators are copied in one by one.
 * With `sharedMemory`, the store can be handed to worker threads (`ValueStore.shared`).
 */
export function computeValueStore(
  dataset: Dataset,
  indicators: readonly Indicator[] = INDICATORS,
  options: { sharedMemory?: boolean } = {},
): ValueStore {
  const store = new ValueStore(options);
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
