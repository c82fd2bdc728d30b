/**
 * What `/data/` lists of the CSVs beyond the whole tables — the computed indicators and every
 * county's slices — each with its Excel edition, size and SHA-256, prepared. An Excel edition
 * that is not stored carries what the browser needs to make it from the CSV. Pure.
 */
import { type CsvDownload, type DownloadsIndex } from "../downloads/plan.ts";
import { word } from "../downloads/views.ts";
import { formatCount, pick, type Bilingual, type Lang } from "../i18n/index.ts";
import type { TableName } from "../schema/index.ts";
import type { Places } from "./places.ts";

/** How the browser makes an Excel edition that is not stored: from the link's CSV, with these text columns. */
export interface ExcelMaker {
  /** Names the set of text columns, which the page lists once (`ExcelColumns.astro`). */
  key: string;
  /** The columns that hold text, comma-separated. */
  text: string;
  /** The name the made file is saved under. */
  name: string;
}

/** A downloadable file as the catalogue lists it; `make` when the browser makes it at download. */
export interface CatalogueFile {
  label: string;
  href: string;
  name: string;
  bytes: number;
  sha256: string;
  make?: ExcelMaker;
}

/** One CSV with its Excel edition, as a row of the figures' tables shows it. */
export interface CsvEntry {
  label: string;
  rows: string;
  csv: CatalogueFile;
  excel: CatalogueFile;
}

/** Everything the catalogue shows of the indicator CSVs and the county slices. */
export interface FigureDownloadsView {
  /** The city, counties and townships; every site's latest figures. */
  whole: CsvEntry[];
  /** Each county: its sites' figures an indicator, and its slices of the tables. */
  counties: { code: string; name: string; figures: CsvEntry[]; slices: CsvEntry[] }[];
}

const fileUrl = (path: string) => `/data/${path}`;
// The keys of the two indicator tables' text columns (a table slice's key is its table's name).
const FIGURES = "indicator-figures";
const LATEST = "sites-latest";

/** The distinct sets of text columns the given entries' browser-made editions need, by key. */
export function excelColumns(entries: readonly CsvEntry[]): { key: string; text: string }[] {
  const byKey = new Map<string, string>();
  for (const { excel } of entries) if (excel.make) byKey.set(excel.make.key, excel.make.text);
  return [...byKey].map(([key, text]) => ({ key, text }));
}
const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** The CSV and its Excel edition of one download, as the catalogue links them. */
export function csvEntry(download: CsvDownload, label: string, key: string, lang: Lang): CsvEntry {
  const { csv, excel } = download;
  const excelLabel = word(lang, download.excelStored ? "editionExcel" : "editionExcelMade");
  return {
    label,
    rows: formatCount(download.rows, lang),
    csv: { label: word(lang, "editionCsv"), href: fileUrl(csv.path), name: csv.path, ...csv },
    excel: {
      label: excelLabel,
      href: fileUrl(download.excelStored ? excel.path : csv.path),
      name: excel.path,
      bytes: excel.bytes,
      sha256: excel.sha256,
      ...(download.excelStored
        ? {}
        : {
            make: { key, text: download.textColumns.join(","), name: baseName(excel.path) },
          }),
    },
  };
}

/** The catalogue's view of the indicator CSVs and county slices, in a language. */
export function figureDownloadsView(
  index: Pick<DownloadsIndex, "figures" | "slices" | "counties" | "tables">,
  places: Pick<Places, "county">,
  titles: ReadonlyMap<string, Bilingual>,
  tableTitle: (name: TableName) => Bilingual,
  lang: Lang,
): FigureDownloadsView {
  const { figures } = index;
  return {
    whole: [
      csvEntry(figures.areas, word(lang, "figuresAreas"), FIGURES, lang),
      csvEntry(figures.latest, word(lang, "figuresLatest"), LATEST, lang),
    ],
    counties: index.counties.map((code) => {
      const county = places.county(code);
      return {
        code,
        name: county ? pick(county.name, lang) : code,
        figures: Object.entries(figures.sites[code] ?? {}).map(([id, download]) =>
          csvEntry(download, titles.has(id) ? pick(titles.get(id)!, lang) : id, FIGURES, lang),
        ),
        slices: index.tables.map((table) =>
          csvEntry(index.slices[code]![table.name], pick(tableTitle(table.name), lang), table.name, lang),
        ),
      };
    }),
  };
}

/** The CSVs an indicator's page links: every area's figures, every site's latest, and its figures for each county's sites. */
export interface IndicatorCsvs {
  areas: CsvEntry;
  latest: CsvEntry;
  /** One entry a county (labelled with its name); empty for an indicator not published for sites. */
  sites: CsvEntry[];
}

/** The CSVs an indicator's page links, in a language. */
export function indicatorCsvs(
  index: Pick<DownloadsIndex, "figures" | "counties">,
  id: string,
  places: Pick<Places, "county">,
  lang: Lang,
): IndicatorCsvs {
  const { figures } = index;
  return {
    areas: csvEntry(figures.areas, word(lang, "figuresAreas"), FIGURES, lang),
    latest: csvEntry(figures.latest, word(lang, "figuresLatest"), LATEST, lang),
    sites: index.counties.flatMap((code) => {
      const download = figures.sites[code]?.[id];
      const county = places.county(code);
      return download ? [csvEntry(download, county ? pick(county.name, lang) : code, FIGURES, lang)] : [];
    }),
  };
}
