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
  "common.comma": "，",
  "common.colon": "：",
  "common.sentenceBreak": "。",
  "common.listComma": "、",
  "common.nameWithNote": "{name}（{note}）",
  "common.inParentheses": "（{text}）",
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
  "notice.sampleMore": "关于样例数据",
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
  "indicator.valueSource": "查看这个数字的来源和计算过程",
  // ── sites ──
  "sites.persons": "{count}人",
  // ── home ──
  "home.lede":
    "《关于进一步加强易地扶贫搬迁后续扶持工作的实施意见》（2019年9月16日）落实情况：全市 {sites} 个集中安置点、{persons} 名搬迁群众，逐点逐季公开。",
  "home.waysIn": "快速入口",
  "home.mapTitle": "在地图上找安置点",
  "home.mapText": "查看每个安置点各项措施的落实情况。",
  "home.searchText": "按安置点、乡镇或村名查找。",
  "home.policyTitle": "政策原文",
  "home.policyText": "{count} 条措施，每条链接到跟踪它的指标。",
  "home.dataTitle": "下载数据",
  "home.dataText": "CSV、Excel 版、JSON、GeoJSON，附数据字典和校验值。",
  "home.whereSites": "安置点分布",
  "home.headlines": "全市主要指标",
  "home.asAt": "截至{period}。“一年变化”为与四个季度前相比的百分点变化。",
  "home.allIndicators": "全部 {count} 项指标",
  "home.latestChanges": "最新变化",
  "home.onPreviousQuarter": "较上季度",
  "home.noMoves": "与上季度相比，各项指标没有明显变化。",
  "home.points": "{change} 个百分点",
  // ── about ──
  "about.lede":
    "安居是公开十堰市易地扶贫搬迁后续扶持工作落实情况的数据网站：按《实施意见》的每条措施，逐个安置点、逐个季度公开数据和指标，供群众查看、媒体使用、纪检审计和督导部门核对。",
  "about.sampleTitle": "关于样例数据",
  "about.sampleText":
    "样例数据由 anju sample 命令按固定随机种子生成，规模和结构参照公开报道的数字（如全市约 35.5 万搬迁群众、竹山县约 700 个安置点），县、乡镇、村名和县界来自公开的行政区划数据；每个安置点、每个数字都是虚构的，不代表任何真实情况。正式数据发布后，本提示会自动消失。",
  "about.realData": "本站展示的是正式发布的数据。",
  "about.publisherTitle": "主办单位与联系方式",
  "about.noPublisher": "主办单位尚未配置（config/site.json）。本站不会虚构主办单位、备案号或联系方式。",
  "about.licenceTitle": "许可协议",
  "about.licenceTerms": "任何人都可以复制、转载、改编和用于任何目的，只需注明来源。",
  // ── policy ──
  "policy.issuedBy": "发布机关",
  "policy.issuedOn": "成文日期",
  "policy.publishedOn": "发布日期",
  "policy.contents": "目录",
  "policy.summaryNote": "本页是非官方的英文摘要，以中文原文为准：",
  "policy.fullText": "全文（中文）",
  // ── sitemap ──
  "sitemap.sections": "栏目",
  "sitemap.sitePages": "{count} 个安置点的页面见“安置点”栏目。机器可读的站点地图：",
  // ── search ──
  "search.label": "输入安置点、乡镇、村名或关键词（如“扶贫车间”）",
  "search.noScriptBefore": "搜索需要 JavaScript。也可以从",
  "search.noScriptAfter": "浏览全部页面。",
  // ── methodology ──
  "methodology.lede":
    "本页说明每个数字是怎样算出来的。计算方法版本：{version}。方法若有改动，会在版本说明中注明。",
  "methodology.crossChecksTitle": "交叉核对的容差",
  "methodology.crossChecks":
    "安置点数据汇总与县级上报数之差在 {reported} 以内视为一致；与公开报道数字之差在 {published} 以内视为一致（报道数字通常经过四舍五入）。",
  // ── receipt ──
  "receipt.allIndicators": "全部指标",
  "receipt.dataDownloads": "数据下载",
  // ── indicators (the list page) ──
  "indicators.indicatorColumn": "指标",
  "indicators.trendColumn": "走势",
} as const;
