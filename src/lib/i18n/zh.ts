/**
 * The site's own words in Chinese, the language the policy was written in (the data's words come
 * from the contract in src/lib/schema). Keys are flat and dotted by area; this file defines the
 * keys, and en.ts must give every one of them.
 */
export const zh = {
  // ── common ──
  "common.siteName": "安居",
  "common.siteTagline": "十堰市易地扶贫搬迁后续扶持工作公开数据",
  "common.skipToContent": "跳到正文",
  "common.otherLanguage": "English",
  "common.otherLanguageLabel": "View this page in English",
  "common.careMode": "关怀模式",
  "common.careModeHelp": "放大文字、提高对比度，方便老年人阅读",
  "common.target": "目标",
  "common.value": "数值",
  "common.numerator": "分子",
  "common.denominator": "分母",
  "common.period": "统计期",
  "common.reporting": "报送安置点",
  "common.measure": "措施",
  "common.city": "十堰市",
  "common.county": "县（市、区）",
  "common.site": "安置点",
  "common.township": "乡镇（街道）",
  "common.noData": "无数据",
  // ── nav ──
  "nav.home": "首页",
  "nav.policy": "政策原文",
  "nav.indicators": "指标",
  "nav.map": "地图",
  "nav.counties": "县（市、区）",
  "nav.sites": "安置点",
  "nav.data": "数据下载",
  "nav.releases": "版本",
  "nav.verify": "核验",
  "nav.quality": "数据质量",
  "nav.methodology": "方法说明",
  "nav.about": "关于",
  "nav.search": "搜索",
  "nav.sitemap": "网站地图",
  "nav.main": "主导航",
  // ── footer ──
  "footer.organizer": "主办单位",
  "footer.operator": "承办单位",
  "footer.address": "地址",
  "footer.contact": "联系方式",
  "footer.govCode": "政府网站标识码",
  "footer.licence": "数据按知识共享署名 4.0 国际许可协议（CC BY 4.0）开放",
  "footer.dataVersion": "数据版本",
  // ── notice ──
  "notice.sample": "样例数据：本站当前展示的是程序生成的样例数据，用于演示，不是官方统计数字。",
  "notice.sampleMore": "了解详情",
  // ── status ──
  "status.met": "达标",
  "status.behind": "未达标",
  "status.noTarget": "不设目标",
  "status.noData": "无数据",
  "status.label": "状态",
  // ── indicators ──
  "indicators.title": "政策落实指标",
  "indicators.lede":
    "《实施意见》中可以用数字检验的要求，每项一个指标：按安置点、乡镇、县（市、区）和全市逐季度计算，分子、分母和来源数据均可下载核对。",
  // ── indicator ──
  "indicator.latest": "最新",
  "indicator.change": "一年变化",
  "indicator.formula": "计算公式",
  "indicator.policyClause": "政策条文",
  "indicator.trend": "全市趋势",
  "indicator.byCounty": "各县（市、区）比较",
  "indicator.bySite": "各安置点",
  "indicator.method": "数据处理说明",
  "indicator.downloads": "下载与核验",
  "indicator.seeMap": "在地图上查看",
  "indicator.seeData": "下载数据",
  "indicator.seeVerify": "自行核验",
  "indicator.tracksMeasure": "对应措施",
  "indicator.noNumberMeasure": "政策对本条措施未设数量要求，本站不为其打分；以下是数据中与之相关的情况。",
} as const;
