/** The words of the site pages and the sites index, in both languages. */
import type { Bilingual } from "../i18n/index.ts";

/** Headings, notes and link texts of a site page and of the sites index. */
export const SITE_PAGE_WORDS = {
  breadcrumbs: { zh: "当前位置", en: "You are here" },
  home: { zh: "首页", en: "Home" },
  countyPage: { zh: "所在县（市、区）", en: "County" },
  facts: { zh: "基本情况", en: "About this site" },
  indicators: { zh: "政策落实情况", en: "How the site meets the policy" },
  indicatorsLede: {
    zh: "每项指标的最新一期数值和达标情况，以及逐季度的变化（从左到右由早到晚）。最新一期：",
    en: "Each indicator's latest value and status, and how it changed quarter by quarter (oldest on the left). Latest quarter:",
  },
  indicatorsTable: { zh: "本安置点的各项指标", en: "Indicators at this site" },
  history: { zh: "逐季度变化", en: "By quarter" },
  keyMet: { zh: "达标", en: "met" },
  keyBehind: { zh: "未达标", en: "behind" },
  keyNoData: { zh: "未报告", en: "not reported" },
  keyNotInScope: { zh: "尚未入住", en: "not yet moved in" },
  notApplicable: {
    zh: "以下指标不适用于本安置点（例如只统计一定规模以上的安置点，或本安置点没有相关记录）：",
    en: "These indicators do not apply to this site (e.g. they count only larger sites, or the site has no such records):",
  },
  reported: { zh: "最新报告的数据", en: "Latest reported figures" },
  industriesWorkshops: { zh: "产业和扶贫车间", en: "Industries and workshops" },
  noIndustries: { zh: "没有与本安置点挂钩的产业记录。", en: "No industries are recorded for this site." },
  noWorkshops: { zh: "没有本安置点的扶贫车间记录。", en: "No workshops are recorded for this site." },
  fundsInspections: { zh: "资金和督查", en: "Funds and inspections" },
  noFunds: {
    zh: "没有直接安排到本安置点的资金记录（多数资金按县安排，见县页面）。",
    en: "No funds are recorded for this site itself (most funds are allocated to the county: see the county page).",
  },
  noInspections: {
    zh: "没有专门针对本安置点的督查记录（县级督查见县页面）。",
    en: "No inspections name this site (county-wide inspections are on the county page).",
  },
  neighbours: { zh: "附近的安置点", en: "Nearby sites" },
  allInCounty: { zh: "本县全部安置点", en: "All sites in the county" },
  sources: { zh: "数据从哪里来", en: "Where these figures come from" },
  sourcesIndicators: {
    zh: "每项指标的名称链接到它的说明页：定义、公式、目标和计算方法。",
    en: "Each indicator's name links to its page: definition, formula, target and method.",
  },
  sourcesDownloads: {
    zh: "：本县各表的数据（按 site_id 筛选本安置点）：",
    en: ": this county's rows of each table (filter on site_id for this site):",
  },
  sitesTitle: { zh: "安置点", en: "Resettlement sites" },
  sitesLede: {
    zh: "全市每个集中安置点，按县（市、区）和乡镇（街道）排列。",
    en: "Every centralized resettlement site in the city, by county and township.",
  },
  findYourSite: { zh: "查找您的安置点", en: "Find your site" },
  findYourSiteText: {
    zh: "可以在下面的列表中按县和乡镇查找，也可以用",
    en: "Look it up in the list below by county and township, or use",
  },
  search: { zh: "全站搜索", en: "search" },
  or: { zh: "或", en: "or" },
  map: { zh: "地图", en: "the map" },
  filterLabel: { zh: "按名称、乡镇或县筛选", en: "Filter by name, township or county" },
  filterHelp: {
    zh: "输入安置点、乡镇（街道）或县的名称，列表会随输入缩小。",
    en: "Type the name of a site, township or county; the list narrows as you type.",
  },
  filterCount: { zh: "显示 {shown} 个，共 {total} 个安置点", en: "Showing {shown} of {total} sites" },
  filterNone: { zh: "没有符合条件的安置点。", en: "No site matches." },
  sitesIn: { zh: "个安置点", en: "sites" },
} as const satisfies Record<string, Bilingual>;
