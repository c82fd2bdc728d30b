/**
 * The indicator page's sentences: its target, how the city's trend moved, what the county chart
 * compares and how the sites stand. Pure; the page only renders what this returns.
 */
import type { IndicatorMeta } from "../indicators/types.ts";
import { formatCount, formatPeriod, formatShare, pick, t, type Lang } from "../i18n/index.ts";
import { targetBound } from "./cells.ts";
import { statusCounts, type IndicatorPage } from "./indicator-view.ts";

/** Everything the indicator page says in sentences. */
export interface IndicatorSentences {
  breadcrumbs: string;
  /** "≥ 80.0%", or that the indicator has no target. */
  target: string;
  /** The trend chart's description: first and latest city figures, or that there is no data. */
  trend: string;
  /** The county chart's description. */
  bars: string;
  /** The link text to the policy measure the indicator tracks. */
  measure: string;
  /** How the sites stand in the latest period, and the site table's summary; null without sites. */
  sites: { counts: string; showAll: string; furthestBehind: string } | null;
}

export function indicatorSentences(meta: IndicatorMeta, page: IndicatorPage, lang: Lang): IndicatorSentences {
  const target = targetBound(meta.target, lang) ?? t(lang, "status.noTarget");
  const first = page.city.find((value) => value.value !== null);
  const latest = page.city.at(-1);
  // English sets the title inside the sentence, so it starts in lower case there ("The city's …").
  const title = pick({ zh: meta.title.zh, en: meta.title.en.toLowerCase() }, lang);
  const counts = statusCounts(page.sites);
  return {
    breadcrumbs: t(lang, "indicatorPage.breadcrumbs"),
    target,
    trend:
      first && latest
        ? t(lang, "indicatorPage.trend", {
            title,
            first: formatShare(first.value, lang),
            firstPeriod: formatPeriod(first.period, lang),
            latest: formatShare(latest.value, lang),
            latestPeriod: formatPeriod(latest.period, lang),
          })
        : t(lang, "status.noData"),
    bars: page.latestPeriod
      ? t(lang, "indicatorPage.bars", { period: formatPeriod(page.latestPeriod, lang) })
      : t(lang, "indicatorPage.barsLatest"),
    measure: t(lang, "indicatorPage.measure", { measure: String(meta.measure) }),
    sites:
      page.sites.length > 0 && page.latestPeriod
        ? {
            counts: t(lang, "indicatorPage.siteCounts", {
              period: formatPeriod(page.latestPeriod, lang),
              behind: formatCount(counts.behind, lang),
              noData: formatCount(counts["no-data"], lang),
              met: formatCount(counts.met, lang),
            }),
            showAll: t(lang, "indicatorPage.showAllSites", { count: formatCount(page.sites.length, lang) }),
            furthestBehind: t(lang, "indicatorPage.furthestBehind", {
              count: formatCount(page.furthestBehind.length, lang),
            }),
          }
        : null,
  };
}
