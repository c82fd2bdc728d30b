/** inspections.csv — supervision and inspections, with findings and rectification (measure 16). */
import { count, day, text } from "./field.ts";
import { countyCode, optionalSiteId, rowId } from "./common.ts";
import { defineTable } from "./table.ts";

const FINDINGS = { zh: "个", en: "findings" };

export const inspectionsTable = defineTable({
  name: "inspections",
  title: { zh: "督查检查", en: "Inspections" },
  description: {
    zh: "对后续扶持工作的督查检查：发现问题数和已整改数。",
    en: "Inspections of follow-up support: problems found and problems rectified.",
  },
  rowMeaning: { zh: "每行一次督查检查", en: "one row per inspection" },
  fields: {
    inspection_id: rowId({ zh: "检查编号", en: "Inspection ID" }),
    date: day(
      {
        title: { zh: "检查日期", en: "Date" },
        description: { zh: "检查的日期。", en: "Date of the inspection." },
      },
      { required: true },
    ),
    county_code: countyCode(),
    site_id: optionalSiteId({
      description: {
        zh: "被检查的安置点；空白表示针对全县。",
        en: "The site inspected; empty when the inspection covered the county.",
      },
    }),
    findings: count(
      {
        title: { zh: "发现问题数", en: "Findings" },
        description: { zh: "检查发现的问题数。", en: "Problems found." },
        unit: FINDINGS,
      },
      { required: true },
    ),
    rectified: count(
      {
        title: { zh: "已整改数", en: "Rectified" },
        description: {
          zh: "已整改到位的问题数，不超过发现问题数。",
          en: "Problems rectified; at most the findings.",
        },
        unit: FINDINGS,
      },
      { required: true },
    ),
    summary: text({
      title: { zh: "摘要", en: "Summary" },
      description: {
        zh: "检查情况摘要（不含个人信息）。",
        en: "Summary of the inspection (no personal data).",
      },
    }),
  },
  primaryKey: ["inspection_id"],
  foreignKeys: [
    { fields: ["county_code"], resource: "counties" },
    { fields: ["site_id"], resource: "sites" },
  ],
  rules: [{ field: "rectified", atMost: "findings" }],
});

export type InspectionsRow = (typeof inspectionsTable.row)["_output"];
