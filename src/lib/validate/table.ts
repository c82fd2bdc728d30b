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
import type { Bilingual } from "../i18n/index.ts";
import type { Table } from "../schema/table.ts";
import { problem, type Problem, type ProblemCode } from "../problems.ts";
import { removeFormatCharacters, startsLikeFormula, trimWhiteSpace } from "../text/fold.ts";
import { compileFastReader, isIssue, type CellValue } from "./cells.ts";
import { swappedCoordinatesHint } from "./hints.ts";
import { holdsReplacementCharacter, inspectCharacters, type CharacterFinding } from "./characters.ts";
import type { ForeignRow } from "./decode.ts";
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

// Most cells of big files are printable ASCII: they skip the character checks and Unicode trim.
const NOT_PLAIN = /[^\x20-\x7e]/;
const PERSONAL_WORDS = {
  "resident-id": { zh: "身份证号", en: "a resident ID number" },
  mobile: { zh: "手机号", en: "a mobile phone number" },
  landline: { zh: "固定电话号码", en: "a landline telephone number" },
  "bank-card": { zh: "银行卡号", en: "a bank card number" },
} as const satisfies Record<string, Bilingual>;

/** How many rows above the header are searched for it when row 1 is a title. */
const HEADER_SEARCH_ROWS = 10;
/** Characters of text parsed at a time. */
const CHUNK_CHARS = 4 * 1024 * 1024;

/** Whether a cell holds nothing but white space and format characters. */
function isBlankCell(cell: string): boolean {
  return cell === "" || (needsTrim(cell) && trimWhiteSpace(removeFormatCharacters(cell)) === "");
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (!isBlankCell(cell)) return false;
  return true;
}

function headerKey(cell: string): string {
  return trimWhiteSpace(removeFormatCharacters(cell).normalize("NFKC")).toLowerCase().replace(/\s+/g, "_");
}

/**
 * Whether a cell may have white space to trim at either end: cheaper than trimming every cell,
 * as cells of the published form start and end with a visible ASCII character.
 */
function needsTrim(raw: string): boolean {
  return mayBeWhiteSpace(raw.charCodeAt(0)) || mayBeWhiteSpace(raw.charCodeAt(raw.length - 1));
}

/** Whether a UTF-16 code unit may be Unicode white space (every one is ≤ 0x20, or 0x85 … 0x3000). */
function mayBeWhiteSpace(code: number): boolean {
  return (
    code <= 0x20 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x3000)
  );
}

/**
 * The contract name of a file's column by position, read from its first line (ASCII in every
 * encoding the validator meets), or `#n` when that cell names no column.
 */
