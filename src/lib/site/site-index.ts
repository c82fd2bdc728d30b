/**
 * Everything the county and site pages look up, indexed once per build: places, published values,
 * each site's rows by table, funds and inspections by place, and each site's nearest neighbours.
 * About 4,000 site pages read from it, so nothing here is recomputed per page. Pure.
 */
import { periodEnd, publishedPeriods } from "../indicators/periods.ts";
import type { Values } from "../indicators/store.ts";
import type {
  Dataset,
  EmploymentRow,
  FundsRow,
  IndustriesRow,
  InspectionsRow,
  PropertyRow,
  ServicesRow,
  SitesRow,
  WelfareRow,
  WorkshopsRow,
} from "../schema/index.ts";
import { nearestNeighbours } from "./geo-distance.ts";
import { indexPlaces, type Places } from "./places.ts";
import { indexValues, type ValueIndex } from "./values.ts";

/** What the index is made from: the model's dataset and computed values. */
export interface PlaceModel {
  dataset: Dataset;
  values: Values;
}

/** A site's latest row (of its latest period) in each site × period table, where it has one. */
export interface LatestRows {
  employment?: EmploymentRow;
  services?: ServicesRow;
  property?: PropertyRow;
  welfare?: WelfareRow;
}

/**
 * A site's rows of every table that names it. Of the site × period tables only the latest row
 * is kept: it is all a page shows of them (their history is in the indicators' values), and the
 * series are 3.4 million rows at national scale, which a render shard need not keep.
 */
export interface SiteRows {
  latest: LatestRows;
  industries: IndustriesRow[];
  workshops: WorkshopsRow[];
  funds: FundsRow[];
  inspections: InspectionsRow[];
}

/** A nearby site and how far it is, in km. */
export interface NearbySite {
  site: SitesRow;
  km: number;
}

/** The index the county and site pages read. */
export interface PlaceIndex {
  places: Places;
  values: ValueIndex;
  /** Published quarters, oldest first, and their last days (`YYYY-MM-DD`). */
  periods: string[];
  ends: string[];
  /** The rows naming a site (empty lists for a site with none). */
  rowsOf(siteId: string): SiteRows;
  /** The five nearest other sites, nearest first. */
  neighboursOf(siteId: string): NearbySite[];
  fundsOf(countyCode: string): FundsRow[];
  inspectionsOf(countyCode: string): InspectionsRow[];
}

/** How many neighbours a site page lists. */
export const NEIGHBOURS = 5;

// A site's rows before any is added: each table's list empty.
const noRows = (): SiteRows => ({
  latest: {},
  industries: [],
  workshops: [],
  funds: [],
  inspections: [],
});

const EMPTY_ROWS: SiteRows = noRows();

/** Each site's row of its greatest period: its latest, as a site has one row per period (the table's key). */
function latestBySite<R extends { site_id: string; period: string }>(rows: readonly R[]): Map<string, R> {
  const latest = new Map<string, R>();
  for (const row of rows) {
    const kept = latest.get(row.site_id);
    if (kept === undefined || row.period > kept.period) latest.set(row.site_id, row);
  }
  return latest;
}

function groupBy<R>(rows: readonly R[], keyOf: (row: R) => string | null): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(row);
  }
  return groups;
}

/** Builds the index in one pass over each table (pages read the build's through `contextPlaceIndex`). */
export function buildPlaceIndex(model: PlaceModel): PlaceIndex {
  const { dataset } = model;
  const places = indexPlaces(dataset);
  const periods = publishedPeriods(dataset);
  const rows = new Map<string, SiteRows>();
  const rowsFor = (id: string): SiteRows => {
    let entry = rows.get(id);
    if (!entry) {
      entry = noRows();
      rows.set(id, entry);
    }
    return entry;
  };
  for (const [id, row] of latestBySite(dataset.employment)) rowsFor(id).latest.employment = row;
  for (const [id, row] of latestBySite(dataset.services)) rowsFor(id).latest.services = row;
  for (const [id, row] of latestBySite(dataset.property)) rowsFor(id).latest.property = row;
  for (const [id, row] of latestBySite(dataset.welfare)) rowsFor(id).latest.welfare = row;
  for (const row of dataset.industries) rowsFor(row.site_id).industries.push(row);
  for (const row of dataset.workshops) rowsFor(row.site_id).workshops.push(row);
  for (const row of dataset.funds) if (row.site_id !== null) rowsFor(row.site_id).funds.push(row);
  for (const row of dataset.inspections) if (row.site_id !== null) rowsFor(row.site_id).inspections.push(row);
  for (const entry of rows.values()) {
    entry.industries.sort(
      (a, b) => a.started.localeCompare(b.started) || a.industry_id.localeCompare(b.industry_id),
    );
    entry.workshops.sort(
      (a, b) => a.opened.localeCompare(b.opened) || a.workshop_id.localeCompare(b.workshop_id),
    );
    entry.funds.sort((a, b) => a.year - b.year || a.fund_id.localeCompare(b.fund_id));
    entry.inspections.sort(
      (a, b) => a.date.localeCompare(b.date) || a.inspection_id.localeCompare(b.inspection_id),
    );
  }
  const sites = places.sites;
  const nearest = nearestNeighbours(sites, NEIGHBOURS);
  const neighbours = new Map(
    sites.map((site, i) => [site.site_id, nearest[i]!.map((n) => ({ site: sites[n.index]!, km: n.km }))]),
  );
  const funds = groupBy(dataset.funds, (row) => row.county_code);
  const inspections = groupBy(dataset.inspections, (row) => row.county_code);
  return {
    places,
    values: indexValues(model.values),
    periods,
    ends: periods.map(periodEnd),
    rowsOf: (id) => rows.get(id) ?? EMPTY_ROWS,
    neighboursOf: (id) => neighbours.get(id) ?? [],
    fundsOf: (code) => funds.get(code) ?? [],
    inspectionsOf: (code) => inspections.get(code) ?? [],
  };
}
