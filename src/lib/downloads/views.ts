/**
 * What the data pages show, prepared in plain TypeScript: the data dictionary, a preview of the
 * first rows, file sizes, the citation and the schema.org `Dataset` description. Pure.
 */
import { periodEnd } from "../indicators/periods.ts";
import { csvCell } from "../csv/write.ts";
import { DATA_LICENCE, type PackageMeta } from "../schema/datapackage.ts";
import type { TableSchemaField } from "../schema/field.ts";
import type { Table } from "../schema/table.ts";
import type { TypedRow } from "./formats.ts";

type Lang = "zh" | "en";
type Words = Record<Lang, string>;

/** The data pages' own words, in both languages. */
export const DATA_WORDS = {
  catalogueTitle: { zh: "数据下载", en: "Data downloads" },
  catalogueLede: {
    zh: "本站所有数字都来自下列数据表。每张表都可以整表或按县（市、区）下载，格式有 CSV（UTF-8）、适合 Excel 打开的 CSV、JSON，安置点另有 GeoJSON。每个文件都列出大小和 SHA-256 校验值。",
    en: "Every figure on this site comes from the tables below. Each table can be downloaded whole or for one county, as CSV (UTF-8), CSV for Excel, JSON, and for the sites GeoJSON. Every file is listed with its size and SHA-256 checksum.",
  },
  tables: { zh: "数据表", en: "Tables" },
  table: { zh: "数据表", en: "Table" },
  rows: { zh: "行数", en: "Rows" },
  rowMeaning: { zh: "每行含义", en: "One row is" },
  size: { zh: "大小", en: "Size" },
  format: { zh: "格式", en: "Format" },
  file: { zh: "文件", en: "File" },
  checksum: { zh: "SHA-256 校验值", en: "SHA-256 checksum" },
  downloads: { zh: "下载", en: "Downloads" },
  dictionary: { zh: "数据字典", en: "Data dictionary" },
  dictionaryLink: { zh: "数据字典与预览", en: "Dictionary and preview" },
  column: { zh: "列名", en: "Column" },
  meaning: { zh: "含义", en: "Meaning" },
  type: { zh: "类型", en: "Type" },
  required: { zh: "必填", en: "Required" },
  optional: { zh: "可空", en: "May be empty" },
  unit: { zh: "单位", en: "Unit" },
  rules: { zh: "取值规则", en: "Allowed values" },
  preview: { zh: "前几行预览", en: "Preview of the first rows" },
  previewNote: {
    zh: "空白单元格表示“未报告”，不是零。",
    en: "An empty cell means “not reported”, never zero.",
  },
  editionCsv: { zh: "CSV（UTF-8，标准格式）", en: "CSV (UTF-8, canonical)" },
  editionExcel: { zh: "CSV（Excel 专用，带 BOM）", en: "CSV for Excel (with BOM)" },
  editionJson: { zh: "JSON", en: "JSON" },
  editionGeojson: { zh: "GeoJSON（WGS-84 点位）", en: "GeoJSON (WGS-84 points)" },
  identical: {
    zh: "标准 CSV 与发布单位提供的原始文件逐字节相同。",
    en: "The canonical CSV is byte for byte the file the publisher supplied.",
  },
  reserialised: {
    zh: "标准 CSV 由校验后的数据按统一格式重新写出（UTF-8、逗号分隔、LF 换行）。",
    en: "The canonical CSV was rewritten from the validated data in the standard form (UTF-8, comma, LF line ends).",
  },
  excelNote: {
    zh: "Excel 版带字节顺序标记（BOM）和 CRLF 换行，双击即可正确显示中文；以 = + - @ 开头的文字单元格前加了单引号，防止被当作公式执行，数字不受影响。",
    en: "The Excel edition carries a byte-order mark and CRLF line ends so Chinese shows correctly on double-click; text cells starting with = + - @ get a leading apostrophe so they are never run as formulas. Numbers are untouched.",
  },
  garbled: { zh: "打开乱码？请下载 Excel 版。", en: "Garbled in Excel? Download the Excel edition." },
  garbledNote: {
    zh: "标准 CSV（UTF-8、无 BOM）适合程序和数据库读取；在中文版 Windows 的 Excel 里双击打开，中文会显示为乱码。每个 CSV 都有 Excel 版（带 BOM、CRLF 换行、防公式注入）。较大文件的 Excel 版不另外存放，点击时由浏览器从标准 CSV 生成，与存放一份副本的字节完全相同，校验值见文件列表。",
    en: "The canonical CSV (UTF-8, no BOM) suits programs and databases; opened by double-click in Excel on Chinese Windows its Chinese comes out garbled. Every CSV has an Excel edition (BOM, CRLF line ends, formula-safe). For large files the Excel edition is not stored: your browser makes it from the canonical CSV when you click, byte for byte what a stored copy would be; its checksum is in the file lists.",
  },
  editionExcelMade: {
    zh: "CSV（Excel 专用，下载时由浏览器生成）",
    en: "CSV for Excel (made by your browser at download)",
  },
  figures: { zh: "指标计算结果（CSV）", en: "Indicator figures (CSV)" },
  figuresLede: {
    zh: "本站发布的全部指标值，做成可以直接打开的表格，数值与 indicators.json.gz 完全相同（比值未四舍五入）。每行一个指标 × 地区 × 时期：指标代码和名称、层级、地区代码和中英文名称、所属县、时期、分子、分母、比值、目标、达标情况，无数值时注明原因。",
    en: "Every indicator value this site publishes, as tables you can open; the numbers are exactly those of indicators.json.gz (shares unrounded). One row per indicator × place × period: indicator id and title, level, place code and names in both languages, county, period, numerator, denominator, value, target, status, and the reason when there is no value.",
  },
  figuresAreas: {
    zh: "全市、各县（市、区）、各乡镇（街道）：全部指标、全部时期",
    en: "The city, counties and townships: every indicator, every period",
  },
  figuresLatest: {
    zh: "各安置点最新一期：每个安置点一行，每项指标一组列（时期、分子、分母、比值）",
    en: "Every site's latest figures: one row per site, four columns per indicator (period, numerator, denominator, value)",
  },
  figuresSites: { zh: "各县（市、区）的安置点", en: "Each county's sites" },
  figuresSitesLede: {
    zh: "每个县（市、区）每项指标一个文件，含该县全部安置点、全部时期（一个县合成一个文件会超过静态托管平台的单文件上限）。",
    en: "One file per county and indicator, with every site of the county and every period (one file per county would be over what static hosts take for one file).",
  },
  indicator: { zh: "指标", en: "Indicator" },
  excelShort: { zh: "Excel 版", en: "Excel edition" },
  countyFiles: { zh: "的全部文件", en: ": every file" },
  wholePackage: { zh: "整个数据包", en: "The whole data package" },
  wholePackageLede: {
    zh: "全部数据表和描述文件（Frictionless Data Package v2）打包为一个 zip 文件。",
    en: "All tables and their descriptor (a Frictionless Data Package v2) in one zip file.",
  },
  byCounty: { zh: "按县（市、区）下载", en: "Downloads by county" },
  byCountyLede: {
    zh: "每个县（市、区）的各表数据：有 county_code 的表按该列筛选，其余按安置点所属县筛选。",
    en: "Each table for one county: tables with a county_code are filtered on it, the others by their site's county.",
  },
  county: { zh: "县（市、区）", en: "County" },
  computed: { zh: "计算结果", en: "Computed results" },
  indicatorsFile: {
    zh: "全部指标值（与 anju compute 输出格式相同，文件较大）",
    en: "Every indicator value (the same format anju compute writes; a large file)",
  },
  qualityFile: { zh: "数据质量核对报告", en: "Data-quality report" },
  checksums: { zh: "校验与签名", en: "Checksums and signature" },
  checksumsLede: {
    zh: "SHA256SUMS 列出本目录每个可下载文件的 SHA-256 校验值。下载后可在命令行核对：",
    en: "SHA256SUMS lists the SHA-256 of every downloadable file in this folder. After downloading, check them with:",
  },
  signatureLede: {
    zh: "SHA256SUMS 带有 Ed25519 数字签名（SHA256SUMS.sig），公钥为 SHA256SUMS.pub.pem。用 OpenSSL 验证签名：",
    en: "SHA256SUMS carries an Ed25519 signature (SHA256SUMS.sig) made with the key whose public half is SHA256SUMS.pub.pem. Check it with OpenSSL:",
  },
  unsigned: {
    zh: "本次发布未配置签名密钥，SHA256SUMS 未签名。",
    en: "No signing key is configured for this build: SHA256SUMS is not signed.",
  },
  licence: { zh: "许可协议", en: "Licence" },
  licenceText: {
    zh: "数据以知识共享署名 4.0 国际许可协议（CC BY 4.0）发布：任何人都可以复制、分发、改编和商业使用，只需注明来源。选择它，是因为它是只要求署名的开放许可，与各地政府数据开放平台的通行做法相容，也让媒体、研究者和公众可以放心地转载和核算。",
    en: "The data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): anyone may copy, share, adapt and use it, also commercially, as long as they credit the source. It was chosen because it is an open licence that asks only for attribution, compatible with government open-data practice, so journalists, researchers and the public can republish and recompute the figures without asking.",
  },
  cite: { zh: "引用方式", en: "How to cite" },
  citeLede: {
    zh: "请引用具体版本：版本页面的网址永久有效，其中的文件永不改动。",
    en: "Cite a specific version: a release's address is permanent and its files never change.",
  },
  title: { zh: "标题", en: "Title" },
  publisher: { zh: "发布者", en: "Publisher" },
  version: { zh: "版本", en: "Version" },
  date: { zh: "日期", en: "Date" },
  permanentUrl: { zh: "永久网址", en: "Permanent address" },
  releases: { zh: "历史版本", en: "Releases" },
  releasesLink: { zh: "全部历史版本及变更记录", en: "Every release and what changed" },
  back: { zh: "数据下载", en: "Data downloads" },
  typeString: { zh: "文本", en: "text" },
  typeInteger: { zh: "整数", en: "whole number" },
  typeNumber: { zh: "数值", en: "number" },
  typeBoolean: { zh: "是/否（true/false）", en: "yes/no (true/false)" },
  typeDate: { zh: "日期（YYYY-MM-DD）", en: "date (YYYY-MM-DD)" },
  typeYear: { zh: "年份", en: "year" },
  code: { zh: "代码", en: "code" },
  label: { zh: "含义", en: "meaning" },
} as const satisfies Record<string, Words>;

