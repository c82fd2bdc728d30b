/**
 * The few words the chart components print themselves, in both languages; everything else
 * (titles, period labels, place names, numbers) comes in through props.
 */

import { t, type Lang } from "../i18n/index.ts";

/** Languages of the site. */
export type ChartLang = Lang;

/** Words the charts print: statuses, the missing-value text and the target line's prefix. */
export interface ChartText {
  noData: string;
  target: string;
  met: string;
  behind: string;
  noTarget: string;
  /** The summary of the folded table of a chart's figures. */
  showTable: string;
}

/**
 * The charts' own words in Chinese and English: the site's status words (one word per status on
 * every page, chart and legend), from the dictionaries.
 */
export const CHART_TEXT: Record<ChartLang, ChartText> = {
  zh: chartText("zh"),
  en: chartText("en"),
};

function chartText(lang: ChartLang): ChartText {
  return {
    noData: t(lang, "status.noData"),
    target: t(lang, "common.target"),
    met: t(lang, "status.met"),
    behind: t(lang, "status.behind"),
    noTarget: t(lang, "status.noTarget"),
    showTable: t(lang, "chart.showTable"),
  };
}

/** The text for a point's status: "met target", "behind target", "no target" or "no data". */
export function statusText(status: "met" | "behind" | "no-target" | "no-data", lang: ChartLang): string {
  const text = CHART_TEXT[lang];
  switch (status) {
    case "met":
      return text.met;
    case "behind":
      return text.behind;
    case "no-target":
      return text.noTarget;
    case "no-data":
      return text.noData;
  }
}
