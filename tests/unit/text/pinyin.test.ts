import { describe, expect, test } from "vitest";
import { romanise } from "../../../src/lib/text/pinyin.ts";

describe("romanise", () => {
  test.each([
    ["城关镇", "Chengguan Zhen"],
    ["民联社区", "Minlian Shequ"],
    ["堰口桥村", "Yankouqiao Cun"],
    ["武当路街道", "Wudanglu Jiedao"],
    // A number and 期 ("phase") are their own words.
    ["小河安置点2期", "Xiaohe Anzhidian 2 Qi"],
    // The longest generic ending wins: 集中安置点, not 安置点.
    ["段家集中安置点", "Duanjia Jizhong'anzhidian"],
    // A syllable starting with a vowel inside a word gets an apostrophe.
    ["西安", "Xi'an"],
    // Polyphonic characters read from the word dictionary.
    ["长岭村", "Changling Cun"],
    // A name that is only a generic word stays one word.
    ["社区", "Shequ"],
  ])("%s → %s", (zh, en) => {
    expect(romanise(zh)).toBe(en);
  });
});
