/**
 * The `{name}` placeholders of the site's words, filled in one place: t() fills them at build
 * time, and client scripts fill the words their page rendered for them. This module holds no
 * words, so a client script that imports it does not bundle the dictionaries.
 */

/** Parameters for a text's placeholders; numbers are written as they are (callers format them). */
export type Params = Record<string, string | number>;

/**
 * `text` with each `{name}` replaced by `params.name`. A placeholder without its parameter is a
 * bug in the caller, so it throws; `what` names the text in that message (a key and language).
 */
export function fillPlaceholders(text: string, params: Params | undefined, what: string): string {
  if (!text.includes("{")) return text;
  return text.replace(/\{([a-zA-Z0-9_]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined)
      throw new Error(`i18n: ${what} needs the parameter {${name}}; pass it in the params`);
    return String(value);
  });
}
