/**
 * The editions a table is published in, besides the canonical CSV: a CSV for Excel, JSON of the
 * typed rows and GeoJSON for the sites. Each is a pure function of the validated rows.
 */
import Papa from "papaparse";
import { csvHeader, csvLine, formatCsv, writeCsvLine, type CellValue } from "../csv/write.ts";
import type { SitesRow } from "../schema/index.ts";
import type { Table } from "../schema/table.ts";
import { ByteText, utf8 } from "../text/byte-text.ts";
import { BOM, startsLikeFormula } from "../text/fold.ts";

/** A validated row of any table, as the contract types it (null = not reported). */
export type TypedRow = Readonly<Record<string, CellValue>>;

// OWASP "CSV injection" also lists a leading tab or carriage return, which some programs strip.
const CONTROL_START = /^[\t\r]/;

/**
 * Whether a spreadsheet may run a text cell as a formula: the validator's own rule (the folded,
 * trimmed text starts with = + - @), or a leading tab or carriage return.
 */
function mayRunAsFormula(text: string): boolean {
  return CONTROL_START.test(text) || startsLikeFormula(text);
}

/** A text cell made safe for a spreadsheet: a leading `'` when it would otherwise run as a formula. */
export function neutraliseFormula(text: string): string {
  return mayRunAsFormula(text) ? `'${text}` : text;
}

/** The canonical CSV of a table: exactly the validated data (UTF-8, LF, contract column order). */
export function canonicalCsv(table: Pick<Table, "columns">, rows: readonly TypedRow[]): string {
  return formatCsv(table, rows);
}

/** The columns of a table that hold text: the only cells the Excel edition may change. */
export function textColumns(table: Pick<Table, "fields">): string[] {
  return table.fields.filter((field) => field.type === "string").map((field) => field.name);
}

/**
 * The CSV edition for Excel: a BOM, CRLF line ends, and every text cell that a spreadsheet would
 * run as a formula neutralised. Numbers are never touched, so −3 stays a number.
 */
export function excelCsv(table: Pick<Table, "columns" | "fields">, rows: readonly TypedRow[]): string {
  return excelEdition(table.columns, textColumns(table), rows);
}

/** The row with its text cells that a spreadsheet would run as formulas neutralised; the row itself when none would. */
function excelSafe(row: TypedRow, text: readonly string[]): TypedRow {
  let safe: Record<string, CellValue> | null = null;
  for (const column of text) {
    const value = row[column];
    if (typeof value === "string" && mayRunAsFormula(value)) {
      safe ??= { ...row };
      safe[column] = neutraliseFormula(value);
    }
  }
  return safe ?? row;
}

/**
 * The Excel edition from the column order, the columns that hold text and the rows: what
 * `excelCsv` writes for a table, and what the browser writes from a published CSV.
 */
