/**
 * The address config/site.json ships with, https://anju.example.org/, does not exist: until the
 * publisher sets `siteUrl`, pages say so instead of printing addresses on it as if they worked.
 */
import type { Bilingual } from "../i18n/index.ts";

/** The placeholder `siteUrl` of the repository's config/site.json. */
export const PLACEHOLDER_SITE_URL = "https://anju.example.org/";

/** Whether an address is on the placeholder site. */
export function onPlaceholderSite(url: string): boolean {
  return URL.canParse(url) && new URL(url).host === new URL(PLACEHOLDER_SITE_URL).host;
}

/** Shown where an address on the site would be, while `siteUrl` is the placeholder. */
export const SITE_URL_UNSET: Bilingual = {
  zh: "网址尚未设置：发布单位须在 config/site.json 中填写本站的 siteUrl",
  en: "address not set yet: the publisher must set the site's siteUrl in config/site.json",
};
