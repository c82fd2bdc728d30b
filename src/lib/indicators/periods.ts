/** Quarters: their end dates and the list of periods that are published. */
import type { Dataset } from "../schema/index.ts";

const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"] as const;

/** The last day of a quarter such as `2021Q2`, as `YYYY-MM-DD` (`2021-06-30`); throws on anything else. */
export function periodEnd(period: string): string {
  const match = /^(\d{4})Q([1-4])$/.exec(period);
  if (!match) throw new Error(`Not a quarter: "${period}" (expected e.g. 2021Q2).`);
  return `${match[1]!}-${QUARTER_END[Number(match[2]) - 1]!}`;
}

/** How many quarters `to` is after `from` ("2024Q4" → "2025Q4" is 4); throws on anything but quarters. */
export function quartersBetween(from: string, to: string): number {
  const index = (period: string) => {
    const match = /^(\d{4})Q([1-4])$/.exec(period);
    if (!match) throw new Error(`Not a quarter: "${period}" (expected e.g. 2021Q2).`);
    return Number(match[1]) * 4 + Number(match[2]) - 1;
  };
  return index(to) - index(from);
}

/** The tables with one row per site × period, whose periods are the ones published. */
export const SITE_PERIOD_TABLES = ["employment", "services", "property", "welfare"] as const;

/** Every period that appears in any site × period table, sorted (quarters sort as text). */
export function publishedPeriods(dataset: Pick<Dataset, (typeof SITE_PERIOD_TABLES)[number]>): string[] {
  const seen = new Set<string>();
  for (const table of SITE_PERIOD_TABLES) for (const row of dataset[table]) seen.add(row.period);
  return [...seen].sort();
}
