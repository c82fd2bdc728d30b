/**
 * The words of the verify and receipt scripts, which their page rendered in its language into the
 * `data-words` of the script's root element (VerifyTool.astro's `data-verify`, ReceiptView.astro's
 * `data-receipt`): the scripts carry no dictionary.
 */
import { fillPlaceholders, type Params } from "../../lib/i18n/placeholders.ts";
import type { ReceiptClientWord } from "../../lib/receipts/words.ts";

let texts: Partial<Record<string, string>> | undefined;

/** A word of the page, with its `{name}` placeholders filled from `params`. */
export function word(key: ReceiptClientWord, params?: Params): string {
  texts ??= JSON.parse(
    document.querySelector<HTMLElement>("[data-verify][data-words], [data-receipt][data-words]")?.dataset
      .words ?? "{}",
  ) as Partial<Record<string, string>>;
  const text = texts[`receipts.${key}`];
  // A missing word is a bug in the page, like a missing placeholder: say which.
  if (text === undefined) throw new Error(`i18n: the page gave no word "receipts.${key}" (data-words)`);
  return fillPlaceholders(text, params, `"receipts.${key}"`);
}
