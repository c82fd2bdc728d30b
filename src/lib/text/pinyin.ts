/**
 * Chinese place names in pinyin, for the English pages: "城关镇" → "Chengguan Zhen", "小河安置点2期"
 * → "Xiaohe Anzhidian 2 Qi". The proper name is one word and each generic part (镇, 社区, 安置点 …)
 * its own, as Chinese place names are written in the Latin alphabet (GB/T 16159); syllables run
 * together with an apostrophe where one starting with a, o or e would be misread ("Xi'an").
 * Polyphonic characters are read by pinyin-pro's word dictionary (长岭 Changling, 重阳 Chongyang).
 * Pure.
 */
import { pinyin } from "pinyin-pro";

/** The generic endings of place names, longest first so "集中安置点" wins over "安置点". */
const GENERIC_ENDINGS = [
  "集中安置点",
  "安置小区",
  "幸福家园",
  "安置点",
  "社区",
  "新村",
  "小区",
  "家园",
  "街道",
  "镇",
  "乡",
  "村",
  "期",
] as const;

/** Syllables of Chinese text in pinyin without tones; a run of other characters stays one piece. */
function syllables(text: string): string[] {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" }).filter(
    (s) => s.trim() !== "",
  );
}

/** Syllables joined as one word, an apostrophe before a vowel-initial syllable, capitalised. */
function word(parts: readonly string[]): string {
  const joined = parts.map((part, i) => (i > 0 && /^[aoe]/.test(part) ? `'${part}` : part)).join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** A place name in pinyin: the proper name as one word, each generic ending and number its own. */
export function romanise(name: string): string {
  const words: string[] = [];
  let rest = name.trim();
  for (;;) {
    const ending = GENERIC_ENDINGS.find((end) => rest.endsWith(end) && rest.length > end.length);
    const number = /(\d+)$/.exec(rest);
    if (ending) {
      words.unshift(word(syllables(ending)));
      rest = rest.slice(0, -ending.length);
    } else if (number && number.index > 0) {
      words.unshift(number[1]!);
      rest = rest.slice(0, number.index);
    } else break;
  }
  if (rest !== "") words.unshift(word(syllables(rest)));
  return words.join(" ");
}
