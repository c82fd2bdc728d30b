/**
 * A site's quarter marks as HTML. A site page carries about 400 of them (15 indicators × 25
 * quarters) and they were most of the render stage's time as Astro components; the same mark
 * ("2021年第2季度：是，达标") recurs on thousands of pages, so each mark object (site-view shares
 * one per distinct mark) is written once. Every text is escaped. Pure.
 */
import { escapeMarkup } from "../markup.ts";
import type { Mark } from "./site-view.ts";

// Keyed by the mark object: site-view shares one object per distinct mark, and a lookup by
// identity costs far less than building and hashing a key from the mark's words.
const written = new WeakMap<Pick<Mark, "state" | "symbol" | "text">, string>();

/** One mark as a list item: the shape for the eye, the words for screen readers. */
export function markHtml(mark: Pick<Mark, "state" | "symbol" | "text">): string {
  let html = written.get(mark);
  if (html === undefined) {
    html =
      `<li class="place-mark place-mark-${escapeMarkup(mark.state)}">` +
      `<span aria-hidden="true">${escapeMarkup(mark.symbol)}</span>` +
      `<span class="visually-hidden">${escapeMarkup(mark.text)}</span></li>`;
    written.set(mark, html);
  }
  return html;
}

/** The list items of a row of marks, oldest first. */
export function marksHtml(marks: readonly Pick<Mark, "state" | "symbol" | "text">[]): string {
  return marks.map(markHtml).join("");
}
