import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, pair } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Measure 5: households with labour in which someone is employed, over households with labour. */
export const householdEmployment: SiteIndicator<"household-employment"> = {
  kind: "site",
  id: "household-employment",
  measure: 5,
  title: { zh: "有劳动力家庭就业率", en: "Household employment" },
  description: {
    zh: "有劳动力的搬迁户中至少一人就业的户所占比例（一户一人就业）。",
    en: "Share of relocated households with labour in which at least one person is employed (one job per household).",
  },
  formula: {
    zh: "Σ employment.households_with_labour_employed ÷ Σ employment.households_with_labour",
    en: "Σ employment.households_with_labour_employed ÷ Σ employment.households_with_labour",
  },
  numerator: { zh: "有劳动力且已就业户数", en: "Households with labour employed" },
  denominator: { zh: "有劳动力户数", en: "Households with labour" },
  target: { kind: "at-least", value: 1 },
  tables: ["employment"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "employment",
    numerator: tableColumns("employment", "households_with_labour_employed"),
    denominator: tableColumns("employment", "households_with_labour"),
  },
  siteReading: "share",
  headline: { home: 1, overview: 3 },
  notes: [EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE],
  expected: everyInScopeSite,
  tally: (at) =>
    at.employment
      ? pair(at.employment.households_with_labour_employed, at.employment.households_with_labour)
      : null,
};
