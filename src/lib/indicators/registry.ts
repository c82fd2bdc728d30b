/** The 18 indicators, in SPEC's order: the order they are computed, published and shown. */
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

/** Every indicator, in SPEC's order. */
export const INDICATORS: readonly Indicator[] = [
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
];

/** Policy measures that carry no number: the policy page shows related activity, never a score. */
export const MEASURES_WITHOUT_INDICATOR: readonly number[] = [10, 13, 15];

/** Looks an indicator up by id; undefined when there is none. */
export function indicatorById(id: string): Indicator | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
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
