/**
 * Validates one table's text: header, rows and cells. Returns the typed rows it could read and
 * every problem it found, each located as a spreadsheet shows it (header = row 1).
 *
 * Built for million-row files: the text is parsed in chunks (only one chunk's raw cells are held
 * at a time), cells are read by allocation-free fast paths, and every row object has the same
 * shape.
 */
import Papa from "papaparse";
import { MAX_CELL_LENGTH } from "../schema/field.ts";
import type { Table } from "../schema/table.ts";
import { problem, type Problem } from "../problems.ts";
import { compileFastReader, isIssue, type CellValue } from "./cells.ts";
import { swappedCoordinatesHint } from "./hints.ts";
import { findPersonalData, isPersonalDataColumn } from "./personal-data.ts";

/** A row's values by column name: `null` for an empty cell, undefined for one that could not be read. */
export type RowValues = Record<string, CellValue | undefined>;

export interface TableResult {
  /** Every data row read, in file order (cells that could not be read are null). */
  rows: RowValues[];
  /** The spreadsheet row number of each entry of `rows`. */
  rowNumbers: number[];
  /** Indexes into `rows` of rows with a cell that could not be read: they lend keys, not data. */
  incomplete: Set<number>;
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
/** Characters of text parsed at a time. */
const CHUNK_CHARS = 4 * 1024 * 1024;

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell !== "" && cell.trim() !== "") return false;
  return true;
}

function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "_");
}

/** Whether a cell has spaces to trim at either end (cheaper than trimming every cell). */
function needsTrim(raw: string): boolean {
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  return first <= 32 || last <= 32 || first === 0x3000 || last === 0x3000 || first === 0xa0 || last === 0xa0;
}

/** Whether a data row is really a header: the column names again, or the columns' titles. */
type HeaderLike = "names" | "titles" | null;

/** Where a contract column sits in the file, if it is there. */
function columnIndex(columns: Column[], name: string): number | undefined {
  return columns.find((column) => column.name === name)?.index;
}

/**
 * Recognises a header row in the middle of the data: at least half the contract's columns named
 * in it, by name or by their Chinese or English titles. Only rows whose first key cell has no
 * digit are looked at closely (keys hold digits), so the test costs nothing on real rows.
 */
function headerLikeRow(table: Table, keyIndex: number | undefined): (cells: string[]) => HeaderLike {
  const names = new Set<string>(table.columns);
  const titles = new Set<string>();
  for (const field of table.fields) {
    titles.add(headerKey(field.title));
    titles.add(headerKey(field.title_en));
  }
  const enough = Math.ceil(table.columns.length / 2);
  return (cells) => {
    if (keyIndex === undefined || /\d/.test(cells[keyIndex] ?? "")) return null;
    let byName = 0;
    let byTitle = 0;
    for (const cell of cells) {
      const key = headerKey(cell);
      if (names.has(key)) byName++;
      else if (titles.has(key)) byTitle++;
    }
    if (byName >= enough) return "names";
    return byName + byTitle >= enough ? "titles" : null;
  };
}

/** Finds the header row: row 1 normally, or a later row when a title sits above it. */
function findHeader(records: string[][], table: Table): number {
  const wanted = new Set<string>(table.columns);
  const score = (cells: string[]) => cells.filter((cell) => wanted.has(headerKey(cell))).length;
  const first = score(records[0] ?? []);
  if (first >= Math.ceil(wanted.size / 2)) return 0;
  for (let i = 1; i < Math.min(records.length, HEADER_SEARCH_ROWS); i++) {
    if (score(records[i]!) > first && score(records[i]!) >= Math.ceil(wanted.size / 2)) return i;
  }
  return 0;
}

interface Column {
  name: string;
  index: number | undefined;
  read: ReturnType<typeof compileFastReader>;
  isText: boolean;
  /** A better message for this column's error that the row's other cells reveal, or null. */
  hint?: (cells: string[]) => string | null;
}

