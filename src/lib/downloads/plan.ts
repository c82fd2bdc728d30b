/**
 * Every file of the `/data/` folder but the (very large) indicators file, made from the validated
 * model in one pass: canonical CSVs, editions for Excel, JSON and GeoJSON, per-county slices,
 * the computed indicators as CSV (city, counties and townships; each county's sites an
 * indicator; every site's latest), the published `datapackage.json`, the whole package as a zip,
 * and the quality report. Every CSV has an Excel edition, stored when small. Files are handed to
 * `emit` one by one so a writer never holds them all.
 */
import {
  describeIndicator,
  INDICATORS,
  type IndicatorMeta,
  type Values,
  type InputFileHash,
} from "../indicators/index.ts";
import type { QualityReport } from "../quality/types.ts";
import type { PackageMeta } from "../schema/datapackage.ts";
import { TABLE_NAMES, tableByName, type Dataset, type TableName } from "../schema/index.ts";
import { ByteText, utf8 } from "../text/byte-text.ts";
import { sha256Hex, type FileSum } from "./checksums.ts";
import { rowsByCounty, siteCounties } from "./county.ts";
import {
  csvEditions,
  newCsvScratch,
  sitesGeoJson,
  textColumns,
  writeRowsJson,
  type TypedRow,
} from "./formats.ts";
import {
  figureCsvEditions,
  indicatorFiguresTable,
  latestSiteRows,
  latestSitesTable,
  placeNamer,
  splitFigures,
  type CsvTable,
} from "./indicator-tables.ts";
import { deterministicZip, publishedPackage, publishedPackageJson } from "./package.ts";

/** What the downloads are made from: the parts of the portal model they need. */
export interface DownloadsInput {
  meta: PackageMeta;
  dataset: Dataset;
  /** The input files as read, with their SHA-256, to tell whether the canonical CSV equals them. */
  files: readonly InputFileHash[];
  quality: QualityReport;
  /** Every published indicator value, as `indicators.json.gz` holds them. */
  values: Values;
  /** The indicators' metadata (titles); by default the registry's. */
  indicators?: readonly IndicatorMeta[];
}

/** A file of the `/data/` folder: its path relative to that folder and its bytes. */
export interface DownloadFile {
  path: string;
  bytes: Uint8Array;
}

/** A CSV's two texts, as strings or as their UTF-8 bytes: the canonical edition and the edition for Excel. */
type CsvTexts = { canonical: string | Uint8Array; excel: string | Uint8Array };

/** The kinds of file a table is published as. */
export type EditionKind = "csv" | "excel" | "json" | "geojson";

/** What the catalogue says about one table's downloads. */
export interface TableDownloads {
  name: TableName;
  rows: number;
  /** True when the canonical CSV is byte for byte the file the publisher supplied. */
  identicalToInput: boolean;
  editions: Partial<Record<EditionKind, FileSum>>;
}

/**
 * A published CSV besides the whole tables' own: its rows, and its edition for Excel, which is
 * stored beside it when the CSV is small (`EXCEL_STORED_UP_TO`) and otherwise made in the
 * browser from the CSV at download; its size and SHA-256 are listed either way.
 */
export interface CsvDownload {
  csv: FileSum;
  rows: number;
  excel: FileSum;
  /** True when the Excel edition is a file of `/data/` (and in SHA256SUMS); false when the browser makes it. */
  excelStored: boolean;
  /** The columns that hold text: the browser needs them to make the Excel edition. */
  textColumns: string[];
}

/** The computed indicators as CSV: city, counties and townships; each county's sites; every site's latest. */
export interface FigureDownloads {
  areas: CsvDownload;
  latest: CsvDownload;
  /** The figures of each county's sites, by county code, then by indicator id (site indicators only). */
  sites: Record<string, Record<string, CsvDownload>>;
}

/** What was published: every file with its size and hash, and each table's editions. */
export interface DownloadsIndex {
  files: FileSum[];
  tables: TableDownloads[];
  datapackage: FileSum;
  zip: FileSum;
  quality: FileSum;
  /** Counties that have a folder of slices, in code order. */
  counties: string[];
  /** Each county's slice of each table, by county code and table name. */
  slices: Record<string, Record<TableName, CsvDownload>>;
  figures: FigureDownloads;
}

/**
 * The largest CSV (in bytes) whose Excel edition is stored as a file; a larger one's is made in
 * the browser from the CSV, so the site does not carry large files twice. The whole tables'
 * Excel editions are always stored (they were published before this rule). At 1 MB the stored
 * copies were 2.5 GB of a national build's 7.3 GB of downloads (each county's sites' figures,
 * about 420 KB an indicator), written, checked and hashed by every build; at 256 KiB nearly
 * every county's table slice keeps a stored copy (nine in ten are under 100 KB) and no large
 * file is carried twice.
 */
