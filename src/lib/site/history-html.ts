/**
 * A site's quarter-by-quarter history as table cells. A site page carries about 450 of them
 * (18 indicators × 25 quarters); as Astro components they were most of the render stage's time,
 * and the same cell ("84.6%") recurs on thousands of pages, so each mark object (site-view
 * shares one per distinct mark) is written once. A cell is the value and the status's symbol
 * (explained by the key above the table), so the history costs a few bytes a quarter instead of
 * a sentence each. Every text is escaped. Pure.
 */
import { escapeMarkup } from "../markup.ts";
import type { Mark } from "./site-view.ts";

type CellMark = Pick<Mark, "state" | "symbol" | "valueText">;

// Keyed by the mark object: site-view shares one object per distinct mark, and a lookup by
// identity costs far less than building and hashing a key from the mark's words.
const written = new WeakMap<CellMark, string>();

/**
 * One quarter as a table cell: the value, with "✗" when it is behind the target ("84.6% ✗");
 * only the symbol when there is no value ("○" not reported, "–" not yet moved in). Met and
 * no-target quarters carry no mark: the row's indicator has one target (or none), said in the
 * row above the table, and marking the exceptions keeps 450 cells short and easy to scan.
 */
export function historyCellHtml(mark: CellMark): string {
  let html = written.get(mark);
  if (html === undefined) {
    const empty =
      mark.state === "no-data" || mark.state === "not-in-scope" || mark.state === "not-applicable";
    const text = empty
      ? mark.symbol
      : mark.state === "behind"
        ? `${mark.valueText} ${mark.symbol}`
        : mark.valueText;
    html = `<td>${escapeMarkup(text)}</td>`;
    written.set(mark, html);
  }
  return html;
}

/**
 * The cells of one indicator's row, oldest quarter first. Quarters in a row that read the same
 * are one cell spanning them ("是" from 2020Q3 to 2025Q4, "◇" until the site moved in): a yes/no
 * indicator changes once or twice in 25 quarters, so its row is two or three cells, not 25, and
 * a screen reader still reads the value under each quarter's header.
 */
export function historyCellsHtml(marks: readonly CellMark[]): string {
  let html = "";
  let i = 0;
  while (i < marks.length) {
    const cell = historyCellHtml(marks[i]!);
    let span = 1;
    while (i + span < marks.length && historyCellHtml(marks[i + span]!) === cell) span += 1;
    html += span === 1 ? cell : `<td colspan="${span}"${cell.slice(3)}`;
    i += span;
  }
  return html;
}
