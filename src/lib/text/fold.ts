/**
 * The folded copy of a text that the checks read: what a reader (or a spreadsheet) takes it to
 * say, whatever invisible characters, compatibility forms, digits or spaces it was written with.
 * The validator's cell checks and the build's output checks fold with these same functions, so a
 * text that one lets through the other cannot refuse.
 */

// Unicode general category Cf: zero-width space and joiners, word joiner, BOM, soft hyphen, bidi
// marks and controls, tag characters. Invisible, so they can split a number or a word unseen.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const HAS_FORMAT_CHARACTER = /\p{Cf}/u;
// White space beyond ASCII's (which regular expressions' \s and the checks already read as such).
const OTHER_WHITE_SPACE = /[\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
const HAS_OTHER_WHITE_SPACE = /[\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const EDGE_WHITE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;
// Where the compatibility forms that change a check's outcome live: superscripts and fractions,
// letterlike symbols and number forms (Ⅻ), enclosed and circled numbers (①, ㉑, ㎡), Kangxi
// radicals, CJK compatibility ideographs, ligatures, small and vertical forms, full-width signs
// (＋ － ＝ ＠), digits and letters, mathematical letters and digits (𝟏), enclosed supplements.
// NFKC runs only for texts holding one: not for the full-width punctuation (，：（）) of every
// Chinese text, which the build's output checks would otherwise normalise page after page.
const NEEDS_NFKC =
  /[\u00AA\u00B2\u00B3\u00B9\u00BA\u00BC-\u00BE\u0132\u0133\u013F\u0140\u0149\u017F\u01C4-\u01CC\u01F1-\u01F3\u02B0-\u02E3\u1D2C-\u1DBF\u1E9A\u2070-\u20A8\u2100-\u218F\u2460-\u24FF\u2A74-\u2A76\u2C7C\u2C7D\u2E80-\u2FDF\u3200-\u33FF\uA7F0-\uA7F9\uF900-\uFAFF\uFB00-\uFB4F\uFE10-\uFE6F\uFF0B\uFF0D\uFF10-\uFF19\uFF1D\uFF20-\uFF3A\uFF41-\uFF5A\uD835\uD83C\uD83E\uD87E]/;
// Decimal digits of every script other than ASCII: ١٢٣, ১২৩, 𝟏𝟐𝟑 …
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
// Where such digits can be once NFKC has folded full-width and mathematical ones: the scripts
// from Arabic to Ol Chiki, from Vai to Meetei Mayek, and the supplementary planes. A cheap test
// before the slower one above.
const MAY_HOLD_OTHER_DIGIT = /[\u0660-\u1C59\uA620-\uABF9\uD801-\uD83E]/;
const IS_DIGIT = /^\p{Nd}$/u;
// Every character one of the steps below changes: format characters (U+00AD, U+0600…,
// U+200B–U+200F, U+202A–U+202E, U+2060–U+206F, U+FEFF, U+FFF9–U+FFFB), white space beyond ASCII's,
// the digit scripts, the compatibility forms above and those NFKC turns into ASCII letters (ª, ĳ,
// ʰ, ᴬ …), and any character beyond the BMP (its high surrogate). A unit test checks it against
// Unicode. The build's output checks scan every text it publishes for one (about 9 GB at national
// scale), so the ranges are a table of the 65,536 UTF-16 code units, read a unit at a time: 2.3×
// as fast as the same ranges as a regular expression's class.
const MAY_NEED_FOLDING_RANGES: readonly (readonly [number, number])[] = [
  [0x0085, 0x0085],
  [0x00a0, 0x00a0],
  [0x00aa, 0x00aa],
  [0x00ad, 0x00ad],
  [0x00b2, 0x00b3],
  [0x00b9, 0x00ba],
  [0x00bc, 0x00be],
  [0x0132, 0x0133],
  [0x013f, 0x0140],
  [0x0149, 0x0149],
  [0x017f, 0x017f],
  [0x01c4, 0x01cc],
  [0x01f1, 0x01f3],
  [0x02b0, 0x02e3],
  [0x0600, 0x1c59],
  [0x1d2c, 0x1dbf],
  [0x1e9a, 0x1e9a],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x20a8],
  [0x2100, 0x218f],
  [0x2460, 0x24ff],
  [0x2a74, 0x2a76],
  [0x2c7c, 0x2c7d],
  [0x2e80, 0x2fdf],
  [0x3000, 0x3000],
  [0x3200, 0x33ff],
  [0xa620, 0xabf9],
  [0xd800, 0xdbff],
  [0xf900, 0xfb4f],
  [0xfe10, 0xfe6f],
  [0xfeff, 0xfeff],
  [0xff0b, 0xff0b],
  [0xff0d, 0xff0d],
  [0xff10, 0xff19],
  [0xff1d, 0xff1d],
  [0xff20, 0xff3a],
  [0xff41, 0xff5a],
  [0xfff9, 0xfffb],
];
const MAY_NEED_FOLDING = new Uint8Array(0x10000);
for (const [first, last] of MAY_NEED_FOLDING_RANGES) MAY_NEED_FOLDING.fill(1, first, last + 1);

/** Whether `text` holds a code unit that one of `foldText`'s steps may change. */
function mayNeedFolding(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (MAY_NEED_FOLDING[text.charCodeAt(i)] === 1) return true;
  return false;
}
/**
 * The byte-order mark: a format character, which folding drops, and the first character of every
 * CSV edition for Excel (it tells Excel the file is UTF-8).
 */
export const BOM = "\uFEFF";
// Spreadsheets run a cell as a formula when it starts with one of these (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@]/;
const FIRST_VISIBLE = /[^\p{White_Space}\p{Cf}]/u;
const PREFIX = 8;

/** The same text without format characters (Unicode category Cf). */
export function removeFormatCharacters(text: string): string {
  return text.replace(FORMAT_CHARACTERS, "");
}

/** The same text without Unicode white space at either end (U+00A0, U+3000, NEL and line ends too). */
export function trimWhiteSpace(text: string): string {
  return text.replace(EDGE_WHITE_SPACE, "");
}

const digitValues = new Map<string, string>();

/**
 * The ASCII digit a decimal digit stands for. Unicode encodes each script's digits 0–9 as one
 * contiguous run (and adjacent runs, like the mathematical digits, each start at 0), so the
 * value is the distance from the start of the run, modulo 10.
 */
function digitValue(digit: string): string {
  let value = digitValues.get(digit);
  if (value === undefined) {
    const code = digit.codePointAt(0)!;
    let start = code;
    while (IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    value = String((code - start) % 10);
    digitValues.set(digit, value);
  }
  return value;
}

/** The same text with every decimal digit (Unicode Nd: Arabic-Indic, Devanagari, mathematical bold …) as ASCII 0–9. */
export function foldDigits(text: string): string {
  return text.replace(OTHER_DIGIT, digitValue);
}

/**
 * The folded copy a check reads: format characters removed, NFKC (full-width and other
 * compatibility forms to their plain letters, digits and signs; run when the text holds one, so
 * the full-width punctuation of Chinese text may stay as it is), every decimal digit as ASCII, and every white space character
 * beyond ASCII's (U+00A0, U+3000, U+2028 …) as an ASCII space. Not trimmed. Each step runs only when the text needs it, so text that is
 * already folded is returned as it is, without allocating.
 */
export function foldText(text: string): string {
  // A leading byte-order mark is the one character of every CSV download (Excel reads UTF-8 by
  // it) that needs folding: dropped here, the rest of a file of hundreds of megabytes is scanned
  // once, not copied without format characters and scanned four times more. One mark only, without
  // recursion: any other format character is the general step's.
  const rest = text.startsWith(BOM) ? text.slice(1) : text;
  if (!mayNeedFolding(rest)) return rest;
  let folded = rest;
  if (HAS_FORMAT_CHARACTER.test(folded)) folded = removeFormatCharacters(folded);
  if (NEEDS_NFKC.test(folded)) folded = folded.normalize("NFKC");
  if (MAY_HOLD_OTHER_DIGIT.test(folded)) folded = foldDigits(folded);
  if (HAS_OTHER_WHITE_SPACE.test(folded)) folded = folded.replace(OTHER_WHITE_SPACE, " ");
  return folded;
}

/**
 * Whether a spreadsheet would run the text as a formula once trimmed: its folded, trimmed copy
 * starts with `=`, `+`, `-` or `@` (so `\u00A0=`, `\u3000＋` and `\u200B@` all count).
 */
export function startsLikeFormula(text: string): boolean {
  const first = FIRST_VISIBLE.exec(text);
  if (first === null) return false;
  const code = text.charCodeAt(first.index);
  if (code < 0x80) return FORMULA_START.test(first[0]);
  // Only the start matters: fold a short prefix (this runs for every text cell of big files),
  // and the whole text in the odd case where the prefix folds to white space.
  const start = trimWhiteSpace(foldText(text.slice(first.index, first.index + PREFIX)));
  return FORMULA_START.test(start === "" ? trimWhiteSpace(foldText(text)) : start);
}
