/** counties.csv — the county-level divisions of Shiyan. */
import { text } from "./field.ts";
import { countyCode } from "./common.ts";
import { defineTable } from "./table.ts";

export const countiesTable = defineTable({
  name: "counties",
  title: { zh: "县（市、区）", en: "Counties" },
  description: {
    zh: "十堰市的县级行政区（8 个）。",
    en: "The county-level divisions of Shiyan City (8).",
  },
  rowMeaning: { zh: "每行一个县级行政区", en: "one row per county-level division" },
  fields: {
    county_code: countyCode(),
    name_zh: text(
      {
        title: { zh: "中文名称", en: "Name (Chinese)" },
        description: { zh: "县（市、区）的中文名称。", en: "Name of the division in Chinese." },
      },
      { required: true },
    ),
    name_en: text(
      {
        title: { zh: "英文名称", en: "Name (English)" },
        description: {
          zh: "县（市、区）的英文或拼音名称。",
          en: "Name of the division in English (pinyin).",
        },
      },
      { required: true },
    ),
  },
  primaryKey: ["county_code"],
  // Every other table refers to its rows: without any, nothing can be published.
  rowsRequired: true,
});

export type CountiesRow = (typeof countiesTable.row)["_output"];
