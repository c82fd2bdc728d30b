/**
 * Validates one table's text: header, rows and cells. Returns the typed rows it could read and
 * every problem it found, each located as a spreadsheet shows it (header = row 1).
 */
import Papa from "papaparse";
import { MAX_CELL_LENGTH } from "../schema/field.ts";
import type { Table } from "../schema/table.ts";
import { problem, type Problem } from "../problems.ts";
import { compileReader, type CellValue } from "./cells.ts";
import { findPersonalData, isPersonalDataColumn } from "./personal-data.ts";

/** A typed row with the spreadsheet row it came from, so later checks can locate problems. */
export interface LocatedRow {
  row: number;
  values: Record<string, CellValue>;
  /** False when a cell could not be read: the row still lends its keys to later checks. */
  complete: boolean;
}

export interface TableResult {
  rows: LocatedRow[];
  problems: Problem[];
  /** False when the header is unusable (no header, wrong separator, a key column missing). */
  usable: boolean;
}

// A cell that starts (after spaces) with one of these runs as a formula in a spreadsheet.
const FORMULA_START = /^ *[=+\-@\t\r]/;
const PERSONAL_WORDS = {
  "resident-id": "a resident ID number",
  mobile: "a mobile phone number",
  "bank-card": "a bank card number",
} as const;

/** How many rows above the header are searched for it when row 1 is a title. */
const HEADER_SEARCH_ROWS = 10;

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "_");
}

/** Finds the header row: row 1 normally, or a later row when a title sits above it. */
function findHeader(records: string[][], table: Table): number {
  const wanted = new Set(table.columns);
  const score = (cells: string[]) => cells.filter((cell) => wanted.has(headerKey(cell))).length;
  const first = score(records[0] ?? []);
  if (first >= Math.ceil(wanted.size / 2)) return 0;
  for (let i = 1; i < Math.min(records.length, HEADER_SEARCH_ROWS); i++) {
    if (score(records[i]!) > first && score(records[i]!) >= Math.ceil(wanted.size / 2)) return i;
  }
  return 0;
}

