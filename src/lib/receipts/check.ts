/**
 * The browser's check of the published data, as pure code: validate the CSVs with the site's own
 * validator, recompute every indicator with the site's own engine, and compare each figure with
 * the published one. The verify page's worker feeds it fetched or dropped bytes.
 */
import { INDICATORS, indexSites, valuesOf, type Comparison, type Mismatch } from "../indicators/index.ts";
import type { Problem } from "../problems.ts";
import { validateTables, type ReadTable } from "../validate/index.ts";
import { compareCompact, type CompactValues } from "./compact.ts";

/** How one indicator compared. */
export interface IndicatorCheck {
  indicator: string;
  checked: number;
  matched: number;
  /** Published values were not available, so nothing was compared. */
  unpublished: boolean;
}

/** What a check found. `mismatches` holds at most `limit` of them; `mismatchCount` counts all. */
export interface CheckResult {
  /** Errors and warnings of the validator (errors stop the check before computing). */
  problems: Problem[];
  valid: boolean;
  checked: number;
  matched: number;
  mismatchCount: number;
  mismatches: Mismatch[];
  indicators: IndicatorCheck[];
  /** Milliseconds spent validating, computing and comparing. */
  timings: { validate: number; compute: number; compare: number };
}

/** Options of `checkData`. */
export interface CheckOptions {
  /** Most mismatches listed (default 2,000); the rest are only counted. */
  limit?: number;
  /** Milliseconds now (default `performance.now`). */
  now?: () => number;
  /** Told the stage as it starts. */
  progress?: (stage: "validate" | "compute") => void;
}

/**
 * Validates the tables `read` gives, recomputes every indicator and compares each with its
 * published columns. Published columns are awaited only after validation, so fetching them can
 * overlap it. An indicator whose columns are missing is counted as unpublished, not as mismatches.
 */
export async function checkData(
  read: ReadTable,
  published: (id: string) => Promise<CompactValues | null>,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const now = options.now ?? (() => performance.now());
  const limit = options.limit ?? 2000;
  options.progress?.("validate");
  let t = now();
  const { dataset, problems } = validateTables(read);
  const timings = { validate: now() - t, compute: 0, compare: 0 };
  const result: CheckResult = {
    problems,
    valid: !problems.some((p) => p.severity === "error"),
    checked: 0,
    matched: 0,
    mismatchCount: 0,
    mismatches: [],
    indicators: [],
    timings,
  };
  if (!result.valid) return result;
  options.progress?.("compute");
  t = now();
  const index = indexSites(dataset);
  timings.compute += now() - t;
  for (const indicator of INDICATORS) {
    t = now();
    const values = [...valuesOf(indicator, dataset, index)];
    timings.compute += now() - t;
    const theirs = await published(indicator.id);
    t = now();
    if (theirs === null) {
      result.indicators.push({ indicator: indicator.id, checked: 0, matched: 0, unpublished: true });
      continue;
    }
    const comparison: Comparison = compareCompact(theirs, values);
    timings.compare += now() - t;
    result.checked += comparison.checked;
    result.matched += comparison.matched;
    result.mismatchCount += comparison.mismatches.length;
    for (const m of comparison.mismatches) if (result.mismatches.length < limit) result.mismatches.push(m);
    result.indicators.push({
      indicator: indicator.id,
      checked: comparison.checked,
      matched: comparison.matched,
      unpublished: false,
    });
  }
  return result;
}
