/** industries.csv — the industries linked to each site (policy measure 2). */
import { choice, day, flag, text } from "./field.ts";
import { rowId, siteId } from "./common.ts";
import { defineTable } from "./table.ts";

export const INDUSTRY_CATEGORIES = [
  { value: "tea", zh: "茶叶", en: "Tea" },
  { value: "citrus", zh: "柑橘", en: "Citrus" },
  { value: "herbs", zh: "中药材", en: "Medicinal herbs" },
  { value: "walnut", zh: "核桃", en: "Walnut" },
  { value: "vegetables", zh: "蔬菜", en: "Vegetables" },
  { value: "mushrooms", zh: "食用菌", en: "Mushrooms" },
  { value: "livestock", zh: "畜牧养殖", en: "Livestock" },
  { value: "solar", zh: "光伏", en: "Solar power" },
  { value: "tourism", zh: "乡村旅游", en: "Rural tourism" },
  { value: "ecommerce", zh: "电子商务", en: "E-commerce" },
  { value: "processing", zh: "农产品加工", en: "Processing" },
  { value: "other", zh: "其他", en: "Other" },
] as const;

export const OPERATOR_TYPES = [
  { value: "enterprise", zh: "企业", en: "Enterprise" },
  { value: "cooperative", zh: "农民专业合作社", en: "Cooperative" },
  { value: "village_collective", zh: "村集体", en: "Village collective" },
  { value: "large_household", zh: "种养大户", en: "Large household farm" },
  { value: "none", zh: "无", en: "None" },
] as const;

export const industriesTable = defineTable({
  name: "industries",
  title: { zh: "后续产业", en: "Industries" },
  description: {
    zh: "与安置点挂钩的后续扶持产业，含主导产业和经营主体。",
    en: "Industries linked to each site for follow-up support, with leading industries and their operators.",
  },
  rowMeaning: { zh: "每行一个与安置点挂钩的产业", en: "one row per industry linked to a site" },
  fields: {
    industry_id: rowId({ zh: "产业编号", en: "Industry ID" }),
    site_id: siteId(),
    category: choice(
      {
        title: { zh: "产业类别", en: "Category" },
        description: { zh: "产业所属类别。", en: "What kind of industry it is." },
      },
      INDUSTRY_CATEGORIES,
      { required: true },
    ),
    name_zh: text(
      {
        title: { zh: "产业名称", en: "Name (Chinese)" },
        description: { zh: "产业项目的中文名称。", en: "Name of the industry project in Chinese." },
      },
      { required: true },
    ),
    is_leading: flag(
      {
        title: { zh: "是否主导产业", en: "Leading industry" },
        description: {
          zh: "是否为该安置点的主导产业（措施 2：每个安置点至少一个）。",
          en: "Whether it is a leading industry of the site (measure 2: at least one per site).",
        },
      },
      { required: true },
    ),
    operator_type: choice(
      {
        title: { zh: "经营主体类型", en: "Operator type" },
        description: { zh: "带动产业的经营主体类型。", en: "What kind of body runs the industry." },
      },
      OPERATOR_TYPES,
      { required: true },
    ),
    operator_name: text({
      title: { zh: "经营主体名称", en: "Operator name" },
      description: {
        zh: "企业、合作社或村集体的名称（不得为个人姓名）。",
        en: "Name of the enterprise, cooperative or collective (never a private person's name).",
      },
    }),
    started: day(
      {
        title: { zh: "开始日期", en: "Started" },
        description: { zh: "产业开始运营的日期。", en: "Date the industry started." },
      },
      { required: true },
    ),
    ended: day({
      title: { zh: "终止日期", en: "Ended" },
      description: {
        zh: "产业停止的日期；空白表示仍在运营。",
        en: "Date the industry ended; empty while it is running.",
      },
    }),
  },
  primaryKey: ["industry_id"],
  foreignKeys: [{ fields: ["site_id"], resource: "sites" }],
});

export type IndustriesRow = (typeof industriesTable.row)["_output"];
