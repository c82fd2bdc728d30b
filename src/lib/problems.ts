/**
 * The catalogue of problems the validator reports. Each code is stable (tests and publishers'
 * tooling match on it), has a severity, a title, and why it matters to the people who use the data.
 */

import type { Bilingual } from "./i18n/index.ts";

export type Severity = "error" | "warning";

/** One problem in a data directory, located as a spreadsheet shows it (header = row 1). */
export interface Problem {
  /** File name relative to the data directory, such as `sites.csv`. */
  file: string;
  /** Row as a spreadsheet numbers it (header = 1, first data row = 2); null for the whole file. */
  row: number | null;
  /** Column name; null when the problem concerns the whole row or file. */
  column: string | null;
  code: ProblemCode;
  severity: Severity;
  /** What was expected, what was found and how to fix it. */
  message: string;
}

interface ProblemType {
  severity: Severity;
  /** What the problem is called, in Chinese and in English. */
  title: Bilingual;
  why: string;
}

/** Every problem code, with its severity and why it matters. */
export const PROBLEM_TYPES = {
  "file-missing": {
    severity: "error",
    title: { zh: "缺少文件", en: "Missing file" },
    why: "Every table of the contract must be published, even when it has no rows.",
  },
  "file-too-large": {
    severity: "error",
    title: { zh: "文件过大", en: "File too large" },
    why: "A file over the size cap is almost always a wrong export; it is refused before it is read.",
  },
  "file-unreadable": {
    severity: "error",
    title: { zh: "文件无法打开", en: "File cannot be read" },
    why: "The file could not be opened.",
  },
  "file-empty": {
    severity: "error",
    title: { zh: "空文件", en: "Empty file" },
    why: "A table needs at least its header row.",
  },
  "encoding-gb18030": {
    severity: "warning",
    title: { zh: "文件是 GBK 编码", en: "GB18030/GBK encoding" },
    why: "Excel on Chinese Windows saves CSV as GBK; it was decoded, but the published file is UTF-8.",
  },
  "encoding-invalid": {
    severity: "error",
    title: { zh: "无法识别的编码", en: "Unknown encoding" },
    why: "Bytes that are neither UTF-8 nor GB18030 would turn into garbled text.",
  },
  "title-row": {
    severity: "error",
    title: { zh: "表头上方有标题行", en: "Title row above the header" },
    why: "The first row must be the header so that every tool reads the columns right.",
  },
  "missing-column": {
    severity: "error",
    title: { zh: "缺少列", en: "Missing column" },
    why: "The contract's columns are fixed: users rely on every one being there.",
  },
  "duplicate-column": {
    severity: "error",
    title: { zh: "列名重复", en: "Duplicate column" },
    why: "Two columns with one name make it unclear which value counts.",
  },
  "blank-column": {
    severity: "error",
    title: { zh: "有列没有列名", en: "Column without a name" },
    why: "Values under a blank header cannot be published or understood.",
  },
  "unknown-column": {
    severity: "error",
    title: { zh: "数据规范中没有的列", en: "Column not in the contract" },
    why: "Only the contract's columns are published; a new column must be added to the schema first.",
  },
  "column-order": {
    severity: "warning",
    title: { zh: "列的顺序与标准不同", en: "Columns out of order" },
    why: "The columns were read by name; the published file uses the contract's order.",
  },
  "personal-data-column": {
    severity: "error",
    title: { zh: "含个人信息的列", en: "Personal-data column" },
    why: "Personal data is never published.",
  },
  "unbalanced-quote": {
    severity: "error",
    title: { zh: "引号不成对", en: "Unbalanced quote" },
    why: "A quote that never closes swallows the rows after it.",
  },
  "field-count": {
    severity: "error",
    title: { zh: "单元格个数不对", en: "Wrong number of cells" },
    why: "A row with more or fewer cells than the header has its values in the wrong columns.",
  },
  "cell-too-long": {
    severity: "error",
    title: { zh: "单元格内容过长", en: "Cell too long" },
    why: "No cell of the contract needs more than 4,096 characters.",
  },
  required: {
    severity: "error",
    title: { zh: "缺少必填的值", en: "Required value missing" },
    why: "This column must be filled in every row.",
  },
  type: {
    severity: "error",
    title: { zh: "值的类型不对", en: "Value of the wrong type" },
    why: "The value cannot be read as the column's type; it is never guessed.",
  },
  constraint: {
    severity: "error",
    title: { zh: "值超出允许范围", en: "Value outside its allowed range" },
    why: "The value breaks a rule of the column (range, pattern or list).",
  },
  normalised: {
    severity: "warning",
    title: { zh: "值的写法不标准", en: "Value written in a non-standard way" },
    why: "The value was read and rewritten in the standard form; fix the source so it is published as written.",
  },
  formula: {
    severity: "error",
    title: { zh: "像公式的文字", en: "Formula-like text" },
    why: "Text starting with = + - @ runs as a formula when a journalist opens the CSV in a spreadsheet.",
  },
  "personal-data": {
    severity: "error",
    title: { zh: "个人信息", en: "Personal data" },
    why: "ID, mobile and bank card numbers must never be published.",
  },
  "duplicate-key": {
    severity: "error",
    title: { zh: "主键重复", en: "Duplicate key" },
    why: "Each row must be identified by its key once only.",
  },
  "foreign-key": {
    severity: "error",
    title: { zh: "引用的对象不存在", en: "Unknown reference" },
    why: "A row must refer to a site or county that exists.",
  },
  "row-rule": {
    severity: "error",
    title: { zh: "数字相互矛盾", en: "Counts that contradict each other" },
    why: "A part cannot exceed its whole.",
  },
  "county-mismatch": {
    severity: "error",
    title: { zh: "县级代码不一致", en: "County code does not match" },
    why: "A site's codes must all point to the same county.",
  },
  "outside-county": {
    severity: "error",
    title: { zh: "安置点不在所属县内", en: "Site outside its county" },
    why: "Coordinates outside the county put the site in the wrong place on the map.",
  },
  "plan-date": {
    severity: "error",
    title: { zh: "缺少规划日期", en: "Plan date missing" },
    why: "An adopted plan needs its date so progress can be dated.",
  },
  "datapackage-missing": {
    severity: "error",
    title: { zh: "缺少 datapackage.json", en: "datapackage.json missing" },
    why: "The descriptor carries the release's version, date and sample flag; nothing can be published without them.",
  },
  "datapackage-unreadable": {
    severity: "error",
    title: { zh: "datapackage.json 不是有效的 JSON", en: "datapackage.json is not valid JSON" },
    why: "A descriptor that cannot be read leaves the release without its version and date.",
  },
  "datapackage-invalid": {
    severity: "error",
    title: { zh: "datapackage.json 不是数据包描述文件", en: "datapackage.json is not a Data Package" },
    why: "Tools that read the published package expect a descriptor listing its tables.",
  },
  "datapackage-anju": {
    severity: "error",
    title: { zh: "版本信息无效", en: "Release metadata invalid" },
    why: "The build names, dates and labels the release from the descriptor's anju section.",
  },
  "header-repeated": {
    severity: "error",
    title: { zh: "数据中重复出现表头", en: "Header repeated in the data" },
    why: "A header row in the middle of the data (two exports pasted together) is not a row of data.",
  },
  "no-rows": {
    severity: "error",
    title: { zh: "表中没有数据行", en: "Table without rows" },
    why: "Counties and sites are what every other table refers to; without them nothing can be published.",
  },
  "encoding-mixed": {
    severity: "error",
    title: { zh: "有行使用了其他编码", en: "Row in another encoding" },
    why: "A UTF-8 file with rows saved in another encoding (often GBK pasted in) would publish those rows garbled; the rest of the file is read as UTF-8.",
  },
  "invalid-character": {
    severity: "error",
    title: { zh: "控制字符或无效字符", en: "Control or invalid character" },
    why: "Control characters (NUL, escape …), noncharacters, lone surrogates and U+FFFD break the programs that read the data or mark text that was already damaged.",
  },
  "bidi-control": {
    severity: "error",
    title: { zh: "文字方向控制符", en: "Text-direction control" },
    why: "Bidi controls (U+202A–U+202E, U+2066–U+2069) change the order in which text is shown, so a reader would see something other than what is published.",
  },
  "format-character": {
    severity: "warning",
    title: { zh: "删除了不可见字符", en: "Invisible character removed" },
    why: "Zero-width spaces, joiners and other format characters are invisible and can split a number or a word unseen; they are removed from the published text.",
  },
} as const satisfies Record<string, ProblemType>;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

/** Makes a problem with the catalogue's severity for its code. */
export function problem(
  file: string,
  row: number | null,
  column: string | null,
  code: ProblemCode,
  message: string,
): Problem {
  return { file, row, column, code, severity: PROBLEM_TYPES[code].severity, message };
}

/** Orders problems by file, row and column so reports are stable. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? "").localeCompare(b.column ?? "") ||
    a.code.localeCompare(b.code)
  );
}
