/**
 * The words of the verify and receipt scripts, which their page rendered in its language into the
 * `data-words` of the script's root element (VerifyTool.astro's `data-verify`, ReceiptView.astro's
 * `data-receipt`): the scripts carry no dictionary.
 */
import type { ReceiptClientWord } from "../../lib/receipts/words.ts";
import type { Params } from "../../lib/i18n/placeholders.ts";
import { pageWords } from "../page-words.ts";

/** A word of the page, with its `{name}` placeholders filled from `params`. */
export const word: (key: ReceiptClientWord, params?: Params) => string = pageWords(
  "receipts",
  "[data-verify][data-words], [data-receipt][data-words]",
);
