/**
 * How the data reads on the county and site pages: statuses and their shapes, the data
 * dictionary's column titles and category labels (from the schema), and how a cell reads (an
 * empty cell is "not reported", never 0). Pure.
 */
import type { CellValue } from "../csv/write.ts";
import type { Status, Target } from "../indicators/types.ts";
import { TABLES, type TableName } from "../schema/index.ts";
import {
  formatCount,
  formatDate,
  formatPeriod,
  formatShare,
  pick,
  t,
  type Lang,
  type MessageKey,
} from "../i18n/index.ts";

const STATUS_KEYS: Record<Status, MessageKey> = {
  met: "status.met",
  behind: "status.behind",
  "no-target": "status.noTarget",
  "no-data": "status.noData",
};

/** A status as words ("Met", "Behind" …), the same words the rest of the site uses. */
export function statusWord(status: Status, lang: Lang): string {
  return t(lang, STATUS_KEYS[status]);
}

/** A mark's state: a status, or the reasons a site has no figure at a period. */
export type MarkState = Status | "not-in-scope" | "not-applicable";

/** Whether a mark's state is a published status (not a reason the site has no figure). */
export function isStatus(state: MarkState): state is Status {
  return state !== "not-in-scope" && state !== "not-applicable";
}

/**
 * The symbol of each state: the site's one status language, the same shapes the map's markers,
 * the charts' markers and the legends draw (● met, ✗ behind, ■ no target, ○ no data, ◇ not
 * counted), always beside the status in words, so status never rests on colour alone.
 */
export const MARK_SYMBOL: Record<MarkState, string> = {
  met: "●",
  behind: "✗",
  "no-target": "■",
  "no-data": "○",
  "not-in-scope": "◇",
  "not-applicable": "◇",
};
/** A target as a bound: "≥ 80.0%", "≤ 5.0%"; null when the policy sets none. */
export function targetBound(target: Target, lang: Lang): string | null {
  if (target.kind === "none") return null;
  return `${target.kind === "at-least" ? "≥" : "≤"} ${formatShare(target.value, lang)}`;
}

/**
 * A target as a site reads it, to stand next to the value: "目标 ≥ 80.0%", or "目标：是" / "目标：否"
 * for a yes/no indicator; null when the policy sets none.
 */
export function targetText(target: Target, reading: "yes-no" | "share", lang: Lang): string | null {
  const bound = targetBound(target, lang);
  if (bound === null) return null;
  const yesNo = yesNoTarget(target, reading);
  if (yesNo !== null) return t(lang, yesNo === "yes" ? "place.targetYes" : "place.targetNo");
  return t(lang, "place.target", { bound });
}

/**
 * A target alone, for a column headed "target" (the printed notices): "≥ 80.0%", or "是" / "否"
 * for a yes/no indicator at a site; null when the policy sets none.
 */
export function targetValue(target: Target, reading: "yes-no" | "share", lang: Lang): string | null {
  const bound = targetBound(target, lang);
  if (bound === null) return null;
  const yesNo = yesNoTarget(target, reading);
  return yesNo === null ? bound : t(lang, yesNo === "yes" ? "place.yes" : "place.no");
}

/** At a site a yes/no value is 1 or 0: "at least 100%" means yes, "at most 0%" means no. */
function yesNoTarget(target: Target, reading: "yes-no" | "share"): "yes" | "no" | null {
  if (reading !== "yes-no" || target.kind === "none") return null;
  if (target.kind === "at-least" && target.value === 1) return "yes";
  if (target.kind === "at-most" && target.value === 0) return "no";
  return null;
}

/** How the measures with a target stand in one period: met, behind, or without a value. */
export interface TargetTally {
  total: number;
  met: number;
  behind: number;
  noData: number;
}

/** A measure behind its target, as a place's page names it first: with its value and target. */
export interface BehindMeasure {
  title: string;
  href: string;
  value: string;
  target: string | null;
}

/** Tallies the latest statuses of the measures that have a target. */
export function tallyTargets(statuses: readonly Status[]): TargetTally {
  const met = statuses.filter((s) => s === "met").length;
  const behind = statuses.filter((s) => s === "behind").length;
  return { total: statuses.length, met, behind, noData: statuses.length - met - behind };
}

/**
 * The sentence a place's page opens with: "{period}，…有目标的 15 项指标中，11 项达标，…", from
 * `key`; `noneKey` when there is nothing to compare with a target yet.
 */
export function tallySentence(
  key: MessageKey,
  noneKey: MessageKey,
  tally: TargetTally,
  period: string | null,
  lang: Lang,
): string {
  if (tally.total === 0 || period === null) return t(lang, noneKey);
  return t(lang, key, {
    period: formatPeriod(period, lang),
    total: formatCount(tally.total, lang),
    met: formatCount(tally.met, lang),
    behind: formatCount(tally.behind, lang),
    noData: formatCount(tally.noData, lang),
  });
}

/**
 * A change of a share in percentage points, with its sign: 0.021 → "+2.1 个百分点"; a change that
 * rounds to 0.0 points is "持平" / "no change" (not "±0.0 points").
 */
export function formatPoints(change: number, lang: Lang): string {
  const points = (Math.abs(change) * 100).toFixed(1);
  if (points === "0.0") return t(lang, "common.noChange");
  return t(lang, "common.points", { change: `${change > 0 ? "+" : "−"}${points}` });
}

/** The title of a column in the data dictionary, e.g. `employment.labour_persons` → "劳动力人数". */
export function columnTitle(table: TableName, column: string, lang: Lang): string {
  const field = TABLES[table].fields.find((f) => f.name === column);
  if (!field) return column;
  return pick({ zh: field.title, en: field.title_en }, lang);
}

/** The label of a coded value (`placement` `urban` → "进城安置"); the code itself when unknown. */
export function categoryLabel(table: TableName, column: string, value: string, lang: Lang): string {
  const field = TABLES[table].fields.find((f) => f.name === column);
  if (!field?.categories) return value;
  const zh = field.categories.find((c) => c.value === value)?.label ?? value;
  return pick({ zh, en: field.categories_en?.[value] ?? value }, lang);
}

/**
 * A cell as a reader sees it: counts grouped, yes/no as words, codes as labels, dates written
 * out; null (an empty cell) is "not reported", never 0.
 */
export function formatCell(table: TableName, column: string, value: CellValue, lang: Lang): string {
  if (value === null || value === undefined) return t(lang, "place.notReported");
  if (typeof value === "boolean") return t(lang, value ? "place.yes" : "place.no");
  if (typeof value === "number") return formatCount(value, lang);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  return categoryLabel(table, column, value, lang);
}

/** A validated cell: text, a number, yes/no, or null when empty (as the CSV writer takes it). */
export type { CellValue };

const ONE_DECIMAL = {
  zh: new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A distance in km with one decimal: 3.24 → "3.2 公里" / "3.2 km". */
export function formatKm(km: number, lang: Lang): string {
  return `${ONE_DECIMAL[lang].format(km)} ${t(lang, "place.km")}`;
}
