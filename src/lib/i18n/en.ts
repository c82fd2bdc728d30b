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
  "common.noData": "no data",
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
  "notice.sampleMore": "Learn more",
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
};
