/**
 * The search stage of `anju build`: Pagefind's index of the built site. Site pages are added as
 * records written from the data (see src/lib/site/search-records.ts); every other page is added
 * from its HTML, so Pagefind reads its `data-pagefind-*` marks and segments Chinese on zh-CN pages.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { withoutMarkedElements } from "../../src/lib/markup.ts";
import {
  isNoticePageFile,
  isSitePageFile,
  siteSearchRecords,
  type SearchSource,
} from "../../src/lib/site/search-records.ts";
import { LANGS } from "../../src/lib/i18n/index.ts";
import { listFiles } from "./walk.ts";

/** The folder of the built site the index is written into. */
export const SEARCH_INDEX_FOLDER = "pagefind";

// Pagefind answers over a pipe; a few dozen requests in flight keep it busy without queueing
// all 70,000 of a national build at once.
const IN_FLIGHT = 64;

/** Writes `pagefind/` into the built site `dir`; returns how many pages were indexed each way. */
export async function writeSearchIndex(
  dir: string,
  dataset: SearchSource,
): Promise<{ pages: number; sites: number }> {
  const pagefind = await import("pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const check = (response: { errors: string[] }) => {
      if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join("; ")}`);
    };
    const pages = (await listFiles(dir)).filter(
      (file) => file.endsWith(".html") && !isSitePageFile(file) && !isNoticePageFile(file),
    );
    for (let i = 0; i < pages.length; i += IN_FLIGHT) {
      const batch = pages.slice(i, i + IN_FLIGHT);
      const contents = await Promise.all(batch.map((file) => readFile(join(dir, file), "utf8")));
      const added = await Promise.all(
        batch.map((sourcePath, j) =>
          // Pagefind would skip the marked elements too, but parsing them first was most of the
          // stage at national scale (an indicator page's site table is ≈ 10 MB).
          index.addHTMLFile({
            sourcePath,
            content: withoutMarkedElements(contents[j]!, "data-pagefind-ignore"),
          }),
        ),
      );
      added.forEach(check);
    }
    const records = LANGS.flatMap((lang) => siteSearchRecords(dataset, lang));
    for (let i = 0; i < records.length; i += IN_FLIGHT) {
      const added = await Promise.all(
        records
          .slice(i, i + IN_FLIGHT)
          .map(({ url, language, title, type, county, content }) =>
            index.addCustomRecord({ url, language, content, meta: { title, type, county } }),
          ),
      );
      added.forEach(check);
    }
    check(await index.writeFiles({ outputPath: join(dir, SEARCH_INDEX_FOLDER) }));
    return { pages: pages.length, sites: records.length };
  } finally {
    await pagefind.close();
  }
}
