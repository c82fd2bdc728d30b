/**
 * What a table's page under /data/ shows, prepared: its facts, its downloads, its data dictionary,
 * a preview of the first rows, the citation and the schema.org description. Pure; the page only
 * renders what this returns.
 */
import type { TableDownloads } from "../downloads/plan.ts";
import type { TypedRow } from "../downloads/formats.ts";
import {
  datasetJsonLd,
  dictionary,
  editionWord,
  mediaType,
  previewRows,
  word,
  type DictionaryEntry,
} from "../downloads/views.ts";
import { formatCount, href, pick, t, type Bilingual, type Lang } from "../i18n/index.ts";
import type { PackageMeta } from "../schema/datapackage.ts";
import type { Table } from "../schema/table.ts";

/** What the page is built from: the table's contract, its rows, its downloads and the release. */
export interface DataTableInput {
  table: Pick<Table, "name" | "path" | "title" | "description" | "rowMeaning" | "fields" | "columns">;
  rows: readonly TypedRow[];
  downloads: TableDownloads;
  /** The release the files belong to (its page and permanent addresses). */
  releaseId: string;
  meta: Pick<PackageMeta, "version" | "created">;
  siteUrl: string;
  siteTitle: Bilingual;
  organizer: Bilingual | undefined;
  /** The published periods, first to last. */
  periods: readonly string[];
}

/** A file of the table, as the page's file list shows it. */
export interface DataTableFile {
  label: string;
  href: string;
  name: string;
  bytes: number;
  sha256: string;
}

/** Everything a table's page renders. */
export interface DataTablePage {
  title: string;
  path: string;
  description: string;
  jsonLd: Record<string, unknown>;
  breadcrumbs: { label: string; back: { text: string; href: string } };
  facts: {
    rowMeaning: { label: string; value: string };
    rows: { label: string; value: string };
    version: { label: string; text: string; href: string };
  };
  downloads: { heading: string; caption: string; files: DataTableFile[]; note: string };
  dictionary: {
    heading: string;
    caption: string;
    columns: { column: string; meaning: string; type: string; unit: string; rules: string };
    entries: (DictionaryEntry & { requiredText: string })[];
  };
  preview: { heading: string; note: string; caption: string; columns: readonly string[]; rows: string[][] };
  citation: { title: string; url: string };
}

// The preview shows the first rows as the CSV writes them.
const PREVIEW_ROWS = 10;

const EDITIONS = ["csv", "excel", "json", "geojson"] as const;

/** Builds the page of one table in a language. */
export function dataTablePage(input: DataTableInput, lang: Lang): DataTablePage {
  const { table, downloads } = input;
  const title = pick(table.title, lang);
  const description = pick(table.description, lang);
  const files = EDITIONS.flatMap((kind) => {
    const file = downloads.editions[kind];
    return file ? [{ kind, file }] : [];
  });
  const preview = previewRows(table, input.rows, PREVIEW_ROWS);
  const jsonLd = datasetJsonLd({
    name: `${title} (${table.path})`,
    description: `${description} ${pick(table.rowMeaning, lang)}.`,
    url: new URL(href(lang, `/data/${table.name}/`).slice(1), input.siteUrl).href,
    meta: input.meta,
    publisher: input.organizer?.[lang] ?? input.siteTitle[lang],
    periods: input.periods.length > 0 ? [input.periods[0]!, input.periods.at(-1)!] : null,
    distributions: files.map(({ file }) => ({
      name: file.path,
      url: new URL(`data/${file.path}`, input.siteUrl).href,
      encodingFormat: mediaType(file.path),
      bytes: file.bytes,
    })),
  });
  return {
    title,
    path: table.path,
    description,
    jsonLd,
    breadcrumbs: {
      label: t(lang, "page.breadcrumbs"),
      back: { text: word(lang, "back"), href: href(lang, "/data/") },
    },
    facts: {
      rowMeaning: { label: word(lang, "rowMeaning"), value: pick(table.rowMeaning, lang) },
      rows: { label: word(lang, "rows"), value: formatCount(downloads.rows, lang) },
      version: {
        label: word(lang, "version"),
        text: input.meta.version,
        href: href(lang, `/releases/${input.releaseId}/`),
      },
    },
    downloads: {
      heading: word(lang, "downloads"),
      caption: `${word(lang, "downloads")}: ${title}`,
      files: files.map(({ kind, file }) => ({
        label: word(lang, editionWord(kind)),
        href: `/data/${file.path}`,
        name: file.path,
        bytes: file.bytes,
        sha256: file.sha256,
      })),
      note: `${word(lang, downloads.identicalToInput ? "identical" : "reserialised")} ${word(lang, "excelNote")}`,
    },
    dictionary: {
      heading: word(lang, "dictionary"),
      caption: `${word(lang, "dictionary")}: ${table.path}`,
      columns: {
        column: word(lang, "column"),
        meaning: word(lang, "meaning"),
        type: word(lang, "type"),
        unit: word(lang, "unit"),
        rules: word(lang, "rules"),
      },
      entries: dictionary(table, lang).map((entry) => ({
        ...entry,
        requiredText: word(lang, entry.required ? "required" : "optional"),
      })),
    },
    preview: {
      heading: word(lang, "preview"),
      note: word(lang, "previewNote"),
      caption: `${word(lang, "preview")}: ${table.path} (${formatCount(preview.length, lang)} / ${formatCount(downloads.rows, lang)})`,
      columns: table.columns,
      rows: preview,
    },
    citation: {
      title: `${input.siteTitle[lang]}: ${title} (${table.path})`,
      url: new URL(`releases/${input.releaseId}/${table.path}`, input.siteUrl).href,
    },
  };
}
