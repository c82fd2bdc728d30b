/** reported_totals.csv — what counties reported on their own, for cross-checking the site data. */
import { choice, count, text } from "./field.ts";
import { countyCode, period } from "./common.ts";
import { defineTable } from "./table.ts";

export const REPORTED_MEASURES = [
  { value: "sites", zh: "安置点数", en: "Sites" },
  { value: "households", zh: "搬迁户数", en: "Households" },
  { value: "persons", zh: "搬迁人数", en: "Persons" },
  { value: "households_with_labour", zh: "有劳动力户数", en: "Households with labour" },
  {
    value: "households_with_labour_employed",
    zh: "有劳动力且已就业户数",
    en: "Households with labour employed",
  },
  { value: "trained_persons", zh: "培训人数", en: "Trained persons" },
  { value: "certificates_issued", zh: "已办不动产权证", en: "Certificates issued" },
  { value: "medical_insured", zh: "基本医保参保人数", en: "Medical insured" },
] as const;

export const reportedTotalsTable = defineTable({
  name: "reported_totals",
  title: { zh: "县级上报汇总", en: "County-reported totals" },
  description: {
    zh: "各县自行上报的汇总数，用于与安置点数据交叉核对。",
    en: "Totals the counties reported on their own, for cross-checking against the site data.",
  },
  rowMeaning: { zh: "每行一个县、一个季度、一项指标", en: "one row per county × quarter × measure" },
  fields: {
    county_code: countyCode(),
    period: period(),
    measure: choice(
      {
        title: { zh: "统计项", en: "Measure" },
        description: { zh: "上报的是哪一项汇总数。", en: "Which total was reported." },
      },
      REPORTED_MEASURES,
      { required: true },
    ),
    value: count(
      {
        title: { zh: "上报数值", en: "Value" },
        description: { zh: "县里上报的数值。", en: "The figure the county reported." },
      },
      { required: true },
    ),
    source: text({
      title: { zh: "来源", en: "Source" },
      description: { zh: "上报文件或渠道。", en: "The report or channel it came from." },
    }),
  },
  primaryKey: ["county_code", "period", "measure"],
  foreignKeys: [{ fields: ["county_code"], resource: "counties" }],
});

export type ReportedTotalsRow = (typeof reportedTotalsTable.row)["_output"];
