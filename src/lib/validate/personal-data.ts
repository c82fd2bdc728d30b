/**
 * Detectors for personal data that must never be published: resident ID numbers (GB 11643),
 * mobile numbers and bank card numbers, and column names that announce personal data.
 */

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

/** What kind of personal data a text holds, or null. Cheap for texts without 11 digits in a row. */
export function findPersonalData(text: string): "resident-id" | "mobile" | "bank-card" | null {
  // Full-width digits are folded first so １３８… is caught too.
  const folded = /[０-９]/.test(text) ? text.normalize("NFKC") : text;
  if (!HAS_LONG_DIGITS.test(folded)) return null;
  for (const [run] of folded.matchAll(DIGIT_RUN)) {
    if (run.length === 18 && isResidentId18(run)) return "resident-id";
    if (/^\d{15}$/.test(run)) return "resident-id";
    if (/^1[3-9]\d{9}$/.test(run)) return "mobile";
    if (/^\d{16,19}$/.test(run) && passesLuhn(run)) return "bank-card";
  }
  return null;
}

const PERSONAL_COLUMN =
  /姓名|名字|身份证|证件号|电话|手机|联系方式|银行|账号|帐号|卡号|住址|户主|person_?name|full_?name|id_?card|id_?number|passport|phone|mobile|tel\b|bank|account/i;

/** Whether a column name announces personal data (姓名, 身份证, 电话, 银行账号 …). */
export function isPersonalDataColumn(name: string): boolean {
  return PERSONAL_COLUMN.test(name);
}