export const EXCEL_STORED_UP_TO = 256 * 1024;

/** Where each file lives under `/data/`. */
export const DOWNLOAD_PATHS = {
  csv: (name: string) => `${name}.csv`,
  excel: (name: string) => `excel/${name}.csv`,
  json: (name: string) => `json/${name}.json`,
  geojson: (name: string) => `${name}.geojson`,
  county: (code: string, name: string) => `county/${code}/${name}.csv`,
  /** The Excel edition of any CSV of `/data/`: the same path under `excel/`. */
  excelOf: (path: string) => `excel/${path}`,
  figures: "indicators/areas.csv",
  latestSites: "indicators/sites-latest.csv",
  siteFigures: (code: string, indicator: string) => `county/${code}/indicators/${indicator}.csv`,
  datapackage: "datapackage.json",
  zip: "datapackage.zip",
  indicators: "indicators.json.gz",
  quality: "quality.json",
  sums: "SHA256SUMS",
  signature: "SHA256SUMS.sig",
  publicKey: "SHA256SUMS.pub.pem",
} as const;

/** Rows a large CSV is made of at a time (see `putCsvInSlices`). */
const SLICE = 100_000;

/** A text's UTF-8 bytes (the bytes themselves when given them). */
function bytesOf(text: string | Uint8Array): Uint8Array {
  return typeof text === "string" ? utf8(text) : text;
}

/** The bytes after the first line of a text (a CSV slice without its header). */
function afterFirstLine(text: string | Uint8Array): Uint8Array {
  const bytes = bytesOf(text);
  return bytes.subarray(bytes.indexOf(0x0a) + 1);
}

/**
 * A file of `/data/` written part by part: each part as it is made, so a large file is never
 * whole in memory; `end` gives its size and SHA-256.
 */
export interface PartWriter {
  write(part: Uint8Array): void | Promise<void>;
  end(): Promise<FileSum>;
}

/**
 * Opens a file of `/data/` to write part by part: a file of the folder when `store`, else only
 * summed (an Excel edition the browser makes at download). The build writes the parts straight
 * to disk (scripts/lib/downloads.ts); without it, `buildDownloads` joins them and emits the whole.
 */
export type OpenDownload = (path: string, store: boolean) => PartWriter;

/** A writer that joins the parts and hands the whole file to `whole` (null: only summed). */
function joiningWriter(
  path: string,
  whole: ((file: DownloadFile) => void | Promise<void>) | null,
): PartWriter & { bytes(): Uint8Array } {
  const parts: Uint8Array[] = [];
  let joined: Uint8Array | null = null;
  return {
    write: (part) => void parts.push(part),
    async end() {
      joined = joinBytes(parts);
      parts.length = 0;
      if (whole !== null) await whole({ path, bytes: joined });
      return { path, bytes: joined.byteLength, sha256: await sha256Hex(joined) };
    },
    bytes: () => joined!,
  };
}

/**
 * The JSON edition of a table (`rowsJson`), made `sliceRows` rows at a time in `scratch` and
 * written as it goes.
 */
async function writeJsonInSlices(
  out: PartWriter,
  table: CsvTable,
  rows: readonly TypedRow[],
  sliceRows: number,
  scratch: ByteText,
): Promise<FileSum> {
  if (rows.length === 0) await out.write(utf8("[]\n"));
  for (let start = 0; start < rows.length; start += sliceRows) {
    scratch.clear();
    scratch.text(start === 0 ? "[\n" : ",\n");
    writeRowsJson(scratch, table, rows.slice(start, start + sliceRows));
    if (start + sliceRows >= rows.length) scratch.text("\n]\n");
    await out.write(scratch.done());
  }
  return out.end();
}

/** Byte arrays one after the other, as one. */
function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.byteLength;
  }
  return whole;
}

/**
 * Makes every file of `/data/` (except `indicators.json.gz`, which the writer streams) and hands
 * each to `emit`; returns the index of sizes and SHA-256 hashes the catalogue shows. The large
 * files (the tables' Excel and JSON editions, the areas' figures) are made a slice of rows at a
 * time and written as they go through `open`, when given; without it they are joined and emitted
 * whole, the same bytes.
 */
