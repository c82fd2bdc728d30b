/**
 * The CSV a receipt's "download these rows" gives: the source rows as the table has them, with
 * each site's names and its county's code and names beside the ids, so the file reads without a
 * join against sites.csv. Pure.
 */
import { formatCsv, type CellValue } from "../csv/write.ts";
import type { CountiesRow, SitesRow } from "../schema/index.ts";
import type { Table } from "../schema/table.ts";

type Row = Readonly<Record<string, CellValue>>;

/** The columns of the download: the table's, with site names after `site_id` and county names after `county_code`. */
export function receiptColumns(table: Pick<Table, "columns">): string[] {
  const columns: string[] = [];
  const hasCounty = table.columns.includes("county_code");
  for (const column of table.columns) {
    columns.push(column);
    if (column === "site_id") {
      columns.push("site_name_zh", "site_name_en");
      if (!hasCounty) columns.push("county_code", "county_zh", "county_en");
    }
    if (column === "county_code") columns.push("county_zh", "county_en");
  }
  return columns;
}

/** The receipt's source rows as CSV, each with its site's and county's names (empty where unknown). */
export function receiptRowsCsv(
  table: Pick<Table, "columns">,
  rows: readonly Row[],
  places: { sites: readonly SitesRow[]; counties: readonly CountiesRow[] },
): string {
  const sites = new Map(places.sites.map((site) => [site.site_id, site]));
  const counties = new Map(places.counties.map((county) => [county.county_code, county]));
  const named = rows.map((row) => {
    const site = typeof row.site_id === "string" ? sites.get(row.site_id) : undefined;
    const countyCode = typeof row.county_code === "string" ? row.county_code : (site?.county_code ?? null);
    const county = countyCode === null ? undefined : counties.get(countyCode);
    return {
      ...row,
      site_name_zh: site?.name_zh ?? null,
      site_name_en: site?.name_en ?? null,
      county_code: countyCode,
      county_zh: county?.name_zh ?? null,
      county_en: county?.name_en ?? null,
    };
  });
  return formatCsv({ columns: receiptColumns(table) }, named);
}
