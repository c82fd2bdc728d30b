/**
 * The few words the chart components print themselves, in both languages; everything else
 * (titles, period labels, place names, numbers) comes in through props.
 */

/** Languages of the site. */
export type ChartLang = "zh" | "en";

/** Words the charts print: statuses, the missing-value text and the target line's prefix. */
export interface ChartText {
  noData: string;
  target: string;
  met: string;
  behind: string;
  noTarget: string;
}

/** The charts' own words in Chinese and English. */
export const CHART_TEXT: Record<ChartLang, ChartText> = {
  zh: { noData: "无数据", target: "目标", met: "已达标", behind: "未达标", noTarget: "无目标" },
  en: {
    noData: "no data",
    target: "target",
    met: "met target",
    behind: "behind target",
    noTarget: "no target",
  },
};

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
