import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, pair } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Measure 12: relocated persons with basic medical insurance, over relocated persons on record. */
export const medicalInsuranceRate: SiteIndicator<"medical-insurance-rate"> = {
  kind: "site",
  id: "medical-insurance-rate",
  measure: 12,
  title: { zh: "基本医疗保险参保率", en: "Medical insurance rate" },
  description: {
    zh: "参加城乡居民基本医疗保险的搬迁人口所占比例。",
    en: "Share of relocated persons covered by basic medical insurance.",
  },
  formula: {
    zh: "Σ welfare.medical_insured ÷ Σ welfare.persons",
    en: "Σ welfare.medical_insured ÷ Σ welfare.persons",
  },
  numerator: { zh: "基本医保参保人数", en: "Persons with medical insurance" },
  denominator: { zh: "期末在册搬迁人口", en: "Relocated persons on record" },
  target: { kind: "at-least", value: 1 },
  tables: ["welfare"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "welfare",
    numerator: tableColumns("welfare", "medical_insured"),
    denominator: tableColumns("welfare", "persons"),
  },
  siteReading: "share",
  headline: { home: 7, overview: 6 },
  notes: [EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE],
  expected: everyInScopeSite,
  tally: (at) => (at.welfare ? pair(at.welfare.medical_insured, at.welfare.persons) : null),
};