/** A data-page word in a language. */
export function word(lang: Lang, key: keyof typeof DATA_WORDS): string {
  return DATA_WORDS[key][lang];
}

/** A size in bytes for people: 286 B, 1.7 MB (decimal units, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const TYPE_WORDS: Record<TableSchemaField["type"], keyof typeof DATA_WORDS> = {
  string: "typeString",
  integer: "typeInteger",
  number: "typeNumber",
  boolean: "typeBoolean",
  date: "typeDate",
  year: "typeYear",
};

/** One line of the data dictionary. */
export interface DictionaryEntry {
  name: string;
  title: string;
  description: string;
  type: string;
  required: boolean;
  unit: string | null;
  /** Range or pattern in words, or null. */
  rule: string | null;
  /** The allowed codes with their labels, for coded columns. */
  categories: { value: string; label: string }[];
}

/** The data dictionary of a table in a language, in column order. */
export function dictionary(table: Pick<Table, "fields">, lang: Lang): DictionaryEntry[] {
  return table.fields.map((field) => {
    const c = field.constraints;
    const rules: string[] = [];
    if (!field.categories) {
      if (c.minimum !== undefined && c.maximum !== undefined) rules.push(`${c.minimum} – ${c.maximum}`);
      else if (c.minimum !== undefined) rules.push(`≥ ${c.minimum}`);
      if (c.pattern) rules.push(`${lang === "zh" ? "格式" : "pattern"} ${c.pattern}`);
    }
    return {
      name: field.name,
      title: lang === "zh" ? field.title : field.title_en,
      description: lang === "zh" ? field.description : field.description_en,
      type: word(lang, TYPE_WORDS[field.type]),
      required: c.required === true,
      unit: (lang === "zh" ? field.unit : field.unit_en) ?? null,
      rule: rules.length > 0 ? rules.join("; ") : null,
      categories: (field.categories ?? []).map((cat) => ({
        value: cat.value,
        label: lang === "zh" ? cat.label : (field.categories_en?.[cat.value] ?? cat.label),
      })),
    };
  });
}

