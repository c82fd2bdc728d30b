/**
 * How the data reads on the county and site pages: statuses and their shapes, the data
 * dictionary's column titles and category labels (from the schema), and how a cell reads (an
 * empty cell is "not reported", never 0). Pure.
 */
import type { Status } from "../indicators/types.ts";
import { TABLES, type TableName } from "../schema/index.ts";
import { formatCount, formatDate, pick, t, type Lang, type MessageKey } from "../i18n/index.ts";

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

/** The shape drawn for each state, so status never rests on colour alone. */
export const MARK_SYMBOL: Record<MarkState, string> = {
  met: "✓",
  behind: "✗",
  "no-target": "●",
  "no-data": "○",
  "not-in-scope": "–",
  "not-applicable": "–",
};

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

/** A validated cell: text, a number, yes/no, or null when empty. */
export type CellValue = string | number | boolean | null | undefined;

const ONE_DECIMAL = {
  zh: new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A distance in km with one decimal: 3.24 → "3.2 公里" / "3.2 km". */
export function formatKm(km: number, lang: Lang): string {
  return `${ONE_DECIMAL[lang].format(km)} ${t(lang, "place.km")}`;
}