export function excelEdition(
  columns: readonly string[],
  text: readonly string[],
  rows: readonly TypedRow[],
): string {
  const table = { columns: [...columns] };
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(csvLine(table, excelSafe(row, text)));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Room to assemble a CSV's two editions in: one pair for all the files of a release. */
export interface CsvScratch {
  canonical: ByteText;
  excel: ByteText;
}

/**
 * Room for the editions of about `bytes` bytes each. The release passes the same room to every
 * call: a fresh pair of buffers a file (tens of thousands of county slices) was as much memory
 * again to allocate, and to collect, as the files themselves.
 */
export function newCsvScratch(bytes = 1024): CsvScratch {
  return { canonical: new ByteText(bytes), excel: new ByteText(bytes) };
}

/**
 * The canonical CSV and the Excel edition of the same rows in one pass, as UTF-8 bytes: the
 * bytes of `canonicalCsv` and `excelCsv` (a test holds them equal). Each row's line is written
 * once and copied into the Excel edition unless a text cell needs neutralising (rare); no line
 * is made as a string. The release makes tens of thousands of these (each county's slice of
 * each table) and the tables' whole editions 100,000 rows at a time: as strings, each slice's
 * lines and their joined text went to the heap's old space, which grew by 0.7 GB between
 * collections at national scale. `scratch` is where they are assembled.
 */
export function csvEditions(
  table: Pick<Table, "columns" | "fields">,
  rows: readonly TypedRow[],
  scratch: CsvScratch = newCsvScratch(),
): { canonical: Uint8Array; excel: Uint8Array } {
  const text = textColumns(table);
  const { canonical, excel } = scratch;
  canonical.clear();
  excel.clear();
  canonical.text(csvHeader(table));
  canonical.byte(NEWLINE);
  excel.text(`${BOM}${table.columns.join(",")}\r\n`);
  for (const row of rows) {
    const start = canonical.length;
    writeCsvLine(canonical, table, row);
    const safe = excelSafe(row, text);
    if (safe === row) excel.bytes(canonical.since(start));
    else writeCsvLine(excel, table, safe);
    canonical.byte(NEWLINE);
    excel.byte(CARRIAGE_RETURN);
    excel.byte(NEWLINE);
  }
  return { canonical: canonical.done(), excel: excel.done() };
}

/**
 * The Excel edition made from a published canonical CSV and the names of its text columns: the
 * same bytes `excelCsv` gives for the rows the CSV was written from (a canonical cell reads back
 * to the text it was written from, and every cell is written again by the same rules).
 */
export function excelFromCanonical(csv: string, text: readonly string[]): string {
  const { data } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header = [], ...lines] = data;
  const rows = lines.map((cells) =>
    Object.fromEntries(header.map((column, i) => [column, cells[i] ?? null])),
  );
  return excelEdition(header, text, rows);
}

/** A row as a plain object with its keys in the contract's column order (null for empty cells). */
export function orderedRow(table: Pick<Table, "columns">, row: TypedRow): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const column of table.columns) out[column] = row[column] ?? null;
  return out;
}

/** The JSON edition: an array of typed row objects, one a line, keys in column order. */
export function rowsJson(table: Pick<Table, "columns">, rows: readonly TypedRow[]): string {
  if (rows.length === 0) return "[]\n";
  return `[\n${rowsJsonLines(table, rows)}\n]\n`;
}

/** The rows of the JSON edition between its brackets: one object a line, joined by `,\n`. */
export function rowsJsonLines(table: Pick<Table, "columns">, rows: readonly TypedRow[]): string {
  return rows.map((row) => JSON.stringify(orderedRow(table, row))).join(",\n");
}

const NULL_BYTES = utf8("null");
const ROW_SEPARATOR = utf8(",\n");
const CLOSING_BRACE = 0x7d;

/**
 * Appends `rowsJsonLines(table, rows)`'s UTF-8 bytes to `out`, cell by cell: each key with its
 * colon is encoded once, whole counts are written digit by digit, and only text cells go through
 * `JSON.stringify` — no object, line or joined text a row (see `csvEditions`).
 */
export function writeRowsJson(out: ByteText, table: Pick<Table, "columns">, rows: readonly TypedRow[]): void {
  const keys = table.columns.map((column, i) => utf8(`${i === 0 ? "{" : ","}${JSON.stringify(column)}:`));
  rows.forEach((row, r) => {
    if (r > 0) out.bytes(ROW_SEPARATOR);
    for (let i = 0; i < keys.length; i++) {
      out.bytes(keys[i]!);
      const value = row[table.columns[i]!];
      // JSON writes a finite number as String(n) does, and the others as null.
      if (typeof value === "number" && Number.isFinite(value)) out.number(value);
      else if (value === null || value === undefined || typeof value === "number") out.bytes(NULL_BYTES);
      else out.text(JSON.stringify(value));
    }
    out.byte(CLOSING_BRACE);
  });
}

/**
 * The sites as GeoJSON (RFC 7946: WGS-84 longitude, latitude): one Point feature a site, its
 * properties the whole row, one feature a line.
 */
export function sitesGeoJson(table: Pick<Table, "columns">, rows: readonly SitesRow[]): string {
  const features = rows.map((row) =>
    JSON.stringify({
      type: "Feature",
      id: row.site_id,
      geometry: { type: "Point", coordinates: [row.lon, row.lat] },
      properties: orderedRow(table, row),
    }),
  );
  return `{"type":"FeatureCollection","features":[\n${features.join(",\n")}\n]}\n`;
}
