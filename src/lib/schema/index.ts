/** The data contract: every table, in the order the published data package lists them. */
import { countiesTable, type CountiesRow } from "./counties.ts";
import { employmentTable, type EmploymentRow } from "./employment.ts";
import { fundsTable, type FundsRow } from "./funds.ts";
import { industriesTable, type IndustriesRow } from "./industries.ts";
import { inspectionsTable, type InspectionsRow } from "./inspections.ts";
import { propertyTable, type PropertyRow } from "./property.ts";
import { reportedTotalsTable, type ReportedTotalsRow } from "./reported-totals.ts";
import { servicesTable, type ServicesRow } from "./services.ts";
import { sitesTable, type SitesRow } from "./sites.ts";
import type { Table } from "./table.ts";
import { welfareTable, type WelfareRow } from "./welfare.ts";
import { workshopsTable, type WorkshopsRow } from "./workshops.ts";

/** Every table of the contract, keyed by name, in the data package's order (`datapackage.json`, downloads). */
export const TABLES = {
  counties: countiesTable,
  sites: sitesTable,
  industries: industriesTable,
  workshops: workshopsTable,
  employment: employmentTable,
  services: servicesTable,
  property: propertyTable,
  welfare: welfareTable,
  funds: fundsTable,
  inspections: inspectionsTable,
  reported_totals: reportedTotalsTable,
} as const;

export type TableName = keyof typeof TABLES;

/** Table names in the contract's order (the order of `TABLES`). */
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The validated rows of every table: what the indicators and the site read. */
export interface Dataset {
  counties: CountiesRow[];
  sites: SitesRow[];
  industries: IndustriesRow[];
  workshops: WorkshopsRow[];
  employment: EmploymentRow[];
  services: ServicesRow[];
  property: PropertyRow[];
  welfare: WelfareRow[];
  funds: FundsRow[];
  inspections: InspectionsRow[];
  reported_totals: ReportedTotalsRow[];
}

/** Looks a table up by name, loosely typed, for code that walks every table. */
export function tableByName(name: TableName): Table {
  return TABLES[name];
}

export type {
  CountiesRow,
  EmploymentRow,
  FundsRow,
  IndustriesRow,
  InspectionsRow,
  PropertyRow,
  ReportedTotalsRow,
  ServicesRow,
  SitesRow,
  WelfareRow,
  WorkshopsRow,
};
