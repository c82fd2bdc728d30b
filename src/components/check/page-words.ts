/**
 * The words of the check script, which check.astro rendered in its language into the `data-words`
 * of the script's root element (`data-check`): the script carries no dictionary.
 */
import type { CheckClientWord } from "../../lib/check/words.ts";
import type { Params } from "../../lib/i18n/placeholders.ts";
import { pageWords } from "../page-words.ts";

/** A word of the page, with its `{name}` placeholders filled from `params`. */
export const word: (key: CheckClientWord, params?: Params) => string = pageWords(
  "check",
  "[data-check][data-words]",
);
