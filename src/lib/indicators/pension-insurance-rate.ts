import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, pair } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Measure 12: persons enrolled in the residents' pension insurance, over those eligible. */
export const pensionInsuranceRate: SiteIndicator<"pension-insurance-rate"> = {
  kind: "site",
  id: "pension-insurance-rate",
  measure: 12,
  title: { zh: "养老保险参保率", en: "Pension insurance rate" },
  description: {
    zh: "符合条件的搬迁人口中参加城乡居民养老保险的所占比例。",
    en: "Share of eligible relocated persons enrolled in the residents' pension insurance.",
  },
  formula: {
    zh: "Σ welfare.pension_insured ÷ Σ welfare.pension_eligible",
    en: "Σ welfare.pension_insured ÷ Σ welfare.pension_eligible",
  },
  numerator: { zh: "已参养老保险人数", en: "Persons enrolled" },
  denominator: { zh: "应参养老保险人数", en: "Persons eligible" },
  target: { kind: "at-least", value: 1 },
  tables: ["welfare"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "welfare",
    numerator: tableColumns("welfare", "pension_insured"),
    denominator: tableColumns("welfare", "pension_eligible"),
  },
  siteReading: "share",
  notes: [EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE],
  expected: everyInScopeSite,
  tally: (at) => (at.welfare ? pair(at.welfare.pension_insured, at.welfare.pension_eligible) : null),
};
