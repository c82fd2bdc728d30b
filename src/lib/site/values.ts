/**
 * Looking up published values by indicator, place and period, for the pages. Built once per
 * build over the value store (src/lib/indicators/store.ts); pure.
 */
import { isValueStore, ValueStore } from "../indicators/store.ts";
import { LEVELS, type IndicatorValue, type Level } from "../indicators/types.ts";

/** Published values grouped by indicator and place, each series ordered by period. */
export interface ValueIndex {
  /** The series of one indicator at one place, oldest period first (empty when none). */
  series(indicator: string, level: Level, code: string): readonly IndicatorValue[];
  /** Whether one indicator has any value at one place. */
  has(indicator: string, level: Level, code: string): boolean;
  /** The value of one indicator at one place in one period, or undefined. */
  at(indicator: string, level: Level, code: string, period: string): IndicatorValue | undefined;
  /** The latest period an indicator has values for (quarters or years). */
  latestPeriod(indicator: string): string | undefined;
  /** Every period an indicator has values for, oldest first. */
  periods(indicator: string): readonly string[];
}

const indexed = new WeakMap<object, ValueIndex>();

/**
 * Indexes the computed values (once per store or array: several page helpers ask for the same
 * index). An array, as tests and the browser have, is put in a store first.
 */
export function indexValues(values: ValueStore | readonly IndicatorValue[]): ValueIndex {
  let index = indexed.get(values);
  if (index === undefined) {
    index = buildValueIndex(isValueStore(values) ? values : ValueStore.from(values));
    indexed.set(values, index);
  }
  return index;
}

// Periods ("2021Q3", "2021") order by their characters; localeCompare was slower and no different.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The positions of one series' values in the store: one run `start`…`end - 1`, or a list. */
type Positions = { start: number; end: number } | number[];

const positionList = (p: Positions): readonly number[] =>
  Array.isArray(p) ? p : Array.from({ length: p.end - p.start }, (_, k) => p.start + k);

/**
 * A series is the positions of its values in the store, oldest period first. Compute adds each
 * series' values together and in period order, so a series is one run of positions, kept as
 * its two ends; values added in any other order (tests, hand-made arrays) are kept as a sorted
 * list of positions.
 */
function buildValueIndex(store: ValueStore): ValueIndex {
  // Per indicator and level (indicator × 4 + level), the series of each code.
  const series = new Map<number, Map<number, Positions>>();
  const periodsOf = new Map<number, Set<string>>();
  let run: { start: number; end: number } | null = null;
  let runKey = -1;
  let runCode = -1;
  for (let i = 0; i < store.length; i++) {
    const indicator = store.indicatorNumberAt(i);
    const family = indicator * LEVELS.length + store.levelNumberAt(i);
    const code = store.codeNumberAt(i);
    let periods = periodsOf.get(indicator);
    if (!periods) periodsOf.set(indicator, (periods = new Set()));
    const period = store.periodAt(i);
    periods.add(period);
    // The next value of the series before, in period order: nearly every value.
    if (
      run !== null &&
      family === runKey &&
      code === runCode &&
      run.end === i &&
      byText(store.periodAt(i - 1), period) < 0
    ) {
      run.end = i + 1;
      continue;
    }
    let codes = series.get(family);
    if (!codes) series.set(family, (codes = new Map<number, Positions>()));
    const known = codes.get(code);
    if (known === undefined) {
      run = { start: i, end: i + 1 };
      codes.set(code, run);
    } else {
      // Met again after other series, or out of period order: a list, sorted below.
      if (Array.isArray(known)) known.push(i);
      else codes.set(code, [...positionList(known), i]);
      run = null;
    }
    runKey = family;
    runCode = code;
  }
  for (const codes of series.values())
    for (const positions of codes.values())
      if (Array.isArray(positions))
        positions.sort((a, b) => byText(store.periodAt(a), store.periodAt(b)) || a - b);
  const found = (indicator: string, level: Level, code: string): Positions | undefined => {
    const i = store.numberOf("indicator", indicator);
    const l = store.numberOf("level", level);
    const c = store.numberOf("code", code);
    if (i === undefined || l === undefined || c === undefined) return undefined;
    return series.get(i * LEVELS.length + l)?.get(c);
  };
  const positionsOf = (indicator: string, level: Level, code: string): readonly number[] => {
    const positions = found(indicator, level, code);
    return positions === undefined ? [] : positionList(positions);
  };
  // The position of one period in a series, read in place: notices ask this of every site twice
  // per indicator, and a list of positions made for each ask was most of their time.
  const positionAt = (positions: Positions, period: string): number | undefined => {
    if (Array.isArray(positions)) return positions.find((i) => store.periodAt(i) === period);
    for (let i = positions.start; i < positions.end; i++) if (store.periodAt(i) === period) return i;
    return undefined;
  };
  const sortedPeriods = new Map<string, string[]>();
  for (const [i, set] of periodsOf) sortedPeriods.set(store.textOf("indicator", i), [...set].sort(byText));
  return {
    series: (indicator, level, code) => positionsOf(indicator, level, code).map((i) => store.at(i)),
    has: (indicator, level, code) => found(indicator, level, code) !== undefined,
    at: (indicator, level, code, period) => {
      const positions = found(indicator, level, code);
      const i = positions === undefined ? undefined : positionAt(positions, period);
      return i === undefined ? undefined : store.at(i);
    },
    latestPeriod: (indicator) => sortedPeriods.get(indicator)?.at(-1),
    periods: (indicator) => sortedPeriods.get(indicator) ?? [],
  };
}
