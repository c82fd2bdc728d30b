/**
 * What a citation of this site's data says by default: the whole data set, its publisher, the
 * current release and its page. Both the citation box and the download builder's README read it.
 */
import type { CitationParts } from "../downloads/views.ts";
import { t, type Lang } from "../i18n/index.ts";
import { releaseId } from "../releases/manifest.ts";
import type { PackageMeta } from "../schema/datapackage.ts";
import type { SiteConfig } from "./config.ts";
import { onPlaceholderSite } from "./site-url.ts";

/** A citation's parts; `unset` when the address would be on the placeholder site (it then says so instead). */
export function citationParts(
  config: SiteConfig,
  meta: PackageMeta,
  lang: Lang,
  overrides: Partial<Pick<CitationParts, "title" | "url" | "version" | "date">> = {},
): CitationParts & { unset: boolean } {
  const parts = {
    title: overrides.title ?? config.title[lang],
    publisher: config.publisher.organizer?.[lang] ?? config.title[lang],
    version: overrides.version ?? meta.version,
    date: overrides.date ?? meta.created,
    url: overrides.url ?? new URL(`releases/${releaseId(meta)}/`, config.siteUrl).href,
  };
  // An address on the placeholder site would be cited as if it worked.
  const unset = onPlaceholderSite(parts.url);
  if (unset) parts.url = t(lang, "common.inParentheses", { text: t(lang, "common.siteUrlUnset") });
  return { ...parts, unset };
}
