/**
 * The receipt of one published figure: the source rows that went into it, each with its own
 * numerator and denominator, so that an inspector can add them up and get the published figure.
 * The same tallies the indicators use decide each row's part; nothing is recomputed differently.
 */
import type { CellValue } from "../csv/write.ts";
import { PRIORITY_FUND_CATEGORIES } from "../schema/funds.ts";
import type { Dataset, TableName } from "../schema/index.ts";
import { valuesOf } from "./compute.ts";
import { indexSites, type Indicator, type SiteAt, type SiteIndex } from "./core.ts";
import { inScope } from "./scope.ts";
import type { IndicatorValue, Level } from "./types.ts";

/** Which figure: indicator, level, place code and period (a quarter, or a year for funds). */
export interface FigureQuery {
  indicator: string;
  level: Level;
  code: string;
  period: string;
}

/** Where an indicator's figures come from: the table whose rows are listed and the columns each side reads. */
export interface ReceiptSource {
  table: TableName;
  /** Columns the numerator reads, as `table.column`. */
  numerator: string[];
  /** Columns the denominator reads, as `table.column`. */
  denominator: string[];
}

/** A source row and its part of the figure. */
export interface ContributingRow {
  /** The site the row belongs to; null for a fund or inspection that names none. */
  site_id: string | null;
  numerator: number;
  denominator: number;
  /** The row as validated, keyed by the source table's columns (null = empty cell). */
  row: Readonly<Record<string, CellValue>>;
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

const s = (table: TableName, ...columns: string[]) => columns.map((c) => `${table}.${c}`);
const FACILITIES = ["water", "power", "road", "network", "vegetable_plots", "livestock_pens", "tool_storage"];

/** The source table and columns of every indicator, by id. */
export const RECEIPT_SOURCES: Readonly<Record<string, ReceiptSource>> = {
  "industry-plan-coverage": {
    table: "sites",
    numerator: s("sites", "industry_plan_level", "industry_plan_adopted", "persons"),
    denominator: s("sites", "moved_in"),
  },
  "leading-industry-coverage": {
    table: "sites",
    numerator: s("industries", "is_leading", "started", "ended"),
    denominator: s("sites", "moved_in"),
  },
  "benefit-linkage-rate": {
    table: "employment",
    numerator: s("employment", "households_benefit_linked"),
    denominator: s("sites", "households"),
  },
  "training-coverage": {
    table: "employment",
    numerator: s("employment", "trained_persons"),
    denominator: s("employment", "labour_persons"),
  },
  "household-employment": {
    table: "employment",
    numerator: s("employment", "households_with_labour_employed"),
    denominator: s("employment", "households_with_labour"),
  },
  "workshop-coverage-200-plus": {
    table: "sites",
    numerator: s("workshops", "opened", "closed"),
    denominator: s("sites", "persons", "moved_in"),
  },
  "employment-service-coverage": {
    table: "services",
    numerator: [...s("services", "employment_service"), ...s("sites", "persons")],
    denominator: s("services", "employment_service"),
  },
  "facility-completeness": {
    table: "services",
    numerator: s("services", ...FACILITIES),
    denominator: s("services", ...FACILITIES),
  },
  "three-haves-rate": {
    table: "services",
    numerator: s("services", "has_office", "has_staff", "has_rules"),
    denominator: s("services", "has_office", "has_staff", "has_rules"),
  },
  "independent-community-800-plus": {
    table: "services",
    numerator: s("services", "independent_community"),
    denominator: [...s("sites", "persons"), ...s("services", "independent_community")],
  },
  "party-organization-coverage": {
    table: "services",
    numerator: s("services", "party_organization", "independent_community"),
    denominator: s("services", "party_organization", "independent_community"),
  },
  "property-certificate-rate": {
    table: "property",
    numerator: s("property", "certificates_issued"),
    denominator: s("property", "houses"),
  },
  "transfer-restriction-violations": {
    table: "property",
    numerator: s("property", "transfer_restriction_years"),
    denominator: s("property", "certificates_issued", "transfer_restriction_years"),
  },
  "medical-insurance-rate": {
    table: "welfare",
    numerator: s("welfare", "medical_insured"),
    denominator: s("welfare", "persons"),
  },
  "pension-insurance-rate": {
    table: "welfare",
    numerator: s("welfare", "pension_insured"),
    denominator: s("welfare", "pension_eligible"),
  },
  "hukou-transfer-rate": {
    table: "welfare",
    numerator: s("welfare", "hukou_transferred"),
    denominator: s("welfare", "persons"),
  },
  "priority-fund-share": {
    table: "funds",
    numerator: s("funds", "amount_yuan", "category", "year"),
    denominator: s("funds", "amount_yuan", "year"),
  },
  "rectification-rate": {
    table: "inspections",
    numerator: s("inspections", "rectified", "date"),
    denominator: s("inspections", "findings", "date"),
  },
};

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

const PRIORITY = new Set<string>(PRIORITY_FUND_CATEGORIES);

function placeRows(dataset: Dataset, index: SiteIndex, query: FigureQuery): ContributingRow[] {
  const { level, code, period } = query;
  switch (query.indicator) {
    case "priority-fund-share":
      return dataset.funds
        .filter(
          (f) =>
            String(f.year) === period && (level === "city" || (level === "county" && f.county_code === code)),
        )
        .map((f) => ({
          site_id: f.site_id,
          numerator: PRIORITY.has(f.category) ? f.amount_yuan : 0,
          denominator: f.amount_yuan,
          row: f,
        }));
    case "rectification-rate": {
      const p = index.periods.indexOf(period);
      if (p < 0) return [];
      const end = index.ends[p]!;
      return dataset.inspections
        .filter(
          (i) =>
            i.date <= end &&
            (level === "city" ||
              (level === "county" && i.county_code === code) ||
              (level === "site" && i.site_id === code)),
        )
        .map((i) => ({ site_id: i.site_id, numerator: i.rectified, denominator: i.findings, row: i }));
    }
    default:
      throw new Error(`No receipt rows are defined for the indicator "${query.indicator}".`);
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
 * numerators and denominators add up (see `receiptTotals`) to the value's. Throws for an
 * indicator id that does not exist; a place or period without a figure gives `value: null`.
 */
export function figureReceipt(
  indicator: Indicator,
  dataset: Dataset,
  query: Omit<FigureQuery, "indicator">,
  index: SiteIndex = indexSites(dataset),
): FigureReceipt {
  const full: FigureQuery = { ...query, indicator: indicator.id };
  const source = RECEIPT_SOURCES[indicator.id];
  if (!source) throw new Error(`No receipt source is defined for the indicator "${indicator.id}".`);
  const value = engineValue(indicator, dataset, index, full);
  if (indicator.kind === "place") {
    return { query: full, source, value, rows: value ? placeRows(dataset, index, full) : [], leftOut: [] };
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