export async function buildDownloads(
  input: DownloadsInput,
  emit: (file: DownloadFile) => void | Promise<void>,
  excelStoredUpTo = EXCEL_STORED_UP_TO,
  sliceRows = SLICE,
  open?: OpenDownload,
): Promise<DownloadsIndex> {
  const files: FileSum[] = [];
  // Where every CSV's editions, and the tables' JSON, are assembled: one room, grown to the
  // largest slice, for the whole release (see newCsvScratch).
  const scratch = newCsvScratch();
  const put = async (path: string, content: string | Uint8Array): Promise<FileSum> => {
    const bytes = bytesOf(content);
    const sum = { path, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) };
    files.push(sum);
    await emit({ path, bytes });
    return sum;
  };
  // A file of the folder written part by part, listed once it ends, as `put` lists a whole one.
  const listed = (out: PartWriter): PartWriter => ({
    write: (part) => out.write(part),
    async end() {
      const sum = await out.end();
      files.push(sum);
      return sum;
    },
  });
  const openFile = (path: string, store: boolean): PartWriter => {
    const out = open ? open(path, store) : joiningWriter(path, store ? emit : null);
    return store ? listed(out) : out;
  };
  // A CSV and its Excel edition: stored when the CSV is small, else only summed for the catalogue.
  const putEditions = async (
    path: string,
    table: CsvTable,
    rows: number,
    canonical: Uint8Array,
    excelBytes: Uint8Array,
  ): Promise<CsvDownload> => {
    const csv = await put(path, canonical);
    const excelPath = DOWNLOAD_PATHS.excelOf(path);
    const excelStored = csv.bytes <= excelStoredUpTo;
    const excel = excelStored
      ? await put(excelPath, excelBytes)
      : { path: excelPath, bytes: excelBytes.byteLength, sha256: await sha256Hex(excelBytes) };
    return { csv, rows, excel, excelStored, textColumns: textColumns(table) };
  };
  const putTexts = (path: string, table: CsvTable, rows: number, editions: CsvTexts) =>
    putEditions(path, table, rows, bytesOf(editions.canonical), bytesOf(editions.excel));
  const putCsv = (path: string, table: CsvTable, rows: readonly TypedRow[]): Promise<CsvDownload> =>
    putTexts(path, table, rows.length, csvEditions(table, rows, scratch));
  /**
   * A CSV and its Excel edition made `sliceRows` rows at a time and written as they go, into
   * `canonicalOut` and the Excel edition's file: only one slice's text is ever whole. As strings,
   * a national table's editions were several times its size in the heap; joined as bytes, the
   * areas' figures (445 MB at national scale) were held four times over. The Excel edition is
   * stored when the CSV turns out small (`excelStoredUpTo`) or `excelAlways`: until the CSV's
   * size says so, its parts are held back (about that size). `textsOf(start, end)` gives both
   * texts of rows start..end, each with the header line.
   */
  const writeEditionsInSlices = async (
    canonicalOut: PartWriter,
    path: string,
    count: number,
    textsOf: (start: number, end: number) => CsvTexts,
    excelAlways = false,
  ): Promise<{ csv: FileSum; excel: FileSum; excelStored: boolean }> => {
    const excelPath = DOWNLOAD_PATHS.excelOf(path);
    let excelOut = excelAlways ? openFile(excelPath, true) : null;
    let heldBack: Uint8Array[] = [];
    let csvBytes = 0;
    for (let start = 0; start === 0 || start < count; start += sliceRows) {
      const editions = textsOf(start, Math.min(count, start + sliceRows));
      // Each slice's text starts with the header line, which the file has once.
      const canonical = start === 0 ? bytesOf(editions.canonical) : afterFirstLine(editions.canonical);
      const excel = start === 0 ? bytesOf(editions.excel) : afterFirstLine(editions.excel);
      await canonicalOut.write(canonical);
      csvBytes += canonical.byteLength;
      if (excelOut === null && csvBytes > excelStoredUpTo) {
        excelOut = openFile(excelPath, false);
        for (const part of heldBack) await excelOut.write(part);
        heldBack = [];
      }
      if (excelOut === null) heldBack.push(excel);
      else await excelOut.write(excel);
    }
    const csv = await canonicalOut.end();
    const excelStored = excelAlways || excelOut === null;
    if (excelOut === null) {
      excelOut = openFile(excelPath, true);
      for (const part of heldBack) await excelOut.write(part);
    }
    return { csv, excel: await excelOut.end(), excelStored };
  };
  // A CSV too large to hold as rows and text at once (the areas' figures), written in slices.
  const putCsvInSlices = async (
    path: string,
    table: CsvTable,
    rows: number,
    textsOf: (start: number, end: number) => CsvTexts,
  ): Promise<CsvDownload> => {
    const { csv, excel, excelStored } = await writeEditionsInSlices(
      openFile(path, true),
      path,
      rows,
      textsOf,
    );
    return { csv, rows, excel, excelStored, textColumns: textColumns(table) };
  };
  const inputHash = new Map(input.files.map((file) => [file.name, file.sha256]));
  const canonical: Record<string, Uint8Array> = {};
  const sums = {} as Record<TableName, FileSum>;
  const tables: TableDownloads[] = [];

  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    const rows = input.dataset[name] as readonly TypedRow[];
    // The canonical CSV is kept whole: the Data Package's zip and the release are made from it.
    const csvOut = joiningWriter(DOWNLOAD_PATHS.csv(name), emit);
    const written = await writeEditionsInSlices(
      listed(csvOut),
      DOWNLOAD_PATHS.csv(name),
      rows.length,
      (start, end) => csvEditions(table, rows.slice(start, end), scratch),
      true,
    );
    canonical[table.path] = csvOut.bytes();
    const csv = written.csv;
    sums[name] = csv;
    const editions: TableDownloads["editions"] = { csv, excel: written.excel };
    editions.json = await writeJsonInSlices(
      openFile(DOWNLOAD_PATHS.json(name), true),
      table,
      rows,
      sliceRows,
      // The CSV's room is free again: its editions were copied out.
      scratch.canonical,
    );
    if (name === "sites") {
      editions.geojson = await put(DOWNLOAD_PATHS.geojson(name), sitesGeoJson(table, input.dataset.sites));
    }
    tables.push({
      name,
      rows: rows.length,
      identicalToInput: inputHash.get(table.path) === csv.sha256,
      editions,
    });
  }

  const packageText = publishedPackageJson(publishedPackage(input.meta, sums));
  const datapackage = await put(DOWNLOAD_PATHS.datapackage, packageText);
  const zip = await put(
    DOWNLOAD_PATHS.zip,
    deterministicZip({ ...canonical, [DOWNLOAD_PATHS.datapackage]: utf8(packageText) }, input.meta.created),
  );

  const siteCounty = siteCounties(input.dataset);
  const counties = input.dataset.counties.map((county) => county.county_code).sort();
  const grouped = new Map(TABLE_NAMES.map((name) => [name, rowsByCounty(input.dataset, name, siteCounty)]));
  const indicators = input.indicators ?? INDICATORS.map(describeIndicator);
  const names = placeNamer(input.dataset);
  // Figures are written from the values' positions (`figureCsvEditions`), never as row objects.
  const figuresOf = (positions: readonly number[]) =>
    figureCsvEditions(input.values, positions, indicators, names, scratch);
  const siteIndicators = indicators.filter((meta) => meta.levels.includes("site"));
  const split = splitFigures(input.values, (site) => siteCounty.get(site) ?? site.slice(0, 6));
  const slices: DownloadsIndex["slices"] = {};
  const sites: FigureDownloads["sites"] = {};
  for (const code of counties) {
    const slice = {} as Record<TableName, CsvDownload>;
    for (const name of TABLE_NAMES) {
      const rows = grouped.get(name)!.get(code) ?? [];
      slice[name] = await putCsv(DOWNLOAD_PATHS.county(code, name), tableByName(name), rows);
    }
    slices[code] = slice;
    const byIndicator: Record<string, CsvDownload> = {};
    for (const { id } of siteIndicators) {
      const positions = split.sites.get(code)?.get(id) ?? [];
      byIndicator[id] = await putTexts(
        DOWNLOAD_PATHS.siteFigures(code, id),
        indicatorFiguresTable,
        positions.length,
        figuresOf(positions),
      );
    }
    sites[code] = byIndicator;
  }
  const figures: FigureDownloads = {
    areas: await putCsvInSlices(
      DOWNLOAD_PATHS.figures,
      indicatorFiguresTable,
      split.areas.length,
      (start, end) => figuresOf(split.areas.slice(start, end)),
    ),
    latest: await putCsv(
      DOWNLOAD_PATHS.latestSites,
      latestSitesTable(siteIndicators),
      latestSiteRows(
        input.values,
        siteIndicators,
        [...input.dataset.sites].map((site) => site.site_id).sort(),
        names,
      ),
    ),
    sites,
  };
  const quality = await put(DOWNLOAD_PATHS.quality, `${JSON.stringify(input.quality, null, 2)}\n`);
  return { files, tables, datapackage, zip, quality, counties, slices, figures };
}
