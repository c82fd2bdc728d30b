/**
 * Canonical CSV for the data contract: UTF-8, comma, LF line ends, a header row in the contract's
 * column order, RFC 4180 quoting only where a cell needs it. `null` is written as an empty cell
 * (not reported), booleans as `true`/`false`, numbers plainly, coordinates with six decimals.
 */
import type { Table } from "../schema/table.ts";
import type { ByteText } from "../text/byte-text.ts";

/** A value a typed row may hold in one cell. */
export type CellValue = string | number | boolean | null | undefined;

// Six decimals of a degree are about 0.1 m: as precise as a site's position needs, and fixed so
// that files compare byte for byte.
const COORDINATE_COLUMNS: ReadonlySet<string> = new Set(["lat", "lon"]);

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text: empty for null, quoted (with doubled quotes) only when it holds a comma, quote or line break. */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to CSV.`);
    return String(value);
  }
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The header line of a table, without its line end. */
export function csvHeader(table: Pick<Table, "columns">): string {
  return table.columns.map((column) => csvCell(column)).join(",");
}

/** One row of a table as a CSV line in the contract's column order, without its line end. */
export function csvLine(table: Pick<Table, "columns">, row: Readonly<Record<string, CellValue>>): string {
  let line = "";
  for (let i = 0; i < table.columns.length; i++) {
    const column = table.columns[i]!;
    const value = row[column];
    if (i > 0) line += ",";
    line += typeof value === "number" && COORDINATE_COLUMNS.has(column) ? value.toFixed(6) : csvCell(value);
  }
  return line;
}

const COMMA = 0x2c;

/**
 * Appends `csvCell(value)`'s UTF-8 bytes to `out`: a finite number digit by digit, without making
 * its string; anything else as `csvCell` writes it (and refuses).
 */
export function writeCsvCell(out: ByteText, value: CellValue): void {
  if (typeof value === "number" && Number.isFinite(value)) out.number(value);
  else out.text(csvCell(value));
}

/**
 * Appends `csvLine(table, row)`'s UTF-8 bytes to `out`, cell by cell: no line string is made
 * (whole counts digit by digit, text cells as they are unless they need quotes). The release
 * writes every table's rows this way, where lines made as strings, joined and encoded were most
 * of the garbage its heap grew by.
 */
export function writeCsvLine(
  out: ByteText,
  table: Pick<Table, "columns">,
  row: Readonly<Record<string, CellValue>>,
): void {
  for (let i = 0; i < table.columns.length; i++) {
    const column = table.columns[i]!;
    const value = row[column];
    if (i > 0) out.byte(COMMA);
    if (typeof value === "number" && COORDINATE_COLUMNS.has(column)) out.text(value.toFixed(6));
    else writeCsvCell(out, value);
  }
}

/** A whole table as canonical CSV text: header, one line per row, each ending in LF. */
export function formatCsv(
  table: Pick<Table, "columns">,
  rows: readonly Readonly<Record<string, CellValue>>[],
): string {
  const lines = [csvHeader(table)];
  for (const row of rows) lines.push(csvLine(table, row));
  return `${lines.join("\n")}\n`;
}
