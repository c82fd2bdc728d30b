/** funds.csv — allocations of follow-up support funds (measure 14). */
import { choice, decimal, text, year } from "./field.ts";
import { countyCode, optionalSiteId, rowId } from "./common.ts";
import { defineTable } from "./table.ts";

export const FUND_SOURCES = [
  { value: "central", zh: "中央资金", en: "Central government" },
  { value: "provincial", zh: "省级资金", en: "Provincial" },
  { value: "municipal", zh: "市级资金", en: "Municipal" },
  { value: "county", zh: "县级资金", en: "County" },
  { value: "relocation_surplus", zh: "易地扶贫搬迁结余资金", en: "Relocation surplus funds" },
  { value: "social", zh: "社会资金", en: "Social (private) funds" },
] as const;

export const FUND_CATEGORIES = [
  { value: "workshop", zh: "扶贫车间", en: "Workshops" },
  { value: "industrial_park", zh: "产业园区", en: "Industrial parks" },
  { value: "facility_agriculture", zh: "设施农业", en: "Facility agriculture" },
  { value: "employment_subsidy", zh: "就业补贴", en: "Employment subsidies" },
  { value: "infrastructure", zh: "基础设施", en: "Infrastructure" },
  { value: "other", zh: "其他", en: "Other" },
] as const;

/** The categories measure 14 gives priority to (the numerator of `priority-fund-share`). */
export const PRIORITY_FUND_CATEGORIES = [
  "workshop",
  "industrial_park",
  "facility_agriculture",
  "employment_subsidy",
] as const;

export const fundsTable = defineTable({
  name: "funds",
  title: { zh: "资金安排", en: "Funds" },
  description: {
    zh: "后续扶持资金的安排：年度、来源、用途和金额。",
    en: "Allocations of follow-up support funds: year, source, purpose and amount.",
  },
  rowMeaning: { zh: "每行一笔资金安排", en: "one row per allocation" },
  fields: {
    fund_id: rowId({ zh: "资金编号", en: "Fund ID" }),
    county_code: countyCode(),
    year: year(
      {
        title: { zh: "年度", en: "Year" },
        description: { zh: "资金安排的年度。", en: "Year of the allocation." },
      },
      { required: true },
    ),
    source: choice(
      {
        title: { zh: "资金来源", en: "Source" },
        description: { zh: "资金来自哪一级或哪一渠道。", en: "Where the money comes from." },
      },
      FUND_SOURCES,
      { required: true },
    ),
    category: choice(
      {
        title: { zh: "资金用途", en: "Category" },
        description: {
          zh: "资金用途；车间、产业园区、设施农业和就业补贴为措施 14 优先支持的方向。",
          en: "What the money is for; workshops, industrial parks, facility agriculture and employment subsidies are measure 14's priorities.",
        },
      },
      FUND_CATEGORIES,
      { required: true },
    ),
    site_id: optionalSiteId(),
    amount_yuan: decimal(
      {
        title: { zh: "金额", en: "Amount" },
        description: {
          zh: "安排金额（元），最多两位小数（到分）。",
          en: "Amount allocated, in yuan, with at most two decimals (to the fen).",
        },
        unit: { zh: "元", en: "yuan" },
      },
      { required: true, minimum: 0, maxDecimals: 2 },
    ),
    description: text({
      title: { zh: "说明", en: "Description" },
      description: { zh: "资金用途的简要说明。", en: "A short note on what the money pays for." },
    }),
  },
  primaryKey: ["fund_id"],
  foreignKeys: [
    { fields: ["county_code"], resource: "counties" },
    { fields: ["site_id"], resource: "sites" },
  ],
});

export type FundsRow = (typeof fundsTable.row)["_output"];