/** Checks the header and maps the contract's columns to their positions in the file. */
function readHeader(file: string, header: string[], headerRow: number, table: Table, problems: Problem[]) {
  const position = new Map<string, number>();
  const blank: number[] = [];
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === "") {
      blank.push(index);
      return;
    }
    if (position.has(key)) {
      problems.push(
        problem(
          file,
          headerRow,
          key,
          "duplicate-column",
          `the column ${key} appears twice (columns ${position.get(key)! + 1} and ${index + 1}). Keep one.`,
        ),
      );
      return;
    }
    if (!table.columns.includes(key)) {
      const name = cell.trim();
      problems.push(
        isPersonalDataColumn(cell)
          ? problem(
              file,
              headerRow,
              name,
              "personal-data-column",
              `a column named “${name}” would publish personal data. Delete the column.`,
            )
          : problem(
              file,
              headerRow,
              name,
              "unknown-column",
              `“${name}” is not a column of ${table.path}. Expected columns: ${table.columns.join(", ")}. Delete it, fix its name, or add it to the contract as an optional column.`,
            ),
      );
      return;
    }
    if (key !== cell) {
      problems.push(
        problem(
          file,
          headerRow,
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
          headerRow,
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
        headerRow,
        null,
        "column-order",
        `columns were read by name, but their order differs from the contract: ${table.columns.join(", ")}.`,
      ),
    );
  }
  const columns: Column[] = table.fields.map((field) => ({
    name: field.name,
    index: position.get(field.name),
    read: compileFastReader(field),
    isText: field.type === "string" && !field.constraints.enum && !field.constraints.pattern,
  }));
  // A latitude beyond ±90 beside a longitude within it: the two cells were swapped.
  const lat = columns.find((column) => column.name === "lat");
  const lon = position.get("lon");
  if (lat?.index !== undefined && lon !== undefined) {
    const at = lat.index;
    lat.hint = (cells) => swappedCoordinatesHint(cells[at] ?? "", cells[lon] ?? "");
  }
  return { columns, blank, usable: table.primaryKey.every((column) => position.has(column)) };
}

