/**
 * The words of the check script, which check.astro rendered in its language into the `data-words`
 * of the script's root element (`data-check`): the script carries no dictionary.
 */
import type { CheckClientWord } from "../../lib/check/words.ts";
import { fillPlaceholders, type Params } from "../../lib/i18n/placeholders.ts";

let texts: Partial<Record<string, string>> | undefined;

/** A word of the page, with its `{name}` placeholders filled from `params`. */
export function word(key: CheckClientWord, params?: Params): string {
  texts ??= JSON.parse(
    document.querySelector<HTMLElement>("[data-check][data-words]")?.dataset.words ?? "{}",
  ) as Partial<Record<string, string>>;
  const text = texts[`check.${key}`];
  // A missing word is a bug in the page, like a missing placeholder: say which.
  if (text === undefined) throw new Error(`i18n: the page gave no word "check.${key}" (data-words)`);
  return fillPlaceholders(text, params, `"check.${key}"`);
}
