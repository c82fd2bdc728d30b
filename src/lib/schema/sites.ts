/** sites.csv — the centralized resettlement sites. */
import { choice, day, decimal, text } from "./field.ts";
import { countyCode, households, persons, siteId, TOWNSHIP_CODE_PATTERN } from "./common.ts";
import { defineTable } from "./table.ts";

export const PLACEMENTS = [
  { value: "urban", zh: "进城安置", en: "Urban (moved into a city or county town)" },
  { value: "town", zh: "进镇安置", en: "Town (moved into a market town)" },
  { value: "central_village", zh: "进中心村安置", en: "Central village" },
] as const;

export const PLAN_LEVELS = [
  { value: "county", zh: "县级", en: "County level" },
  { value: "township", zh: "乡镇级", en: "Township level" },
  { value: "none", zh: "无", en: "None" },
] as const;

export const sitesTable = defineTable({
  name: "sites",
  title: { zh: "集中安置点", en: "Resettlement sites" },
  description: {
    zh: "易地扶贫搬迁集中安置点：位置、规模、安置方式和产业发展规划。",
    en: "Centralized poverty-alleviation resettlement sites: location, size, placement and industry plan.",
  },
  rowMeaning: { zh: "每行一个集中安置点", en: "one row per centralized resettlement site" },
  fields: {
    site_id: siteId(),
    name_zh: text(
      {
        title: { zh: "安置点名称", en: "Name (Chinese)" },
        description: { zh: "安置点（小区、社区）的中文名称。", en: "Name of the site in Chinese." },
      },
      { required: true },
    ),
    name_en: text({
      title: { zh: "英文名称", en: "Name (English)" },
      description: { zh: "安置点的英文或拼音名称。", en: "Name of the site in English (pinyin)." },
    }),
    county_code: countyCode(),
    township_code: text(
      {
        title: { zh: "乡镇（街道）代码", en: "Township code" },
        description: {
          zh: "安置点所在乡镇（街道）的九位代码，前六位为县级代码。",
          en: "Nine-digit code of the township the site lies in; its first six digits are the county code.",
        },
      },
      { required: true, pattern: TOWNSHIP_CODE_PATTERN },
    ),
    township_name: text(
      {
        title: { zh: "乡镇（街道）名称", en: "Township name" },
        description: { zh: "安置点所在乡镇（街道）的名称。", en: "Name of the township the site lies in." },
      },
      { required: true },
    ),
    village_name: text({
      title: { zh: "村（社区）名称", en: "Village name" },
      description: { zh: "安置点所在的村或社区。", en: "Village or community the site lies in." },
    }),
    placement: choice(
      {
        title: { zh: "安置方式", en: "Placement" },
        description: {
          zh: "进城、进镇或进中心村安置。",
          en: "Whether residents moved to a city, a town or a central village.",
        },
      },
      PLACEMENTS,
      { required: true },
    ),
    lat: decimal(
      {
        title: { zh: "纬度", en: "Latitude" },
        description: {
          zh: "WGS-84 纬度（度），须在所属县域内。",
          en: "WGS-84 latitude in degrees; must lie inside the county.",
        },
        unit: { zh: "度", en: "degrees" },
      },
      { required: true, minimum: -90, maximum: 90 },
    ),
    lon: decimal(
      {
        title: { zh: "经度", en: "Longitude" },
        description: {
          zh: "WGS-84 经度（度），须在所属县域内。",
          en: "WGS-84 longitude in degrees; must lie inside the county.",
        },
        unit: { zh: "度", en: "degrees" },
      },
      { required: true, minimum: -180, maximum: 180 },
    ),
    households: households(
      { zh: "搬迁户数", en: "Households" },
      { zh: "安置的搬迁户数。", en: "Relocated households housed at the site." },
      true,
    ),
    persons: persons(
      { zh: "搬迁人数", en: "Persons" },
      {
        zh: "安置的搬迁人数，不少于户数。决定规模：800 人及以上为大型，200–799 人为中型，200 人以下为小型。",
        en: "Relocated persons housed at the site, at least the households. Sets its size: large ≥ 800, medium 200–799, small < 200.",
      },
      true,
    ),
    moved_in: day({
      title: { zh: "入住日期", en: "Moved in" },
      description: {
        zh: "搬迁群众入住的日期；空白表示早于统计起点或未报告。入住前的统计期不计入该安置点。",
        en: "Date residents moved in; empty when earlier than the data or not reported. The site is out of scope for periods ending before it.",
      },
    }),
    industry_plan_level: choice(
      {
        title: { zh: "产业发展规划层级", en: "Industry plan level" },
        description: {
          zh: "安置点后续产业发展规划由哪一级编制：大中型须县级，小型县级或乡镇级。",
          en: "Who drew up the site's industry plan: large and medium sites need a county plan, small ones a county or township plan.",
        },
      },
      PLAN_LEVELS,
      { required: true },
    ),
    industry_plan_adopted: day({
      title: { zh: "规划批准日期", en: "Plan adopted" },
      description: {
        zh: "产业发展规划批准的日期；规划层级不为“无”时必填。",
        en: "Date the industry plan was adopted; required unless the plan level is none.",
      },
    }),
  },
  primaryKey: ["site_id"],
  foreignKeys: [{ fields: ["county_code"], resource: "counties" }],
  rules: [{ field: "persons", atLeast: "households" }],
  // Every other table refers to its rows: without any, nothing can be published.
  rowsRequired: true,
});

export type SitesRow = (typeof sitesTable.row)["_output"];
export type Placement = SitesRow["placement"];
export type PlanLevel = SitesRow["industry_plan_level"];
