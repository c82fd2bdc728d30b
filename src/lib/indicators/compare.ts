/**
 * Compares published figures with recomputed ones, figure by figure: the core of `anju verify`
 * and of the browser's verify page.
 */
import type { IndicatorValue } from "./types.ts";
import type { InputFileHash } from "./document.ts";

/** The parts of a value that must agree. */
export type Figure = Pick<IndicatorValue, "numerator" | "denominator" | "value" | "status">;

/** A figure that differs, or exists on one side only (the other side null). */
export interface Mismatch {
  indicator: string;
  level: string;
  code: string;
  period: string;
  published: Figure | null;
  recomputed: Figure | null;
}

/** What a comparison found: figures checked, figures that match, and every mismatch in published order. */
export interface Comparison {
  checked: number;
  matched: number;
  mismatches: Mismatch[];
}

/** An input file whose hash differs, or that exists on one side only. */
export interface InputDifference {
  name: string;
  published: string | null;
  recomputed: string | null;
}

const keyOf = (v: Pick<IndicatorValue, "indicator" | "level" | "code" | "period">) =>
  `${v.indicator}\u0000${v.level}\u0000${v.code}\u0000${v.period}`;

const figure = (v: Figure): Figure => ({
  numerator: v.numerator,
  denominator: v.denominator,
  value: v.value,
  status: v.status,
});

// Shares agree when equal to 12 significant digits: another implementation may divide differently.
function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two figures agree: counts exactly, shares to 12 significant digits, and the status. */
export function sameFigure(a: Figure, b: Figure): boolean {
  return (
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    sameValue(a.value, b.value) &&
    a.status === b.status
  );
}

/**
 * Compares every published value with the recomputed values. A figure published but not
 * recomputed, or recomputed but not published, is a mismatch too.
 */
export function compareValues(
  published: Iterable<IndicatorValue>,
  recomputed: Iterable<IndicatorValue>,
): Comparison {
  const pending = new Map<string, IndicatorValue>();
  for (const value of published) pending.set(keyOf(value), value);
  const mismatches: Mismatch[] = [];
  let checked = 0;
  let matched = 0;
  for (const value of recomputed) {
    const key = keyOf(value);
    const other = pending.get(key);
    pending.delete(key);
    checked++;
    if (other && sameFigure(other, value)) {
      matched++;
      continue;
    }
    mismatches.push({
      indicator: value.indicator,
      level: value.level,
      code: value.code,
      period: value.period,
      published: other ? figure(other) : null,
      recomputed: figure(value),
    });
  }
  for (const other of pending.values()) {
    checked++;
    mismatches.push({
      indicator: other.indicator,
      level: other.level,
      code: other.code,
      period: other.period,
      published: figure(other),
      recomputed: null,
    });
  }
  return { checked, matched, mismatches };
}

/** Input files whose SHA-256 differs between the published file and the data at hand, by name. */
export function compareInputs(
  published: readonly InputFileHash[],
  recomputed: readonly InputFileHash[],
): InputDifference[] {
  const theirs = new Map(published.map((f) => [f.name, f.sha256]));
  const ours = new Map(recomputed.map((f) => [f.name, f.sha256]));
  const names = [...new Set([...theirs.keys(), ...ours.keys()])].sort();
  return names
    .filter((name) => theirs.get(name) !== ours.get(name))
    .map((name) => ({ name, published: theirs.get(name) ?? null, recomputed: ours.get(name) ?? null }));
}
