/**
 * Escaping for the few places that write markup as strings rather than through Astro's
 * templates (the Atom feed, the sitemap, the site pages' quarter marks). Pure.
 */

/** Escapes text for HTML or XML content and quoted attribute values. */
export function escapeMarkup(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
