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
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
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
 * The pages that are a place (a county page marks its name with `data-pagefind-filter`).
 * Pagefind scores a county page by how often the name recurs against the page's length, and
 * other pages name a county more often: searched for on their own, the county's own page is
 * found wherever it ranks.
 */
export const PLACE_FILTER = { place: "county" };

/**
 * Moves the results whose title is exactly the query (ignoring case and surrounding spaces) to
 * the front, keeping the order of the rest: first the places among `places` (results of the
 * search within PLACE_FILTER), then the others. A page is given once, where it first belongs.
 */
export function exactFirst<T extends { url: string; meta: { title?: string } }>(
  items: readonly T[],
  query: string,
  places: readonly T[] = [],
): T[] {
  const wanted = query.trim().toLowerCase();
  const exact = (item: T) => (item.meta.title ?? "").trim().toLowerCase() === wanted;
  const ranked = [...places.filter(exact), ...items.filter(exact), ...items.filter((item) => !exact(item))];
  const seen = new Set<string>();
  return ranked.filter((item) => {
    if (seen.has(item.url)) return false;
    seen.add(item.url);
    return true;
  });
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

  // `top` is the first results, loaded and ranked (exactFirst); the rest of `results` are loaded
  // as they are shown, from `next` on, leaving out those already among `top`.
  let results: PagefindResult[] = [];
  let top: PagefindData[] = [];
  let inTop = new Set<string>();
  let next = 0;
  let shown = 0;
  const showing = () =>
    shown >= results.length
      ? fillPlaceholders(words["search.found"], { count: results.length }, '"search.found"')
      : fillPlaceholders(words["search.showing"], { count: results.length, shown }, '"search.showing"');
  /** Shows the next page of results: from the ranked top ones first, then loaded as they come. */
  const showMore = async () => {
    const end = Math.min(results.length, shown + PAGE_SIZE);
    const page = top.slice(shown, end);
    while (shown + page.length < end && next < results.length) {
      const batch = results.slice(next, next + end - shown - page.length);
      next += batch.length;
      const loaded = await Promise.all(batch.map((r) => r.data()));
      page.push(...loaded.filter((data) => !inTop.has(data.url)));
    }
    list.append(...page.map(item));
    shown += page.length;
    more.hidden = shown >= results.length || (shown >= top.length && next >= results.length);
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
    inTop = new Set();
    next = 0;
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
      // The places matching the query are a subset of the results: `results.length` stays the count.
      const places = (await engine.search(query, { filters: PLACE_FILTER })).results;
      const firstOf = (list: PagefindResult[]) =>
        Promise.all(list.slice(0, EXACT_WINDOW).map((r) => r.data()));
      top = exactFirst(await firstOf(results), query, await firstOf(places));
      inTop = new Set(top.map((data) => data.url));
      next = Math.min(EXACT_WINDOW, results.length);
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
