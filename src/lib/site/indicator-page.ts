/**
 * The indicator page's sentences: its target, how the city's trend moved, what the county chart
 * compares and how the sites stand. Pure; the page only renders what this returns.
 */
import type { IndicatorMeta } from "../indicators/types.ts";
import { formatCount, formatPeriod, formatShare, pick, t, type Lang } from "../i18n/index.ts";
import { statusCounts, type IndicatorPage } from "./indicator-view.ts";
import { pageWords } from "./page-words.ts";

const say = pageWords("indicator", {
  breadcrumbs: { zh: "位置", en: "Breadcrumb" },
  trend: {
    zh: "全市{title}从{firstPeriod}的{first}变为{latestPeriod}的{latest}。",
    en: "The city's {title} went from {first} in {firstPeriod} to {latest} in {latestPeriod}.",
  },
  bars: {
    zh: "各县（市、区）{period}的数值与目标比较。",
    en: "Each county's value in {period} against the target.",
  },
  latestPeriod: { zh: "", en: "the latest period" },
  measure: { zh: "第 {measure} 条", en: "Measure {measure}" },
  numbersHeading: { zh: "分子、分母与报送情况", en: "Numerators, denominators and reporting" },
  siteCounts: {
    zh: "{period}：未达标 {behind} 个，无数据 {noData} 个，达标 {met} 个。",
    en: "{period}: {behind} behind, {noData} without data, {met} met.",
  },
  showAllSites: { zh: "展开全部 {count} 个安置点", en: "Show all {count} sites" },
});

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
  numbersHeading: string;
  /** How the sites stand in the latest period, and the site table's summary; null without sites. */
  sites: { counts: string; showAll: string } | null;
}

export function indicatorSentences(meta: IndicatorMeta, page: IndicatorPage, lang: Lang): IndicatorSentences {
  const target =
    meta.target.kind === "none"
      ? t(lang, "status.noTarget")
      : `${meta.target.kind === "at-least" ? "≥" : "≤"} ${formatShare(meta.target.value, lang)}`;
  const first = page.city.find((value) => value.value !== null);
  const latest = page.city.at(-1);
  // English sets the title inside the sentence, so it starts in lower case there ("The city's …").
  const title = pick({ zh: meta.title.zh, en: meta.title.en.toLowerCase() }, lang);
  const counts = statusCounts(page.sites);
  return {
    breadcrumbs: say(lang, "breadcrumbs"),
    target,
    trend:
      first && latest
        ? say(lang, "trend", {
            title,
            first: formatShare(first.value, lang),
            firstPeriod: formatPeriod(first.period, lang),
            latest: formatShare(latest.value, lang),
            latestPeriod: formatPeriod(latest.period, lang),
          })
        : t(lang, "status.noData"),
    bars: say(lang, "bars", {
      period: page.latestPeriod ? formatPeriod(page.latestPeriod, lang) : say(lang, "latestPeriod"),
    }),
    measure: say(lang, "measure", { measure: String(meta.measure) }),
    numbersHeading: say(lang, "numbersHeading"),
    sites:
      page.sites.length > 0 && page.latestPeriod
        ? {
            counts: say(lang, "siteCounts", {
              period: formatPeriod(page.latestPeriod, lang),
              behind: formatCount(counts.behind, lang),
              noData: formatCount(counts["no-data"], lang),
              met: formatCount(counts.met, lang),
            }),
            showAll: say(lang, "showAllSites", { count: formatCount(page.sites.length, lang) }),
          }
        : null,
  };
}
