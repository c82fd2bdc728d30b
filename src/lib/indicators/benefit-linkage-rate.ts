import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite } from "./core.ts";
import { EMPTY_CELL_NOTE, ROWS_AS_GIVEN_NOTE, SUM_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/**
 * Measure 3: households linked to an industry's returns over the site's households, summed over
 * the employment rows that report `households_benefit_linked`. No target: the policy sets none.
 */
export const benefitLinkageRate: SiteIndicator<"benefit-linkage-rate"> = {
  kind: "site",
  id: "benefit-linkage-rate",
  measure: 3,
  title: { zh: "产业利益联结率", en: "Benefit linkage rate" },
  description: {
    zh: "通过入股、分红、租赁等与产业建立利益联结的搬迁户所占比例。",
    en: "Share of relocated households linked to an industry's returns through shares, dividends, leases and the like.",
  },
  formula: {
    zh: "Σ employment.households_benefit_linked ÷ Σ sites.households（仅计报送了利益联结户数的行）",
    en: "Σ employment.households_benefit_linked ÷ Σ sites.households (over the employment rows that report it)",
  },
  numerator: { zh: "产业利益联结户数", en: "Households benefit-linked" },
  denominator: {
    zh: "报送了利益联结户数的安置点的搬迁户数",
    en: "Relocated households of the sites that reported it",
  },
  target: { kind: "none" },
  tables: ["employment", "sites"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "employment",
    numerator: tableColumns("employment", "households_benefit_linked"),
    denominator: tableColumns("sites", "households"),
  },
  siteReading: "share",
  notes: [
    {
      zh: "政策未规定目标值，只显示数值，不判断是否达标。",
      en: "The policy sets no target, so the value is shown without a status.",
    },
    EMPTY_CELL_NOTE,
    ROWS_AS_GIVEN_NOTE,
    SUM_NOTE,
  ],
  expected: everyInScopeSite,
  tally: (at) => {
    const linked = at.employment?.households_benefit_linked ?? null;
    return linked === null ? null : [linked, at.site.households];
  },
};
