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
import { sectionWords, t, type Lang, type SectionKey } from "../i18n/index.ts";
import type { Params } from "../i18n/placeholders.ts";

/** A data-page word's short name: `word(lang, "rows")` is `t(lang, "downloads.rows")`. */
export type DataWord = SectionKey<"downloads">;

/** A data-page word in a language (the `downloads.*` section of the dictionaries). */
export const word: (lang: Lang, key: DataWord, params?: Params) => string = sectionWords("downloads");

/** A size in bytes for people: 286 B, 1.7 MB (decimal units, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const TYPE_WORDS: Record<TableSchemaField["type"], DataWord> = {
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
      if (c.pattern) rules.push(word(lang, "pattern", { pattern: c.pattern }));
    }
    return {
      name: field.name,
      title: { zh: field.title, en: field.title_en }[lang],
      description: { zh: field.description, en: field.description_en }[lang],
      type: word(lang, TYPE_WORDS[field.type]),
      required: c.required === true,
      unit: { zh: field.unit, en: field.unit_en }[lang] ?? null,
      rule: rules.length > 0 ? rules.join("; ") : null,
      categories: (field.categories ?? []).map((cat) => ({
        value: cat.value,
        label: { zh: cat.label, en: field.categories_en?.[cat.value] ?? cat.label }[lang],
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
  return t(lang, "downloads.citation", { ...parts, year: parts.date.slice(0, 4) });
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
export function editionWord(kind: "csv" | "excel" | "json" | "geojson"): DataWord {
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
