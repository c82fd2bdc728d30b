/**
 * The words of the check page, its script and the templates' guides: the dictionaries' `check.*`
 * keys (src/lib/i18n), looked up by their short name. The script gets its words from the page
 * (`checkClientWords`, rendered at build time into `data-words`), so it bundles no dictionary.
 */
import { sectionWithClient, type MessageKey, type SectionKey } from "../i18n/index.ts";

/** The words check-client.ts writes; the build-time-only ones stay out. */
const CLIENT_KEYS = [
  "check.chosen",
  "check.reading",
  "check.progress",
  "check.done",
  "check.failed",
  "check.problemTitle",
  "check.summary",
  "check.noProblems",
  "check.fileProblems",
  "check.kind",
  "check.row",
  "check.column",
  "check.value",
  "check.message",
  "check.fix",
  "check.more",
  "check.downloads",
  "check.downloadProblems",
  "check.downloadAnnotated",
  "check.annotatedColumn",
  "check.csv.file",
  "check.csv.row",
  "check.csv.column",
  "check.csv.code",
  "check.csv.value",
  "check.csv.message",
  "check.csv.fix",
  "check.publishedContract",
  "check.ignored",
  "check.duplicate",
  "check.skipped",
  "check.skippedItem",
  "check.severity.error",
  "check.severity.warning",
] as const satisfies readonly MessageKey[];

/** A word the check script writes, by its short name. */
export type CheckClientWord = SectionKey<"check", (typeof CLIENT_KEYS)[number]>;

const CHECK = sectionWithClient("check", CLIENT_KEYS);

/** A word of the check page in a language, with its `{name}` placeholders filled. */
export const word = CHECK.word;

/** The check script's words in a language, placeholders unfilled, for the page's `data-words`. */
export const checkClientWords = CHECK.clientWords;
