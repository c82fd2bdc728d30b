import type { SiteIndicator } from "./core.ts";
import { everyInScopeSite, yesNo } from "./core.ts";
import { SCOPE_NOTE, SIZE_NOTE, SUM_NOTE, YES_NO_NOTE } from "./notes.ts";
import { tableColumns } from "./types.ts";

/**
 * Measure 1: in-scope sites whose industry plan was adopted by the period's end at the level
 * their size needs (large and medium: county; small: county or township), over in-scope sites.
 * A plan level of `none` or an empty adoption date is a no.
 */
export const industryPlanCoverage: SiteIndicator<"industry-plan-coverage"> = {
  kind: "site",
  id: "industry-plan-coverage",
  measure: 1,
  title: { zh: "产业发展规划覆盖率", en: "Industry plan coverage" },
  description: {
    zh: "已按规模要求编制并批准后续产业发展规划的安置点所占比例。",
    en: "Share of sites with a follow-up industry plan adopted at the level their size requires.",
  },
  formula: {
    zh: "期末前按规模要求的层级批准规划（sites.industry_plan_level、industry_plan_adopted）的在范围安置点数 ÷ 在范围安置点数",
    en: "in-scope sites with a plan adopted by the period's end at the required level (sites.industry_plan_level, industry_plan_adopted) ÷ in-scope sites",
  },
  numerator: {
    zh: "大中型安置点有县级规划、小型安置点有县级或乡镇级规划，且批准日期不晚于期末的安置点数",
    en: "Sites with a plan adopted by the period's end: a county plan for large and medium sites, a county or township plan for small ones",
  },
  denominator: { zh: "在统计范围内的安置点数", en: "Sites in scope" },
  target: { kind: "at-least", value: 1 },
  tables: ["sites"],
  levels: ["city", "county", "township", "site"],
  periodKind: "quarter",
  receipt: {
    table: "sites",
    numerator: tableColumns("sites", "industry_plan_level", "industry_plan_adopted", "persons"),
    denominator: tableColumns("sites", "moved_in"),
  },
  siteReading: "yes-no",
  headline: { overview: 1 },
  notes: [SIZE_NOTE, SCOPE_NOTE, YES_NO_NOTE, SUM_NOTE],
  expected: everyInScopeSite,
  tally: (at) => {
    if (!at.inScope) return null;
    const { industry_plan_level: level, industry_plan_adopted: adopted } = at.site;
    const rightLevel = level === "county" || (level === "township" && at.size === "small");
    return yesNo(rightLevel && adopted !== null && adopted <= at.end);
  },
};
