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
// Every character one of the steps below changes, in one plain class (a single fast scan; the
// build's output checks fold every page it publishes): format characters (U+00AD, U+0600…,
// U+200B–U+200F, U+202A–U+202E, U+2060–U+206F, U+FEFF, U+FFF9–U+FFFB), white space beyond ASCII's,
// the digit scripts, the compatibility forms above and those NFKC turns into ASCII letters (ª, ĳ,
// ʰ, ᴬ …), and any character beyond the BMP. A unit test checks it against Unicode.
const MAY_NEED_FOLDING =
  /[\u0085\u00A0\u00AA\u00AD\u00B2\u00B3\u00B9\u00BA\u00BC-\u00BE\u0132\u0133\u013F\u0140\u0149\u017F\u01C4-\u01CC\u01F1-\u01F3\u02B0-\u02E3\u0600-\u1C59\u1D2C-\u1DBF\u1E9A\u2000-\u200F\u2028-\u202F\u205F-\u20A8\u2100-\u218F\u2460-\u24FF\u2A74-\u2A76\u2C7C\u2C7D\u2E80-\u2FDF\u3000\u3200-\u33FF\uA620-\uABF9\uF900-\uFAFF\uFB00-\uFB4F\uFE10-\uFE6F\uFEFF\uFF0B\uFF0D\uFF10-\uFF19\uFF1D\uFF20-\uFF3A\uFF41-\uFF5A\uFFF9-\uFFFB\uD800-\uDBFF]/;
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
  if (!MAY_NEED_FOLDING.test(text)) return text;
  let folded = text;
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
