import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, yesNo } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/** Measure 8: services rows with an office, staff and rules (the "three haves"), over rows reporting all three. */
export const threeHavesRate: SiteIndicator<"three-haves-rate"> = {
  kind: "site",
  id: "three-haves-rate",
  measure: 8,
  title: { zh: "社区管理“三有”率", en: "“Three haves” rate" },
  description: {
    zh: "有办公场所、有工作人员、有管理制度的安置点所占比例。",
    en: "Share of sites whose community has an office, staff and management rules.",
  },
  formula: {
    zh: "has_office、has_staff、has_rules 均为 true 的 services 行数 ÷ 三项均已报送的行数",
    en: "services rows with has_office, has_staff and has_rules all true ÷ services rows reporting all three",
  },
  numerator: { zh: "三项齐备的安置点数", en: "Sites with an office, staff and rules" },
  denominator: { zh: "三项均已报送的安置点数", en: "Sites reporting all three" },
  target: { kind: "at-least", value: 1 },
  tables: ["services"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "services",
    numerator: tableColumns("services", "has_office", "has_staff", "has_rules"),
    denominator: tableColumns("services", "has_office", "has_staff", "has_rules"),
  },
  siteReading: "yes-no",
  notes: [YES_NO_NOTE, EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE],
  expected: everyInScopeSite,
  tally: (at) => {
    const row = at.services;
    if (!row || row.has_office === null || row.has_staff === null || row.has_rules === null) return null;
    return yesNo(row.has_office && row.has_staff && row.has_rules);
  },
};
