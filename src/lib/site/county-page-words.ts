/** The words of the county pages, in both languages. */
import type { Bilingual } from "../i18n/index.ts";

/** Headings, notes and link texts of the counties overview and a county page. */
export const COUNTY_PAGE_WORDS = {
  breadcrumbs: { zh: "当前位置", en: "You are here" },
  home: { zh: "首页", en: "Home" },
  overviewTable: {
    zh: "各县（市、区）概况和最新一期主要指标",
    en: "Counties and their latest headline indicators",
  },
  latestQuarter: { zh: "最新一期：", en: "Latest quarter:" },
  city: { zh: "全市", en: "Whole city" },
  facts: { zh: "基本情况", en: "About this county" },
  indicators: { zh: "政策落实情况", en: "How the county meets the policy" },
  indicatorsLede: {
    zh: "每项指标的最新数值、达标情况、分子和分母、报送安置点数，以及与全市比较的变化趋势。",
    en: "Each indicator's latest value, status, numerator and denominator, sites reporting, and its trend beside the city's.",
  },
  indicatorsTable: { zh: "本县各项指标最新一期", en: "The county's indicators, latest period" },
  period: { zh: "统计期", en: "Period" },
  value: { zh: "数值", en: "Value" },
  status: { zh: "达标情况", en: "Status" },
  fraction: { zh: "分子 / 分母", en: "Numerator / denominator" },
  reporting: { zh: "报送 / 应报安置点", en: "Sites reporting / expected" },
  trend: { zh: "趋势", en: "Trend" },
  trends: { zh: "变化趋势：本县与全市", en: "Trends: the county beside the city" },
  trendDescription: {
    zh: "{county}与全市的{indicator}逐期数值。",
    en: "{indicator} for {county} and for the whole city, period by period.",
  },
  targetLabel: { zh: "目标", en: "Target" },
  share: { zh: "比例", en: "Share" },
  townships: { zh: "乡镇（街道）", en: "Townships" },
  townshipsTable: {
    zh: "各乡镇（街道）的安置点、搬迁人数和最新一期主要指标",
    en: "Townships: sites, persons and latest headline indicators",
  },
  townshipsNote: {
    zh: "乡镇（街道）没有单独页面；各安置点页面有详细数据。",
    en: "Townships have no pages of their own; each site's page has the details.",
  },
  sites: { zh: "安置点", en: "Sites" },
  sitesTable: { zh: "本县全部安置点", en: "Every site in the county" },
  industries: { zh: "产业和扶贫车间", en: "Industries and workshops" },
  funds: { zh: "资金安排", en: "Funds" },
  noFunds: { zh: "没有本县的资金安排记录。", en: "No fund allocations are recorded for this county." },
  inspections: { zh: "督查检查", en: "Inspections" },
  noInspections: { zh: "没有本县的督查记录。", en: "No inspections are recorded for this county." },
  dataLinks: { zh: "地图和数据下载", en: "Map and downloads" },
  downloadsText: {
    zh: "本县各表的数据（CSV，UTF-8）：",
    en: "This county's rows of each table (CSV, UTF-8):",
  },
  catalogue: { zh: "全部数据和数据字典", en: "All data and the data dictionary" },
} as const satisfies Record<string, Bilingual>;
