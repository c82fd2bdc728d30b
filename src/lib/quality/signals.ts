/**
 * Consistency signals: patterns that are not errors (the validator lets them through) but that
 * an inspector should look at. Each is located by site, period, table and column.
 */
import { indexSites } from "../indicators/core.ts";
import { SITE_PERIOD_TABLES } from "../indicators/periods.ts";
import type { Dataset } from "../schema/index.ts";
import type { Explanation, Signal, SignalCode } from "./types.ts";

/** A fall between consecutive quarters larger than this share of the earlier figure is sharp… */
export const SHARP_DROP_SHARE = 0.2;
/** …provided it is at least this many persons, households or houses (small sites move by a few). */
export const SHARP_DROP_MINIMUM = 10;

// Counts that should not fall much from one quarter to the next. Training counts are left out:
// they restart every calendar year.
const STEADY_COLUMNS = {
  employment: ["labour_persons", "households_with_labour", "households_with_labour_employed"],
  property: ["houses", "certificates_issued"],
  welfare: ["persons", "medical_insured", "pension_insured"],
} as const;

/** What each signal means, for the data-quality page. */
export const SIGNAL_TYPES: Record<SignalCode, Explanation> = {
  "channels-exceed-labour": {
    title: { zh: "就业人数超过劳动力", en: "More employed than the labour force" },
    why: {
      zh: "县外务工与县内就业人数之和超过劳动力人数：可能重复计算，或劳动力人数未更新。",
      en: "Workers employed outside and inside the county add up to more than the labour force: counted twice, or the labour force is out of date.",
    },
  },
  "parts-exceed-in-county": {
    title: {
      zh: "车间与公益岗位超过县内就业",
      en: "Workshop and public-welfare jobs exceed in-county employment",
    },
    why: {
      zh: "车间就业与公益性岗位人数之和超过县内就业人数，而前两者包含在后者之中。",
      en: "Workshop and public-welfare jobs add up to more than in-county employment, which includes them.",
    },
  },
  "sharp-drop": {
    title: { zh: "季度间大幅下降", en: "Sharp fall between quarters" },
    why: {
      zh: `某项人数、户数或套数比上一季度下降超过 ${SHARP_DROP_SHARE * 100}%（且至少 ${SHARP_DROP_MINIMUM}）：可能是录入错误，也可能确有变化。`,
      en: `A count fell by more than ${SHARP_DROP_SHARE * 100}% (and at least ${SHARP_DROP_MINIMUM}) from the quarter before: a keying error, or a real change worth explaining.`,
    },
  },
  "silent-in-table": {
    title: { zh: "部分表未报送", en: "Reported in one table, silent in another" },
    why: {
      zh: "该安置点本季度在其他表中有数据，在这张表中却没有。",
      en: "The site reported this quarter in another table but has no row in this one.",
    },
  },
  "reported-before-moved-in": {
    title: { zh: "入住前报送数据", en: "Reported before moving in" },
    why: {
      zh: "该季度末早于安置点入住日期，却报送了数据；这些行仍计入指标。",
      en: "The quarter ended before the site's moved-in date, yet it has a row; such rows still count in the indicators.",
    },
  },
};

/** Every consistency signal in the dataset, ordered by site, period, table and column. */
export function consistencySignals(dataset: Dataset): Signal[] {
  const index = indexSites(dataset);
  const { sites, periods, ends } = index;
  const width = periods.length;
  const signals: Signal[] = [];
  for (let s = 0; s < sites.length; s++) {
    const site = sites[s]!;
    const at = (
      period: string,
      table: string,
      column: string | null,
      code: SignalCode,
      values: Record<string, number>,
    ) =>
      signals.push({
        code,
        site_id: site.site_id,
        county_code: site.county_code,
        period,
        table,
        column,
        values,
      });
    for (let p = 0; p < width; p++) {
      const i = s * width + p;
      const period = periods[p]!;
      const present = SITE_PERIOD_TABLES.filter((table) => index[table][i] !== undefined);
      if (present.length > 0 && site.moved_in !== null && site.moved_in > ends[p]!) {
        for (const table of present) at(period, table, null, "reported-before-moved-in", {});
      }
      if (present.length > 0) {
        for (const table of SITE_PERIOD_TABLES) {
          if (index[table][i] === undefined) at(period, table, null, "silent-in-table", {});
        }
      }
      const employment = index.employment[i];
      if (employment) {
        const {
          labour_persons: labour,
          employed_outside_county: outside,
          employed_in_county: inside,
        } = employment;
        if (labour !== null && outside !== null && inside !== null && outside + inside > labour) {
          at(period, "employment", "labour_persons", "channels-exceed-labour", {
            labour_persons: labour,
            employed_outside_county: outside,
            employed_in_county: inside,
          });
        }
        const { employed_in_workshops: workshops, public_welfare_jobs: welfare } = employment;
        if (inside !== null && workshops !== null && welfare !== null && workshops + welfare > inside) {
          at(period, "employment", "employed_in_county", "parts-exceed-in-county", {
            employed_in_county: inside,
            employed_in_workshops: workshops,
            public_welfare_jobs: welfare,
          });
        }
      }
      if (p === 0) continue;
      for (const [table, columns] of Object.entries(STEADY_COLUMNS) as [
        keyof typeof STEADY_COLUMNS,
        readonly string[],
      ][]) {
        const before = index[table][i - 1] as Record<string, unknown> | undefined;
        const now = index[table][i] as Record<string, unknown> | undefined;
        if (!before || !now) continue;
        for (const column of columns) {
          const a = before[column];
          const b = now[column];
          if (typeof a !== "number" || typeof b !== "number") continue;
          const fall = a - b;
          if (fall >= SHARP_DROP_MINIMUM && fall > SHARP_DROP_SHARE * a) {
            at(period, table, column, "sharp-drop", { before: a, after: b });
          }
        }
      }
    }
  }
  return signals;
}
