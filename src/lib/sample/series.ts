/**
 * The quarterly rows of one site (employment, services, property, welfare): coverage that rises
 * towards the policy's targets at a pace of the county's and the site's own, laggards that stall
 * short of them, and cells or whole rows now and then not reported.
 */
import type { EmploymentRow, PropertyRow, ServicesRow, WelfareRow, WorkshopsRow } from "../schema/index.ts";
import { PERIODS, type Period } from "./periods.ts";
import { createRandom, hashSeed, type Random } from "./random.ts";
import type { SampleSite } from "./sites.ts";

/** The site × period rows of one site, each list in period order. */
export interface SiteSeries {
  employment: EmploymentRow[];
  services: ServicesRow[];
  property: PropertyRow[];
  welfare: WelfareRow[];
}

/** The quarters in which a site is in scope: those ending on or after its move-in date. */
export function periodsInScope(movedIn: string | null): Period[] {
  return movedIn === null ? [...PERIODS] : PERIODS.filter((period) => period.end >= movedIn);
}

/** A value that starts at `start` and approaches `ceiling`, closing `rate` of the gap per quarter (roughly). */
function approach(start: number, ceiling: number, rate: number, t: number): number {
  return ceiling - (ceiling - start) * Math.exp(-rate * t);
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** `value` or, with the given probability, null (not reported). */
function reported<T>(random: Random, probability: number, value: T): T | null {
  return random.chance(probability) ? null : value;
}

/** The quarter (series index) from which a yes/no item is in place, or Infinity for never. */
function switchOn(random: Random, alreadyShare: number, latest: number, neverShare: number): number {
  if (random.chance(neverShare)) return Infinity;
  if (random.chance(alreadyShare)) return 0;
  return random.int(1, latest);
}

// Share of each quarter's annual training done by its end: training is counted per calendar year.
const YEAR_TO_DATE = [0.3, 0.6, 0.85, 1] as const;

/** Generates the quarterly rows of one site, given the workshops that serve it. */
export function siteSeries(site: SampleSite, workshops: readonly WorkshopsRow[], seed: number): SiteSeries {
  const random = createRandom(hashSeed(seed, "series", site.row.site_id));
  const { persons, households, site_id } = site.row;
  const lag = site.laggard;
  const pace = site.county.pace * random.between(0.7, 1.3) * (lag ? 0.45 : 1);
  const periods = periodsInScope(site.row.moved_in);
  // How reliably the site reports: most rarely miss a cell, a few miss often.
  const gaps = random.chance(0.08) ? 0.08 : 0.012;
  const rowGaps = random.chance(0.05) ? 0.06 : 0.006;

  const labourShare = random.between(0.48, 0.66);
  const labourHouseholdShare = random.between(0.8, 0.95);
  const employStart = random.between(0.72, 0.9);
  const employCeiling = lag ? random.between(0.82, 0.93) : random.between(0.96, 1);
  const linkStart = random.between(0.15, 0.45);
  const linkCeiling = lag ? random.between(0.45, 0.7) : random.between(0.75, 0.98);
  const outsideShare = random.between(0.4, 0.65);
  const welfareJobsShare = random.between(0.02, 0.07);
  const trainStart = random.between(0.2, 0.45);
  const trainCeiling = lag ? random.between(0.4, 0.65) : random.between(0.8, 1);
  const skillStart = random.between(0.25, 0.45);
  const skillCeiling = lag ? random.between(0.5, 0.65) : random.between(0.75, 0.92);

  const large = site.size === "large";
  const medium = site.size === "medium";
  const stationFrom = switchOn(random, lag ? 0.3 : 0.7, 10, lag ? 0.25 : 0.02);
  const centreFrom =
    large || medium || random.chance(0.25)
      ? switchOn(random, lag ? 0.2 : 0.5, 14, lag ? 0.5 : 0.05)
      : Infinity;
  const officeFrom = switchOn(random, 0.75, 8, lag ? 0.2 : 0.01);
  const staffFrom = switchOn(random, 0.7, 8, lag ? 0.2 : 0.01);
  const rulesFrom = switchOn(random, 0.6, 10, lag ? 0.3 : 0.02);
  const independentFrom = switchOn(random, 0.5, 10, large ? (lag ? 0.4 : 0.08) : medium ? 0.7 : 0.97);
  const branchFrom = switchOn(random, 0.4, 12, large ? 0.1 : 0.65);
  const groupFrom = switchOn(random, 0.6, 8, lag ? 0.25 : 0.03);
  const policeFrom = switchOn(random, 0.5, 10, large ? 0.1 : medium ? 0.5 : 0.9);
  const basicFrom = [
    switchOn(random, 0.97, 4, 0),
    switchOn(random, 0.98, 4, 0),
    switchOn(random, 0.93, 6, 0),
  ];
  const networkFrom = switchOn(random, 0.7, 8, lag ? 0.1 : 0);
  // Urban sites often have no room for plots and pens, which keeps measure 7 honest.
  const urban = site.row.placement === "urban";
  const plotsFrom = switchOn(random, 0.5, 12, urban ? 0.35 : lag ? 0.3 : 0.05);
  const pensFrom = switchOn(random, 0.4, 12, urban ? 0.55 : lag ? 0.35 : 0.08);
  const toolsFrom = switchOn(random, 0.5, 12, urban ? 0.3 : lag ? 0.3 : 0.05);

  const houses =
    households + (random.chance(0.2) ? random.int(1, Math.max(1, Math.round(households * 0.03))) : 0);
  const certStart = random.between(0, 0.35);
  const certCeiling = lag ? random.between(0.55, 0.9) : 1;
  const certPace = pace * random.between(0.15, 0.4);
  // A few sites record a restriction shorter than the policy's twenty years.
  const restriction = random.chance(0.03) ? random.pick([5, 10, 15]) : random.chance(0.05) ? 25 : 20;

  const medicalShare = random.between(0.96, 0.995);
  const eligibleShare = random.between(0.38, 0.55);
  const pensionStart = random.between(0.8, 0.93);
  const pensionCeiling = lag ? random.between(0.88, 0.95) : random.between(0.97, 1);
  const dibaoShare = random.between(0.06, 0.2);
  const hukouCeiling = random.between(0.3, 0.85);

  const series: SiteSeries = { employment: [], services: [], property: [], welfare: [] };
  let sitePersons = persons;
  for (const period of periods) {
    const t = period.index;
    const jitter = (spread: number) => 1 + random.normal() * spread;
    const on = (from: number) => t >= from;

    // Births, deaths and marriages move the headcount a little from quarter to quarter.
    sitePersons = Math.max(households, Math.round(sitePersons * jitter(0.002)));
    const labour = Math.min(sitePersons, Math.round(sitePersons * labourShare * jitter(0.01)));
    const withLabour = Math.min(households, Math.round(households * labourHouseholdShare));
    const employed = Math.min(
      withLabour,
      Math.round(
        withLabour * clamp(approach(employStart, employCeiling, 0.25 * pace, t) * jitter(0.015), 0, 1),
      ),
    );
    const linked = Math.min(
      households,
      Math.round(households * clamp(approach(linkStart, linkCeiling, 0.18 * pace, t), 0, 1)),
    );
    const workers = Math.min(labour, Math.round(employed * random.between(1.2, 1.5)));
    const outside = Math.round(workers * outsideShare * jitter(0.03));
    const inCounty = Math.max(0, workers - outside);
    const activeJobs = workshops
      .filter((w) => w.opened <= period.end && (w.closed === null || w.closed > period.end))
      .reduce((sum, w) => sum + w.relocated_employees, 0);
    const inWorkshops = Math.min(inCounty, Math.round(activeJobs * random.between(0.8, 1)));
    const welfareJobs = Math.min(inCounty - inWorkshops, Math.round(households * welfareJobsShare));
    const yearRate = clamp(approach(trainStart, trainCeiling, 0.12 * pace, t), 0, 1);
    const trained = Math.min(labour, Math.round(labour * yearRate * YEAR_TO_DATE[period.quarter - 1]!));
    const skilled = Math.min(labour, Math.round(labour * approach(skillStart, skillCeiling, 0.1 * pace, t)));

    if (!random.chance(rowGaps)) {
      series.employment.push({
        site_id,
        period: period.id,
        labour_persons: reported(random, gaps, labour),
        households_with_labour: reported(random, gaps, withLabour),
        households_with_labour_employed: reported(random, gaps, employed),
        // Benefit linkage was first collected in 2020; many sites left it blank at first.
        households_benefit_linked: reported(random, t === 0 ? 0.4 : gaps, linked),
        employed_outside_county: reported(random, gaps * 2, outside),
        employed_in_county: reported(random, gaps * 2, inCounty),
        employed_in_workshops: reported(random, gaps * 2, inWorkshops),
        public_welfare_jobs: reported(random, gaps * 2, welfareJobs),
        trained_persons: reported(random, gaps, trained),
        skilled_persons: reported(random, gaps * 3, skilled),
      });
    }

    if (!random.chance(rowGaps)) {
      const independent = on(independentFrom);
      series.services.push({
        site_id,
        period: period.id,
        employment_service: reported(
          random,
          gaps,
          on(centreFrom) ? "centre" : on(stationFrom) ? "station" : "none",
        ),
        has_office: reported(random, gaps, on(officeFrom)),
        has_staff: reported(random, gaps, on(staffFrom)),
        has_rules: reported(random, gaps, on(rulesFrom)),
        independent_community: reported(random, gaps, independent),
        party_organization: reported(
          random,
          gaps,
          on(branchFrom) || (independent && on(groupFrom)) ? "branch" : on(groupFrom) ? "group" : "none",
        ),
        police_post: reported(random, gaps, on(policeFrom)),
        water: reported(random, gaps, on(basicFrom[0]!)),
        power: reported(random, gaps, on(basicFrom[1]!)),
        road: reported(random, gaps, on(basicFrom[2]!)),
        network: reported(random, gaps, on(networkFrom)),
        vegetable_plots: reported(random, gaps, on(plotsFrom)),
        livestock_pens: reported(random, gaps, on(pensFrom)),
        tool_storage: reported(random, gaps, on(toolsFrom)),
      });
    }

    if (!random.chance(rowGaps)) {
      const certificates = Math.min(
        houses,
        Math.round(houses * clamp(approach(certStart, certCeiling, certPace, t), 0, 1)),
      );
      series.property.push({
        site_id,
        period: period.id,
        houses: reported(random, gaps, houses),
        certificates_issued: reported(random, gaps, certificates),
        transfer_restriction_years: certificates > 0 ? reported(random, gaps, restriction) : null,
      });
    }

    if (!random.chance(rowGaps)) {
      const medical = Math.min(sitePersons, Math.round(sitePersons * clamp(medicalShare + 0.002 * t, 0, 1)));
      const eligible = Math.min(sitePersons, Math.round(sitePersons * eligibleShare));
      series.welfare.push({
        site_id,
        period: period.id,
        persons: reported(random, gaps, sitePersons),
        medical_insured: reported(random, gaps, medical),
        serious_illness_insured: reported(random, gaps, Math.round(medical * random.between(0.97, 1))),
        pension_eligible: reported(random, gaps, eligible),
        pension_insured: reported(
          random,
          gaps,
          Math.min(
            eligible,
            Math.round(eligible * clamp(approach(pensionStart, pensionCeiling, 0.2 * pace, t), 0, 1)),
          ),
        ),
        dibao_persons: reported(random, gaps * 2, Math.round(sitePersons * dibaoShare * (1 - 0.008 * t))),
        hukou_transferred: reported(
          random,
          gaps * 2,
          Math.min(sitePersons, Math.round(sitePersons * approach(0.08, hukouCeiling, 0.08 * pace, t))),
        ),
      });
    }
  }
  return series;
}
