import { describe, expect, test } from "vitest";
import { fillPlaceholders } from "../../../src/lib/i18n/placeholders.ts";

describe("fillPlaceholders", () => {
  test.each([
    ["fills each placeholder", "共 {n} 个，前 {shown} 个", { n: 12, shown: "3" }, "共 12 个，前 3 个"],
    ["fills a placeholder used twice", "{a}/{a}", { a: "x" }, "x/x"],
    ["leaves a text without placeholders alone", "无数据", undefined, "无数据"],
    ["ignores parameters the text does not name", "{a}", { a: "1", b: "2" }, "1"],
  ])("%s", (_, text, params, expected) => {
    expect(fillPlaceholders(text, params, "test")).toBe(expected);
  });

  test("throws, naming the text and the placeholder, when a parameter is missing", () => {
    expect(() => fillPlaceholders("{n} sites", {}, '"map.sitesCount" (en)')).toThrow(
      /"map\.sitesCount" \(en\).*\{n\}/,
    );
  });
});
