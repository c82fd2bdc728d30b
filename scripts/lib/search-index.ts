/**
 * The search stage of `anju build`: Pagefind's index of the built site. Site pages are added as
 * records written from the data (see src/lib/site/search-records.ts); every other page is added
 * from its HTML, so Pagefind reads its `data-pagefind-*` marks and segments Chinese on zh-CN pages.
 */
import { readFileSync } from "node:fs";
import { open, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pLimit from "p-limit";
import { htmlLang, withoutMarkedElements } from "../../src/lib/markup.ts";
import {
  isNoticePageFile,
  isSitePageFile,
  siteSearchRecords,
  type SearchSource,
} from "../../src/lib/site/search-records.ts";
import { HTML_LANG, LANGS, type Lang } from "../../src/lib/i18n/index.ts";
import { listFiles } from "./walk.ts";

/** The folder of the built site the index is written into. */
export const SEARCH_INDEX_FOLDER = "pagefind";

// Pagefind answers over a pipe, one request after another. A few dozen in flight keep it busy
// without queueing all 70,000 of a national build at once; a new one is sent as each answer
// comes, so this thread encodes the next while Pagefind indexes (sent in batches that each waited
// for their last answer, the two took turns: Pagefind alone on the national site, 71 s wall with
// about one core busy between them).
const IN_FLIGHT = 64;

/** Pagefind's list of the languages it indexed (`pagefind-entry.json`), as far as it is merged here. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters: string[];
}

/**
 * Writes `pagefind/` into the built site `dir`, one language at a time; returns how many pages
 * were indexed each way.
 *
 * Pagefind keeps a language's whole index in memory until it writes it. At national scale the
 * 70,000 site records took its process to 2.1 GB together and 1.7 GB for the Chinese alone
 * (about 47 KB a Chinese record, 24 KB an English one). Each language's index is files of its
 * own, so each language gets a Pagefind process of its own, which ends before the next starts;
 * the files are the same bytes as one pass over both languages writes. Only the list of
 * languages (`pagefind-entry.json`), which each pass writes with its own alone, is written again
 * at the end with all of them, as one pass would (tested).
 */
export async function writeSearchIndex(
  dir: string,
  dataset: SearchSource,
): Promise<{ pages: number; sites: number }> {
  const pagefind = await import("pagefind");
  const outputPath = join(dir, SEARCH_INDEX_FOLDER);
  const entryPath = join(outputPath, "pagefind-entry.json");
  const check = (response: { errors: string[] }) => {
    if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join("; ")}`);
  };
  const pages = (await listFiles(dir)).filter(
    (file) => file.endsWith(".html") && !isSitePageFile(file) && !isNoticePageFile(file),
  );
  // Each page's language from the start of its file, so that each pass reads only its own pages.
  const pagesOf = new Map<Lang, string[]>(LANGS.map((lang) => [lang, []]));
  for (const file of pages) pagesOf.get(pageLanguage(file, await fileStart(join(dir, file))))!.push(file);
  const entries: PagefindEntry[] = [];
  let indexed = 0;
  let sites = 0;
  try {
    for (const lang of LANGS) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
      const limit = pLimit(IN_FLIGHT);
      const own = pagesOf.get(lang)!;
      // Added in the order of the list, as limit.map starts the calls: each page is read
      // synchronously where a promised read could finish after the next page's.
      const added = await limit.map(own, (sourcePath) => {
        const content = readFileSync(join(dir, sourcePath), "utf8");
        // Pagefind would skip the marked elements too, but parsing them first was most of the
        // stage at national scale (an indicator page's site table was ≈ 10 MB).
        return index.addHTMLFile({
          sourcePath,
          content: withoutMarkedElements(content, "data-pagefind-ignore"),
        });
      });
      indexed += added.length;
      added.forEach(check);
      const records = siteSearchRecords(dataset, lang);
      const addedRecords = await limit.map(records, ({ url, language, title, type, county, content }) =>
        index.addCustomRecord({ url, language, content, meta: { title, type, county } }),
      );
      addedRecords.forEach(check);
      sites += records.length;
      check(await index.writeFiles({ outputPath }));
      entries.push(JSON.parse(await readFile(entryPath, "utf8")) as PagefindEntry);
      // The process ends, and its memory with it, before the next language's starts.
      await pagefind.close();
    }
    await writeFile(entryPath, JSON.stringify(mergedEntry(entries)));
    return { pages: indexed, sites };
  } finally {
    await pagefind.close();
  }
}

/** The first 4 KB of a file as text: a built page's `<html>` start tag is within it. */
async function fileStart(path: string): Promise<string> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await file.close();
  }
}

/** The site's language a built page is in, from its `<html lang>`, as Pagefind files it. */
function pageLanguage(file: string, html: string): Lang {
  const written = htmlLang(html);
  const lang = LANGS.find((known) => HTML_LANG[known] === written);
  if (lang === undefined)
    throw new Error(
      `${file}: the page's <html lang> is ${written === null ? "missing" : `"${written}"`}, not one of the site's languages (${LANGS.map((known) => HTML_LANG[known]).join(", ")}), so no language's search index would have it.`,
    );
  return lang;
}

/** One Pagefind entry listing the languages of `entries` in key order, as one pass writes it. */
export function mergedEntry(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (first === undefined) throw new Error("no search index was written");
  for (const entry of entries)
    if (
      entry.version !== first.version ||
      JSON.stringify(entry.include_characters) !== JSON.stringify(first.include_characters)
    )
      throw new Error("Pagefind wrote its languages with different versions or settings");
  const languages = Object.fromEntries(
    entries
      .flatMap((entry) => Object.entries(entry.languages))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { version: first.version, languages, include_characters: first.include_characters };
}
