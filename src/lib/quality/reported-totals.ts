/** Site-level sums checked against the totals counties reported on their own (`reported_totals.csv`). */
import { inScope } from "../indicators/scope.ts";
import { periodEnd } from "../indicators/periods.ts";
import type { Dataset, ReportedTotalsRow, SitesRow } from "../schema/index.ts";
import { differenceOf } from "./difference.ts";
import { REPORTED_TOTALS_TOLERANCE, type TotalCheck } from "./types.ts";

type Measure = ReportedTotalsRow["measure"];

// The site × period column each reported measure is summed from.
const ROW_MEASURES = {
  households_with_labour: ["employment", "households_with_labour"],
  households_with_labour_employed: ["employment", "households_with_labour_employed"],
  trained_persons: ["employment", "trained_persons"],
  certificates_issued: ["property", "certificates_issued"],
  medical_insured: ["welfare", "medical_insured"],
} as const;

interface Sum {
  total: number;
  sites: number;
}

/**
 * Every county-reported total beside the sum of its sites' data for the same period: sites and
 * their households and persons count the sites in scope at the period's end; the other measures
 * sum the column over the county's rows for that period (empty cells are not counted).
 */
export function checkReportedTotals(
  dataset: Dataset,
  tolerance: number = REPORTED_TOTALS_TOLERANCE,
): TotalCheck[] {
  const sitesByCounty = new Map<string, SitesRow[]>();
  const countyOfSite = new Map<string, string>();
  for (const site of dataset.sites) {
    countyOfSite.set(site.site_id, site.county_code);
    const list = sitesByCounty.get(site.county_code);
    if (list) list.push(site);
    else sitesByCounty.set(site.county_code, [site]);
  }
  // Sums of the row measures by county, period and measure, made in one pass over each table.
  const rowSums = new Map<string, Sum>();
  for (const [measure, [table, column]] of Object.entries(ROW_MEASURES)) {
    for (const row of dataset[table]) {
      const cell = (row as unknown as Record<string, number | null>)[column] ?? null;
      const county = countyOfSite.get(row.site_id);
      if (cell === null || county === undefined) continue;
      const key = `${county}|${row.period}|${measure}`;
      const sum = rowSums.get(key) ?? { total: 0, sites: 0 };
      sum.total += cell;
      sum.sites += 1;
      rowSums.set(key, sum);
    }
  }
  const siteSum = (county: string, period: string, measure: Measure): Sum | undefined => {
    if (measure === "sites" || measure === "households" || measure === "persons") {
      const end = periodEnd(period);
      const sites = (sitesByCounty.get(county) ?? []).filter((s) => inScope(s, end));
      const total = measure === "sites" ? sites.length : sites.reduce((sum, s) => sum + s[measure], 0);
      return { total, sites: sites.length };
    }
    return rowSums.get(`${county}|${period}|${measure}`);
  };
  return [...dataset.reported_totals]
    .sort(
      (a, b) =>
        a.county_code.localeCompare(b.county_code) ||
        a.period.localeCompare(b.period) ||
        a.measure.localeCompare(b.measure),
    )
    .map((row) => {
      const sum = siteSum(row.county_code, row.period, row.measure);
      return {
        county_code: row.county_code,
        period: row.period,
        measure: row.measure,
        reported: row.value,
        site_sum: sum?.total ?? null,
        sites_counted: sum?.sites ?? 0,
        ...differenceOf(sum?.total ?? null, row.value, tolerance),
      };
    });
}
