/**
 * What the clerk sends back or fixes from: the problem list as a CSV for Excel, and a copy of a
 * checked file with one more column giving each row's problems, to filter on in Excel. Both are
 * the Excel edition: BOM, CRLF, every cell that a spreadsheet would run as a formula neutralised.
 */
import Papa from "papaparse";
import { csvCell } from "../csv/write.ts";
import { neutraliseFormula } from "../downloads/formats.ts";
import { BOM } from "../text/fold.ts";
import type { Lang } from "../i18n/index.ts";
import { problemMessage, type Problem } from "../problems.ts";
import { decodeCsvBytes } from "../validate/decode.ts";

/** The problem list's columns, in order; the page gives their headings in its language. */
export const PROBLEM_COLUMNS = ["file", "row", "column", "code", "value", "message", "fix"] as const;

/** The problem list's headings, by column. */
export type ProblemHeadings = Record<(typeof PROBLEM_COLUMNS)[number], string>;

/** Rows of text as the Excel edition: BOM, CRLF, formula-safe cells. */
export function excelText(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((cells) => cells.map((cell) => csvCell(neutraliseFormula(cell))).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/**
 * A message split into what is wrong and what to do: the validator writes the fix as the
 * sentences after the first one (an English sentence ends in ". ", a Chinese one in "。"). A
 * message of one sentence has no separate fix.
 */
export function splitMessage(message: string): { message: string; fix: string } {
  const end = /\. (?=[A-Z“"(])|。(?=.)/.exec(message);
  if (!end) return { message, fix: "" };
  return {
    message: message.slice(0, end.index + 1),
    fix: message.slice(end.index + end[0].length).trimStart(),
  };
}

/** A file's records as text (header first), or null when its bytes cannot be decoded. */
export function fileRecords(bytes: Uint8Array): string[][] | null {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return null;
  return Papa.parse<string[]>(decoded.text, { delimiter: ",", skipEmptyLines: false }).data;
}

/** The text of the cell a problem points to, or "" when it names no single cell. */
export function valueAt(records: string[][] | null, problem: Problem): string {
  if (!records || problem.row === null || problem.row < 2 || problem.column === null) return "";
  const at = records[0]?.indexOf(problem.column) ?? -1;
  return at < 0 ? "" : (records[problem.row - 1]?.[at] ?? "");
}

/**
 * The problem list for Excel: one line a problem, with the value found where it names one cell,
 * headed and worded in the page's language. `records` gives each file's records by the name
 * problems use.
 */
export function problemsCsv(
  problems: readonly Problem[],
  records: (file: string) => string[][] | null,
  lang: Lang,
  headings: ProblemHeadings,
): string {
  const rows: string[][] = [PROBLEM_COLUMNS.map((column) => headings[column])];
  for (const problem of problems) {
    const { message, fix } = splitMessage(problemMessage(problem, lang));
    rows.push([
      problem.file,
      problem.row === null ? "" : String(problem.row),
      problem.column ?? "",
      problem.code,
      valueAt(records(problem.file), problem),
      message,
      fix,
    ]);
  }
  return excelText(rows);
}

/**
 * A checked file with one more column, `heading`, that gives each row's problems (code and
 * message in the page's language, one a line). Problems of the header or of the whole file are in
 * the problem list only.
 */
export function annotatedCsv(
  records: readonly string[][],
  problems: readonly Problem[],
  heading: string,
  lang: Lang,
): string {
  const byRow = new Map<number, string[]>();
  for (const problem of problems) {
    if (problem.row === null || problem.row < 2) continue;
    const list = byRow.get(problem.row) ?? [];
    list.push(`${problem.code}: ${problemMessage(problem, lang)}`);
    byRow.set(problem.row, list);
  }
  const rows = records
    // Papa gives a final line end as one more empty record; it is not a row of the file.
    .filter((cells, index) => !(index === records.length - 1 && cells.length === 1 && cells[0] === ""))
    .map((cells, index) => [...cells, index === 0 ? heading : (byRow.get(index + 1) ?? []).join("\n")]);
  return excelText(rows);
}
