/**
 * Data quality: site sums against county-reported totals, the data against independently
 * published figures, and consistency signals. Pure: reference figures are passed in as parsed rows.
 */
import type { Dataset } from "../schema/index.ts";
import { checkPublishedFigures } from "./published-figures.ts";
import { checkReportedTotals } from "./reported-totals.ts";
import { consistencySignals } from "./signals.ts";
import {
  PUBLISHED_FIGURES_TOLERANCE,
  REPORTED_TOTALS_TOLERANCE,
  type QualityReport,
  type ReferenceFigure,
} from "./types.ts";

/** The whole data-quality report for a dataset and the independently published figures. */
export function crossCheck(dataset: Dataset, reference: readonly ReferenceFigure[]): QualityReport {
  return {
    tolerance: { reported_totals: REPORTED_TOTALS_TOLERANCE, published_figures: PUBLISHED_FIGURES_TOLERANCE },
    reported_totals: checkReportedTotals(dataset),
    published_figures: checkPublishedFigures(dataset, reference),
    signals: consistencySignals(dataset),
  };
}

export * from "./types.ts";
export { differenceOf } from "./difference.ts";
export { checkReportedTotals } from "./reported-totals.ts";
export {
  checkPublishedFigures,
  COMPARISON_BASES,
  NOT_COMPARABLE_REASONS,
  referenceFigures,
} from "./published-figures.ts";
export { consistencySignals, SHARP_DROP_MINIMUM, SHARP_DROP_SHARE, SIGNAL_TYPES } from "./signals.ts";
