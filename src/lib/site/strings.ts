/** The site's own words in both languages (not the data's: those come from the contract). */
import type { Lang } from "./i18n.ts";

const STRINGS = {
  siteName: { zh: "安居", en: "Anju" },
  siteTagline: {
    zh: "十堰市易地扶贫搬迁后续扶持工作公开数据",
    en: "Shiyan City: follow-up support for poverty-alleviation relocation, in open data",
  },
  skipToContent: { zh: "跳到正文", en: "Skip to content" },
  navHome: { zh: "首页", en: "Home" },
  navPolicy: { zh: "政策原文", en: "Policy" },
  navIndicators: { zh: "指标", en: "Indicators" },
  navMap: { zh: "地图", en: "Map" },
  navCounties: { zh: "县（市、区）", en: "Counties" },
  navSites: { zh: "安置点", en: "Sites" },
  navData: { zh: "数据下载", en: "Data" },
  navReleases: { zh: "版本", en: "Releases" },
  navVerify: { zh: "核验", en: "Verify" },
  navQuality: { zh: "数据质量", en: "Data quality" },
  navMethodology: { zh: "方法说明", en: "Methodology" },
  navAbout: { zh: "关于", en: "About" },
  navSearch: { zh: "搜索", en: "Search" },
  navSitemap: { zh: "网站地图", en: "Site map" },
  mainNav: { zh: "主导航", en: "Main navigation" },
  otherLanguage: { zh: "English", en: "中文" },
  otherLanguageLabel: { zh: "View this page in English", en: "查看本页中文版" },
  careMode: { zh: "关怀模式", en: "Care mode" },
  careModeHelp: {
    zh: "放大文字、提高对比度，方便老年人阅读",
    en: "Larger text and higher contrast for easier reading",
  },
  sampleNotice: {
    zh: "样例数据：本站当前展示的是程序生成的样例数据，用于演示，不是官方统计数字。",
    en: "Sample data: this site currently shows generated sample data for demonstration. These are not official figures.",
  },
  sampleNoticeMore: { zh: "了解详情", en: "Learn more" },
  footerOrganizer: { zh: "主办单位", en: "Run by" },
  footerOperator: { zh: "承办单位", en: "Operated by" },
  footerAddress: { zh: "地址", en: "Address" },
  footerContact: { zh: "联系方式", en: "Contact" },
  footerGovCode: { zh: "政府网站标识码", en: "Government website code" },
  footerLicence: {
    zh: "数据按知识共享署名 4.0 国际许可协议（CC BY 4.0）开放",
    en: "Data published under the Creative Commons Attribution 4.0 licence (CC BY 4.0)",
  },
  dataVersion: { zh: "数据版本", en: "Data version" },
  statusMet: { zh: "达标", en: "Met" },
  statusBehind: { zh: "未达标", en: "Behind" },
  statusNoTarget: { zh: "不设目标", en: "No target" },
  statusNoData: { zh: "无数据", en: "No data" },
  target: { zh: "目标", en: "Target" },
  value: { zh: "数值", en: "Value" },
  numerator: { zh: "分子", en: "Numerator" },
  denominator: { zh: "分母", en: "Denominator" },
  period: { zh: "统计期", en: "Period" },
  reporting: { zh: "报送安置点", en: "Sites reporting" },
  measure: { zh: "措施", en: "Measure" },
  city: { zh: "十堰市", en: "Shiyan City" },
  indicatorsTitle: { zh: "政策落实指标", en: "Indicators of the policy" },
  indicatorsLede: {
    zh: "《实施意见》中可以用数字检验的要求，每项一个指标：按安置点、乡镇、县（市、区）和全市逐季度计算，分子、分母和来源数据均可下载核对。",
    en: "Each requirement of the policy that can be checked with numbers has an indicator, computed every quarter for each site, township, county and the whole city; numerators, denominators and the source rows can all be downloaded and checked.",
  },
  latest: { zh: "最新", en: "Latest" },
  change: { zh: "一年变化", en: "Change over a year" },
  formula: { zh: "计算公式", en: "Formula" },
  policyClause: { zh: "政策条文", en: "What the policy says" },
  trend: { zh: "全市趋势", en: "City trend" },
  byCounty: { zh: "各县（市、区）比较", en: "Counties compared" },
  bySite: { zh: "各安置点", en: "Sites" },
  method: { zh: "数据处理说明", en: "How the figure is made" },
  downloads: { zh: "下载与核验", en: "Downloads and checking" },
  seeMap: { zh: "在地图上查看", en: "See on the map" },
  seeData: { zh: "下载数据", en: "Download the data" },
  seeVerify: { zh: "自行核验", en: "Check it yourself" },
  tracksMeasure: { zh: "对应措施", en: "Tracks measure" },
  noNumberMeasure: {
    zh: "政策对本条措施未设数量要求，本站不为其打分；以下是数据中与之相关的情况。",
    en: "The policy sets no number for this measure, so it has no score here; this is what the data holds about it.",
  },
  county: { zh: "县（市、区）", en: "County" },
  site: { zh: "安置点", en: "Site" },
  township: { zh: "乡镇（街道）", en: "Township" },
  statusSummary: { zh: "状态", en: "Status" },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** The site's word for `key` in a language. */
export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}
