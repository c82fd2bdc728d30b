/** A few DOM helpers for the verify and receipt scripts: elements built with textContent only, never markup. */
import { formatShare, INTL_LOCALE, type Lang } from "../../lib/i18n/index.ts";
import type { Status } from "../../lib/indicators/index.ts";
import { word } from "./page-words.ts";

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; text children become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * Makes `zone` take dropped files: marked (class `over`) while something is dragged over it, the
 * browser's own handling of a drop (opening the file) prevented, and what is dropped handed to `take`.
 */
export function watchDrops(zone: HTMLElement, take: (data: DataTransfer) => void): void {
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => {
    zone.classList.remove("over");
  });
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer) take(event.dataTransfer);
  });
}

/** A table with a caption, column headers and rows of cells (the first cell of a row is its header). */
export function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly Child[])[],
): HTMLElement {
  const head = el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)));
  const body = rows.map((cells) =>
    el(
      "tr",
      {},
      ...cells.map((cell, i) => (i === 0 ? el("th", { scope: "row" }, cell) : el("td", {}, cell))),
    ),
  );
  return el(
    "div",
    { class: "table-scroll", tabindex: "0", role: "region", "aria-label": caption },
    el("table", {}, el("caption", {}, caption), el("thead", {}, head), el("tbody", {}, ...body)),
  );
}

/** A number as the page language writes it. */
export function count(value: number, lang: Lang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A share, or the language's "no data". */
export function share(value: number | null, lang: Lang): string {
  return formatShare(value, lang);
}

const STATUS_WORD = {
  met: "statusMet",
  behind: "statusBehind",
  "no-target": "statusNoTarget",
  "no-data": "statusNoData",
} as const;

/** A status as a badge with the site's status colours. */
export function status(value: Status): HTMLElement {
  return el("span", { class: `status status-${value}` }, word(STATUS_WORD[value]));
}

const LEVEL_WORD = {
  city: "levelCity",
  county: "levelCounty",
  township: "levelTownship",
  site: "levelSite",
} as const;

/** A level's name. */
export function levelName(level: string): string {
  return level in LEVEL_WORD ? word(LEVEL_WORD[level as keyof typeof LEVEL_WORD]) : level;
}