export function headerName(bytes: Uint8Array, field: number): string {
  let end = bytes.indexOf(0x0a);
  if (end < 0) end = bytes.length;
  const line = new TextDecoder("utf-8").decode(bytes.subarray(0, end));
  const cell = Papa.parse<string[]>(line, { delimiter: "," }).data[0]?.[field];
  const key = cell === undefined ? "" : headerKey(cell);
  return /^[a-z_]+$/.test(key) ? key : `#${field + 1}`;
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
  hint?: (cells: string[]) => Bilingual | null;
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
        problem(file, headerRow, key, "duplicate-column", {
          zh: `列 ${key} 出现了两次（第 ${position.get(key)! + 1} 列和第 ${index + 1} 列）。请只保留一列。`,
          en: `the column ${key} appears twice (columns ${position.get(key)! + 1} and ${index + 1}). Keep one.`,
        }),
      );
      return;
    }
    if (!table.columns.includes(key)) {
      const name = cell.trim();
      problems.push(
        isPersonalDataColumn(cell)
          ? problem(file, headerRow, name, "personal-data-column", {
              zh: `名为“${name}”的列会公开个人信息。请删除这一列。`,
              en: `a column named “${name}” would publish personal data. Delete the column.`,
            })
          : problem(file, headerRow, name, "unknown-column", {
              zh: `“${name}”不是 ${table.path} 的列。应有的列：${table.columns.join("、")}。请删除这一列、改正列名，或先把它作为可选列加进数据规范。`,
              en: `“${name}” is not a column of ${table.path}. Expected columns: ${table.columns.join(", ")}. Delete it, fix its name, or add it to the contract as an optional column.`,
            }),
      );
      return;
    }
    if (key !== cell) {
      problems.push(
        problem(file, headerRow, key, "normalised", {
          zh: `列名“${cell}”已按 ${key} 读取。请按数据规范原样书写列名。`,
          en: `the header “${cell}” was read as ${key}; write column names exactly as the contract does.`,
        }),
      );
    }
    position.set(key, index);
  });
  for (const column of table.columns) {
    if (!position.has(column)) {
      problems.push(
        problem(file, headerRow, column, "missing-column", {
          zh: `缺少列 ${column}。请在表头加上这一列（数据规范允许时，下面的单元格可以空着）。`,
          en: `the column ${column} is missing. Add it (it may be empty where the contract allows).`,
        }),
      );
    }
  }
  const present = table.columns.filter((column) => position.has(column));
  const inFileOrder = [...present].sort((a, b) => position.get(a)! - position.get(b)!);
  if (inFileOrder.some((column, i) => column !== present[i])) {
    problems.push(
      problem(file, headerRow, null, "column-order", {
        zh: `各列已按列名读取，但顺序与数据规范不同。规范的顺序是：${table.columns.join("、")}。`,
        en: `columns were read by name, but their order differs from the contract: ${table.columns.join(", ")}.`,
      }),
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

/** Rows of the file in another encoding than the rest (see decode.ts), and how grave that is. */
export interface ForeignRows {
  rows: readonly ForeignRow[];
  /** "error" when the file is UTF-8 and these rows are not; "warning" when they were read as GB18030. */
  severity: "error" | "warning";
}

/**
 * Validates a table given its decoded text and the path to name in problems. `foreign` lists the
 * rows the decoder found in another encoding; each is reported with its column.
 */
export function validateTableText(
  file: string,
  text: string,
  table: Table,
  foreign: ForeignRows = { rows: [], severity: "error" },
): TableResult {
  const problems: Problem[] = [];
  const foreignRows = new Map(foreign.rows.map((row) => [row.index, row]));
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

  // The row being read, and how `refuse` reports a cell of it that cannot be published: the
  // row lends its keys, never that value.
  const row = { values: template, number: 0, complete: true };
  const refuse = (name: string, code: ProblemCode, message: Bilingual) => {
    problems.push(problem(file, row.number, name, code, message));
    row.complete = false;
    row.values[name] = undefined;
  };

  const readRow = (cells: string[], index: number) => {
    const rowNumber = index + 1;
    if (isBlank(cells)) return;
    if (unbalanced.has(index)) {
      dataRows++;
      return;
    }
    const damaged = foreignRows.size > 0 && foreign.severity === "error" && foreignRows.has(index);
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
            ? {
                zh: `第 ${rowNumber} 行重复了表头（是不是两次导出粘在了一起？）。请删除这一行。`,
                en: `row ${rowNumber} repeats the header (two exports pasted together?). Delete the row.`,
              }
            : {
                zh: `第 ${rowNumber} 行是各列的标题，不是数据（第二个表头行？）。请删除这一行；第 ${h.row} 行的表头就够了。`,
                en: `row ${rowNumber} holds the columns' titles, not data (a second header row?). Delete the row; the header in row ${h.row} is enough.`,
              },
        ),
      );
      return;
    }
    dataRows++;
    if (cells.length !== h.cells.length) {
      const extraBlank = cells.length > h.cells.length && isBlank(cells.slice(h.cells.length));
      if (!extraBlank) {
        problems.push(
          problem(file, rowNumber, null, "field-count", {
            zh: `这一行有 ${cells.length} 个单元格，表头却有 ${h.cells.length} 个。请检查是否多了逗号或少了单元格；含逗号的文字要放在英文双引号里。`,
            en: `the row has ${cells.length} cells but the header has ${h.cells.length}. Check for a stray comma or a missing cell; text with commas must be in quotes.`,
          }),
        );
        return;
      }
    }
    for (const b of h.blank) if (!isBlankCell(cells[b] ?? "")) blankHasData.add(b);
    const values = { ...template };
    row.values = values;
    row.number = rowNumber;
    row.complete = true;
    for (const column of h.columns) {
      if (column.index === undefined) continue;
      let raw = cells[column.index] ?? "";
      if (raw.length > MAX_CELL_LENGTH) {
        refuse(column.name, "cell-too-long", {
          zh: `这个单元格有 ${raw.length} 个字符，最多只能有 ${MAX_CELL_LENGTH} 个。请删减。`,
          en: `the cell holds ${raw.length} characters; at most ${MAX_CELL_LENGTH} are allowed. Shorten it.`,
        });
        continue;
      }
      if (NOT_PLAIN.test(raw)) {
        if (damaged && holdsReplacementCharacter(raw)) {
          // Garbled by bytes in another encoding: reported once for the row (encoding-mixed).
          row.complete = false;
          values[column.name] = undefined;
          continue;
        }
        const characters = inspectCharacters(raw);
        if (characters?.error) {
          refuse(column.name, characters.error.code, describeCharacterError(characters.error));
          continue;
        }
        if (characters?.format) {
          problems.push(
            problem(
              file,
              rowNumber,
              column.name,
              "format-character",
              describeFormatCharacters(characters.format),
            ),
          );
          raw = removeFormatCharacters(raw);
        }
        raw = trimWhiteSpace(raw);
      } else if (raw.charCodeAt(0) === 32 || raw.charCodeAt(raw.length - 1) === 32) {
        raw = raw.trim();
      }
      if (column.isText) {
        // Checked on the folded text: a spreadsheet runs ＝ and a formula behind U+3000 alike.
        if (startsLikeFormula(raw)) {
          refuse(column.name, "formula", {
            zh: `文字以“${raw.charAt(0)}”开头，表格软件会把它当作公式执行。请去掉开头这个字符，或换一种写法。`,
            en: `the text starts with “${raw.charAt(0)}”, which a spreadsheet would run as a formula. Remove the leading character or reword the text.`,
          });
          continue;
        }
        const personal = findPersonalData(raw);
        if (personal) {
          refuse(column.name, "personal-data", {
            zh: `文字里有像是${PERSONAL_WORDS[personal].zh}的内容。个人信息一律不发布：请删除。`,
            en: `the text holds what looks like ${PERSONAL_WORDS[personal].en}. Personal data is never published: remove it.`,
          });
          continue;
        }
      }
      const result = column.read(raw);
      if (isIssue(result)) {
        if (result.code === "normalised") {
          problems.push(problem(file, rowNumber, column.name, "normalised", result.message));
          values[column.name] = result.value ?? null;
        } else {
          refuse(column.name, result.code, column.hint?.(cells) ?? result.message);
        }
        continue;
      }
      values[column.name] = result;
    }
    if (!row.complete) incomplete.add(rows.length);
    rows.push(values);
    rowNumbers.push(rowNumber);
  };

  const startHeader = (records: string[][]) => {
    if (records.length === 0 || records.every(isBlank)) {
      problems.push(
        problem(file, null, null, "file-empty", {
          zh: `文件没有表头行。第 1 行请写：${table.columns.join(",")}`,
          en: `the file has no header row. Start it with: ${table.columns.join(",")}`,
        }),
      );
      usable = false;
      stopped = true;
      return 0;
    }
    const headerIndex = findHeader(records, table);
    if (headerIndex > 0) {
      const above = headerIndex === 1 ? "row 1" : `rows 1–${headerIndex}`;
      const aboveZh = headerIndex === 1 ? "第 1 行" : `第 1–${headerIndex} 行`;
      problems.push(
        problem(file, 1, null, "title-row", {
          zh: `第 ${headerIndex + 1} 行是表头，但上面还有${aboveZh}（标题？）。请删除${aboveZh}，让表头成为第 1 行。`,
          en: `row ${headerIndex + 1} is the header, but ${headerIndex === 1 ? "row 1 is" : `${above} are`} above it (a title?). Delete ${above} so the header is row 1.`,
        }),
      );
    }
    const cells = records[headerIndex]!;
    if (cells.length === 1 && /[;\t|]/.test(cells[0]!)) {
      const separator: Bilingual = cells[0]!.includes(";")
        ? { zh: "分号", en: "semicolons" }
        : cells[0]!.includes("\t")
          ? { zh: "制表符", en: "tabs" }
          : { zh: "竖线", en: "bars" };
      problems.push(
        problem(file, headerIndex + 1, null, "missing-column", {
          zh: `各列之间用的是${separator.zh}，不是逗号。请在 Excel 或 WPS 中“另存为”“CSV UTF-8（逗号分隔）”。`,
          en: `the columns are separated by ${separator.en}, not commas. Save the file as “CSV UTF-8 (Comma delimited)”.`,
        }),
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
          problem(file, index + 1, null, "unbalanced-quote", {
            zh: `这一行有一个引号没有闭合，文件后面的内容都被当成了一个单元格。请补上另一半引号或删掉它（单元格里的引号要写成两个 ""）。`,
            en: `a quotation mark opened in this row is never closed, so the rest of the file is read as one cell. Close the quote or remove it (a quote inside a cell is written as "").`,
          }),
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
      problem(file, null, null, "no-rows", {
        zh: `${table.path} 只有表头，没有数据行；至少要有一行（${table.rowMeaning.zh}）。请补上数据，或检查导出时是否开着筛选。`,
        en: `${table.path} has its header but no rows; it needs at least one (${table.rowMeaning.en}). Add the rows, or check that the export was not filtered.`,
      }),
    );
    // Other tables' references to it are then not reported row by row.
    usable = false;
  }
  for (const row of foreign.rows) {
    const name = h?.cells[row.field];
    const key = name === undefined ? "" : headerKey(name);
    problems.push(
      problem(
        file,
        row.index + 1,
        key === "" ? `#${row.field + 1}` : key,
        foreign.severity === "error" ? "encoding-mixed" : "encoding-gb18030",
        describeForeignRow(row, foreign.severity),
      ),
    );
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
            ? {
                zh: `第 ${index + 1} 列有值，却没有列名。请按数据规范给它起名，或删除这一列。`,
                en: `column ${index + 1} has values but no name. Name it after the contract or delete it.`,
              }
            : {
                zh: `第 ${index + 1} 列既没有列名也没有值（常是 Excel 留下的）。请删除这一空列。`,
                en: `column ${index + 1} has no name and no values (often left by Excel). Delete the empty column.`,
              },
        ),
      );
    }
  }
  return { rows, rowNumbers, incomplete, problems, usable };
}