/** Validates a table given its decoded text and the path to name in problems. */
export function validateTableText(file: string, text: string, table: Table): TableResult {
  const problems: Problem[] = [];
  const parsed = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: false, header: false });
  const records = parsed.data;
  // Papa reports a final newline as one more empty record; a spreadsheet shows no such row.
  if (records.length > 0 && records.at(-1)!.length === 1 && records.at(-1)![0] === "") records.pop();

  const unbalanced = new Set<number>();
  for (const error of parsed.errors) {
    if (error.type === "Quotes" && error.row !== undefined) {
      unbalanced.add(error.row);
      problems.push(
        problem(
          file,
          error.row + 1,
          null,
          "unbalanced-quote",
          `a quotation mark opened in this row is never closed, so the rest of the file is read as one cell. Close the quote or remove it (a quote inside a cell is written as "").`,
        ),
      );
    }
  }

  if (records.length === 0 || records.every(isBlank)) {
    problems.push(
      problem(
        file,
        null,
        null,
        "file-empty",
        `the file has no header row. Start it with: ${table.columns.join(",")}`,
      ),
    );
    return { rows: [], problems, usable: false };
  }

  const headerIndex = findHeader(records, table);
  if (headerIndex > 0) {
    problems.push(
      problem(
        file,
        1,
        null,
        "title-row",
        `row ${headerIndex + 1} is the header, but ${headerIndex === 1 ? "row 1 is" : `rows 1–${headerIndex} are`} above it (a title?). Delete ${headerIndex === 1 ? "row 1" : `rows 1–${headerIndex}`} so the header is row 1.`,
      ),
    );
  }
  const header = records[headerIndex]!;
  if (header.length === 1 && /[;\t|]/.test(header[0]!)) {
    const separator = header[0]!.includes(";") ? "semicolons" : header[0]!.includes("\t") ? "tabs" : "bars";
    problems.push(
      problem(
        file,
        headerIndex + 1,
        null,
        "missing-column",
        `the columns are separated by ${separator}, not commas. Save the file as “CSV UTF-8 (Comma delimited)”.`,
      ),
    );
    return { rows: [], problems, usable: false };
  }

  // Map contract columns to positions in the file.
  const position = new Map<string, number>();
  const fileColumns: string[] = [];
  header.forEach((cell, index) => {
    const row = headerIndex + 1;
    const key = headerKey(cell);
    fileColumns.push(key);
    if (key === "") {
      const hasData = records.some((record, r) => r > headerIndex && (record[index] ?? "").trim() !== "");
      problems.push(
        problem(
          file,
          row,
          `#${index + 1}`,
          "blank-column",
          hasData
            ? `column ${index + 1} has values but no name. Name it after the contract or delete it.`
            : `column ${index + 1} has no name and no values (often left by Excel). Delete the empty column.`,
        ),
      );
      return;
    }
    if (position.has(key)) {
      problems.push(
        problem(
          file,
          row,
          key,
          "duplicate-column",
          `the column ${key} appears twice (columns ${position.get(key)! + 1} and ${index + 1}). Keep one.`,
        ),
      );
      return;
    }
    if (!table.columns.includes(key)) {
      if (isPersonalDataColumn(cell)) {
        problems.push(
          problem(
            file,
            row,
            cell.trim(),
            "personal-data-column",
            `a column named “${cell.trim()}” would publish personal data. Delete the column.`,
          ),
        );
      } else {
        problems.push(
          problem(
            file,
            row,
            cell.trim(),
            "unknown-column",
            `“${cell.trim()}” is not a column of ${table.path}. Expected columns: ${table.columns.join(", ")}. Delete it, fix its name, or add it to the contract as an optional column.`,
          ),
        );
      }
      return;
    }
    if (key !== cell) {
      problems.push(
        problem(
          file,
          row,
          key,
          "normalised",
          `the header “${cell}” was read as ${key}; write column names exactly as the contract does.`,
        ),
      );
    }
    position.set(key, index);
  });
  for (const column of table.columns) {
    if (!position.has(column)) {
      problems.push(
        problem(
          file,
          headerIndex + 1,
          column,
          "missing-column",
          `the column ${column} is missing. Add it (it may be empty where the contract allows).`,
        ),
      );
    }
  }
  const present = table.columns.filter((column) => position.has(column));
  const inFileOrder = [...present].sort((a, b) => position.get(a)! - position.get(b)!);
  if (inFileOrder.some((column, i) => column !== present[i])) {
    problems.push(
      problem(
        file,
        headerIndex + 1,
        null,
        "column-order",
        `columns were read by name, but their order differs from the contract: ${table.columns.join(", ")}.`,
      ),
    );
  }

  const readers = table.fields.map((field) => ({
    name: field.name,
    index: position.get(field.name),
    read: compileReader(field),
    isText: field.type === "string" && !field.constraints.enum && !field.constraints.pattern,
  }));

  const rows: LocatedRow[] = [];
  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = records[r]!;
    const rowNumber = r + 1;
    if (isBlank(cells)) continue;
    if (unbalanced.has(r)) continue;
    if (cells.length !== header.length) {
      const extra = cells.slice(header.length);
      if (!(cells.length > header.length && isBlank(extra))) {
        problems.push(
          problem(
            file,
            rowNumber,
            null,
            "field-count",
            `the row has ${cells.length} cells but the header has ${header.length}. Check for a stray comma or a missing cell; text with commas must be in quotes.`,
          ),
        );
        continue;
      }
    }
    const values: Record<string, CellValue> = {};
    let rowOk = true;
    for (const reader of readers) {
      if (reader.index === undefined) {
        values[reader.name] = null;
        continue;
      }
      const raw = cells[reader.index] ?? "";
      if (raw.length > MAX_CELL_LENGTH) {
        problems.push(
          problem(
            file,
            rowNumber,
            reader.name,
            "cell-too-long",
            `the cell holds ${raw.length} characters; at most ${MAX_CELL_LENGTH} are allowed. Shorten it.`,
          ),
        );
        rowOk = false;
        continue;
      }
      if (reader.isText && FORMULA_START.test(raw)) {
        problems.push(
          problem(
            file,
            rowNumber,
            reader.name,
            "formula",
            `the text starts with “${raw.trimStart().charAt(0) || "a control character"}”, which a spreadsheet would run as a formula. Remove the leading character or reword the text.`,
          ),
        );
        rowOk = false;
        continue;
      }
      const trimmed = raw.trim();
      if (reader.isText) {
        const personal = findPersonalData(trimmed);
        if (personal) {
          problems.push(
            problem(
              file,
              rowNumber,
              reader.name,
              "personal-data",
              `the text holds what looks like ${PERSONAL_WORDS[personal]}. Personal data is never published: remove it.`,
            ),
          );
          rowOk = false;
          continue;
        }
      }
      const result = reader.read(trimmed);
      if (!result.ok) {
        problems.push(problem(file, rowNumber, reader.name, result.code, result.message));
        rowOk = false;
        continue;
      }
      if (result.note) problems.push(problem(file, rowNumber, reader.name, "normalised", result.note));
      values[reader.name] = result.value;
    }
    rows.push({ row: rowNumber, values, complete: rowOk });
  }
  return { rows, problems, usable: table.primaryKey.every((column) => position.has(column)) };
}
