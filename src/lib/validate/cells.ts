/**
 * Reading one cell as its column's type. Each column gets a compiled reader: a fast path for
 * values already in the published form, and a slow path that normalises what Excel exports
 * (full-width digits, thousands separators, Chinese dates, 是/否) and says so in a warning.
 * Anything that cannot be read is an error: never silently 0, empty or today.
 */
import { PERIOD_PATTERN } from "../schema/common.ts";
import type { Bilingual } from "../i18n/index.ts";
import type { TableSchemaField } from "../schema/field.ts";
import { explainNotANumber } from "./hints.ts";

/** A cell's typed value: `null` when empty (not reported). */
export type CellValue = string | number | boolean | null;

/** The outcome of reading one cell. */
export type CellResult =
  | { ok: true; value: CellValue; note?: Bilingual }
  | { ok: false; code: "required" | "type" | "constraint"; message: Bilingual };

/** Reads a trimmed cell of one column. */
export type CellReader = (raw: string) => CellResult;

function fold(raw: string): string {
  // NFKC folds full-width digits, letters and punctuation (１２３ → 123, ／ → /, ：→ :).
  return raw.normalize("NFKC").trim();
}

/** Whether a year, month and day form a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** The message for a date that does not exist, such as 2019-02-30. */
function notOnCalendar(raw: string): Bilingual {
  return {
    zh: `“${raw}”不是日历上存在的日期。请核对年、月、日。`,
    en: `“${raw}” is not a date on the calendar.`,
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOOSE_DATE = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?$/;

/** Reads a date as `YYYY-MM-DD`, accepting 2019年9月1日, 2019/9/1 and 2019.9.1 with a note. */
export function readDate(raw: string): CellResult {
  const iso = ISO_DATE.exec(raw);
  if (iso) {
    return isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      ? { ok: true, value: raw }
      : { ok: false, code: "type", message: notOnCalendar(raw) };
  }
  const folded = fold(raw);
  const loose = LOOSE_DATE.exec(folded);
  if (loose) {
    const [year, month, day] = [Number(loose[1]), Number(loose[2]), Number(loose[3])];
    if (!isCalendarDate(year, month, day)) {
      return { ok: false, code: "type", message: notOnCalendar(raw) };
    }
    const value = `${loose[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (value === raw) return { ok: true, value };
    return {
      ok: true,
      value,
      note: {
        zh: `日期“${raw}”已按 ${value} 读取。日期请写成 年-月-日（YYYY-MM-DD）。`,
        en: `date “${raw}” was read as ${value}; write dates as YYYY-MM-DD.`,
      },
    };
  }
  if (/^\d{5}(\.\d+)?$/.test(folded)) {
    return {
      ok: false,
      code: "type",
      message: {
        zh: `“${raw}”像是 Excel 的日期序号，不是日期。保存前请把这一列的单元格格式设为“文本”，日期写成 YYYY-MM-DD（如 2019-09-16）。`,
        en: `“${raw}” looks like an Excel date serial number, not a date. Format the column as text YYYY-MM-DD before saving.`,
      },
    };
  }
  return {
    ok: false,
    code: "type",
    message: {
      zh: `“${raw}”不是日期。请写成 YYYY-MM-DD，例如 2019-09-16。`,
      en: `“${raw}” is not a date; write it as YYYY-MM-DD, for example 2019-09-16.`,
    },
  };
}

const PLAIN_COUNT = /^(?:0|[1-9]\d{0,14})$/;
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Reads a whole number ≥ 0, accepting full-width digits, `1,234` and `12.0` with a note. */
export function readCount(raw: string): CellResult {
  if (PLAIN_COUNT.test(raw)) return { ok: true, value: Number(raw) };
  const number = readLooseNumber(raw);
  // A long number Excel rounded (as an .xlsx stores it): say so, as for a decimal column.
  if (!number.ok && SCIENTIFIC.test(fold(raw).replace(/\s+/g, ""))) return number;
  if (!number.ok) {
    return {
      ok: false,
      code: "type",
      message: explainNotANumber(raw) ?? {
        zh: `“${raw}”不是整数。请只填阿拉伯数字。`,
        en: `“${raw}” is not a whole number.`,
      },
    };
  }
  const value = number.value as number;
  if (!Number.isInteger(value)) {
    // Between 0 and 1 it is most likely a share typed where its count belongs.
    const percent = Number((value * 100).toFixed(4));
    const share = value > 0 && value < 1;
    return {
      ok: false,
      code: "type",
      message: {
        zh: `“${raw}”不是整数：人数、户数等数量没有小数。${share ? `如果这是比例（${percent}%），请填写数量本身。` : ""}`,
        en: `“${raw}” is not a whole number; counts have no fractions.${share ? ` If it is a share (${percent}%), write the count itself.` : ""}`,
      },
    };
  }
  if (value < 0) {
    return {
      ok: false,
      code: "constraint",
      message: { zh: `${value} 是负数；数量不能小于 0。`, en: `${value} is negative; counts are ≥ 0.` },
    };
  }
  if (!Number.isSafeInteger(value)) {
    return {
      ok: false,
      code: "constraint",
      message: { zh: `${raw} 太大，不可能是一个数量。`, en: `${raw} is too large to be a count.` },
    };
  }
  return { ok: true, value, note: readAsDigits(raw, value) };
}

/** The note for a number read from another way of writing it: full-width digits, `1,234`, `12.0`. */
function readAsDigits(raw: string, value: number): Bilingual {
  return {
    zh: `“${raw}”已按 ${value} 读取。数字请只写半角阿拉伯数字，不加千位分隔符。`,
    en: `“${raw}” was read as ${value}; write counts as plain digits.`,
  };
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const SCIENTIFIC = /^-?\d+(?:\.\d+)?[eE][-+]?\d+$/;

/** Reads a decimal number, accepting full-width digits and thousands separators with a note. */
export function readLooseNumber(raw: string): CellResult {
  if (PLAIN_NUMBER.test(raw)) return { ok: true, value: Number(raw) };
  const folded = fold(raw).replace(/\s+/g, "");
  if (SCIENTIFIC.test(folded)) {
    return {
      ok: false,
      code: "type",
      message: {
        zh: `“${raw}”是科学计数法，Excel 把长数字四舍五入后会这样显示。保存前请把这一列设为显示全部位数的“数值”格式。`,
        en: `“${raw}” is in scientific notation, which Excel uses when it has rounded a long number. Format the column as a number with all digits before saving.`,
      },
    };
  }
  const plain = GROUPED.test(folded) ? folded.replaceAll(",", "") : folded;
  if (!/^-?\d+(?:\.\d+)?$/.test(plain)) {
    return {
      ok: false,
      code: "type",
      message: explainNotANumber(raw) ?? {
        zh: `“${raw}”不是数字。请只填阿拉伯数字。`,
        en: `“${raw}” is not a number.`,
      },
    };
  }
  const value = Number(plain);
  return {
    ok: true,
    value,
    note: {
      zh: `“${raw}”已按 ${value} 读取。数字请只写半角阿拉伯数字，不加千位分隔符。`,
      en: `“${raw}” was read as ${value}; write numbers as plain digits.`,
    },
  };
}

const TRUE_WORDS = new Set(["true", "1"]);
const FALSE_WORDS = new Set(["false", "0"]);

/** Reads yes/no: true/false in any case and 1/0 silently, 是/否 with a note. */
export function readBoolean(raw: string): CellResult {
  if (raw === "true") return { ok: true, value: true };
  if (raw === "false") return { ok: true, value: false };
  const folded = fold(raw).toLowerCase();
  if (TRUE_WORDS.has(folded)) return { ok: true, value: true };
  if (FALSE_WORDS.has(folded)) return { ok: true, value: false };
  if (folded === "是" || folded === "否") {
    const value = folded === "是";
    return {
      ok: true,
      value,
      note: {
        zh: `“${folded}”已按 ${String(value)} 读取。是/否请写成 true（是）或 false（否）。`,
        en: `“${folded}” was read as ${String(value)}; write true or false.`,
      },
    };
  }
  return {
    ok: false,
    code: "type",
    message: {
      zh: `“${raw}”不是“是/否”的值。请写 true（是）或 false（否）。`,
      en: `“${raw}” is not yes/no; write true or false.`,
    },
  };
}

const PERIOD = /^\d{4}Q[1-4]$/;
const LOOSE_PERIOD = /^(\d{4})\s*(?:年)?\s*[-/ ]?\s*(?:Q|第)\s*([1-4１-４一二三四])\s*(?:季度|季)?$/i;
const CHINESE_QUARTER: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4" };

/** Reads a quarter `YYYYQn`, accepting `2019q4`, `2019 Q4` and `2019年第4季度` with a note. */
export function readPeriod(raw: string): CellResult {
  if (PERIOD.test(raw)) return { ok: true, value: raw };
  const loose = LOOSE_PERIOD.exec(fold(raw));
  if (loose) {
    const quarter = CHINESE_QUARTER[loose[2]!] ?? loose[2]!;
    const value = `${loose[1]}Q${quarter}`;
    return {
      ok: true,
      value,
      note: {
        zh: `季度“${raw}”已按 ${value} 读取。季度请写成 YYYYQn，如 2021Q2（2021 年第 2 季度）。`,
        en: `period “${raw}” was read as ${value}; write periods as YYYYQn.`,
      },
    };
  }
  return {
    ok: false,
    code: "type",
    message: {
      zh: `“${raw}”不是季度。请写成 YYYYQn，n 为 1 到 4，例如 2021Q2（2021 年第 2 季度）。`,
      en: `“${raw}” is not a quarter; write it as YYYYQn with n from 1 to 4, for example 2021Q2.`,
    },
  };
}

/** A cell that could not be read as it stands: an error, or a value read with a note (a warning). */
export interface CellIssue {
  code: "required" | "type" | "constraint" | "normalised";
  message: Bilingual;
  /** The value read, when the issue is only a note (`normalised`). */
  value?: CellValue;
}

/**
 * Reads one trimmed cell: its value, or a `CellIssue` object. Values are primitives, so
 * `typeof result === "object" && result !== null` tells an issue apart without allocating for
 * the common case — this reader runs for every cell of million-row files.
 */
export type FastReader = (raw: string) => CellValue | CellIssue;

/** Tells an issue from a value. */
export function isIssue(result: CellValue | CellIssue): result is CellIssue {
  return typeof result === "object" && result !== null;
}

function toFast(result: CellResult): CellValue | CellIssue {
  if (!result.ok) return { code: result.code, message: result.message };
  return result.note ? { code: "normalised", message: result.note, value: result.value } : result.value;
}

/** Compiles the allocation-free reader for one column: a fast path for the published forms. */
export function compileFastReader(field: TableSchemaField): FastReader {
  const required = field.constraints.required === true;
  const missing: CellIssue = {
    code: "required",
    message: {
      zh: `${field.name}（${field.title}）是必填的，但这个单元格是空的。请填上。`,
      en: `${field.name} is required but the cell is empty.`,
    },
  };
  const typed = compileTyped(field);
  const fastPath = compileFastPath(field);
  return (raw) => {
    if (raw === "") return required ? missing : null;
    const value = fastPath(raw);
    return value === undefined ? toFast(typed(raw)) : value;
  };
}

const NOT_FAST = undefined;
/** Distinct values remembered per column for sharing one string between rows. */
const INTERN_LIMIT = 100_000;

/**
 * Returns one shared string for equal cells of a column (site ids, periods, dates, codes): a
 * million-row table then holds each distinct value once instead of once per row.
 */
function interning(check: (raw: string) => boolean): (raw: string) => string | undefined {
  const seen = new Map<string, string>();
  return (raw) => {
    const known = seen.get(raw);
    if (known !== undefined) return known;
    if (!check(raw)) return NOT_FAST;
    if (seen.size < INTERN_LIMIT) seen.set(raw, raw);
    return raw;
  };
}

/**
 * Reads plain digits (no sign, no leading zero, at most 15 digits) as a number, or -1. A loop
 * over character codes: this runs for most cells of the largest tables.
 */
function plainCount(raw: string): number {
  const length = raw.length;
  if (length === 0 || length > 15 || (length > 1 && raw.charCodeAt(0) === 48)) return -1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The published form of each type, read without allocating; undefined sends the cell to the slow path. */
function compileFastPath(field: TableSchemaField): (raw: string) => CellValue | undefined {
  const { minimum, maximum } = field.constraints;
  const inBounds = (n: number) =>
    (minimum === undefined || n >= minimum) && (maximum === undefined || n <= maximum);
  switch (field.type) {
    case "integer":
      return (raw) => {
        const n = plainCount(raw);
        return n >= 0 && inBounds(n) ? n : NOT_FAST;
      };
    case "number": {
      const most = field.maxDecimals ?? Infinity;
      return (raw) => {
        if (!PLAIN_NUMBER.test(raw)) return NOT_FAST;
        const dot = raw.indexOf(".");
        if (dot >= 0 && raw.length - dot - 1 > most) return NOT_FAST;
        const n = Number(raw);
        return inBounds(n) ? n : NOT_FAST;
      };
    }
    case "year":
      return (raw) => (/^\d{4}$/.test(raw) && inBounds(Number(raw)) ? Number(raw) : NOT_FAST);
    case "boolean":
      return (raw) => (raw === "true" ? true : raw === "false" ? false : NOT_FAST);
    case "date":
      return interning((raw) => {
        const iso = ISO_DATE.exec(raw);
        return iso !== null && isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      });
    case "string": {
      if (field.constraints.enum) {
        const canonical = new Map(field.constraints.enum.map((value) => [value, value]));
        return (raw) => canonical.get(raw);
      }
      if (field.constraints.pattern) {
        const pattern = new RegExp(field.constraints.pattern);
        return interning((raw) => pattern.test(raw));
      }
      return (raw) => raw;
    }
  }
}

function withinBounds(field: TableSchemaField, result: CellResult): CellResult {
  if (!result.ok || typeof result.value !== "number") return result;
  const { minimum, maximum } = field.constraints;
  const outside = (message: Bilingual): CellResult => ({ ok: false, code: "constraint", message });
  if (minimum !== undefined && result.value < minimum) {
    return outside({
      zh: `${result.value} 小于最小值 ${minimum}。请核对。`,
      en: `${result.value} is below the minimum ${minimum}.`,
    });
  }
  if (maximum !== undefined && result.value > maximum) {
    return outside({
      zh: `${result.value} 大于最大值 ${maximum}。请核对。`,
      en: `${result.value} is above the maximum ${maximum}.`,
    });
  }
  return result;
}

/** Digits written after the decimal point, trailing zeros aside: “1,234.50” → 1. */
function writtenDecimals(raw: string): number {
  const folded = fold(raw);
  const dot = folded.lastIndexOf(".");
  if (dot < 0) return 0;
  return folded.slice(dot + 1).replace(/0+$/, "").length;
}

function withinDecimals(field: TableSchemaField, raw: string, result: CellResult): CellResult {
  const most = field.maxDecimals;
  if (!result.ok || most === undefined) return result;
  const written = writtenDecimals(raw);
  if (written <= most) return result;
  return {
    ok: false,
    code: "constraint",
    message: {
      zh: `“${raw}”有 ${written} 位小数，但 ${field.name}（${field.title}）最多 ${most} 位${field.unit_en === "yuan" ? "（精确到分）" : ""}。请四舍五入到 ${most} 位小数。`,
      en: `“${raw}” has ${written} decimal places, but ${field.name} takes at most ${most}${field.unit_en === "yuan" ? " (to the fen)" : ""}. Round it to ${most} places.`,
    },
  };
}

function compileTyped(field: TableSchemaField): CellReader {
  switch (field.type) {
    case "integer":
      return (raw) => withinBounds(field, readCount(raw));
    case "number":
      return (raw) => withinDecimals(field, raw, withinBounds(field, readLooseNumber(raw)));
    case "year":
      return (raw) => {
        const folded = /^\d{4}$/.test(raw) ? raw : fold(raw).replace(/年$/, "");
        if (!/^\d{4}$/.test(folded)) {
          return {
            ok: false,
            code: "type",
            message: {
              zh: `“${raw}”不是年份。请写四位数字，如 2020。`,
              en: `“${raw}” is not a year; write four digits, such as 2020.`,
            },
          };
        }
        const result: CellResult = { ok: true, value: Number(folded) };
        return withinBounds(
          field,
          folded === raw
            ? result
            : {
                ...result,
                note: {
                  zh: `“${raw}”已按 ${folded} 读取。年份请只写四位数字。`,
                  en: `“${raw}” was read as ${folded}; write years as four digits.`,
                },
              },
        );
      };
    case "boolean":
      return readBoolean;
    case "date":
      return readDate;
    case "string":
      if (field.constraints.pattern === PERIOD_PATTERN) return compilePeriod(field.constraints.enum);
      if (field.constraints.enum) return compileEnum(field, field.constraints.enum);
      if (field.constraints.pattern) return compilePattern(field, new RegExp(field.constraints.pattern));
      return (raw) => ({ ok: true, value: raw });
  }
}

/**
 * Reads a period in any form `readPeriod` knows, then checks it is one the contract lists: a
 * quarter outside the contract's range is an error on its row, never a new published period.
 */
function compilePeriod(periods: readonly string[] | undefined): CellReader {
  if (!periods || periods.length === 0) return readPeriod;
  const allowed = new Set(periods);
  const first = periods[0]!;
  const last = periods[periods.length - 1]!;
  return (raw) => {
    const result = readPeriod(raw);
    if (!result.ok || allowed.has(result.value as string)) return result;
    const before = (result.value as string) < first;
    return {
      ok: false,
      code: "constraint",
      message: {
        zh: `${String(result.value)} ${before ? "早于" : "晚于"}数据规范包含的季度（${first} 至 ${last}）。请核对年份和季度；其他季度的行不会发布。`,
        en: `${String(result.value)} is ${before ? "before" : "after"} the periods the contract covers (${first} to ${last}). Check the year and quarter; rows for other periods are not published.`,
      },
    };
  };
}

function compileEnum(field: TableSchemaField, values: string[]): CellReader {
  const allowed = new Set(values);
  // Publishers often type the Chinese label or change the case; accept both, with a note.
  const aliases = new Map<string, string>();
  for (const value of values) aliases.set(value.toLowerCase(), value);
  for (const category of field.categories ?? [])
    aliases.set(category.label.normalize("NFKC"), category.value);
  for (const [value, label] of Object.entries(field.categories_en ?? {}))
    aliases.set(label.toLowerCase(), value);
  const listed = values.join(", ");
  const labels = new Map((field.categories ?? []).map((category) => [category.value, category.label]));
  const listedZh = values
    .map((value) => (labels.has(value) ? `${value}（${labels.get(value)!}）` : value))
    .join("、");
  return (raw) => {
    if (allowed.has(raw)) return { ok: true, value: raw };
    const folded = fold(raw);
    const value = aliases.get(folded) ?? aliases.get(folded.toLowerCase());
    if (value !== undefined) {
      return {
        ok: true,
        value,
        note: {
          zh: `“${raw}”已按 ${value} 读取。请直接写代码 ${value}。`,
          en: `“${raw}” was read as ${value}; write the code word ${value}.`,
        },
      };
    }
    return {
      ok: false,
      code: "constraint",
      message: {
        zh: `“${raw}”不是允许的值。只能填：${listedZh}。`,
        en: `“${raw}” is not one of the allowed values: ${listed}.`,
      },
    };
  };
}

function compilePattern(field: TableSchemaField, pattern: RegExp): CellReader {
  return (raw) => {
    if (pattern.test(raw)) return { ok: true, value: raw };
    const folded = fold(raw).replace(/\s+/g, "");
    if (pattern.test(folded)) {
      return {
        ok: true,
        value: folded,
        note: {
          zh: `“${raw}”已按 ${folded} 读取。请用半角字符书写，不要加空格。`,
          en: `“${raw}” was read as ${folded}; write it without full-width characters or spaces.`,
        },
      };
    }
    return {
      ok: false,
      code: "constraint",
      message: {
        zh: `“${raw}”不符合 ${field.name}（${field.title}）的格式（${describePattern(field.constraints.pattern!).zh}）。`,
        en: `“${raw}” does not have the form of ${field.name} (${describePattern(field.constraints.pattern!).en}).`,
      },
    };
  };
}

const PATTERN_WORDS: Record<string, Bilingual> = {
  "^\\d{6}$": { zh: "6 位数字，如 420323", en: "six digits, such as 420323" },
  "^\\d{9}$": { zh: "9 位数字，如 420323100", en: "nine digits, such as 420323100" },
  "^\\d{6}-\\d{4}$": {
    zh: "县级代码、短横线、4 位数字，如 420323-0001",
    en: "county code, dash, four digits, such as 420323-0001",
  },
};

function describePattern(pattern: string): Bilingual {
  return PATTERN_WORDS[pattern] ?? { zh: `格式 ${pattern}`, en: `the pattern ${pattern}` };
}
