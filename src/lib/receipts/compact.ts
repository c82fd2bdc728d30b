/**
 * The published values of one indicator in columns (`/verify/values/<id>.json`): small enough
 * for a browser, unlike the full indicators file. The verify and receipt pages compare against it.
 */
import {
  compareValues,
  sameFigure,
  type Comparison,
  type IndicatorValue,
  type Level,
  type Status,
} from "../indicators/index.ts";
import { fieldsOf, valueFields, type ValueFields } from "../indicators/store.ts";

/** Levels and statuses by number, as the columns store them. */
export const COMPACT_LEVELS: readonly Level[] = ["city", "county", "township", "site"];
export const COMPACT_STATUSES: readonly Status[] = ["met", "behind", "no-target", "no-data"];

/**
 * One indicator's values, one array entry per value in published order. `level`, `code` and
 * `period` are positions in `COMPACT_LEVELS`, `codes` and `periods`; `reporting` and `expected`
 * are null for indicators not built from sites. The share is not stored: it is numerator ÷
 * denominator, null when the denominator is 0.
 */
export interface CompactValues {
  indicator: string;
  target: number | null;
  codes: string[];
  periods: string[];
  level: number[];
  code: number[];
  period: number[];
  numerator: number[];
  denominator: number[];
  status: number[];
  reporting: number[] | null;
  expected: number[] | null;
}

function numbering(): { list: string[]; of: (text: string) => number } {
  const list: string[] = [];
  const seen = new Map<string, number>();
  return {
    list,
    of: (text) => {
      let n = seen.get(text);
      if (n === undefined) {
        n = list.length;
        seen.set(text, n);
        list.push(text);
      }
      return n;
    },
  };
}

/** The columns of one indicator's values (all of the same indicator, in published order). */
export function compactValues(
  indicator: string,
  target: number | null,
  values: Iterable<IndicatorValue>,
): CompactValues {
  return compactFields(indicator, target, readFields(values));
}

/** Each value's fields, read into one object (see `ValueStore.fieldsOfIndicator`). */
function* readFields(values: Iterable<IndicatorValue>): Generator<ValueFields> {
  const fields = valueFields();
  for (const v of values) yield fieldsOf(v, fields);
}

const LEVEL_NUMBER = new Map(COMPACT_LEVELS.map((level, i) => [level, i]));
const STATUS_NUMBER = new Map(COMPACT_STATUSES.map((status, i) => [status, i]));

/**
 * `compactValues` from the values' fields, each read into an object the caller may reuse (a
 * store's `fieldsOfIndicator`); `count`, when known, is how many there are. At national scale the
 * verify files hold 14.7 million values: pushed one by one, the columns' arrays grew and were
 * copied until filling them was most of the 34 s of CPU these files took; made at their size
 * they fill in less than half the time (the JSON is the same, tested).
 */
export function compactFields(
  indicator: string,
  target: number | null,
  values: Iterable<ValueFields>,
  count = 0,
): CompactValues {
  const codes = numbering();
  const periods = numbering();
  const column = (): number[] => new Array<number>(count);
  const level = column();
  const code = column();
  const period = column();
  const numerator = column();
  const denominator = column();
  const status = column();
  const reporting = column();
  const expected = column();
  let fromSites = true;
  // Written by position: past `count` an array grows as with push.
  let i = 0;
  for (const v of values) {
    level[i] = LEVEL_NUMBER.get(v.level)!;
    code[i] = codes.of(v.code);
    period[i] = periods.of(v.period);
    numerator[i] = v.numerator;
    denominator[i] = v.denominator;
    status[i] = STATUS_NUMBER.get(v.status)!;
    if (v.reporting === null) fromSites = false;
    else {
      reporting[i] = v.reporting;
      expected[i] = v.expected;
    }
    i++;
  }
  // Fewer values than counted: the columns end at the last one.
  for (const list of [level, code, period, numerator, denominator, status, reporting, expected])
    list.length = i;
  return {
    indicator,
    target,
    codes: codes.list,
    periods: periods.list,
    level,
    code,
    period,
    numerator,
    denominator,
    status,
    reporting: fromSites ? reporting : null,
    expected: fromSites ? expected : null,
  };
}

/** The value at position `i` of the columns, as the engine shapes it (without `reason`). */
export function compactValueAt(c: CompactValues, i: number): IndicatorValue {
  const numerator = c.numerator[i]!;
  const denominator = c.denominator[i]!;
  return {
    indicator: c.indicator,
    level: COMPACT_LEVELS[c.level[i]!]!,
    code: c.codes[c.code[i]!]!,
    period: c.periods[c.period[i]!]!,
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
    target: c.target,
    status: COMPACT_STATUSES[c.status[i]!]!,
    reporting: c.reporting && c.expected ? { reporting: c.reporting[i]!, expected: c.expected[i]! } : null,
  };
}

/** Every value of the columns, in their order. */
export function* expandValues(c: CompactValues): Generator<IndicatorValue> {
  for (let i = 0; i < c.level.length; i++) yield compactValueAt(c, i);
}

/** Position of a figure in the columns, or -1 when it is not published. */
export function findCompact(c: CompactValues, level: Level, code: string, period: string): number {
  const l = COMPACT_LEVELS.indexOf(level);
  const k = c.codes.indexOf(code);
  const p = c.periods.indexOf(period);
  if (l < 0 || k < 0 || p < 0) return -1;
  for (let i = 0; i < c.level.length; i++) {
    if (c.code[i] === k && c.period[i] === p && c.level[i] === l) return i;
  }
  return -1;
}

/**
 * Compares published columns with recomputed values: the same result as `compareValues`, but
 * when both sides list the same figures in the same order (the usual case) it walks them side by
 * side instead of building a key for each of some 50,000 figures.
 */
export function compareCompact(published: CompactValues, recomputed: readonly IndicatorValue[]): Comparison {
  const n = published.level.length;
  if (n !== recomputed.length) return compareValues(expandValues(published), recomputed);
  const levels = published.level.map((l) => COMPACT_LEVELS[l]);
  let matched = 0;
  const mismatches: Comparison["mismatches"] = [];
  for (let i = 0; i < n; i++) {
    const ours = recomputed[i]!;
    if (
      ours.level !== levels[i] ||
      ours.code !== published.codes[published.code[i]!] ||
      ours.period !== published.periods[published.period[i]!] ||
      ours.indicator !== published.indicator
    ) {
      return compareValues(expandValues(published), recomputed);
    }
    const numerator = published.numerator[i]!;
    const denominator = published.denominator[i]!;
    // The quick test first; only a figure that fails it gets the full comparison.
    if (
      ours.numerator === numerator &&
      ours.denominator === denominator &&
      ours.status === COMPACT_STATUSES[published.status[i]!] &&
      ours.value === (denominator === 0 ? null : numerator / denominator)
    ) {
      matched++;
      continue;
    }
    const theirs = compactValueAt(published, i);
    if (sameFigure(theirs, ours)) {
      matched++;
      continue;
    }
    const figure = (v: IndicatorValue) => ({
      numerator: v.numerator,
      denominator: v.denominator,
      value: v.value,
      status: v.status,
    });
    mismatches.push({
      indicator: ours.indicator,
      level: ours.level,
      code: ours.code,
      period: ours.period,
      published: figure(theirs),
      recomputed: figure(ours),
    });
  }
  return { checked: n, matched, mismatches };
}
