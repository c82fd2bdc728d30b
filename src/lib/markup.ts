/**
 * Escaping for the few places that write markup as strings rather than through Astro's
 * templates (the Atom feed, the sitemap, the site pages' quarter marks). Pure.
 */

// Characters XML 1.0 forbids anywhere in a document, even as character references
// (https://www.w3.org/TR/xml/#charsets): the C0 controls but tab, line feed and carriage return,
// U+FFFE and U+FFFF, and surrogates that are not part of a pair. HTML treats them as parse errors.
// eslint-disable-next-line no-control-regex -- finding control characters is the point here
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * Escapes text for HTML or XML content and quoted attribute values, and drops the characters
 * XML forbids (they cannot be escaped), so the result is always well-formed.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(FORBIDDEN_IN_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

// A start tag: its name, then attributes (quoted values may hold ">"), then an optional "/".
const START_TAG =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * The HTML without every element whose start tag carries `attribute` (with or without a value),
 * content and all. For Anju's own output, where text and attribute values have `<` escaped, so
 * tags are found by their names; an element that is never closed is kept as it is.
 */
export function withoutMarkedElements(html: string, attribute: string): string {
  const marked = new RegExp(`(?:^|\\s)${attribute.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:\\s*=|\\s|$)`);
  let out = "";
  let kept = 0;
  START_TAG.lastIndex = 0;
  for (let match = START_TAG.exec(html); match !== null; match = START_TAG.exec(html)) {
    const [tag, name, attributes = "", selfClosing] = match;
    if (!marked.test(attributes)) continue;
    let end = match.index + tag.length;
    if (!selfClosing && !VOID_ELEMENTS.has(name!.toLowerCase())) {
      const nested = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, "gi");
      nested.lastIndex = end;
      let depth = 1;
      for (let inner = nested.exec(html); inner !== null && depth > 0; inner = nested.exec(html)) {
        depth += inner[1] === "/" ? -1 : 1;
        if (depth === 0) end = inner.index + inner[0].length;
      }
      if (depth > 0) continue;
    }
    out += html.slice(kept, match.index);
    kept = end;
    START_TAG.lastIndex = end;
  }
  return out + html.slice(kept);
}

/**
 * The `lang` of a page's `<html>` start tag (double-quoted, as Astro writes it), or null: the
 * language Pagefind files the page under, lower-cased.
 */
export function htmlLang(html: string): string | null {
  const tag = /<html(?=[\s>])[^>]*>/i.exec(html)?.[0];
  return (tag && /\slang="([^"]*)"/i.exec(tag)?.[1]) ?? null;
}
