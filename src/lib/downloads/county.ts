/** Per-county slices of the tables: rows filtered by their `county_code`, or by their site's county. */
import type { Dataset, TableName } from "../schema/index.ts";
import type { TypedRow } from "./formats.ts";

/** The county a row belongs to: its own `county_code`, else its site's; null when neither is known. */
export function rowCounty(row: TypedRow, siteCounty: ReadonlyMap<string, string>): string | null {
  const own = row.county_code;
  if (typeof own === "string") return own;
  const site = row.site_id;
  return typeof site === "string" ? (siteCounty.get(site) ?? null) : null;
}

/** The county of every site, by site id. */
export function siteCounties(dataset: Pick<Dataset, "sites">): Map<string, string> {
  return new Map(dataset.sites.map((site) => [site.site_id, site.county_code]));
}

/** The rows of one table that belong to one county, in their published order. */
export function countyRows(
  dataset: Dataset,
  name: TableName,
  county: string,
  siteCounty: ReadonlyMap<string, string> = siteCounties(dataset),
): TypedRow[] {
  return (dataset[name] as readonly TypedRow[]).filter((row) => rowCounty(row, siteCounty) === county);
}
