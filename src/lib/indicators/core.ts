/**
 * The aggregation every site-based indicator shares. Rows are indexed by site and period once;
 * each indicator then tallies every site × period as a numerator and a denominator, and
 * townships, counties and the city sum those tallies (they never average shares).
 */
import type { CellValue } from "../csv/write.ts";
import type {
  Dataset,
  EmploymentRow,
  IndustriesRow,
  PropertyRow,
  ServicesRow,
  SitesRow,
  WelfareRow,
  WorkshopsRow,
} from "../schema/index.ts";
import { periodEnd, publishedPeriods } from "./periods.ts";
import { inScope, sizeClass, type SizeClass } from "./scope.ts";
import { outcome, targetNumber } from "./status.ts";
import {
  CITY_CODE,
  type HeadlinePlaces,
  type IndicatorMeta,
  type IndicatorValue,
  type Level,
  type NoDataReason,
  type ReceiptSource,
  type Reporting,
} from "./types.ts";

/** What one site looks like at one period: its size, whether it is in scope, and its rows. */
export interface SiteAt {
  site: SitesRow;
  size: SizeClass;
  period: string;
  /** The period's last day, `YYYY-MM-DD`. */
  end: string;
  inScope: boolean;
  employment: EmploymentRow | undefined;
  services: ServicesRow | undefined;
  property: PropertyRow | undefined;
  welfare: WelfareRow | undefined;
  industries: readonly IndustriesRow[];
  workshops: readonly WorkshopsRow[];
}

/** A site's contribution: numerator and denominator. */
export type Tally = readonly [numerator: number, denominator: number];

/** The yes of a yes/no indicator: 1 of 1. */
export const YES: Tally = [1, 1];
/** The no of a yes/no indicator: 0 of 1. */
export const NO: Tally = [0, 1];

/** A yes/no tally. */
export function yesNo(yes: boolean): Tally {
  return yes ? YES : NO;
}

/** Both counts of a pair, or null when either cell is empty (the row then counts on neither side). */
export function pair(numerator: number | null, denominator: number | null): Tally | null {
  return numerator === null || denominator === null ? null : [numerator, denominator];
}

/** What every indicator carries besides its published metadata: its receipt and its place among headlines. */
interface IndicatorParts<Id extends string> extends IndicatorMeta<Id> {
  /** The rows a receipt of one of its figures lists, and the columns each side reads. */
  receipt: ReceiptSource;
  /** Its place among the headlines; absent when it is not one. */
  headline?: HeadlinePlaces;
  /**
   * Set when its figures accumulate over the calendar year and restart each first quarter (a
   * year-to-date count): a change is then told against the same quarter a year before, because
   * against the quarter before it would report the seasonal climb and the first-quarter fall.
   */
  yearToDate?: true;
}

/** An indicator built from sites: published for every site, township, county and the city. */
export interface SiteIndicator<Id extends string = string> extends IndicatorParts<Id> {
  kind: "site";
  /**
   * How one site's value reads: `yes-no` when every tally is 1/1 or 0/1 (the site has it or has
   * not), `share` when a site's own numerator and denominator are counts.
   */
  siteReading: "yes-no" | "share";
  /** Whether the site is expected to count at this period (in scope, and of the size the measure concerns). */
  expected: (at: SiteAt) => boolean;
  /** The site's contribution at this period, or null when it contributes nothing (no row, empty cells). */
  tally: (at: SiteAt) => Tally | null;
}

/** The sites that are in scope at the period: the population of most indicators. */
export const everyInScopeSite = (at: SiteAt): boolean => at.inScope;

/** Sites, periods and rows, indexed once for all indicators. */
export interface SiteIndex {
  /** Sites sorted by `site_id`. */
  sites: SitesRow[];
  sizes: SizeClass[];
  periods: string[];
  ends: string[];
  /** Rows of each site × period table, at `siteIndex * periods.length + periodIndex`. */
  employment: (EmploymentRow | undefined)[];
  services: (ServicesRow | undefined)[];
  property: (PropertyRow | undefined)[];
  welfare: (WelfareRow | undefined)[];
  industries: IndustriesRow[][];
  workshops: WorkshopsRow[][];
  /** County codes sorted: the counties table and any county a site names. */
  counties: string[];
  /** Township codes sorted. */
  townships: string[];
  countyOf: Int32Array;
  townshipOf: Int32Array;
}

function place<R extends { site_id: string; period: string }>(
  rows: readonly R[],
  siteNumber: Map<string, number>,
  periodNumber: Map<string, number>,
  width: number,
): (R | undefined)[] {
  const slots = new Array<R | undefined>(siteNumber.size * width);
  for (const row of rows) {
    const s = siteNumber.get(row.site_id);
    const p = periodNumber.get(row.period);
    // Rows of unknown sites are the validator's business (foreign-key); they count nowhere here.
    if (s !== undefined && p !== undefined) slots[s * width + p] = row;
  }
  return slots;
}