/** Validates a table given its decoded text and the path to name in problems. */
export function validateTableText(file: string, text: string, table: Table): TableResult {
  const problems: Problem[] = [];
  const rows: RowValues[] = [];
  const rowNumbers: number[] = [];
  const incomplete = new Set<number>();
  // Every row object starts as a copy of this one, so all rows share one shape.
  const template: RowValues = Object.fromEntries(table.columns.map((column) => [column, null]));

  let seen = 0;
  let pending: string[][] = [];
  // Held in an object: it is set inside Papa's callbacks, where TypeScript cannot follow a plain variable.
  const state: {
    header: {
      cells: string[];
      row: number;
      columns: Column[];
      blank: number[];
      headerLike: (cells: string[]) => HeaderLike;
    } | null;
  } = { header: null };
  // Set inside Papa's callbacks, where TypeScript cannot follow it: typed wide so it is not read as always true.
  let usable = true as boolean;
  let stopped = false;
  let dataRows = 0;
  const unbalanced = new Set<number>();
  const blankHasData = new Set<number>();

  const readRow = (cells: string[], index: number) => {
    const rowNumber = index + 1;
    if (isBlank(cells)) return;
    if (unbalanced.has(index)) {
      dataRows++;
      return;
    }
    const h = state.header!;
    const repeated = h.headerLike(cells);
    if (repeated) {
      problems.push(
        problem(
          file,
          rowNumber,
          null,
          "header-repeated",
          repeated === "names"
            ? `row ${rowNumber} repeats the header (two exports pasted together?). Delete the row.`
            : `row ${rowNumber} holds the columns' titles, not data (a second header row?). Delete the row; the header in row ${h.row} is enough.`,
        ),
      );
      return;
    }
    dataRows++;
    if (cells.length !== h.cells.length) {
      const extraBlank = cells.length > h.cells.length && isBlank(cells.slice(h.cells.length));
      if (!extraBlank) {
        problems.push(
          problem(
            file,
            rowNumber,
            null,
            "field-count",
            `the row has ${cells.length} cells but the header has ${h.cells.length}. Check for a stray comma or a missing cell; text with commas must be in quotes.`,
          ),
        );
        return;
      }
    }
    for (const b of h.blank) if ((cells[b] ?? "").trim() !== "") blankHasData.add(b);
    const values = { ...template };
    let complete = true;
    for (const column of h.columns) {
      if (column.index === undefined) continue;
      let raw = cells[column.index] ?? "";
      if (raw.length > MAX_CELL_LENGTH) {
        problems.push(
          problem(
            file,
            rowNumber,
            column.name,
            "cell-too-long",
            `the cell holds ${raw.length} characters; at most ${MAX_CELL_LENGTH} are allowed. Shorten it.`,
          ),
        );
        complete = false;
        values[column.name] = undefined;
        continue;
      }
      if (column.isText) {
        if (FORMULA_START.test(raw)) {
          problems.push(
            problem(
              file,
              rowNumber,
              column.name,
              "formula",
              `the text starts with “${raw.trimStart().charAt(0) || "a control character"}”, which a spreadsheet would run as a formula. Remove the leading character or reword the text.`,
            ),
          );
          complete = false;
          values[column.name] = undefined;
          continue;
        }
        if (raw !== "" && needsTrim(raw)) raw = raw.trim();
        const personal = findPersonalData(raw);
        if (personal) {
          problems.push(
            problem(
              file,
              rowNumber,
              column.name,
              "personal-data",
              `the text holds what looks like ${PERSONAL_WORDS[personal]}. Personal data is never published: remove it.`,
            ),
          );
          complete = false;
          values[column.name] = undefined;
          continue;
        }
      } else if (raw !== "" && needsTrim(raw)) {
        raw = raw.trim();
      }
      const result = column.read(raw);
      if (isIssue(result)) {
        if (result.code === "normalised") {
          problems.push(problem(file, rowNumber, column.name, "normalised", result.message));
          values[column.name] = result.value ?? null;
        } else {
          const message = column.hint?.(cells) ?? result.message;
          problems.push(problem(file, rowNumber, column.name, result.code, message));
          values[column.name] = undefined;
          complete = false;
        }
        continue;
      }
      values[column.name] = result;
    }
    if (!complete) incomplete.add(rows.length);
    rows.push(values);
    rowNumbers.push(rowNumber);
  };

  const startHeader = (records: string[][]) => {
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
      usable = false;
      stopped = true;
      return 0;
    }
    const headerIndex = findHeader(records, table);
    if (headerIndex > 0) {
      const above = headerIndex === 1 ? "row 1" : `rows 1–${headerIndex}`;
      problems.push(
        problem(
          file,
          1,
          null,
          "title-row",
          `row ${headerIndex + 1} is the header, but ${headerIndex === 1 ? "row 1 is" : `${above} are`} above it (a title?). Delete ${above} so the header is row 1.`,
        ),
      );
    }
    const cells = records[headerIndex]!;
    if (cells.length === 1 && /[;\t|]/.test(cells[0]!)) {
      const separator = cells[0]!.includes(";") ? "semicolons" : cells[0]!.includes("\t") ? "tabs" : "bars";
      problems.push(
        problem(
          file,
          headerIndex + 1,
          null,
          "missing-column",
          `the columns are separated by ${separator}, not commas. Save the file as “CSV UTF-8 (Comma delimited)”.`,
        ),
      );
      usable = false;
      stopped = true;
      return 0;
    }
    const read = readHeader(file, cells, headerIndex + 1, table, problems);
    usable = read.usable;
    state.header = {
      cells,
      row: headerIndex + 1,
      columns: read.columns,
      blank: read.blank,
      headerLike: headerLikeRow(table, columnIndex(read.columns, table.primaryKey[0]!)),
    };
    return headerIndex + 1;
  };

  let pendingBase = 0;
  const flushPending = () => {
    const first = startHeader(pending);
    for (let i = first; i < pending.length && !stopped; i++) readRow(pending[i]!, pendingBase + i);
    pending = [];
  };

  Papa.parse<string[]>(text, {
    delimiter: ",",
    header: false,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: (results: Papa.ParseResult<string[]>) => {
      const records = results.data;
      const base = seen;
      seen += records.length;
      for (const error of results.errors) {
        if (error.type !== "Quotes" || error.row === undefined) continue;
        const index = error.row + base;
        unbalanced.add(index);
        problems.push(
          problem(
            file,
            index + 1,
            null,
            "unbalanced-quote",
            `a quotation mark opened in this row is never closed, so the rest of the file is read as one cell. Close the quote or remove it (a quote inside a cell is written as "").`,
          ),
        );
      }
      if (stopped) return;
      if (!state.header) {
        // The header is looked for among the first rows: gather enough of them first.
        if (pending.length === 0) pendingBase = base;
        for (const record of records) pending.push(record);
        if (pending.length >= HEADER_SEARCH_ROWS) flushPending();
        return;
      }
      for (let i = 0; i < records.length; i++) readRow(records[i]!, base + i);
    },
    complete: () => {
      if (!state.header && !stopped) flushPending();
    },
  });

  // Papa reports a final newline as one more empty record; blank records are skipped anyway.
  const h = state.header;
  if (h && usable && dataRows === 0 && table.rowsRequired) {
    problems.push(
      problem(
        file,
        null,
        null,
        "no-rows",
        `${table.path} has its header but no rows; it needs at least one (${table.rowMeaning.en}). Add the rows, or check that the export was not filtered.`,
      ),
    );
    // Other tables' references to it are then not reported row by row.
    usable = false;
  }
  if (h) {
    for (const index of h.blank) {
      problems.push(
        problem(
          file,
          h.row,
          `#${index + 1}`,
          "blank-column",
          blankHasData.has(index)
            ? `column ${index + 1} has values but no name. Name it after the contract or delete it.`
            : `column ${index + 1} has no name and no values (often left by Excel). Delete the empty column.`,
        ),
      );
    }
  }
  return { rows, rowNumbers, incomplete, problems, usable };
}