function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `“${short}”`;
}

/** Says which bytes of a row are in another encoding, what they would read as, and what to do. */
function describeForeignRow(row: ForeignRow, severity: "error" | "warning"): Bilingual {
  if (severity === "warning") {
    return {
      zh: `文件按 GB18030/GBK 编码读取，这里读出的是${quoted(row.asRead)}；但这个单元格按 UTF-8 也能读，读出的是${quoted(row.asOther ?? "")}。请核对哪个对，并把文件“另存为”“CSV UTF-8（逗号分隔）”。`,
      en: `the file was read as GB18030/GBK, which gives ${quoted(row.asRead)} here, but this cell is also valid UTF-8, which gives ${quoted(row.asOther ?? "")}. Check which is right, and save the file as “CSV UTF-8 (Comma delimited)”.`,
    };
  }
  const bytes = row.bytes === 1 ? "1 byte" : `${row.bytes} bytes`;
  const reading = row.asOther === null ? "" : ` (as GB18030/GBK they read ${quoted(row.asOther)})`;
  const readingZh = row.asOther === null ? "" : `（按 GB18030/GBK 读是${quoted(row.asOther)}）`;
  return {
    zh: `文件其余部分是 UTF-8 编码，但这一行有 ${row.bytes} 个字节不是${readingZh}，所以这个单元格读不出来。请在 UTF-8 文件里重新输入这一行的文字，或把整个文件重新“另存为”“CSV UTF-8（逗号分隔）”。`,
    en: `the rest of the file is UTF-8, but this row holds ${bytes} that are not${reading}, so the cell cannot be read. Retype the row's text in the UTF-8 file, or save the whole file again as “CSV UTF-8 (Comma delimited)”.`,
  };
}

