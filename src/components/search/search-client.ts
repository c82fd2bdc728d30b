/**
 * The search page's client: loads Pagefind's index lazily and shows results built with
 * textContent (Pagefind's excerpts carry <mark> tags, which are turned into elements, never HTML).
 */
import { fillPlaceholders } from "../../lib/i18n/placeholders.ts";
import type { SearchClientWords } from "./search-words.ts";

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
  options: (options: Record<string, unknown>) => Promise<void>;
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
  const search = async (query: string) => {
    list.replaceChildren();
    if (query.trim() === "") {
      status.textContent = "";
      return;
    }
    status.textContent = words["search.searching"];
    try {
      const engine = await load();
      const { results } = await engine.search(query);
      const data = await Promise.all(results.slice(0, 20).map((result) => result.data()));
      for (const item of data) {
        const li = document.createElement("li");
        const link = document.createElement("a");
        link.href = item.url;
        // Titles are mostly names from the data: isolated like every name (see `bdi` in global.css).
        const title = document.createElement("bdi");
        title.textContent = item.meta.title ?? item.url;
        link.append(title);
        const excerpt = document.createElement("p");
        appendExcerpt(excerpt, item.excerpt);
        li.append(link, excerpt);
        list.append(li);
      }
      status.textContent =
        results.length === 0
          ? words["search.noResults"]
          : fillPlaceholders(words["search.found"], { count: results.length }, '"search.found"');
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
