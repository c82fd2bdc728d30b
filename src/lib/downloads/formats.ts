/**
 * The editions a table is published in, besides the canonical CSV: a CSV for Excel, JSON of the
 * typed rows and GeoJSON for the sites. Each is a pure function of the validated rows.
 */
import Papa from "papaparse";
import { csvHeader, csvLine, formatCsv, type CellValue } from "../csv/write.ts";
import type { SitesRow } from "../schema/index.ts";
import type { Table } from "../schema/table.ts";
import { startsLikeFormula } from "../text/fold.ts";

/** A validated row of any table, as the contract types it (null = not reported). */
export type TypedRow = Readonly<Record<string, CellValue>>;

/** The byte-order mark that tells Excel a CSV is UTF-8. */
export const BOM = "\uFEFF";

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

/**
 * The canonical CSV and the Excel edition of the same rows in one pass: each row's line is made
 * once and reused for the Excel edition unless a text cell needs neutralising (rare). The same
 * texts as `canonicalCsv` and `excelCsv`; the release makes tens of thousands of these (each
 * county's figures per indicator), where writing every line twice took a third of its time.
 */
export function csvEditions(
  table: Pick<Table, "columns" | "fields">,
  rows: readonly TypedRow[],
): { canonical: string; excel: string } {
  const text = textColumns(table);
  const canonical: string[] = [csvHeader(table)];
  const excel: string[] = [table.columns.join(",")];
  for (const row of rows) {
    const line = csvLine(table, row);
    canonical.push(line);
    const safe = excelSafe(row, text);
    excel.push(safe === row ? line : csvLine(table, safe));
  }
  return { canonical: `${canonical.join("\n")}\n`, excel: `${BOM}${excel.join("\r\n")}\r\n` };
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