function describeCharacterError(error: NonNullable<CharacterFinding["error"]>): Bilingual {
  const where = `character ${error.position} of the cell is ${error.name.en}`;
  const whereZh = `单元格的第 ${error.position} 个字符是 ${error.name.zh}`;
  return error.code === "bidi-control"
    ? {
        zh: `${whereZh}，它会改变文字显示的顺序，读者看到的会和发布的不一样。请删除它。`,
        en: `${where}, which changes the order in which the text is shown, so readers would see something other than what is published. Delete it.`,
      }
    : {
        zh: `${whereZh}，文字里不能有这种字符。请删除它（常是从别的软件复制文字时带进来的）。`,
        en: `${where}, which no text may hold. Delete it (it often comes from copying text out of another program).`,
      };
}

function describeFormatCharacters(format: NonNullable<CharacterFinding["format"]>): Bilingual {
  const { count, position, name } = format;
  return count === 1
    ? {
        zh: `单元格里有一个看不见的字符：第 ${position} 个字符 ${name.zh}；已删除。请在原文件里也删掉它。`,
        en: `the cell holds an invisible character, ${name.en} at character ${position}; it was removed. Delete it in the source file.`,
      }
    : {
        zh: `单元格里有 ${count} 个看不见的字符，第一个是第 ${position} 个字符 ${name.zh}；已删除。请在原文件里也删掉它们。`,
        en: `the cell holds ${count} invisible characters, the first ${name.en} at character ${position}; they were removed. Delete them in the source file.`,
      };
}
