/**
 * The folded copy of a text that the checks read: what a reader (or a spreadsheet) takes it to
 * say, whatever invisible characters, compatibility forms, digits or spaces it was written with.
 * The validator's cell checks and the build's output checks fold with these same functions, so a
 * text that one lets through the other cannot refuse.
 */

// Unicode general category Cf: zero-width space and joiners, word joiner, BOM, soft hyphen, bidi
// marks and controls, tag characters. Invisible, so they can split a number or a word unseen.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const WHITE_SPACE = /\p{White_Space}/gu;
const EDGE_WHITE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;
// Decimal digits of every script other than ASCII: ١٢٣, ১২৩, 𝟏𝟐𝟑 …
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;
const NOT_ASCII = /[^\x20-\x7E]/;
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
 * compatibility forms to their plain letters, digits and punctuation), every decimal digit as
 * ASCII, and every white space character as one ASCII space. Not trimmed; ASCII text is returned
 * as it is, without allocating.
 */
export function foldText(text: string): string {
  if (!NOT_ASCII.test(text)) return text;
  return foldDigits(removeFormatCharacters(text).normalize("NFKC")).replace(WHITE_SPACE, " ");
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
