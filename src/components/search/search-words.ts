/**
 * The words search-client.ts writes into the status line, which the search page renders into its
 * form at build time (data-words) so the script does not bundle the dictionaries.
 */
import { messageTemplates, type Lang } from "../../lib/i18n/index.ts";

const CLIENT_KEYS = [
  "search.searching",
  "search.noResults",
  "search.found",
  "search.showing",
  "search.more",
  "search.failed",
] as const;

/** The search script's words in one language, placeholders unfilled (`{count}` in `search.found`). */
export type SearchClientWords = Record<(typeof CLIENT_KEYS)[number], string>;

/** The search script's words in a language, for the page to render into its form. */
export function searchClientWords(lang: Lang): SearchClientWords {
  return messageTemplates(lang, CLIENT_KEYS);
}
