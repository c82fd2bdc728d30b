import { describe, expect, test } from "vitest";
import {
  bothLanguages,
  isMessageKey,
  messageTemplates,
  sectionWords,
  t,
} from "../../../src/lib/i18n/index.ts";

describe("sectionWords", () => {
  const mapWord = sectionWords("map");

  test("looks a word up by its short name, as t does with the full key", () => {
    expect(mapWord("en", "title")).toBe(t("en", "map.title"));
    expect(mapWord("zh", "sitesCount", { n: "3" })).toBe(t("zh", "map.sitesCount", { n: "3" }));
  });
});

describe("messageTemplates", () => {
  test("hands over the words with their placeholders left in", () => {
    expect(messageTemplates("en", ["map.sitesCount", "map.zoomIn"])).toEqual({
      "map.sitesCount": "{n} sites match the filters",
      "map.zoomIn": "Zoom in",
    });
  });
});

describe("bothLanguages", () => {
  test("gives a word in both languages, as the schema's labels carry theirs", () => {
    expect(bothLanguages("size.large")).toEqual({ zh: "大型（800人及以上）", en: "Large (800+ persons)" });
  });
});

describe("isMessageKey", () => {
  test("knows the dictionaries' keys, and nothing else (not even an object's own properties)", () => {
    expect(isMessageKey("publishedMeasure.planned_households")).toBe(true);
    expect(isMessageKey("publishedMeasure.not_a_measure")).toBe(false);
    expect(isMessageKey("toString")).toBe(false);
  });
});
