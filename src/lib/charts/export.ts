/**
 * A chart's figures as a file a person can open: the table that follows the chart, read as text
 * cells, written as the Excel edition (BOM, CRLF, formula-safe) by the same writer as every
 * published CSV. Pure: the page script reads the table's cells and hands them here.
 */
import { excelEdition } from "../downloads/formats.ts";

/** A header cell as the table has it: its text and how many columns and rows it covers. */
export interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/**
 * The column names of a table with one or two header rows: a group's label before each of its
 * columns ("竹山县 比值"), a header spanning both rows as it is.
 */
export function columnNames(rows: readonly (readonly HeaderCell[])[]): string[] {
  const [top = [], below = []] = rows;
  if (below.length === 0) return top.flatMap((cell) => Array<string>(cell.colspan).fill(cell.text));
  const names: string[] = [];
  let next = 0;
  for (const cell of top) {
    if (cell.rowspan > 1) {
      names.push(cell.text);
      continue;
    }
    for (let i = 0; i < cell.colspan; i++) names.push(`${cell.text} ${below[next++]?.text ?? ""}`.trim());
  }
  return names;
}

/** Body rows with spanning cells repeated in every column they cover. */
export function expandRows(rows: readonly (readonly { text: string; colspan: number }[])[]): string[][] {
  return rows.map((cells) => cells.flatMap((cell) => Array<string>(cell.colspan).fill(cell.text)));
}

/** The table as the Excel edition of a CSV. Column names made unique, as CSV readers need. */
export function tableCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const seen = new Map<string, number>();
  const unique = columns.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
  const records = rows.map((cells) => Object.fromEntries(unique.map((name, i) => [name, cells[i] ?? ""])));
  return excelEdition(unique, unique, records);
}
