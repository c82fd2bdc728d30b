/**
 * Every file of the `/data/` folder but the (very large) indicators file, made from the validated
 * model in one pass: canonical CSVs, editions for Excel, JSON and GeoJSON, per-county slices,
 * the published `datapackage.json`, the whole package as a zip, and the quality report. Files
 * are handed to `emit` one by one so a writer never holds them all.
 */
import type { InputFileHash } from "../indicators/index.ts";
import type { QualityReport } from "../quality/types.ts";
import type { PackageMeta } from "../schema/datapackage.ts";
import { TABLE_NAMES, tableByName, type Dataset, type TableName } from "../schema/index.ts";
import { sha256Hex, type FileSum } from "./checksums.ts";
import { rowsByCounty, siteCounties } from "./county.ts";
import { canonicalCsv, excelCsv, rowsJson, sitesGeoJson, type TypedRow } from "./formats.ts";
import { deterministicZip, publishedPackage, publishedPackageJson } from "./package.ts";

/** What the downloads are made from: the parts of the portal model they need. */
export interface DownloadsInput {
  meta: PackageMeta;
  dataset: Dataset;
  /** The input files as read, with their SHA-256, to tell whether the canonical CSV equals them. */
  files: readonly InputFileHash[];
  quality: QualityReport;
}

/** A file of the `/data/` folder: its path relative to that folder and its bytes. */
export interface DownloadFile {
  path: string;
  bytes: Uint8Array;
}

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

/** What was published: every file with its size and hash, and each table's editions. */
export interface DownloadsIndex {
  files: FileSum[];
  tables: TableDownloads[];
  datapackage: FileSum;
  zip: FileSum;
  quality: FileSum;
  /** Counties that have a folder of slices, in code order. */
  counties: string[];
}

/** Where each file lives under `/data/`. */
export const DOWNLOAD_PATHS = {
  csv: (name: string) => `${name}.csv`,
  excel: (name: string) => `excel/${name}.csv`,
  json: (name: string) => `json/${name}.json`,
  geojson: (name: string) => `${name}.geojson`,
  county: (code: string, name: string) => `county/${code}/${name}.csv`,
  datapackage: "datapackage.json",
  zip: "datapackage.zip",
  indicators: "indicators.json.gz",
  quality: "quality.json",
  sums: "SHA256SUMS",
  signature: "SHA256SUMS.sig",
  publicKey: "SHA256SUMS.pub.pem",
} as const;

const encoder = new TextEncoder();

/**
 * Makes every file of `/data/` (except `indicators.json.gz`, which the writer streams) and hands
 * each to `emit`; returns the index of sizes and SHA-256 hashes the catalogue shows.
 */
export async function buildDownloads(
  input: DownloadsInput,
  emit: (file: DownloadFile) => void | Promise<void>,
): Promise<DownloadsIndex> {
  const files: FileSum[] = [];
  const put = async (path: string, content: string | Uint8Array): Promise<FileSum> => {
    const bytes = typeof content === "string" ? encoder.encode(content) : content;
    const sum = { path, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) };
    files.push(sum);
    await emit({ path, bytes });
    return sum;
  };
  const inputHash = new Map(input.files.map((file) => [file.name, file.sha256]));
  const canonical: Record<string, Uint8Array> = {};
  const sums = {} as Record<TableName, FileSum>;
  const tables: TableDownloads[] = [];

  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    const rows = input.dataset[name] as readonly TypedRow[];
    const bytes = encoder.encode(canonicalCsv(table, rows));
    canonical[table.path] = bytes;
    const csv = await put(DOWNLOAD_PATHS.csv(name), bytes);
    sums[name] = csv;
    const editions: TableDownloads["editions"] = { csv };
    editions.excel = await put(DOWNLOAD_PATHS.excel(name), excelCsv(table, rows));
    editions.json = await put(DOWNLOAD_PATHS.json(name), rowsJson(table, rows));
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
    deterministicZip(
      { ...canonical, [DOWNLOAD_PATHS.datapackage]: encoder.encode(packageText) },
      input.meta.created,
    ),
  );

  const siteCounty = siteCounties(input.dataset);
  const counties = input.dataset.counties.map((county) => county.county_code).sort();
  const grouped = new Map(TABLE_NAMES.map((name) => [name, rowsByCounty(input.dataset, name, siteCounty)]));
  for (const code of counties) {
    for (const name of TABLE_NAMES) {
      const rows = grouped.get(name)!.get(code) ?? [];
      await put(DOWNLOAD_PATHS.county(code, name), canonicalCsv(tableByName(name), rows));
    }
  }
  const quality = await put(DOWNLOAD_PATHS.quality, `${JSON.stringify(input.quality, null, 2)}\n`);
  return { files, tables, datapackage, zip, quality, counties };
}
