/**
 * Detectors for personal data that must never be published: resident ID numbers (GB 11643),
 * mobile and landline telephone numbers and bank card numbers, and column names that announce
 * personal data. Texts are folded first (src/lib/text/fold.ts), so invisible characters and
 * digits of other scripts hide nothing.
 */
import { foldText } from "../text/fold.ts";

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** Whether 18 characters form a resident ID number with a valid GB 11643 check character. */
export function isResidentId18(candidate: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(candidate)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(candidate[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === candidate[17]!.toUpperCase();
}

/** Whether a digit string passes the Luhn check that bank card numbers carry. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// Digit runs are isolated by look-arounds so a longer number is judged as a whole.
// The fractional part of a decimal number ("0.12345678901234") is not a run of its own.
const DIGIT_RUN = /(?<![\dA-Za-z]|\d\.)\d{11,19}[Xx]?(?![\dA-Za-z])/g;
const HAS_LONG_DIGITS = /\d{11}/;

// Telephone numbers as people write them. A landline is an area code (0 and two or three
// digits: 010, 027, 0719) and a local number of 7 or 8 digits that never starts with 0 or 1; the
// area code may sit in brackets, and a dash or space may separate the parts (an extension, 转 12
// or -12, may follow). A mobile number may be grouped 3-4-4. Either may carry +86 or 0086.
// Dates (2019-09-16), site ids (420323-0001) and amounts never take these shapes: their parts
// are too short, or they do not start with 0 (or 1[3-9] for a mobile).
const DASH = String.raw`[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]`;
const GAP = String.raw`(?:\s?${DASH}\s?|\s)`;
const COUNTRY = String.raw`(?:(?:\+|00)86${GAP}?)`;
// Brackets may be full-width: the folded text keeps the punctuation of Chinese text as it is.
const OPEN = "[(\uFF08]";
const CLOSE = "[)\uFF09]";
const LANDLINE = String.raw`(?:${OPEN}0?[1-9]\d{1,2}${CLOSE}\s?|0[1-9]\d{1,2}${GAP})[2-9]\d{6,7}`;
const LANDLINE_INTERNATIONAL = String.raw`${COUNTRY}${OPEN}?[1-9]\d{1,2}${CLOSE}?${GAP}?[2-9]\d{6,7}`;
const LANDLINE_UNBROKEN = String.raw`0[1-9]\d{9,10}`;
const MOBILE_GROUPED = String.raw`${COUNTRY}?1[3-9]\d${GAP}\d{4}${GAP}\d{4}`;
const MOBILE_INTERNATIONAL = String.raw`${COUNTRY}1[3-9]\d{9}`;
const TELEPHONE = new RegExp(
  String.raw`(?<![\dA-Za-z.+])(?:${LANDLINE}|${LANDLINE_INTERNATIONAL}|${MOBILE_GROUPED}|${MOBILE_INTERNATIONAL}|${LANDLINE_UNBROKEN})(?![\dA-Za-z])`,
);
const MOBILE_START = /^(?:(?:\+|00)86\D?)?1[3-9]/;
const FOUR_DIGITS = /\d{4}/;

/** The kinds of personal data the detectors find. */
export type PersonalData = "resident-id" | "mobile" | "landline" | "bank-card";

/** What kind of personal data a text holds, or null. Cheap for texts without 4 digits in a row. */
export function findPersonalData(text: string): PersonalData | null {
  // Read as a reader sees it: no invisible characters, every digit as 0–9, every space as " ".
  return findPersonalDataInFolded(foldText(text));
}

/** `findPersonalData` for a text already folded with `foldText` (the output checks fold each page once). */
export function findPersonalDataInFolded(folded: string): PersonalData | null {
  // Every number looked for has at least four digits in a row; most text has none.
  if (!FOUR_DIGITS.test(folded)) return null;
  if (HAS_LONG_DIGITS.test(folded)) {
    for (const [run] of folded.matchAll(DIGIT_RUN)) {
      if (run.length === 18 && isResidentId18(run)) return "resident-id";
      if (/^\d{15}$/.test(run)) return "resident-id";
      if (/^1[3-9]\d{9}$/.test(run)) return "mobile";
      if (/^\d{16,19}$/.test(run) && passesLuhn(run)) return "bank-card";
    }
  }
  const telephone = TELEPHONE.exec(folded);
  if (telephone === null) return null;
  return MOBILE_START.test(telephone[0]) ? "mobile" : "landline";
}

const PERSONAL_COLUMN =
  /姓名|名字|身份证|证件号|电话|手机|联系方式|银行|账号|帐号|卡号|住址|户主|person_?name|full_?name|id_?card|id_?number|passport|phone|mobile|tel\b|bank|account/i;

/** Whether a column name announces personal data (姓名, 身份证, 电话, 银行账号 …). */
export function isPersonalDataColumn(name: string): boolean {
  return PERSONAL_COLUMN.test(name);
}
