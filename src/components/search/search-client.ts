/**
 * The search page's client: loads Pagefind's index lazily and shows results built with
 * textContent (Pagefind's excerpts carry <mark> tags, which are turned into elements, never HTML).
 */
import { fillPlaceholders } from "../../lib/i18n/placeholders.ts";
import type { SearchClientWords } from "./search-words.ts";

interface PagefindData {
  url: string;
  meta: { title?: string; type?: string; county?: string };
  excerpt: string;
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
  options: (options: Record<string, unknown>) => Promise<void>;
}

/** Results shown at a time; "show more" adds as many again. */
export const PAGE_SIZE = 20;
/**
 * How many of the top results are loaded to look for an exact name match: a site called
 * exactly what was typed belongs first, wherever Pagefind's word scores put it among these.
 */
export const EXACT_WINDOW = 50;

/**
 * Moves the results whose title is exactly the query (ignoring case and surrounding spaces) to
 * the front, keeping the order of the rest.
 */
export function exactFirst<T extends { meta: { title?: string } }>(items: readonly T[], query: string): T[] {
  const wanted = query.trim().toLowerCase();
  const exact = (item: T) => (item.meta.title ?? "").trim().toLowerCase() === wanted;
  return [...items.filter(exact), ...items.filter((item) => !exact(item))];
}

/** Appends an excerpt, turning Pagefind's <mark>…</mark> into <mark> elements and all else into text. */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === "<mark>") inMark = true;
    else if (part === "</mark>") inMark = false;
    else {
      // Pagefind escapes the page text in excerpts; decode entities through a textarea-free parser.
      const text = part
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&");
      if (inMark) {
        const mark = document.createElement("mark");
        mark.textContent = text;
        parent.append(mark);
      } else {
        parent.append(document.createTextNode(text));
      }
    }
  }
}

/** Wires the search form to Pagefind. */
export async function runSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("[data-search]");
  const input = document.querySelector<HTMLInputElement>("#search-input");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  // The page rendered the words in its language (search-words.ts): the script carries no dictionary.
  if (!form || !input || !status || !list || !form.dataset.words) return;
  const words = JSON.parse(form.dataset.words) as SearchClientWords;
  let pagefind: Pagefind | null = null;
  const load = async () => {
    // The path is built at run time so the bundler leaves Pagefind's own file alone.
    const url = ["", "pagefind", "pagefind.js"].join("/");
    pagefind ??= (await import(/* @vite-ignore */ url)) as Pagefind;
    return pagefind;
  };
  const more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.textContent = words["search.more"];
  more.hidden = true;
  list.after(more);

  /** One result: its title, then its kind and county when the page gave them, then the excerpt. */
  const item = (data: PagefindData) => {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.url;
    // Titles are mostly names from the data: isolated like every name (see `bdi` in global.css).
    const title = document.createElement("bdi");
    title.textContent = data.meta.title ?? data.url;
    link.append(title);
    li.append(link);
    const about = [data.meta.type, data.meta.county].filter((text) => text !== undefined && text !== "");
    if (about.length > 0) {
      const kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = ` · ${about.join(" · ")}`;
      li.append(kind);
    }
    const excerpt = document.createElement("p");
    appendExcerpt(excerpt, data.excerpt);
    li.append(excerpt);
    return li;
  };

  let results: PagefindResult[] = [];
  let top: PagefindData[] = [];
  let shown = 0;
  const showing = () =>
    shown >= results.length
      ? fillPlaceholders(words["search.found"], { count: results.length }, '"search.found"')
      : fillPlaceholders(words["search.showing"], { count: results.length, shown }, '"search.showing"');
  /** Shows the next page of results: from the ranked top ones first, then loaded as they come. */
  const showMore = async () => {
    const end = Math.min(results.length, shown + PAGE_SIZE);
    const page =
      end <= top.length
        ? top.slice(shown, end)
        : [
            ...top.slice(shown),
            ...(await Promise.all(results.slice(Math.max(shown, top.length), end).map((r) => r.data()))),
          ];
    list.append(...page.map(item));
    shown = end;
    more.hidden = shown >= results.length;
    status.textContent = showing();
  };
  more.addEventListener("click", () => {
    const first = list.children.length;
    void showMore().then(() => {
      // Keyboard and screen-reader users continue at the first new result.
      list.children[first]?.querySelector("a")?.focus();
    });
  });

  const search = async (query: string) => {
    list.replaceChildren();
    more.hidden = true;
    results = [];
    top = [];
    shown = 0;
    if (query.trim() === "") {
      status.textContent = "";
      return;
    }
    status.textContent = words["search.searching"];
    try {
      const engine = await load();
      results = (await engine.search(query)).results;
      if (results.length === 0) {
        status.textContent = words["search.noResults"];
        return;
      }
      top = exactFirst(await Promise.all(results.slice(0, EXACT_WINDOW).map((r) => r.data())), query);
      await showMore();
    } catch {
      status.textContent = words["search.failed"];
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
    void search(input.value);
  });
  const initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    await search(initial);
  }
}
