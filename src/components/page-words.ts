/**
 * The words of a client script, which its page rendered in its language into the `data-words` of
 * the script's root element: the scripts carry no dictionary. One reader for every page that
 * hands its script a section of the dictionaries this way (check, verify, receipt).
 */
import { fillPlaceholders, type Params } from "../lib/i18n/placeholders.ts";

/**
 * A lookup of `section`'s words by short name, read once from the first element matching
 * `selector`; a word the page did not give throws, naming it (a bug in the page, like a missing
 * placeholder).
 */
export function pageWords(section: string, selector: string): (key: string, params?: Params) => string {
  let texts: Partial<Record<string, string>> | undefined;
  return (key, params) => {
    texts ??= JSON.parse(document.querySelector<HTMLElement>(selector)?.dataset.words ?? "{}") as Partial<
      Record<string, string>
    >;
    const text = texts[`${section}.${key}`];
    if (text === undefined) throw new Error(`i18n: the page gave no word "${section}.${key}" (data-words)`);
    return fillPlaceholders(text, params, `"${section}.${key}"`);
  };
}
