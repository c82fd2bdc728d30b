/**
 * The receipt of one published figure: the source rows that went into it, each with its own
 * numerator and denominator, so that an inspector can add them up and get the published figure.
 * The indicator's own rules decide each row's part (a site's tally, or a fund's or inspection's
 * `rowsOf`); nothing is recomputed differently.
 */
import type { CellValue } from "../csv/write.ts";
import type { Dataset, TableName } from "../schema/index.ts";
import { valuesOf } from "./compute.ts";
import { indexSites, type ContributingRow, type Indicator, type SiteAt, type SiteIndex } from "./core.ts";
import { inScope } from "./scope.ts";
import type { IndicatorValue, Level, ReceiptSource } from "./types.ts";

export type { ContributingRow } from "./core.ts";
export type { ReceiptSource } from "./types.ts";

/** Which figure: indicator, level, place code and period (a quarter, or a year for funds). */
export interface FigureQuery {
  indicator: string;
  level: Level;
  code: string;
  period: string;
}

/** A site the figure expected but that gave no usable row (no row, or the cells it needs are empty). */
export interface LeftOutSite {
  site_id: string;
  /** Its row of the source table at the period, or null when there is none. */
  row: Readonly<Record<string, CellValue>> | null;
}

/** Everything a receipt shows about one figure. */
export interface FigureReceipt {
  query: FigureQuery;
  source: ReceiptSource;
  /** The figure as the indicator engine computes it; null when no such figure is published. */
  value: IndicatorValue | null;
  rows: ContributingRow[];
  /** Sites expected at the period that contributed nothing (site-based indicators only). */
  leftOut: LeftOutSite[];
}

// Mirrors how siteIndicatorValues (core.ts) describes a site at a period, so the tallies see the same thing.
function siteAt(index: SiteIndex, s: number, p: number): SiteAt {
  const i = s * index.periods.length + p;
  const site = index.sites[s]!;
  const end = index.ends[p]!;
  return {
    site,
    size: index.sizes[s]!,
    period: index.periods[p]!,
    end,
    inScope: inScope(site, end),
    employment: index.employment[i],
    services: index.services[i],
    property: index.property[i],
    welfare: index.welfare[i],
    industries: index.industries[s]!,
    workshops: index.workshops[s]!,
  };
}

function sourceRow(at: SiteAt, table: TableName): Readonly<Record<string, CellValue>> | null {
  switch (table) {
    case "sites":
      return at.site;
    case "employment":
    case "services":
    case "property":
    case "welfare":
      return at[table] ?? null;
    default:
      return null;
  }
}

function inPlace(
  level: Level,
  code: string,
  site: { site_id: string; county_code: string; township_code: string },
) {
  switch (level) {
    case "city":
      return true;
    case "county":
      return site.county_code === code;
    case "township":
      return site.township_code === code;
    case "site":
      return site.site_id === code;
  }
}

function engineValue(
  indicator: Indicator,
  dataset: Dataset,
  index: SiteIndex,
  query: FigureQuery,
): IndicatorValue | null {
  for (const v of valuesOf(indicator, dataset, index)) {
    if (v.level === query.level && v.code === query.code && v.period === query.period) return v;
  }
  return null;
}

/**
 * The receipt of one figure: the engine's value and every source row with its part. The rows'
 * numerators and denominators add up (see `receiptTotals`) to the value's. A place or period
 * without a figure gives `value: null` and no rows.
 */
export function figureReceipt(
  indicator: Indicator,
  dataset: Dataset,
  query: Omit<FigureQuery, "indicator">,
  index: SiteIndex = indexSites(dataset),
): FigureReceipt {
  const full: FigureQuery = { ...query, indicator: indicator.id };
  const source = indicator.receipt;
  const value = engineValue(indicator, dataset, index, full);
  if (indicator.kind === "place") {
    const rows = value ? indicator.rowsOf(dataset, index, full) : [];
    return { query: full, source, value, rows, leftOut: [] };
  }
  const rows: ContributingRow[] = [];
  const leftOut: LeftOutSite[] = [];
  const p = index.periods.indexOf(full.period);
  if (p >= 0) {
    for (let site = 0; site < index.sites.length; site++) {
      if (!inPlace(full.level, full.code, index.sites[site]!)) continue;
      const at = siteAt(index, site, p);
      const tally = indicator.tally(at);
      const row = sourceRow(at, source.table);
      if (tally !== null) {
        rows.push({
          site_id: at.site.site_id,
          numerator: tally[0],
          denominator: tally[1],
          row: row ?? at.site,
        });
      } else if (indicator.expected(at)) {
        leftOut.push({ site_id: at.site.site_id, row });
      }
    }
  }
  return { query: full, source, value, rows, leftOut };
}

/**
 * The rows' numerators and denominators added up. Amounts are added in fen (hundredths of a
 * yuan), as the funds indicator does, so that decimals add exactly; counts are unaffected.
 */
export function receiptTotals(rows: readonly Pick<ContributingRow, "numerator" | "denominator">[]): {
  numerator: number;
  denominator: number;
} {
  let numerator = 0;
  let denominator = 0;
  for (const row of rows) {
    numerator += Math.round(row.numerator * 100);
    denominator += Math.round(row.denominator * 100);
  }
  return { numerator: numerator / 100, denominator: denominator / 100 };
}
