/** The data checked against figures published independently (news reports, press conferences). */
import { CITY_CODE } from "../indicators/types.ts";
import type { Dataset, SitesRow } from "../schema/index.ts";
import { differenceOf } from "./difference.ts";
import {
  PUBLISHED_FIGURES_TOLERANCE,
  type ComparisonBasis,
  type Explanation,
  type NotComparableReason,
  type PublishedCheck,
  type ReferenceFigure,
} from "./types.ts";

// Which of the data's figures answers each published measure. Plans and totals are compared with
// the sites as published: the data holds centralized sites only, which the page says beside them.
const BASIS_OF_MEASURE: Record<string, ComparisonBasis> = {
  relocated_persons: "persons-all-sites",
  planned_persons: "persons-all-sites",
  centralized_persons: "persons-all-sites",
  relocated_households: "households-all-sites",
  planned_households: "households-all-sites",
  centralized_sites: "site-count",
  moved_in_persons: "persons-moved-in-by-date",
  site_households: "largest-site-households",
};

/** What each basis means, for the data-quality page. */
export const COMPARISON_BASES: Record<ComparisonBasis, Explanation> = {
  "persons-all-sites": {
    title: { zh: "全部安置点搬迁人数之和", en: "Persons at all sites" },
    why: {
      zh: "sites.persons 之和；数据只含集中安置点，公开数字可能含分散安置。",
      en: "Sum of sites.persons; the data covers centralized sites only, a published figure may include dispersed resettlement.",
    },
  },
  "households-all-sites": {
    title: { zh: "全部安置点搬迁户数之和", en: "Households at all sites" },
    why: {
      zh: "sites.households 之和；数据只含集中安置点。",
      en: "Sum of sites.households; the data covers centralized sites only.",
    },
  },
  "site-count": {
    title: { zh: "安置点个数", en: "Number of sites" },
    why: { zh: "sites.csv 中的安置点数。", en: "Rows of sites.csv." },
  },
  "persons-moved-in-by-date": {
    title: { zh: "截至公布日期已入住人数", en: "Persons moved in by the figure's date" },
    why: {
      zh: "入住日期不晚于公开数字日期（或入住日期为空）的安置点 sites.persons 之和。",
      en: "Sum of sites.persons over sites that moved in on or before the figure's date (or with no date).",
    },
  },
  "largest-site-households": {
    title: { zh: "最大安置点户数", en: "Households at the largest site" },
    why: {
      zh: "该地人数最多的安置点的 sites.households。",
      en: "sites.households of the place's site with the most persons.",
    },
  },
};

/** Why a published figure is not compared, for the data-quality page. */
export const NOT_COMPARABLE_REASONS: Record<NotComparableReason, Explanation> = {
  "outside-coverage": {
    title: { zh: "范围不同", en: "Different coverage" },
    why: {
      zh: "该数字覆盖的地区（如全省）超出本数据范围（十堰市）。",
      en: "The figure covers a wider area (such as the whole province) than the data (Shiyan City).",
    },
  },
  "no-matching-data": {
    title: { zh: "无对应数据", en: "Nothing to compare with" },
    why: {
      zh: "数据中没有与该统计口径对应的列。",
      en: "The data has no column that measures the same thing.",
    },
  },
  "no-sites-in-place": {
    title: { zh: "该地无安置点数据", en: "No sites in the data for the place" },
    why: { zh: "数据中没有该县（市、区）的安置点。", en: "The data holds no site in that place." },
  },
};

function dataValue(basis: ComparisonBasis, sites: readonly SitesRow[], asOf: string): number {
  switch (basis) {
    case "persons-all-sites":
      return sites.reduce((sum, s) => sum + s.persons, 0);
    case "households-all-sites":
      return sites.reduce((sum, s) => sum + s.households, 0);
    case "site-count":
      return sites.length;
    case "persons-moved-in-by-date":
      return sites.reduce((sum, s) => (s.moved_in === null || s.moved_in <= asOf ? sum + s.persons : sum), 0);
    case "largest-site-households": {
      let largest = sites[0]!;
      for (const s of sites) if (s.persons > largest.persons) largest = s;
      return largest.households;
    }
  }
}

/**
 * Every published figure beside the data's figure for the same place (the city `420300` or a
 * county) and measure, or marked not comparable with a reason. Figures keep the file's order.
 */
export function checkPublishedFigures(
  dataset: Pick<Dataset, "sites">,
  figures: readonly ReferenceFigure[],
  tolerance: number = PUBLISHED_FIGURES_TOLERANCE,
): PublishedCheck[] {
  const counties = new Set(dataset.sites.map((s) => s.county_code));
  return figures.map((figure): PublishedCheck => {
    const notComparable = (reason: NotComparableReason): PublishedCheck => ({
      figure,
      comparable: false,
      basis: null,
      data_value: null,
      reason,
      difference: null,
      relative_difference: null,
      within_tolerance: null,
    });
    const isCity = figure.scope_code === CITY_CODE;
    if (!isCity && !/^\d{6}$/.test(figure.scope_code)) return notComparable("outside-coverage");
    if (!isCity && !figure.scope_code.startsWith("4203")) return notComparable("outside-coverage");
    const basis = BASIS_OF_MEASURE[figure.measure];
    if (basis === undefined) return notComparable("no-matching-data");
    if (!isCity && !counties.has(figure.scope_code)) return notComparable("no-sites-in-place");
    const sites = isCity ? dataset.sites : dataset.sites.filter((s) => s.county_code === figure.scope_code);
    if (sites.length === 0) return notComparable("no-sites-in-place");
    const value = dataValue(basis, sites, figure.as_of);
    return {
      figure,
      comparable: true,
      basis,
      data_value: value,
      reason: null,
      ...differenceOf(value, figure.value, tolerance),
    };
  });
}

/**
 * Reads the rows of `published-figures.csv` (header names as keys, cells as text) into figures;
 * rows whose value is not a number are skipped, since they can be compared with nothing.
 */
export function referenceFigures(rows: readonly Record<string, string | undefined>[]): ReferenceFigure[] {
  const text = (cell: string | undefined) => (cell === undefined || cell.trim() === "" ? null : cell.trim());
  return rows.flatMap((row) => {
    const value = Number(text(row["value"]) ?? Number.NaN);
    if (!Number.isFinite(value)) return [];
    return [
      {
        id: text(row["id"]) ?? "",
        scope: text(row["scope"]) ?? "",
        scope_code: text(row["scope_code"]) ?? "",
        measure: text(row["measure"]) ?? "",
        value,
        unit: text(row["unit"]) ?? "",
        as_of: text(row["as_of"]) ?? "",
        source_title: text(row["source_title"]) ?? "",
        source_url: text(row["source_url"]),
        note: text(row["note"]),
      },
    ];
  });
}
