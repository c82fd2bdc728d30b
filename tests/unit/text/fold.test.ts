import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  foldDigits,
  foldText,
  removeFormatCharacters,
  startsLikeFormula,
  trimWhiteSpace,
} from "../../../src/lib/text/fold.ts";

describe("foldText", () => {
  test.each([
    ["leaves plain ASCII as it is", "420323-0001 total 12", "420323-0001 total 12"],
    ["removes a zero-width space inside a number", "1101\u200B0519", "11010519"],
    ["removes joiners, word joiner, BOM and bidi marks", "a\u200Cb\u200Dc\u2060d\uFEFFe\u200Ef", "abcdef"],
    ["folds full-width digits, and brackets with them", "（０７１９）８１２３４５６", "(0719)8123456"],
    ["folds mathematical bold digits", "\u{1D7CF}\u{1D7D0}\u{1D7D1}", "123"],
    ["folds double-struck and monospace digits", "\u{1D7D8}\u{1D7F6}\u{1D7FF}", "009"],
    ["folds Arabic-Indic digits", "١٣٨", "138"],
    ["folds Devanagari and Bengali digits", "०९৯", "099"],
    [
      "turns white space beyond ASCII's into an ASCII space and keeps line ends and tabs",
      "a\u00A0b\u3000c\u2003d\u202Fe\u0085f\u2028g\nh\ti",
      "a b c d e f g\nh\ti",
    ],
    ["folds full-width letters and signs", "ｃａｓｉｎｏ＝＋－＠", "casino=+-@"],
    ["folds circled and superscript digits", "①３⁸", "138"],
    ["keeps the full-width punctuation of Chinese text", "安置点，二期：（一）…", "安置点，二期：（一）…"],
  ])("%s", (_, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  test("drops a leading byte-order mark as it drops any other format character", () => {
    expect(foldText("\uFEFFsite_id,name\n420323-0001,１\u200B２\n")).toBe("site_id,name\n420323-0001,12\n");
    expect(foldText("\uFEFF\uFEFF安置点")).toBe("安置点");
    // A cell of nothing but marks is folded, not a stack overflow.
    expect(foldText("\uFEFF".repeat(200_000))).toBe("");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(foldText(`\uFEFF${text}`)).toBe(foldText(`\u200B${text}`));
      }),
    );
  });

  test("leaves Chinese text as it is", () => {
    expect(foldText("城关镇易地扶贫搬迁安置点")).toBe("城关镇易地扶贫搬迁安置点");
  });

  test("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
      }),
    );
  });

  test("leaves no format character, no white space beyond ASCII's and no digit but 0–9", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(foldText(text)).not.toMatch(/\p{Cf}|(?![\t\n\v\f\r ])\p{White_Space}|(?![0-9])\p{Nd}/u);
      }),
    );
  });
});

describe("foldText's quick tests", () => {
  test("miss no character of the BMP that a step changes and that a check reads", () => {
    // foldText skips NFKC for texts without a compatibility form that matters (the full-width
    // punctuation of Chinese text does not); this walks Unicode to prove nothing else is skipped.
    const missed: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const nfkc = char.normalize("NFKC");
      const matters =
        /\p{Cf}|(?![\t\n\v\f\r ])\p{White_Space}|(?![0-9])\p{Nd}/u.test(char) ||
        /[0-9A-Za-z=+\-@]/.test(nfkc);
      const expected = /\p{Cf}/u.test(char) ? "" : /\p{White_Space}/u.test(char) ? " " : foldDigits(nfkc);
      if (matters && foldText(char) !== expected) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });
});

describe("foldDigits", () => {
  test("maps the ten digits of every script to 0–9 in order", () => {
    // Unicode's stability policy encodes each script's digits 0–9 contiguously, so every run of
    // ten \p{Nd} characters must fold to 0123456789.
    for (let code = 0x80; code < 0x20000; code++) {
      const char = String.fromCodePoint(code);
      if (!/\p{Nd}/u.test(char)) continue;
      const folded = foldDigits(char);
      expect(folded).toMatch(/^[0-9]$/);
      if (folded === "0") {
        const run = Array.from({ length: 10 }, (_, i) => String.fromCodePoint(code + i)).join("");
        expect([code.toString(16), foldDigits(run)]).toEqual([code.toString(16), "0123456789"]);
      }
    }
  });
});

describe("removeFormatCharacters and trimWhiteSpace", () => {
  test("remove U+200B–U+200D, U+2060, U+FEFF and soft hyphen but keep letters", () => {
    expect(removeFormatCharacters("\uFEFF安\u200B置\u200C点\u200D\u2060\u00AD")).toBe("安置点");
  });

  test("trim every Unicode white space at both ends and keep it inside", () => {
    expect(trimWhiteSpace("\u00A0\u3000\n\u000B\u000C\t a b\u2003\u0085")).toBe("a b");
  });
});

describe("startsLikeFormula", () => {
  test.each([
    ["=1+1", true],
    ["+1", true],
    ["-1", true],
    ["@SUM(A1)", true],
    ['\u00A0=HYPERLINK("x")', true],
    ["\u3000=1", true],
    ["\n=1", true],
    ["\u000B=1", true],
    ["\u000C+1", true],
    ["\u200B=1", true],
    ["\uFEFF@x", true],
    ["＝1", true],
    ["﹢1", true],
    ["－1", true],
    ["a=1", false],
    ["修建道路 = 2 km", false],
    ["", false],
    ["\u3000", false],
  ])("%j → %s", (text, expected) => {
    expect(startsLikeFormula(text)).toBe(expected);
  });

  test("is what a spreadsheet sees after trimming: true exactly when the trimmed, folded text starts with = + - @", () => {
    const edge = fc.constantFrom(
      "\u00A0",
      "\u3000",
      "\n",
      "\u000B",
      "\u000C",
      "\t",
      " ",
      "\u200B",
      "\u2060",
      "\uFEFF",
    );
    const lead = fc.constantFrom("=", "+", "-", "@", "＝", "＋", "－", "＠", "a", "中", "1");
    fc.assert(
      fc.property(fc.array(edge), lead, fc.string(), (before, first, rest) => {
        const text = before.join("") + first + rest;
        const trimmed = trimWhiteSpace(removeFormatCharacters(text)).normalize("NFKC");
        expect(startsLikeFormula(text)).toBe(/^[=+\-@]/.test(trimmed));
      }),
    );
  });
});
