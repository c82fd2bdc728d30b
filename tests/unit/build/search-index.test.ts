/**
 * The search stage's index (scripts/lib/search-index.ts): one Pagefind process per language, so
 * only one language's index is in memory at a time, writing the same files as one process over
 * every language would.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { mergedEntry, SEARCH_INDEX_FOLDER, writeSearchIndex } from "../../../scripts/lib/search-index.ts";
import { listFiles } from "../../../scripts/lib/walk.ts";
import { LANGS } from "../../../src/lib/i18n/index.ts";
import { htmlLang } from "../../../src/lib/markup.ts";
import { searchSource, siteSearchRecords } from "../../../src/lib/site/search-records.ts";
import { dataset, site, workshop } from "../../fixtures/indicators/build.ts";

const source = searchSource(
  dataset({
    sites: [site("420323-0001", { name_zh: "青龙泉社区", township_name: "城关镇" }), site("420304-0001")],
    workshops: [workshop("w1", "420323-0001", { name_zh: "毛绒玩具扶贫车间" })],
  }),
);

const page = (lang: string, title: string, text: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

const PAGES: Record<string, string> = {
  "index.html": page("zh-CN", "安居", "十堰市易地扶贫搬迁后续扶持"),
  "counties/420323/index.html": page("zh-CN", "竹山县", "竹山县的安置点"),
  "en/index.html": page("en", "Anju", "Follow-up support for relocated households"),
};

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

async function siteWith(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "anju-search-"));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), html);
  }
  return dir;
}

/** Every file of the index with its SHA-256. */
async function indexFiles(dir: string): Promise<Record<string, string>> {
  const folder = join(dir, SEARCH_INDEX_FOLDER);
  const files = await listFiles(folder);
  return Object.fromEntries(
    await Promise.all(
      files.map(async (file): Promise<[string, string]> => [
        file,
        createHash("sha256")
          .update(await readFile(join(folder, file)))
          .digest("hex"),
      ]),
    ),
  );
}

describe("writeSearchIndex", () => {
  test("writes the files one Pagefind process over both languages writes, the list of languages included", async () => {
    const dir = await siteWith(PAGES);
    expect(await writeSearchIndex(dir, source)).toEqual({ pages: 3, sites: 4 });
    const entry = JSON.parse(
      await readFile(join(dir, SEARCH_INDEX_FOLDER, "pagefind-entry.json"), "utf8"),
    ) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(["en", "zh-cn"]);
    // Two Chinese pages and two site records; one English page and two records.
    expect([entry.languages["zh-cn"]!.page_count, entry.languages.en!.page_count]).toEqual([4, 3]);

    // The control: one Pagefind process given every page and record at once.
    const control = await siteWith(PAGES);
    const pagefind = await import("pagefind");
    try {
      const { index } = await pagefind.createIndex({});
      // As the build gave them before: every page, in the order it reads them, then every record.
      const files = await listFiles(control);
      await Promise.all(
        files.map((sourcePath) => index!.addHTMLFile({ sourcePath, content: PAGES[sourcePath]! })),
      );
      await Promise.all(
        LANGS.flatMap((lang) => siteSearchRecords(source, lang)).map(
          ({ url, language, title, type, county, content }) =>
            index!.addCustomRecord({ url, language, content, meta: { title, type, county } }),
        ),
      );
      await index!.writeFiles({ outputPath: join(control, SEARCH_INDEX_FOLDER) });
    } finally {
      await pagefind.close();
    }
    expect(await indexFiles(dir)).toEqual(await indexFiles(control));
  }, 60_000);

  test("refuses a page in none of the site's languages, which no language's index would have", async () => {
    const dir = await siteWith({ ...PAGES, "stray.html": page("fr", "Ailleurs", "rien") });
    await expect(writeSearchIndex(dir, source)).rejects.toThrow(
      "stray.html: the page's <html lang> is \"fr\", not one of the site's languages (zh-CN, en)",
    );
  }, 60_000);
});

describe("mergedEntry", () => {
  const entry = (languages: Record<string, unknown>, version = "1.6.0") => ({
    version,
    languages,
    include_characters: ["_"],
  });

  test("lists every language in key order", () => {
    expect(mergedEntry([entry({ "zh-cn": { page_count: 4 } }), entry({ en: { page_count: 3 } })])).toEqual(
      entry({ en: { page_count: 3 }, "zh-cn": { page_count: 4 } }),
    );
  });

  test("refuses entries of different Pagefind versions", () => {
    expect(() => mergedEntry([entry({ en: {} }), entry({ "zh-cn": {} }, "1.7.0")])).toThrow(
      "different versions or settings",
    );
  });
});

describe("htmlLang", () => {
  test("reads the html start tag's lang, and only its", () => {
    expect(htmlLang(PAGES["index.html"]!)).toBe("zh-CN");
    expect(htmlLang('<!DOCTYPE html><html class="care" lang="en"><body lang="fr">')).toBe("en");
    expect(htmlLang('<!DOCTYPE html><html><body><div lang="en">')).toBeNull();
    expect(htmlLang('<htmlx lang="en">')).toBeNull();
  });
});
