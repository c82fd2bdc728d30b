/**
 * The policy's indicators: pure functions of the validated tables, the same code in the build,
 * in `anju compute` / `anju verify` and in the browser's verify page.
 */
export * from "./types.ts";
export { periodEnd, publishedPeriods, SITE_PERIOD_TABLES } from "./periods.ts";
export { inScope, isActive, sizeClass, LARGE_FROM, MEDIUM_FROM, type SizeClass } from "./scope.ts";
export { outcome, targetNumber, type Outcome } from "./status.ts";
export {
  indexSites,
  type Indicator,
  type PlaceIndicator,
  type SiteAt,
  type SiteIndex,
  type SiteIndicator,
  type Tally,
} from "./core.ts";
export { INDICATORS, MEASURES_WITHOUT_INDICATOR, describeIndicator, indicatorById } from "./registry.ts";
export {
  computeIndicators,
  computeValueStore,
  indicatorValues,
  indicatorValueParts,
  valuesOf,
} from "./compute.ts";
export { ValueStore, type Values } from "./store.ts";
export {
  METHOD_VERSION,
  indicatorsHeader,
  indicatorsJsonBytes,
  valueJson,
  type IndicatorsDocument,
  type IndicatorsHeader,
  type InputFileHash,
  type ReleaseInfo,
} from "./document.ts";
export {
  compareInputs,
  compareValues,
  sameFigure,
  type Comparison,
  type Figure,
  type InputDifference,
  type Mismatch,
} from "./compare.ts";
