import { describe, expect, test } from "vitest";
import type { EditorialNote } from "../../../src/lib/policy/document.ts";
import { headingTag, MDX_UNSAFE, withRestorationLinks } from "../../../src/lib/policy/mdx.ts";

const note = (restored: string): EditorialNote => ({
  id: restored,
  location: "preamble",
  captured: restored.replace(/\[[^\]]*\]/gu, ""),
  restored,
  supplied: [],
  footnoteZh: "",
  whyEn: "",
});

describe("withRestorationLinks", () => {
  test("links each restored piece of a passage to its note, numbering notes from 1, no number in the text", () => {
    expect(
      withRestorationLinks(
        ["全市35.5[万]人", "甲[乙]丙[丁]戊"],
        [note("35.5[万]人"), note("甲[乙]丙[丁]戊")],
      ),
    ).toEqual([
      '全市35.5[万](#note-1 "编者补，见注 1")人',
      '甲[乙](#note-2 "编者补，见注 2")丙[丁](#note-2 "编者补，见注 2")戊',
    ]);
  });

  test("refuses a passage that is not in the text", () => {
    expect(() => withRestorationLinks(["全市35.5人"], [note("35.5[万]")])).toThrow(/35\.5\[万\]/u);
  });

  test("refuses a passage that occurs twice", () => {
    expect(() => withRestorationLinks(["[，]", "[，]"], [note("[，]")])).toThrow(/exactly once/u);
    expect(() => withRestorationLinks(["[，]甲[，]"], [note("[，]")])).toThrow(/exactly once/u);
  });

  test("leaves the text untouched when there are no notes", () => {
    expect(withRestorationLinks(["甲", "乙"], [])).toEqual(["甲", "乙"]);
  });
});

describe("MDX_UNSAFE", () => {
  test.each([
    ["a JSX tag", "<script>", true],
    ["an expression", "{alert(1)}", true],
    ["a blockquote marker", "> 编者按", false],
    ["Chinese punctuation", "（市、区）“三有”：", false],
  ])("%s", (_, text, unsafe) => {
    expect(MDX_UNSAFE.test(text)).toBe(unsafe);
  });
});

describe("headingTag", () => {
  test("writes a heading as its component with the number and language, the text inside on one line", () => {
    expect(headingTag("measure", 5, "zh", "5.广泛开辟就业渠道")).toBe(
      '<MeasureHeading number={5} lang="zh">5.广泛开辟就业渠道</MeasureHeading>',
    );
    expect(headingTag("part", 2, "en", "Part 2. Industries")).toBe(
      '<PartHeading number={2} lang="en">Part 2. Industries</PartHeading>',
    );
  });
});
