/** workshops.csv — poverty-alleviation workshops 扶贫车间 (policy measure 5). */
import { count, day, text } from "./field.ts";
import { persons, rowId, siteId } from "./common.ts";
import { defineTable } from "./table.ts";

export const workshopsTable = defineTable({
  name: "workshops",
  title: { zh: "扶贫车间", en: "Workshops" },
  description: {
    zh: "安置点配套的扶贫车间，含岗位数和吸纳搬迁群众就业人数。",
    en: "Poverty-alleviation workshops serving each site, with jobs and relocated employees.",
  },
  rowMeaning: { zh: "每行一个扶贫车间", en: "one row per workshop" },
  fields: {
    workshop_id: rowId({ zh: "车间编号", en: "Workshop ID" }),
    site_id: siteId(),
    name_zh: text(
      {
        title: { zh: "车间名称", en: "Name (Chinese)" },
        description: { zh: "扶贫车间的中文名称。", en: "Name of the workshop in Chinese." },
      },
      { required: true },
    ),
    opened: day(
      {
        title: { zh: "开办日期", en: "Opened" },
        description: { zh: "车间开办的日期。", en: "Date the workshop opened." },
      },
      { required: true },
    ),
    closed: day({
      title: { zh: "关停日期", en: "Closed" },
      description: {
        zh: "车间关停的日期；空白表示仍在运营。",
        en: "Date the workshop closed; empty while it is open.",
      },
    }),
    jobs: count(
      {
        title: { zh: "岗位数", en: "Jobs" },
        description: { zh: "车间提供的岗位数。", en: "Jobs the workshop provides." },
        unit: { zh: "个", en: "jobs" },
      },
      { required: true },
    ),
    relocated_employees: persons(
      { zh: "吸纳搬迁群众就业人数", en: "Relocated employees" },
      {
        zh: "在车间就业的搬迁群众人数，不超过岗位数。",
        en: "Relocated residents employed there; at most the jobs.",
      },
      true,
    ),
  },
  primaryKey: ["workshop_id"],
  foreignKeys: [{ fields: ["site_id"], resource: "sites" }],
  rules: [{ field: "relocated_employees", atMost: "jobs" }],
});

export type WorkshopsRow = (typeof workshopsTable.row)["_output"];