/** The first `count` rows as the CSV shows their cells (empty for not reported). */
export function previewRows(
  table: Pick<Table, "columns">,
  rows: readonly TypedRow[],
  count = 10,
): string[][] {
  return rows.slice(0, count).map((row) => table.columns.map((column) => csvCell(row[column])));
}

/** What a citation says. */
export interface CitationParts {
  title: string;
  publisher: string;
  version: string;
  /** Release date, `YYYY-MM-DD`. */
  date: string;
  url: string;
}

/** A citation as one line of text: publisher, title, version, date, address and licence. */
export function citationText(parts: CitationParts, lang: Lang): string {
  return lang === "zh"
    ? `${parts.publisher}．${parts.title}（版本 ${parts.version}，${parts.date}）[数据集]．${parts.url}．许可协议：CC BY 4.0．`
    : `${parts.publisher} (${parts.date.slice(0, 4)}). ${parts.title} (version ${parts.version}, ${parts.date}) [Data set]. ${parts.url}. Licence: CC BY 4.0.`;
}

/** A downloadable file as schema.org describes it. */
export interface Distribution {
  url: string;
  encodingFormat: string;
  bytes: number;
  name: string;
}

/** The schema.org `Dataset` description of the package or one table (for a JSON-LD data block). */
export function datasetJsonLd(options: {
  name: string;
  description: string;
  url: string;
  meta: Pick<PackageMeta, "version" | "created">;
  publisher: string;
  /** First and last period of the data (`2019Q4`), or null when there is none. */
  periods: [string, string] | null;
  distributions: readonly Distribution[];
  keywords?: readonly string[];
}): Record<string, unknown> {
  const temporal = options.periods
    ? `${quarterStart(options.periods[0])}/${periodEnd(options.periods[1])}`
    : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: options.name,
    description: options.description,
    url: options.url,
    version: options.meta.version,
    datePublished: options.meta.created,
    dateModified: options.meta.created,
    license: DATA_LICENCE.path,
    isAccessibleForFree: true,
    inLanguage: ["zh-CN", "en"],
    ...(options.keywords ? { keywords: options.keywords } : {}),
    creator: { "@type": "Organization", name: options.publisher },
    publisher: { "@type": "Organization", name: options.publisher },
    ...(temporal ? { temporalCoverage: temporal } : {}),
    spatialCoverage: {
      "@type": "Place",
      name: "十堰市 Shiyan City, Hubei, China",
      geo: { "@type": "GeoShape", box: "31.5 109.4 33.3 111.6" },
    },
    distribution: options.distributions.map((d) => ({
      "@type": "DataDownload",
      name: d.name,
      contentUrl: d.url,
      encodingFormat: d.encodingFormat,
      contentSize: `${d.bytes} B`,
    })),
  };
}

function quarterStart(period: string): string {
  const m = /^(\d{4})Q([1-4])$/.exec(period);
  return m ? `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}-01` : period;
}

/**
 * JSON for a `<script type="application/ld+json">` data block: `<`, `>` and `&` are written as
 * `\u003c` … so no text from the data can close the element or open a comment, and the line
 * separators U+2028/U+2029 are escaped too. The result parses back to the same value.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

/** The file list of a table's downloads, for the catalogue: edition, file, size, checksum. */
export function editionWord(kind: "csv" | "excel" | "json" | "geojson"): keyof typeof DATA_WORDS {
  return kind === "csv"
    ? "editionCsv"
    : kind === "excel"
      ? "editionExcel"
      : kind === "json"
        ? "editionJson"
        : "editionGeojson";
}

/** Media type of a published file, from its name. */
export function mediaType(path: string): string {
  if (path.endsWith(".geojson")) return "application/geo+json";
  if (path.endsWith(".json")) return "application/json";
  if (path.endsWith(".zip")) return "application/zip";
  if (path.endsWith(".csv")) return "text/csv";
  return "text/plain";
}
