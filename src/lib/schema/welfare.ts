/** welfare.csv — insurance, minimum living allowance and hukou per site and quarter (measure 12). */
import { period, persons, siteId } from "./common.ts";
import { defineTable } from "./table.ts";

export const welfareTable = defineTable({
  name: "welfare",
  title: { zh: "社会保障", en: "Welfare" },
  description: {
    zh: "各安置点每季度的医疗保险、养老保险、低保和户籍迁移情况。",
    en: "Medical and pension insurance, minimum living allowance and hukou transfer at each site, per quarter.",
  },
  rowMeaning: { zh: "每行一个安置点的一个季度", en: "one row per site × quarter" },
  fields: {
    site_id: siteId(),
    period: period(),
    persons: persons(
      { zh: "搬迁人口", en: "Persons" },
      { zh: "期末在册的搬迁人口。", en: "Relocated persons on record at the period's end." },
    ),
    medical_insured: persons(
      { zh: "基本医保参保人数", en: "Medical insured" },
      { zh: "参加城乡居民基本医疗保险的人数。", en: "Persons covered by basic medical insurance." },
    ),
    serious_illness_insured: persons(
      { zh: "大病保险参保人数", en: "Serious-illness insured" },
      { zh: "参加大病保险的人数。", en: "Persons covered by serious-illness insurance." },
    ),
    pension_eligible: persons(
      { zh: "应参养老保险人数", en: "Pension eligible" },
      {
        zh: "符合参加城乡居民养老保险条件的人数。",
        en: "Persons eligible for the residents' pension insurance.",
      },
    ),
    pension_insured: persons(
      { zh: "已参养老保险人数", en: "Pension insured" },
      {
        zh: "已参加养老保险的人数，不超过应参人数。",
        en: "Persons enrolled in pension insurance; at most those eligible.",
      },
    ),
    dibao_persons: persons(
      { zh: "低保人数", en: "Dibao recipients" },
      { zh: "享受最低生活保障的人数。", en: "Persons receiving the minimum living allowance (dibao)." },
    ),
    hukou_transferred: persons(
      { zh: "户籍迁入人数", en: "Hukou transferred" },
      {
        zh: "户籍已迁入安置地的人数（措施 12：自愿，不设目标）。",
        en: "Persons whose household registration moved to the site (measure 12: voluntary, no target).",
      },
    ),
  },
  primaryKey: ["site_id", "period"],
  foreignKeys: [{ fields: ["site_id"], resource: "sites" }],
  rules: [
    { field: "medical_insured", atMost: "persons" },
    { field: "serious_illness_insured", atMost: "persons" },
    { field: "pension_eligible", atMost: "persons" },
    { field: "pension_insured", atMost: "pension_eligible" },
    { field: "dibao_persons", atMost: "persons" },
    { field: "hukou_transferred", atMost: "persons" },
  ],
});

export type WelfareRow = (typeof welfareTable.row)["_output"];
