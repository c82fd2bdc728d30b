/**
 * Words and cell formatting shared by the county and site pages: the pages' own words in both
 * languages, the data dictionary's column titles and category labels, and how a cell reads
 * (an empty cell is "not reported", never 0). Pure.
 */
import type { Status } from "../indicators/types.ts";
import { TABLES, type TableName } from "../schema/index.ts";
import { formatCount, formatDate, type Bilingual, type Lang } from "../i18n/index.ts";
import { t, type MessageKey } from "../i18n/index.ts";

/** The county and site pages' own words. */
export const PLACE_WORDS = {
  counties: { zh: "县（市、区）", en: "Counties" },
  countiesLede: {
    zh: "十堰市 8 个县（市、区）的集中安置点、搬迁人口和最新一期主要指标。点击县名查看详情。",
    en: "The resettlement sites, relocated people and latest headline indicators of Shiyan's 8 counties. Choose a county for details.",
  },
  county: { zh: "县（市、区）", en: "County" },
  countyCode: { zh: "行政区划代码", en: "Division code" },
  sites: { zh: "安置点", en: "Sites" },
  site: { zh: "安置点", en: "Site" },
  siteId: { zh: "安置点编号", en: "Site ID" },
  households: { zh: "搬迁户数", en: "Households" },
  persons: { zh: "搬迁人数", en: "Persons" },
  township: { zh: "乡镇（街道）", en: "Township" },
  townships: { zh: "乡镇（街道）", en: "Townships" },
  village: { zh: "村（社区）", en: "Village" },
  placement: { zh: "安置方式", en: "Placement" },
  size: { zh: "规模", en: "Size" },
  movedIn: { zh: "入住日期", en: "Moved in" },
  industryPlan: { zh: "产业发展规划", en: "Industry plan" },
  latest: { zh: "最新一期", en: "Latest" },
  indicator: { zh: "指标", en: "Indicator" },
  trend: { zh: "变化", en: "Trend" },
  total: { zh: "合计", en: "Total" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  notReported: { zh: "未报告", en: "not reported" },
  notInScope: { zh: "尚未入住", en: "not yet moved in" },
  notApplicable: { zh: "不适用", en: "does not apply" },
  noRows: { zh: "没有报告", en: "Nothing reported" },
  unknownDate: { zh: "未报告", en: "not reported" },
  none: { zh: "无", en: "none" },
  km: { zh: "公里", en: "km" },
  active: { zh: "在营", en: "active" },
  ended: { zh: "已停止", en: "ended" },
  open: { zh: "在营", en: "open" },
  closed: { zh: "已关闭", en: "closed" },
  leading: { zh: "主导产业", en: "Leading" },
  map: { zh: "在地图上查看", en: "See on the map" },
  downloads: { zh: "下载数据", en: "Download the data" },
  verify: { zh: "核验这些数字", en: "Recompute these figures" },
} as const satisfies Record<string, Bilingual>;

/** A word of the county and site pages in a language. */
export function word(lang: Lang, key: keyof typeof PLACE_WORDS): string {
  return PLACE_WORDS[key][lang];
}

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
  return lang === "zh" ? field.title : field.title_en;
}

/** The label of a coded value (`placement` `urban` → "进城安置"); the code itself when unknown. */
export function categoryLabel(table: TableName, column: string, value: string, lang: Lang): string {
  const field = TABLES[table].fields.find((f) => f.name === column);
  if (!field?.categories) return value;
  if (lang === "en") return field.categories_en?.[value] ?? value;
  return field.categories.find((c) => c.value === value)?.label ?? value;
}

/**
 * A cell as a reader sees it: counts grouped, yes/no as words, codes as labels, dates written
 * out; null (an empty cell) is "not reported", never 0.
 */
export function formatCell(table: TableName, column: string, value: CellValue, lang: Lang): string {
  if (value === null || value === undefined) return word(lang, "notReported");
  if (typeof value === "boolean") return word(lang, value ? "yes" : "no");
  if (typeof value === "number") return formatCount(value, lang);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  return categoryLabel(table, column, value, lang);
}

/** A validated cell: text, a number, yes/no, or null when empty. */
export type CellValue = string | number | boolean | null | undefined;

// Numbers and dates read as everywhere else on the site: i18n.ts makes its formatters once.
export { formatCount, formatDate, formatShare } from "../i18n/index.ts";

const ONE_DECIMAL = {
  zh: new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A distance in km with one decimal: 3.24 → "3.2 公里" / "3.2 km". */
export function formatKm(km: number, lang: Lang): string {
  return `${ONE_DECIMAL[lang].format(km)} ${word(lang, "km")}`;
}
