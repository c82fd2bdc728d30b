/**
 * The catalogue of problems the validator reports. Each code is stable (tests and publishers'
 * tooling match on it), has a severity, a title, and why it matters to the people who use the data.
 */

import type { Bilingual, Lang } from "./i18n/index.ts";

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
  /** What was expected, what was found and how to fix it, in English (what tooling has always read). */
  message: string;
  /** The same message in Chinese, with the same values: what a county office reads. */
  message_zh: string;
}

interface ProblemType {
  severity: Severity;
  /** What the problem is called, in Chinese and in English. */
  title: Bilingual;
  /** Why it matters, in Chinese and in English. */
  why: Bilingual;
}

/** Every problem code, with its severity and why it matters. */
export const PROBLEM_TYPES = {
  "file-missing": {
    severity: "error",
    title: { zh: "缺少文件", en: "Missing file" },
    why: {
      zh: "数据规范中的每张表都要提交，即使没有数据行。",
      en: "Every table of the contract must be published, even when it has no rows.",
    },
  },
  "file-too-large": {
    severity: "error",
    title: { zh: "文件过大", en: "File too large" },
    why: {
      zh: "超过大小上限的文件几乎都是导出错了；读之前就被拒绝。",
      en: "A file over the size cap is almost always a wrong export; it is refused before it is read.",
    },
  },
  "file-unreadable": {
    severity: "error",
    title: { zh: "文件无法打开", en: "File cannot be read" },
    why: {
      zh: "文件打不开。",
      en: "The file could not be opened.",
    },
  },
  "file-empty": {
    severity: "error",
    title: { zh: "空文件", en: "Empty file" },
    why: {
      zh: "一张表至少要有表头行。",
      en: "A table needs at least its header row.",
    },
  },
  "encoding-gb18030": {
    severity: "warning",
    title: { zh: "文件是 GBK 编码", en: "GB18030/GBK encoding" },
    why: {
      zh: "中文版 Windows 的 Excel 会把 CSV 存成 GBK 编码；这次已经读出来了，但发布的文件是 UTF-8。",
      en: "Excel on Chinese Windows saves CSV as GBK; it was decoded, but the published file is UTF-8.",
    },
  },
  "encoding-invalid": {
    severity: "error",
    title: { zh: "无法识别的编码", en: "Unknown encoding" },
    why: {
      zh: "既不是 UTF-8 也不是 GB18030 的字节会变成乱码。",
      en: "Bytes that are neither UTF-8 nor GB18030 would turn into garbled text.",
    },
  },
  "title-row": {
    severity: "error",
    title: { zh: "表头上方有标题行", en: "Title row above the header" },
    why: {
      zh: "第 1 行必须是表头，各种软件才能正确读出每一列。",
      en: "The first row must be the header so that every tool reads the columns right.",
    },
  },
  "missing-column": {
    severity: "error",
    title: { zh: "缺少列", en: "Missing column" },
    why: {
      zh: "数据规范的列是固定的：使用数据的人依赖每一列都在。",
      en: "The contract's columns are fixed: users rely on every one being there.",
    },
  },
  "duplicate-column": {
    severity: "error",
    title: { zh: "列名重复", en: "Duplicate column" },
    why: {
      zh: "两列同名，就不知道哪一列的值算数。",
      en: "Two columns with one name make it unclear which value counts.",
    },
  },
  "blank-column": {
    severity: "error",
    title: { zh: "有列没有列名", en: "Column without a name" },
    why: {
      zh: "没有列名的列里的值无法发布，也没人看得懂。",
      en: "Values under a blank header cannot be published or understood.",
    },
  },
  "unknown-column": {
    severity: "error",
    title: { zh: "数据规范中没有的列", en: "Column not in the contract" },
    why: {
      zh: "只发布数据规范中的列；要加新列，须先改数据规范。",
      en: "Only the contract's columns are published; a new column must be added to the schema first.",
    },
  },
  "column-order": {
    severity: "warning",
    title: { zh: "列的顺序与标准不同", en: "Columns out of order" },
    why: {
      zh: "已按列名读取各列；发布的文件按数据规范的顺序排列。",
      en: "The columns were read by name; the published file uses the contract's order.",
    },
  },
  "personal-data-column": {
    severity: "error",
    title: { zh: "含个人信息的列", en: "Personal-data column" },
    why: {
      zh: "个人信息一律不发布。",
      en: "Personal data is never published.",
    },
  },
  "unbalanced-quote": {
    severity: "error",
    title: { zh: "引号不成对", en: "Unbalanced quote" },
    why: {
      zh: "没有闭合的引号会把后面的行都吞进一个单元格。",
      en: "A quote that never closes swallows the rows after it.",
    },
  },
  "field-count": {
    severity: "error",
    title: { zh: "单元格个数不对", en: "Wrong number of cells" },
    why: {
      zh: "单元格个数和表头不一样的行，值会错位到别的列。",
      en: "A row with more or fewer cells than the header has its values in the wrong columns.",
    },
  },
  "cell-too-long": {
    severity: "error",
    title: { zh: "单元格内容过长", en: "Cell too long" },
    why: {
      zh: "数据规范中没有哪个单元格需要超过 4096 个字符。",
      en: "No cell of the contract needs more than 4,096 characters.",
    },
  },
  required: {
    severity: "error",
    title: { zh: "缺少必填的值", en: "Required value missing" },
    why: {
      zh: "这一列每一行都必须填写。",
      en: "This column must be filled in every row.",
    },
  },
  type: {
    severity: "error",
    title: { zh: "值的类型不对", en: "Value of the wrong type" },
    why: {
      zh: "这个值读不成这一列的类型；系统从不猜测。",
      en: "The value cannot be read as the column's type; it is never guessed.",
    },
  },
  constraint: {
    severity: "error",
    title: { zh: "值超出允许范围", en: "Value outside its allowed range" },
    why: {
      zh: "这个值违反了这一列的规则（范围、格式或可选值）。",
      en: "The value breaks a rule of the column (range, pattern or list).",
    },
  },
  normalised: {
    severity: "warning",
    title: { zh: "值的写法不标准", en: "Value written in a non-standard way" },
    why: {
      zh: "这个值已读出并改写成标准写法；请改正原文件，让它按原样发布。",
      en: "The value was read and rewritten in the standard form; fix the source so it is published as written.",
    },
  },
  formula: {
    severity: "error",
    title: { zh: "像公式的文字", en: "Formula-like text" },
    why: {
      zh: "以 = + - @ 开头的文字，别人用表格软件打开 CSV 时会被当作公式执行。",
      en: "Text starting with = + - @ runs as a formula when a journalist opens the CSV in a spreadsheet.",
    },
  },
  "personal-data": {
    severity: "error",
    title: { zh: "个人信息", en: "Personal data" },
    why: {
      zh: "身份证号、手机号和银行卡号一律不能发布。",
      en: "ID, mobile and bank card numbers must never be published.",
    },
  },
  "duplicate-key": {
    severity: "error",
    title: { zh: "主键重复", en: "Duplicate key" },
    why: {
      zh: "每一行只能由它的主键标识一次。",
      en: "Each row must be identified by its key once only.",
    },
  },
  "foreign-key": {
    severity: "error",
    title: { zh: "引用的对象不存在", en: "Unknown reference" },
    why: {
      zh: "每一行引用的安置点或县必须存在。",
      en: "A row must refer to a site or county that exists.",
    },
  },
  "row-rule": {
    severity: "error",
    title: { zh: "数字相互矛盾", en: "Counts that contradict each other" },
    why: {
      zh: "部分不能大于整体。",
      en: "A part cannot exceed its whole.",
    },
  },
  "county-mismatch": {
    severity: "error",
    title: { zh: "县级代码不一致", en: "County code does not match" },
    why: {
      zh: "一个安置点的各个代码必须指向同一个县。",
      en: "A site's codes must all point to the same county.",
    },
  },
  "outside-county": {
    severity: "error",
    title: { zh: "安置点不在所属县内", en: "Site outside its county" },
    why: {
      zh: "坐标在县外，地图上安置点的位置就错了。",
      en: "Coordinates outside the county put the site in the wrong place on the map.",
    },
  },
  "plan-date": {
    severity: "error",
    title: { zh: "缺少规划日期", en: "Plan date missing" },
    why: {
      zh: "已通过的规划要有通过日期，进度才有时间可依。",
      en: "An adopted plan needs its date so progress can be dated.",
    },
  },
  "datapackage-missing": {
    severity: "error",
    title: { zh: "缺少 datapackage.json", en: "datapackage.json missing" },
    why: {
      zh: "描述文件里有本次发布的版本号、日期和是否样例数据；没有它什么都不能发布。",
      en: "The descriptor carries the release's version, date and sample flag; nothing can be published without them.",
    },
  },
  "datapackage-unreadable": {
    severity: "error",
    title: { zh: "datapackage.json 不是有效的 JSON", en: "datapackage.json is not valid JSON" },
    why: {
      zh: "描述文件读不出来，本次发布就没有版本号和日期。",
      en: "A descriptor that cannot be read leaves the release without its version and date.",
    },
  },
  "datapackage-invalid": {
    severity: "error",
    title: { zh: "datapackage.json 不是数据包描述文件", en: "datapackage.json is not a Data Package" },
    why: {
      zh: "读取发布数据包的软件需要一个列出各表的描述文件。",
      en: "Tools that read the published package expect a descriptor listing its tables.",
    },
  },
  "datapackage-anju": {
    severity: "error",
    title: { zh: "版本信息无效", en: "Release metadata invalid" },
    why: {
      zh: "生成网站时，发布的名称、日期和标注都取自描述文件的 anju 部分。",
      en: "The build names, dates and labels the release from the descriptor's anju section.",
    },
  },
  "header-repeated": {
    severity: "error",
    title: { zh: "数据中重复出现表头", en: "Header repeated in the data" },
    why: {
      zh: "数据中间的表头行（两次导出粘在一起）不是数据行。",
      en: "A header row in the middle of the data (two exports pasted together) is not a row of data.",
    },
  },
  "no-rows": {
    severity: "error",
    title: { zh: "表中没有数据行", en: "Table without rows" },
    why: {
      zh: "其他各表都引用县和安置点；没有它们什么都不能发布。",
      en: "Counties and sites are what every other table refers to; without them nothing can be published.",
    },
  },
  "encoding-mixed": {
    severity: "error",
    title: { zh: "有行使用了其他编码", en: "Row in another encoding" },
    why: {
      zh: "UTF-8 文件里有几行是别的编码（常是粘贴进来的 GBK），这些行发布出去会是乱码；文件其余部分按 UTF-8 读取。",
      en: "A UTF-8 file with rows saved in another encoding (often GBK pasted in) would publish those rows garbled; the rest of the file is read as UTF-8.",
    },
  },
  "invalid-character": {
    severity: "error",
    title: { zh: "控制字符或无效字符", en: "Control or invalid character" },
    why: {
      zh: "控制字符（NUL、ESC 等）、非字符、孤立的代理项和 U+FFFD 会让读取数据的程序出错，或说明文字已经损坏。",
      en: "Control characters (NUL, escape …), noncharacters, lone surrogates and U+FFFD break the programs that read the data or mark text that was already damaged.",
    },
  },
  "bidi-control": {
    severity: "error",
    title: { zh: "文字方向控制符", en: "Text-direction control" },
    why: {
      zh: "文字方向控制符（U+202A–U+202E、U+2066–U+2069）会改变文字显示的顺序，读者看到的就和发布的不一样。",
      en: "Bidi controls (U+202A–U+202E, U+2066–U+2069) change the order in which text is shown, so a reader would see something other than what is published.",
    },
  },
  "format-character": {
    severity: "warning",
    title: { zh: "删除了不可见字符", en: "Invisible character removed" },
    why: {
      zh: "零宽空格、连接符等格式字符看不见，却可能悄悄把一个数字或词拆开；发布时会删除它们。",
      en: "Zero-width spaces, joiners and other format characters are invisible and can split a number or a word unseen; they are removed from the published text.",
    },
  },
} as const satisfies Record<string, ProblemType>;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

/** Makes a problem with the catalogue's severity for its code. */
export function problem(
  file: string,
  row: number | null,
  column: string | null,
  code: ProblemCode,
  message: Bilingual,
): Problem {
  return {
    file,
    row,
    column,
    code,
    severity: PROBLEM_TYPES[code].severity,
    message: message.en,
    message_zh: message.zh,
  };
}

/** A problem's message in a language. */
export function problemMessage(problem: Problem, lang: Lang): string {
  const messages: Record<Lang, string> = { zh: problem.message_zh, en: problem.message };
  return messages[lang];
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
