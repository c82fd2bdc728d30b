import type { SiteIndicator } from "./core.ts";
import { yesNo } from "./core.ts";
import { ACTIVE_NOTE, SCOPE_NOTE, SIZE_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { isActive, MEDIUM_FROM } from "./scope.ts";
import { tableColumns } from "./types.ts";

/** Measure 5: in-scope sites of 200 persons or more with an active workshop, over those sites. */
export const workshopCoverage200Plus: SiteIndicator<"workshop-coverage-200-plus"> = {
  kind: "site",
  id: "workshop-coverage-200-plus",
  measure: 5,
  title: { zh: "200 人以上安置点扶贫车间覆盖率", en: "Workshop coverage, sites of 200+" },
  description: {
    zh: "200 人及以上的安置点中，至少有一个在运营扶贫车间的所占比例。",
    en: "Share of sites of 200 persons or more with at least one poverty-alleviation workshop open.",
  },
  formula: {
    zh: "至少有一个在运营车间（workshops.opened、closed）的 200 人及以上在范围安置点数 ÷ 200 人及以上在范围安置点数（sites.persons）",
    en: "in-scope sites of ≥ 200 persons (sites.persons) with ≥ 1 active workshop (workshops.opened, closed) ÷ in-scope sites of ≥ 200 persons",
  },
  numerator: {
    zh: "期末至少有一个在运营扶贫车间的 200 人及以上安置点数",
    en: "Sites of 200+ persons with at least one workshop open at the period's end",
  },
  denominator: { zh: "在统计范围内的 200 人及以上安置点数", en: "Sites of 200+ persons in scope" },
  target: { kind: "at-least", value: 1 },
  tables: ["sites", "workshops"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "sites",
    numerator: tableColumns("workshops", "opened", "closed"),
    denominator: tableColumns("sites", "persons", "moved_in"),
  },
  siteReading: "yes-no",
  headline: { home: 4, overview: 4 },
  notes: [SIZE_NOTE, ACTIVE_NOTE, SCOPE_NOTE, YES_NO_NOTE, SUM_NOTE],
  expected: (at) => at.inScope && at.site.persons >= MEDIUM_FROM,
  tally: (at) =>
    at.inScope && at.site.persons >= MEDIUM_FROM
      ? yesNo(at.workshops.some((w) => isActive(w.opened, w.closed, at.end)))
      : null,
};
