/** employment.csv — labour, employment and training per site and quarter (measures 3–5). */
import { households, period, persons, siteId } from "./common.ts";
import { defineTable } from "./table.ts";

export const employmentTable = defineTable({
  name: "employment",
  title: { zh: "就业与培训", en: "Employment and training" },
  description: {
    zh: "各安置点每季度的劳动力、就业、利益联结和技能培训情况。",
    en: "Labour force, employment, benefit linkage and skills training at each site, per quarter.",
  },
  rowMeaning: { zh: "每行一个安置点的一个季度", en: "one row per site × quarter" },
  fields: {
    site_id: siteId(),
    period: period(),
    labour_persons: persons(
      { zh: "劳动力人数", en: "Labour force" },
      { zh: "有劳动能力的搬迁人口。", en: "Relocated persons able to work." },
    ),
    households_with_labour: households(
      { zh: "有劳动力户数", en: "Households with labour" },
      { zh: "至少有一名劳动力的搬迁户。", en: "Relocated households with at least one person able to work." },
    ),
    households_with_labour_employed: households(
      { zh: "有劳动力且已就业户数", en: "Households with labour employed" },
      {
        zh: "有劳动力且至少一人就业的户数，不超过有劳动力户数（措施 5：一户一人就业）。",
        en: "Households with labour in which at least one person is employed; at most the households with labour (measure 5).",
      },
    ),
    households_benefit_linked: households(
      { zh: "产业利益联结户数", en: "Households benefit-linked" },
      {
        zh: "通过入股、分红、租赁等与产业建立利益联结的户数（措施 3）。",
        en: "Households linked to an industry's returns by shares, dividends, leases and the like (measure 3).",
      },
    ),
    employed_outside_county: persons(
      { zh: "县外务工人数", en: "Employed outside the county" },
      { zh: "在县外就业的搬迁劳动力。", en: "Relocated workers employed outside the county." },
    ),
    employed_in_county: persons(
      { zh: "县内就业人数", en: "Employed in the county" },
      {
        zh: "在县内就业的搬迁劳动力（含车间和公益岗位）。",
        en: "Relocated workers employed inside the county (workshops and public-welfare jobs included).",
      },
    ),
    employed_in_workshops: persons(
      { zh: "扶贫车间就业人数", en: "Employed in workshops" },
      { zh: "在扶贫车间就业的搬迁劳动力。", en: "Relocated workers employed in workshops." },
    ),
    public_welfare_jobs: persons(
      { zh: "公益性岗位安置人数", en: "Public-welfare jobs" },
      { zh: "安排在公益性岗位的搬迁劳动力。", en: "Relocated workers placed in public-welfare jobs." },
    ),
    trained_persons: persons(
      { zh: "培训人数", en: "Trained" },
      {
        zh: "当年截至期末至少参加过一次技能培训的劳动力，不超过劳动力人数（措施 4）。",
        en: "Workers trained at least once in the calendar year up to the period's end; at most the labour force (measure 4).",
      },
    ),
    skilled_persons: persons(
      { zh: "掌握技能人数", en: "Skilled" },
      { zh: "掌握一门以上实用技能的劳动力。", en: "Workers with at least one practical skill." },
    ),
  },
  primaryKey: ["site_id", "period"],
  foreignKeys: [{ fields: ["site_id"], resource: "sites" }],
  rules: [
    { field: "households_with_labour_employed", atMost: "households_with_labour" },
    { field: "trained_persons", atMost: "labour_persons" },
  ],
});

export type EmploymentRow = (typeof employmentTable.row)["_output"];
