import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, yesNo } from "./core.ts";
import { ACTIVE_NOTE, SCOPE_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { isActive } from "./scope.ts";
import { tableColumns } from "./types.ts";

/** Measure 2: in-scope sites with at least one active leading industry, over in-scope sites. */
export const leadingIndustryCoverage: SiteIndicator<"leading-industry-coverage"> = {
  kind: "site",
  id: "leading-industry-coverage",
  measure: 2,
  title: { zh: "主导产业覆盖率", en: "Leading industry coverage" },
  description: {
    zh: "至少有一个在运营主导产业的安置点所占比例。",
    en: "Share of sites with at least one leading industry running.",
  },
  formula: {
    zh: "至少有一个在运营主导产业（industries.is_leading、started、ended）的在范围安置点数 ÷ 在范围安置点数",
    en: "in-scope sites with ≥ 1 active leading industry (industries.is_leading, started, ended) ÷ in-scope sites",
  },
  numerator: {
    zh: "期末至少有一个在运营主导产业的安置点数",
    en: "Sites with at least one leading industry active at the period's end",
  },
  denominator: { zh: "在统计范围内的安置点数", en: "Sites in scope" },
  target: { kind: "at-least", value: 1 },
  tables: ["sites", "industries"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "sites",
    numerator: tableColumns("industries", "is_leading", "started", "ended"),
    denominator: tableColumns("sites", "moved_in"),
  },
  siteReading: "yes-no",
  headline: { home: 3, overview: 2 },
  notes: [ACTIVE_NOTE, SCOPE_NOTE, YES_NO_NOTE, SUM_NOTE],
  expected: everyInScopeSite,
  tally: (at) =>
    at.inScope
      ? yesNo(at.industries.some((i) => i.is_leading && isActive(i.started, i.ended, at.end)))
      : null,
};
