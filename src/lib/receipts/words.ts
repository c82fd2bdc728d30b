/**
 * The words of the verify and receipt pages and their scripts: the dictionaries' `receipts.*` keys
 * (src/lib/i18n), looked up by their short name. The scripts get them from their page
 * (`receiptClientWords`, rendered at build time), so they do not bundle the dictionaries.
 */
import { sectionWithClient, type MessageKey, type SectionKey } from "../i18n/index.ts";

/** The words the verify and receipt scripts (and dom.ts) write; the build-time-only ones stay out. */
const CLIENT_KEYS = [
  "receipts.stageFetch",
  "receipts.stageValidate",
  "receipts.stageCompute",
  "receipts.allMatch",
  "receipts.someDiffer",
  "receipts.dataProblems",
  "receipts.checked",
  "receipts.matched",
  "receipts.mismatched",
  "receipts.seconds",
  "receipts.files",
  "receipts.file",
  "receipts.source",
  "receipts.published",
  "receipts.yours",
  "receipts.recomputed",
  "receipts.sameAsPublished",
  "receipts.differsFromPublished",
  "receipts.unknownFile",
  "receipts.mismatchCaption",
  "receipts.indicator",
  "receipts.level",
  "receipts.code",
  "receipts.period",
  "receipts.numerator",
  "receipts.denominator",
  "receipts.value",
  "receipts.status",
  "receipts.receiptLink",
  "receipts.absent",
  "receipts.moreMismatches",
  "receipts.problemsCaption",
  "receipts.moreProblems",
  "receipts.row",
  "receipts.column",
  "receipts.message",
  "receipts.failed",
  "receipts.loading",
  "receipts.badAddress",
  "receipts.unknownIndicator",
  "receipts.notPublished",
  "receipts.figure",
  "receipts.place",
  "receipts.target",
  "receipts.noTarget",
  "receipts.reporting",
  "receipts.formula",
  "receipts.publishedFigure",
  "receipts.recomputedFigure",
  "receipts.rowsSum",
  "receipts.agree",
  "receipts.disagree",
  "receipts.rowsCaption",
  "receipts.rowsShown",
  "receipts.downloadRows",
  "receipts.partNumerator",
  "receipts.partDenominator",
  "receipts.site",
  "receipts.leftOutCaption",
  "receipts.leftOutNoRow",
  "receipts.leftOutEmpty",
  "receipts.release",
  "receipts.method",
  "receipts.inputs",
  "receipts.fetched",
  "receipts.levelCity",
  "receipts.levelCounty",
  "receipts.levelTownship",
  "receipts.levelSite",
  "receipts.statusMet",
  "receipts.statusBehind",
  "receipts.statusNoTarget",
  "receipts.statusNoData",
  "receipts.yes",
  "receipts.no",
] as const satisfies readonly MessageKey[];

/** A word of the scripts, by its short name: page-words.ts accepts only these, so tsc catches one left out. */
export type ReceiptClientWord = SectionKey<"receipts", (typeof CLIENT_KEYS)[number]>;

const RECEIPTS = sectionWithClient("receipts", CLIENT_KEYS);

/** A word of these pages in a language, with its `{name}` placeholders filled from `fill`. */
export const word = RECEIPTS.word;

/** The scripts' words in a language, placeholders unfilled, for the page to render as JSON. */
export const receiptClientWords = RECEIPTS.clientWords;
