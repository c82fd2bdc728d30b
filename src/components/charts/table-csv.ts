/**
 * Page-script helpers for downloads made in the browser: a table on the page as the Excel edition
 * of a CSV, and saving a file the page made. Used by the charts' downloads and the map's list.
 */
import { columnNames, expandRows, tableCsv, type HeaderCell } from "../../lib/charts/export.ts";

const text = (cell: HTMLTableCellElement) => cell.textContent.replace(/\s+/g, " ").trim();

/** A table as the page shows it, as the Excel edition of a CSV (grouped headers and spans resolved). */
export function tableElementCsv(table: HTMLTableElement): string {
  const header = [...(table.tHead?.rows ?? [])].map((row) =>
    [...row.cells].map((cell): HeaderCell => ({
      text: text(cell),
      colspan: cell.colSpan,
      rowspan: cell.rowSpan,
    })),
  );
  const body = [...table.tBodies].flatMap((tbody) =>
    [...tbody.rows].map((row) => [...row.cells].map((cell) => ({ text: text(cell), colspan: cell.colSpan }))),
  );
  return tableCsv(columnNames(header), expandRows(body));
}

/** Saves what the page made under `name`, as a download. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the address is kept a little for slow browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
