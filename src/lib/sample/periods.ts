/** The quarters the sample covers, and the calendar arithmetic the generator needs on them. */

import { FIRST_PERIOD, LAST_PERIOD } from "../schema/common.ts";

// The sample covers every quarter of the contract.
export { FIRST_PERIOD, LAST_PERIOD };

/** A quarter with its end date (`YYYY-MM-DD`) and its position in the series (0 = 2019Q4). */
export interface Period {
  id: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  end: string;
  index: number;
}

const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"] as const;

/** Every quarter from `first` to `last`, both included (`2019Q4` … `2025Q4` by default). */
export function periodsBetween(first = FIRST_PERIOD, last = LAST_PERIOD): Period[] {
  const parse = (id: string) => ({ year: Number(id.slice(0, 4)), quarter: Number(id.slice(5)) });
  const start = parse(first);
  const stop = parse(last);
  const periods: Period[] = [];
  for (
    let year = start.year, quarter = start.quarter;
    year < stop.year || (year === stop.year && quarter <= stop.quarter);
  ) {
    periods.push({
      id: `${year}Q${quarter}`,
      year,
      quarter: quarter as Period["quarter"],
      end: `${year}-${QUARTER_ENDS[quarter - 1]!}`,
      index: periods.length,
    });
    quarter++;
    if (quarter > 4) {
      quarter = 1;
      year++;
    }
  }
  return periods;
}

/** The quarters 2019Q4 … 2025Q4. */
export const PERIODS: readonly Period[] = periodsBetween();

/** A date `YYYY-MM-DD` from a year, a month (1–12) and a day (1–28, valid in every month). */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
