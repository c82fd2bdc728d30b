/** The site's own words in English: exactly the keys of zh.ts (a missing or extra key fails tsc). */
import type { MessageKey } from "./index.ts";

export const en: Record<MessageKey, string> = {
  // ── common ──
  "common.siteName": "Anju",
  "common.siteTagline": "Shiyan City: follow-up support for poverty-alleviation relocation, in open data",
  "common.skipToContent": "Skip to content",
  "common.otherLanguage": "中文",
  "common.otherLanguageLabel": "查看本页中文版",
  "common.careMode": "Care mode",
  "common.careModeHelp": "Larger text and higher contrast for easier reading",
  "common.target": "Target",
  "common.value": "Value",
  "common.numerator": "Numerator",
  "common.denominator": "Denominator",
  "common.period": "Period",
  "common.reporting": "Sites reporting",
  "common.measure": "Measure",
  "common.city": "Shiyan City",
  "common.county": "County",
  "common.site": "Site",
  "common.township": "Township",
  "common.comma": ", ",
  "common.colon": ": ",
  "common.sentenceBreak": ". ",
  "common.listComma": ", ",
  "common.nameWithNote": "{name} ({note})",
  "common.inParentheses": "({text})",
  // ── nav ──
  "nav.home": "Home",
  "nav.policy": "Policy",
  "nav.indicators": "Indicators",
  "nav.map": "Map",
  "nav.counties": "Counties",
  "nav.sites": "Sites",
  "nav.data": "Data",
  "nav.releases": "Releases",
  "nav.verify": "Verify",
  "nav.quality": "Data quality",
  "nav.methodology": "Methodology",
  "nav.about": "About",
  "nav.search": "Search",
  "nav.sitemap": "Site map",
  "nav.main": "Main navigation",
  // ── footer ──
  "footer.organizer": "Run by",
  "footer.operator": "Operated by",
  "footer.address": "Address",
  "footer.contact": "Contact",
  "footer.govCode": "Government website code",
  "footer.licence": "Data published under the Creative Commons Attribution 4.0 licence (CC BY 4.0)",
  "footer.dataVersion": "Data version",
  // ── notice ──
  "notice.sample":
    "Sample data: this site currently shows generated sample data for demonstration. These are not official figures.",
  "notice.sampleMore": "About the sample data",
  // ── status ──
  "status.met": "Met",
  "status.behind": "Behind",
  "status.noTarget": "No target",
  "status.noData": "No data",
  "status.label": "Status",
  // ── indicators ──
  "indicators.title": "Indicators of the policy",
  "indicators.lede":
    "Each requirement of the policy that can be checked with numbers has an indicator, computed every quarter for each site, township, county and the whole city; numerators, denominators and the source rows can all be downloaded and checked.",
  // ── indicator ──
  "indicator.latest": "Latest",
  "indicator.change": "Change over a year",
  "indicator.formula": "Formula",
  "indicator.policyClause": "What the policy says",
  "indicator.trend": "City trend",
  "indicator.byCounty": "Counties compared",
  "indicator.bySite": "Sites",
  "indicator.method": "How the figure is made",
  "indicator.downloads": "Downloads and checking",
  "indicator.seeMap": "See on the map",
  "indicator.seeData": "Download the data",
  "indicator.seeVerify": "Check it yourself",
  "indicator.tracksMeasure": "Tracks measure",
  "indicator.noNumberMeasure":
    "The policy sets no number for this measure, so it has no score here; this is what the data holds about it.",
  "indicator.valueSource": "See where this figure comes from and how it is computed",
  // ── sites ──
  "sites.persons": "{count} persons",
  // ── home ──
  "home.lede":
    "How Shiyan's 2019 policy on follow-up support for relocated people is carried out at {sites} resettlement sites housing {persons} people, site by site and quarter by quarter.",
  "home.waysIn": "Ways in",
  "home.mapTitle": "Find a site on the map",
  "home.mapText": "See how each site meets each measure.",
  "home.searchText": "Look up a site, township or village by name.",
  "home.policyTitle": "The policy",
  "home.policyText": "Its {count} measures, each linked to the indicators that track it.",
  "home.dataTitle": "Download the data",
  "home.dataText": "CSV, an Excel edition, JSON and GeoJSON, with a data dictionary and checksums.",
  "home.whereSites": "Where the sites are",
  "home.headlines": "The city's headline indicators",
  "home.asAt": 'As at {period}. "Change over a year" is in percentage points against four quarters earlier.',
  "home.allIndicators": "All {count} indicators",
  "home.latestChanges": "What changed in the latest data",
  "home.onPreviousQuarter": "on the previous quarter",
  "home.noMoves": "No indicator moved noticeably on the previous quarter.",
  "home.points": "{change} points",
  // ── about ──
  "about.lede":
    "Anju is the open-data site on how Shiyan City carries out follow-up support for people relocated out of poverty: for each measure of the 2019 policy, site by site and quarter by quarter, for residents to see, journalists to use and inspectors to check.",
  "about.sampleTitle": "About the sample data",
  "about.sampleText":
    "The sample data is made by the anju sample command with a fixed random seed. Its scale and shape follow independently published figures (about 355,000 relocated people city-wide, some 700 sites in Zhushan), and its counties, townships, villages and boundaries come from published administrative data; every site and every figure is invented and describes nothing real. This notice disappears when real data is published.",
  "about.realData": "This site shows officially published data.",
  "about.publisherTitle": "Publisher and contact",
  "about.noPublisher":
    "The publisher has not been configured yet (config/site.json). This site never invents a publisher, filing number or contact.",
  "about.licenceTitle": "Licence",
  "about.licenceTerms":
    "Anyone may copy, share, adapt and use it for any purpose, as long as the source is credited.",
  // ── policy ──
  "policy.issuedBy": "Issued by",
  "policy.issuedOn": "Issued on",
  "policy.publishedOn": "Published on",
  "policy.contents": "Contents",
  "policy.summaryNote": "This is an unofficial English summary. The Chinese text is authoritative:",
  "policy.fullText": "Full text (Chinese)",
  // ── sitemap ──
  "sitemap.sections": "Sections",
  "sitemap.sitePages": "The {count} site pages are listed under Sites. Machine-readable site map: ",
  // ── search ──
  "search.label": "A site, township, village or keyword (e.g. workshop)",
  "search.noScriptBefore": "Search needs JavaScript. You can also browse the ",
  "search.noScriptAfter": ".",
  // ── methodology ──
  "methodology.lede":
    "How every figure on this site is made. Method version: {version}. Any change to a method is noted in the release notes.",
  "methodology.crossChecksTitle": "Tolerances of the cross-checks",
  "methodology.crossChecks":
    "Site sums and county-reported totals agree when they differ by at most {reported}; the data and published figures agree within {published} (press figures are usually rounded).",
  // ── receipt ──
  "receipt.allIndicators": "All indicators",
  "receipt.dataDownloads": "Data downloads",
  // ── indicators (the list page) ──
  "indicators.indicatorColumn": "Indicator",
  "indicators.trendColumn": "Trend",
};
