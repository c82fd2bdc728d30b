/**
 * The registry of indicators: the 18 modules in the order they are computed, published and shown
 * (the order of the policy's measures), and what the site derives from them: ids, headlines.
 * Each indicator's module holds everything about it; this file only lists them.
 */
import { benefitLinkageRate } from "./benefit-linkage-rate.ts";
import type { Indicator } from "./core.ts";
import { employmentServiceCoverage } from "./employment-service-coverage.ts";
import { facilityCompleteness } from "./facility-completeness.ts";
import { householdEmployment } from "./household-employment.ts";
import { hukouTransferRate } from "./hukou-transfer-rate.ts";
import { independentCommunity800Plus } from "./independent-community-800-plus.ts";
import { industryPlanCoverage } from "./industry-plan-coverage.ts";
import { leadingIndustryCoverage } from "./leading-industry-coverage.ts";
import { medicalInsuranceRate } from "./medical-insurance-rate.ts";
import { partyOrganizationCoverage } from "./party-organization-coverage.ts";
import { pensionInsuranceRate } from "./pension-insurance-rate.ts";
import { priorityFundShare } from "./priority-fund-share.ts";
import { propertyCertificateRate } from "./property-certificate-rate.ts";
import { rectificationRate } from "./rectification-rate.ts";
import { threeHavesRate } from "./three-haves-rate.ts";
import { trainingCoverage } from "./training-coverage.ts";
import { transferRestrictionViolations } from "./transfer-restriction-violations.ts";
import { workshopCoverage200Plus } from "./workshop-coverage-200-plus.ts";
import type { IndicatorMeta } from "./types.ts";

// Registration order is the published order.
const MODULES = [
  industryPlanCoverage,
  leadingIndustryCoverage,
  benefitLinkageRate,
  trainingCoverage,
  householdEmployment,
  workshopCoverage200Plus,
  employmentServiceCoverage,
  facilityCompleteness,
  threeHavesRate,
  independentCommunity800Plus,
  partyOrganizationCoverage,
  propertyCertificateRate,
  transferRestrictionViolations,
  medicalInsuranceRate,
  pensionInsuranceRate,
  hukouTransferRate,
  priorityFundShare,
  rectificationRate,
] as const;

/** The id of a registered indicator ("household-employment"). */
export type IndicatorId = (typeof MODULES)[number]["id"];

/** A set of indicators and the lists the site derives from them. */
export interface Registry<Id extends string = IndicatorId> {
  /** Every indicator, in the order computed, published and shown. */
  readonly indicators: readonly Indicator<Id>[];
  /** Their ids, in the same order. */
  readonly ids: readonly Id[];
  /** The home page's headline cards, by their `headline.home` place. */
  readonly homeHeadlines: readonly Indicator<Id>[];
  /** The columns of the counties' overview and a county's townships, by their `headline.overview` place. */
  readonly overviewHeadlines: readonly Indicator<Id>[];
  /** The indicators published for single sites, in order. */
  readonly siteIndicators: readonly Indicator<Id>[];
  /** Looks an indicator up by id; undefined when there is none. */
  byId(id: string): Indicator<Id> | undefined;
}

// The indicators holding a place `key` among the headlines, by that place; two in one place is a mistake.
function headlinesBy<Id extends string>(
  indicators: readonly Indicator<Id>[],
  key: "home" | "overview",
): Indicator<Id>[] {
  const placed = indicators.filter((indicator) => indicator.headline?.[key] !== undefined);
  const byPlace = new Map<number, Indicator<Id>>();
  for (const indicator of placed) {
    const place = indicator.headline![key]!;
    const other = byPlace.get(place);
    if (other) {
      throw new Error(
        `Indicators "${other.id}" and "${indicator.id}" both take headline.${key} place ${place}; give one of them another place.`,
      );
    }
    byPlace.set(place, indicator);
  }
  return placed.sort((a, b) => a.headline![key]! - b.headline![key]!);
}

/**
 * A registry of `indicators`, kept in the order given. Throws when two share an id or a headline
 * place. The site's registry is `REGISTRY`; tests make their own with extra indicators.
 */
export function createRegistry<Id extends string>(indicators: readonly Indicator<Id>[]): Registry<Id> {
  const byId = new Map<string, Indicator<Id>>();
  for (const indicator of indicators) {
    if (byId.has(indicator.id)) {
      throw new Error(`Two indicators are registered as "${indicator.id}"; each id must be unique.`);
    }
    byId.set(indicator.id, indicator);
  }
  return {
    indicators,
    ids: indicators.map((indicator) => indicator.id),
    homeHeadlines: headlinesBy(indicators, "home"),
    overviewHeadlines: headlinesBy(indicators, "overview"),
    siteIndicators: indicators.filter((indicator) => indicator.levels.includes("site")),
    byId: (id) => byId.get(id),
  };
}

/** The site's indicators. */
export const REGISTRY: Registry = createRegistry<IndicatorId>(MODULES);

/** Every indicator, in the published order. */
export const INDICATORS: readonly Indicator<IndicatorId>[] = REGISTRY.indicators;

/** Policy measures that carry no number: the policy page shows related activity, never a score. */
export const MEASURES_WITHOUT_INDICATOR: readonly number[] = [10, 13, 15];

/** Looks an indicator up by id; undefined when there is none. */
export function indicatorById(id: string): Indicator<IndicatorId> | undefined {
  return REGISTRY.byId(id);
}

/** An indicator's metadata alone (no functions), as published beside the values. */
export function describeIndicator(indicator: Indicator): IndicatorMeta {
  return {
    id: indicator.id,
    measure: indicator.measure,
    title: indicator.title,
    description: indicator.description,
    formula: indicator.formula,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
    target: indicator.target,
    tables: indicator.tables,
    levels: indicator.levels,
    periodKind: indicator.periodKind,
    notes: indicator.notes,
  };
}
