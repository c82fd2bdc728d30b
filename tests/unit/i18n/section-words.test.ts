import { describe, expect, test } from "vitest";
import { messageTemplates, sectionWords, t } from "../../../src/lib/i18n/index.ts";

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
