/**
 * Looking up published values by indicator, place and period, for the pages. Built once per
 * build from the computed values; pure.
 */
import type { IndicatorValue, Level } from "../indicators/types.ts";

/** Published values grouped by indicator and place, each series ordered by period. */
export interface ValueIndex {
  /** The series of one indicator at one place, oldest period first (empty when none). */
  series(indicator: string, level: Level, code: string): readonly IndicatorValue[];
  /** The value of one indicator at one place in one period, or undefined. */
  at(indicator: string, level: Level, code: string, period: string): IndicatorValue | undefined;
  /** The latest period an indicator has values for (quarters or years). */
  latestPeriod(indicator: string): string | undefined;
  /** Every period an indicator has values for, oldest first. */
  periods(indicator: string): readonly string[];
}

const key = (indicator: string, level: Level, code: string) => `${indicator}|${level}|${code}`;

const indexed = new WeakMap<readonly IndicatorValue[], ValueIndex>();

/** Indexes the computed values (once per array: several page helpers ask for the same index). */
export function indexValues(values: readonly IndicatorValue[]): ValueIndex {
  let index = indexed.get(values);
  if (index === undefined) indexed.set(values, (index = buildValueIndex(values)));
  return index;
}

function buildValueIndex(values: readonly IndicatorValue[]): ValueIndex {
  const bySeries = new Map<string, IndicatorValue[]>();
  const periodsOf = new Map<string, Set<string>>();
  for (const value of values) {
    const k = key(value.indicator, value.level, value.code);
    let list = bySeries.get(k);
    if (!list) bySeries.set(k, (list = []));
    list.push(value);
    let periods = periodsOf.get(value.indicator);
    if (!periods) periodsOf.set(value.indicator, (periods = new Set()));
    periods.add(value.period);
  }
  // Periods ("2021Q3", "2021") order by their characters; localeCompare was slower and no different.
  for (const list of bySeries.values())
    list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const sortedPeriods = new Map([...periodsOf].map(([id, set]) => [id, [...set].sort()]));
  return {
    series: (indicator, level, code) => bySeries.get(key(indicator, level, code)) ?? [],
    at: (indicator, level, code, period) =>
      bySeries.get(key(indicator, level, code))?.find((value) => value.period === period),
    latestPeriod: (indicator) => sortedPeriods.get(indicator)?.at(-1),
    periods: (indicator) => sortedPeriods.get(indicator) ?? [],
  };
}
