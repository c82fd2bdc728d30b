/**
 * The sample generator: from a plan of counties, their townships and villages, their boundaries and
 * a seed, every row of every table, handed to a sink table by table in the order the CSV files list
 * them. The same inputs always give the same rows.
 */
import type { CountyBoundaries } from "../geo/boundaries.ts";
import { TABLE_NAMES, type Dataset, type ReportedTotalsRow, type TableName } from "../schema/index.ts";
import { REPORTED_MEASURES } from "../schema/reported-totals.ts";
import { countyFunds, countyInspections, siteIndustries, siteWorkshops } from "./activities.ts";
import type { Divisions } from "./geography.ts";
import { PERIODS } from "./periods.ts";
import type { CountyPlan } from "./plan.ts";
import { createRandom, hashSeed } from "./random.ts";
import { periodsInScope, siteSeries } from "./series.ts";
import { generateCountySites, type SampleSite } from "./sites.ts";

/** One row of a table. */
export type RowOf<T extends TableName> = Dataset[T][number];

/** Receives generated rows; rows of each table arrive in their final order. */
export interface SampleSink {
  row: <T extends TableName>(table: T, row: RowOf<T>) => void;
}

/** What the generator works from. */
export interface SampleInput {
  seed: number;
  plan: readonly CountyPlan[];
  /** Townships and villages of every county in the plan. */
  divisions: (county: CountyPlan) => Divisions;
  /** WGS-84 boundaries of every county in the plan. */
  boundaries: CountyBoundaries;
}

/** Counts for the summary line. */
export interface SampleSummary {
  rows: Record<TableName, number>;
  persons: number;
  households: number;
  sites: number;
}

type Measure = ReportedTotalsRow["measure"];

/** County × period × measure sums of the site-level data, the truth the reported totals deviate from. */
class Totals {
  private readonly sums = new Map<string, number>();
  add(county: string, period: string, measure: Measure, value: number | null) {
    if (value === null) return;
    const key = `${county}|${period}|${measure}`;
    this.sums.set(key, (this.sums.get(key) ?? 0) + value);
  }
  get(county: string, period: string, measure: Measure): number {
    return this.sums.get(`${county}|${period}|${measure}`) ?? 0;
  }
}

/**
 * What a county reported beside what its sites add up to: mostly the same, sometimes off by a few
 * per cent (late corrections, different cut-off days), now and then badly off (a county that kept
 * reporting its plan figure).
 */
function reportedTotals(county: CountyPlan, totals: Totals, seed: number): ReportedTotalsRow[] {
  const random = createRandom(hashSeed(seed, "reported", county.code));
  const rows: ReportedTotalsRow[] = [];
  // One measure in some counties stays badly off for a run of quarters.
  const stuckMeasure = random.chance(0.4) ? random.pick(REPORTED_MEASURES).value : null;
  const stuckFrom = random.int(0, PERIODS.length - 6);
  const stuckFactor = random.between(1.12, 1.4);
  for (const period of PERIODS) {
    for (const { value: measure } of REPORTED_MEASURES) {
      const truth = totals.get(county.code, period.id, measure);
      let factor = 1;
      if (measure === stuckMeasure && period.index >= stuckFrom && period.index < stuckFrom + 5)
        factor = stuckFactor;
      else if (random.chance(0.02)) factor = random.between(0.6, 0.85);
      else if (random.chance(0.1)) factor = 1 + random.pick([-1, 1]) * random.between(0.005, 0.04);
      rows.push({
        county_code: county.code,
        period: period.id,
        measure,
        value: Math.round(truth * factor),
        source: `${county.nameZh}乡村振兴局季度报表`,
      });
    }
  }
  return rows;
}

/** Generates the whole sample into the sink and returns its counts. */
export function generateSample(input: SampleInput, sink: SampleSink): SampleSummary {
  const rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, 0])) as Record<TableName, number>;
  const emit = <T extends TableName>(table: T, row: RowOf<T>) => {
    rows[table]++;
    sink.row(table, row);
  };
  for (const county of input.plan) {
    emit("counties", { county_code: county.code, name_zh: county.nameZh, name_en: county.nameEn });
  }

  const sitesByCounty = new Map<string, SampleSite[]>();
  let persons = 0;
  let households = 0;
  let siteCount = 0;
  for (const county of input.plan) {
    const sites = generateCountySites(county, input.divisions(county), input.boundaries, input.seed);
    sitesByCounty.set(county.code, sites);
    for (const site of sites) {
      emit("sites", site.row);
      persons += site.row.persons;
      households += site.row.households;
      siteCount++;
    }
  }

  const totals = new Totals();
  for (const county of input.plan) {
    for (const site of sitesByCounty.get(county.code)!) {
      for (const industry of siteIndustries(site, input.seed)) emit("industries", industry);
      const workshops = siteWorkshops(site, input.seed);
      for (const workshop of workshops) emit("workshops", workshop);

      const code = county.code;
      for (const period of periodsInScope(site.row.moved_in)) {
        totals.add(code, period.id, "sites", 1);
        totals.add(code, period.id, "households", site.row.households);
        totals.add(code, period.id, "persons", site.row.persons);
      }
      const series = siteSeries(site, workshops, input.seed);
      for (const row of series.employment) {
        emit("employment", row);
        totals.add(code, row.period, "households_with_labour", row.households_with_labour);
        totals.add(code, row.period, "households_with_labour_employed", row.households_with_labour_employed);
        totals.add(code, row.period, "trained_persons", row.trained_persons);
      }
      for (const row of series.services) emit("services", row);
      for (const row of series.property) {
        emit("property", row);
        totals.add(code, row.period, "certificates_issued", row.certificates_issued);
      }
      for (const row of series.welfare) {
        emit("welfare", row);
        totals.add(code, row.period, "medical_insured", row.medical_insured);
      }
    }
  }

  for (const county of input.plan) {
    for (const row of countyFunds(county, sitesByCounty.get(county.code)!, input.seed)) emit("funds", row);
  }
  for (const county of input.plan) {
    for (const row of countyInspections(county, sitesByCounty.get(county.code)!, input.seed))
      emit("inspections", row);
  }
  for (const county of input.plan) {
    for (const row of reportedTotals(county, totals, input.seed)) emit("reported_totals", row);
  }
  return { rows, persons, households, sites: siteCount };
}

/** Generates the whole sample into memory, for tests and small scales. */
export function collectSample(input: SampleInput): { dataset: Dataset; summary: SampleSummary } {
  const dataset: Dataset = {
    counties: [],
    sites: [],
    industries: [],
    workshops: [],
    employment: [],
    services: [],
    property: [],
    welfare: [],
    funds: [],
    inspections: [],
    reported_totals: [],
  };
  const summary = generateSample(input, {
    row: (table, row) => {
      (dataset[table] as RowOf<typeof table>[]).push(row);
    },
  });
  return { dataset, summary };
}