function groupBySite<R extends { site_id: string }>(
  rows: readonly R[],
  siteNumber: Map<string, number>,
): R[][] {
  const groups: R[][] = Array.from({ length: siteNumber.size }, () => []);
  for (const row of rows) {
    const s = siteNumber.get(row.site_id);
    if (s !== undefined) groups[s]!.push(row);
  }
  return groups;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Indexes a dataset's sites and rows by site and period, in one pass over each table. */
export function indexSites(dataset: Dataset): SiteIndex {
  const sites = [...dataset.sites].sort((a, b) => byText(a.site_id, b.site_id));
  const periods = publishedPeriods(dataset);
  const siteNumber = new Map(sites.map((site, i) => [site.site_id, i]));
  const periodNumber = new Map(periods.map((period, i) => [period, i]));
  const width = periods.length;
  const counties = [
    ...new Set([...dataset.counties.map((c) => c.county_code), ...sites.map((s) => s.county_code)]),
  ].sort(byText);
  const townships = [...new Set(sites.map((s) => s.township_code))].sort(byText);
  const countyNumber = new Map(counties.map((code, i) => [code, i]));
  const townshipNumber = new Map(townships.map((code, i) => [code, i]));
  return {
    sites,
    sizes: sites.map((s) => sizeClass(s.persons)),
    periods,
    ends: periods.map(periodEnd),
    employment: place(dataset.employment, siteNumber, periodNumber, width),
    services: place(dataset.services, siteNumber, periodNumber, width),
    property: place(dataset.property, siteNumber, periodNumber, width),
    welfare: place(dataset.welfare, siteNumber, periodNumber, width),
    industries: groupBySite(dataset.industries, siteNumber),
    workshops: groupBySite(dataset.workshops, siteNumber),
    counties,
    townships,
    countyOf: Int32Array.from(sites, (s) => countyNumber.get(s.county_code)!),
    townshipOf: Int32Array.from(sites, (s) => townshipNumber.get(s.township_code)!),
  };
}

/** Why a place without a value has none. */
export function emptyReason(expected: number, reporting: number): NoDataReason {
  if (reporting > 0) return "zero-denominator";
  return expected > 0 ? "not-reported" : "no-sites-in-scope";
}

/** Builds one published value from its sums. */
export function valueOf(
  meta: IndicatorMeta,
  level: Level,
  code: string,
  period: string,
  numerator: number,
  denominator: number,
  reporting: { reporting: number; expected: number } | null,
  reason: NoDataReason,
): IndicatorValue {
  const result = outcome(numerator, denominator, meta.target, reason);
  const value: IndicatorValue = {
    indicator: meta.id,
    level,
    code,
    period,
    numerator,
    denominator,
    value: result.value,
    target: targetNumber(meta.target),
    status: result.status,
    reporting,
  };
  if (result.reason !== undefined) value.reason = result.reason;
  return value;
}

// A national build holds 14.7 million values; nearly all are single sites, whose reporting is
// 0 or 1 of 0 or 1 expected. One shared, frozen object per distinct pair instead of one per
// value saves about 40 bytes each (≈ 0.6 GB at national scale).
const reportings = new Map<number, Readonly<Reporting>>();

/** The (shared, frozen) reporting object of `reporting` sites out of `expected`. */
export function reportingOf(reporting: number, expected: number): Readonly<Reporting> {
  // Counts below 2^21 (far above any number of sites) make a key no other pair shares.
  if (reporting >= 0x200000 || expected >= 0x200000) return Object.freeze({ reporting, expected });
  const key = reporting * 0x200000 + expected;
  let shared = reportings.get(key);
  if (shared === undefined) {
    shared = Object.freeze({ reporting, expected });
    if (reportings.size < 100_000) reportings.set(key, shared);
  }
  return shared;
}

// Per group and period: numerator, denominator, sites reporting, sites expected.
class Sums {
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly reporting: Int32Array;
  readonly expected: Int32Array;
  constructor(size: number) {
    this.numerator = new Float64Array(size);
    this.denominator = new Float64Array(size);
    this.reporting = new Int32Array(size);
    this.expected = new Int32Array(size);
  }
}

/**
 * Where a site indicator's values go as they are made from its sums: each value's parts, which
 * `valueOf` turns into the published object (a site indicator's value always counts its sites,
 * and has no value for the reason `emptyReason` gives). A list of objects for the browser, the
 * tests and `anju compute`; the value store, which copies the parts into its columns without an
 * object (src/lib/indicators/store.ts), for the site build's 14.7 million values.
 */
export interface ValueSink {
  addSums(
    meta: IndicatorMeta,
    level: Level,
    code: string,
    period: string,
    numerator: number,
    denominator: number,
    reporting: number,
    expected: number,
  ): void;
}

function emitGroups(
  sink: ValueSink,
  indicator: SiteIndicator,
  level: Level,
  codes: readonly string[],
  periods: readonly string[],
  sums: Sums,
): void {
  const width = periods.length;
  for (let g = 0; g < codes.length; g++) {
    for (let p = 0; p < width; p++) {
      const i = g * width + p;
      sink.addSums(
        indicator,
        level,
        codes[g]!,
        periods[p]!,
        sums.numerator[i]!,
        sums.denominator[i]!,
        sums.reporting[i]!,
        sums.expected[i]!,
      );
    }
  }
}

/**
 * Every value of a site-based indicator, in published order, into `sink`: city, counties,
 * townships, sites, each by code and then by period. A site has a value where it is expected or
 * contributed a row.
 */
export function addSiteIndicatorValues(sink: ValueSink, indicator: SiteIndicator, index: SiteIndex): void {
  const { sites, periods } = index;
  const width = periods.length;
  const site = new Sums(sites.length * width);
  const contributed = new Uint8Array(sites.length * width);
  const expected = new Uint8Array(sites.length * width);
  const city = new Sums(width);
  const county = new Sums(index.counties.length * width);
  const township = new Sums(index.townships.length * width);
  const at: SiteAt = {
    site: sites[0]!,
    size: "small",
    period: "",
    end: "",
    inScope: false,
    employment: undefined,
    services: undefined,
    property: undefined,
    welfare: undefined,
    industries: [],
    workshops: [],
  };
  for (let s = 0; s < sites.length; s++) {
    at.site = sites[s]!;
    at.size = index.sizes[s]!;
    at.industries = index.industries[s]!;
    at.workshops = index.workshops[s]!;
    const c = index.countyOf[s]! * width;
    const t = index.townshipOf[s]! * width;
    for (let p = 0; p < width; p++) {
      const i = s * width + p;
      at.period = periods[p]!;
      at.end = index.ends[p]!;
      at.inScope = inScope(at.site, at.end);
      at.employment = index.employment[i];
      at.services = index.services[i];
      at.property = index.property[i];
      at.welfare = index.welfare[i];
      const isExpected = indicator.expected(at) ? 1 : 0;
      const tally = indicator.tally(at);
      expected[i] = isExpected;
      site.expected[i] = isExpected;
      city.expected[p]! += isExpected;
      county.expected[c + p]! += isExpected;
      township.expected[t + p]! += isExpected;
      if (tally === null) continue;
      const [n, d] = tally;
      contributed[i] = 1;
      site.numerator[i] = n;
      site.denominator[i] = d;
      site.reporting[i] = 1;
      city.numerator[p]! += n;
      city.denominator[p]! += d;
      city.reporting[p]! += 1;
      county.numerator[c + p]! += n;
      county.denominator[c + p]! += d;
      county.reporting[c + p]! += 1;
      township.numerator[t + p]! += n;
      township.denominator[t + p]! += d;
      township.reporting[t + p]! += 1;
    }
  }
  emitGroups(sink, indicator, "city", [CITY_CODE], periods, city);
  emitGroups(sink, indicator, "county", index.counties, periods, county);
  emitGroups(sink, indicator, "township", index.townships, periods, township);
  for (let s = 0; s < sites.length; s++) {
    for (let p = 0; p < width; p++) {
      const i = s * width + p;
      if (expected[i] === 0 && contributed[i] === 0) continue;
      sink.addSums(
        indicator,
        "site",
        sites[s]!.site_id,
        periods[p]!,
        site.numerator[i]!,
        site.denominator[i]!,
        site.reporting[i]!,
        site.expected[i]!,
      );
    }
  }
}

/** A source row and its part of a figure. */
export interface ContributingRow {
  /** The site the row belongs to; null for a fund or inspection that names none. */
  site_id: string | null;
  numerator: number;
  denominator: number;
  /** The row as validated, keyed by the source table's columns (null = empty cell). */
  row: Readonly<Record<string, CellValue>>;
}

/** One figure's place and period. */
export interface FigurePlace {
  level: Level;
  code: string;
  period: string;
}

/** A place a row counts for: its level and code. */
export type RowPlace = readonly [level: Level, code: string];

/** Whether a row that counts for `places` counts in the figure of the place `level`, `code`. */
export function countsFor(places: readonly RowPlace[], level: Level, code: string): boolean {
  return places.some(([l, c]) => l === level && c === code);
}

/** An indicator built from rows that are not per site × period (funds, inspections): county and city. */
export interface PlaceIndicator<Id extends string = string> extends IndicatorParts<Id> {
  kind: "place";
  /** Every value, in published order: city, counties, then any site values, each by code and period. */
  values: (dataset: Dataset, index: SiteIndex) => Iterable<IndicatorValue>;
  /**
   * The rows that make one figure, each with its part, by the same rule `values` sums: what the
   * figure's receipt lists. Empty for a place or period the rule gives no row.
   */
  rowsOf: (dataset: Dataset, index: SiteIndex, figure: FigurePlace) => ContributingRow[];
}

/** Either kind of indicator. */
export type Indicator<Id extends string = string> = SiteIndicator<Id> | PlaceIndicator<Id>;

/** How a site's value of the indicator reads: yes/no, or a share (rows summed at a site are always a share). */
export function siteReading(indicator: Indicator): "yes-no" | "share" {
  return indicator.kind === "site" ? indicator.siteReading : "share";
}

/** Why a county or city value from plain rows has none: no rows at all, or rows summing to zero. */
export function rowsReason(rows: number): NoDataReason {
  return rows > 0 ? "zero-denominator" : "not-reported";
}
