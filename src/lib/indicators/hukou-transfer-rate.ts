import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, pair } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Measure 12: relocated persons whose household registration moved to the site, over persons on record; no target. */
export const hukouTransferRate: SiteIndicator<"hukou-transfer-rate"> = {
  kind: "site",
  id: "hukou-transfer-rate",
  measure: 12,
  title: { zh: "户籍迁入比例", en: "Hukou transfer rate" },
  description: {
    zh: "户籍已迁入安置地的搬迁人口所占比例；政策规定自愿迁移，不设目标。",
    en: "Share of relocated persons whose household registration has moved to the site; moving it is voluntary, so there is no target.",
  },
  formula: {
    zh: "Σ welfare.hukou_transferred ÷ Σ welfare.persons",
    en: "Σ welfare.hukou_transferred ÷ Σ welfare.persons",
  },
  numerator: { zh: "户籍迁入人数", en: "Persons with hukou transferred" },
  denominator: { zh: "期末在册搬迁人口", en: "Relocated persons on record" },
  target: { kind: "none" },
  tables: ["welfare"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "welfare",
    numerator: tableColumns("welfare", "hukou_transferred"),
    denominator: tableColumns("welfare", "persons"),
  },
  siteReading: "share",
  notes: [
    {
      zh: "户籍迁移遵循自愿原则，数值只作说明，不判断是否达标。",
      en: "Transferring hukou is voluntary; the value is shown for information, without a status.",
    },
    EMPTY_CELL_NOTE,
    ROWS_AS_GIVEN_NOTE,
    SUM_NOTE,
  ],
  expected: everyInScopeSite,
  tally: (at) => (at.welfare ? pair(at.welfare.hukou_transferred, at.welfare.persons) : null),
};
