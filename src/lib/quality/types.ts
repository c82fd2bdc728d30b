/** The shapes of the data-quality report: cross-checks and consistency signals. */
import type { Bilingual } from "../schema/field.ts";

/** Relative difference within which a site sum agrees with a county-reported total (1%). */
export const REPORTED_TOTALS_TOLERANCE = 0.01;

/**
 * Relative difference within which the data agrees with an independently published figure (5%):
 * press figures are rounded (35.5万, 6.3万) and often dated months before the data.
 */
export const PUBLISHED_FIGURES_TOLERANCE = 0.05;

/** A difference between two figures: absolute, relative to the other side, and whether it is tolerable. */
export interface Difference {
  difference: number | null;
  /** Difference ÷ the compared figure; null when that figure is 0 and they differ. */
  relative_difference: number | null;
  within_tolerance: boolean | null;
}

/** A county-reported total beside the sum of the site data for the same county, period and measure. */
export interface TotalCheck extends Difference {
  county_code: string;
  period: string;
  measure: string;
  reported: number;
  /** Sum over the county's sites; null when no site reported the column. */
  site_sum: number | null;
  /** Sites whose rows went into the sum. */
  sites_counted: number;
}

/** A figure from `reference/published-figures.csv`, as parsed from the CSV. */
export interface ReferenceFigure {
  id: string;
  scope: string;
  scope_code: string;
  measure: string;
  value: number;
  unit: string;
  as_of: string;
  source_title: string;
  source_url: string | null;
  note: string | null;
}

/** How the data's side of a comparison with a published figure was made. */
export type ComparisonBasis =
  | "persons-all-sites"
  | "households-all-sites"
  | "site-count"
  | "persons-moved-in-by-date"
  | "largest-site-households";

/** Why a published figure is not compared with the data. */
export type NotComparableReason = "outside-coverage" | "no-matching-data" | "no-sites-in-place";

/** A published figure beside the data's figure for the same place and measure, or why there is none. */
export interface PublishedCheck extends Difference {
  figure: ReferenceFigure;
  comparable: boolean;
  basis: ComparisonBasis | null;
  data_value: number | null;
  reason: NotComparableReason | null;
}

/** A pattern in the data that is not an error but deserves a look. */
export type SignalCode =
  | "channels-exceed-labour"
  | "parts-exceed-in-county"
  | "sharp-drop"
  | "silent-in-table"
  | "reported-before-moved-in";

/** One consistency signal, located by site, period, table and column, with the numbers behind it. */
export interface Signal {
  code: SignalCode;
  site_id: string;
  county_code: string;
  period: string;
  table: string;
  column: string | null;
  /** The figures that raised it, by name (e.g. `{labour_persons: 10, employed: 12}`). */
  values: Record<string, number>;
}

/** The whole data-quality report the site shows. */
export interface QualityReport {
  tolerance: { reported_totals: number; published_figures: number };
  reported_totals: TotalCheck[];
  published_figures: PublishedCheck[];
  signals: Signal[];
}

/** A bilingual title and why it matters, for the data-quality page. */
export interface Explanation {
  title: Bilingual;
  why: Bilingual;
}
