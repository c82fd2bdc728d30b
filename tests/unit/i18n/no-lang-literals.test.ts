import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Pages, components, layouts and site views take their words from src/lib/i18n (t(), the
 * schema's Bilingual labels, the formatters); choosing a text by comparing the language to a
 * literal is how word tables multiplied before.
 */
const ROOT = join(import.meta.dirname, "../../..");
const DIRS = ["src/pages", "src/components", "src/layouts", "src/lib/site"];
const LANG_LITERAL = /[=!]==\s*["'](zh|en)["']|["'](zh|en)["']\s*[=!]==|\b(zh|isZh)\s*\?[^.?]/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(astro|ts)$/.test(entry.name) ? [path] : [];
  });
}

// A word written in place in both languages (`{ zh: "…", en: "…" }`, `zh: { heading: "…" }`): a
// word table outside the dictionaries. The methodology page's text is a document, like the policy.
const WORD_PAIR = /\bzh:\s*(["'`{]|\[)/;
const DOCUMENTS = new Set(["src/lib/site/methodology.ts"]);
// The data pages' and release pages' views are presentation too, though they live beside their data.
const VIEW_FILES = ["src/lib/downloads/views.ts", "src/lib/releases/views.ts"];

describe("pages and views", () => {
  it("never compare the language to a literal", () => {
    const found = DIRS.flatMap(files)
      .map((path) => relative(ROOT, join(ROOT, path)))
      .flatMap((path) =>
        readFileSync(join(ROOT, path), "utf8")
          .split("\n")
          .flatMap((line, index) =>
            LANG_LITERAL.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(found).toEqual([]);
  });

  it("keep no word tables of their own: their words are in the dictionaries", () => {
    const found = [...DIRS.flatMap(files), ...VIEW_FILES]
      .map((path) => relative(ROOT, join(ROOT, path)))
      .filter((path) => !DOCUMENTS.has(path))
      .flatMap((path) =>
        readFileSync(join(ROOT, path), "utf8")
          .split("\n")
          .flatMap((line, index) => (WORD_PAIR.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
