/**
 * The address config/site.json ships with, https://anju.example.org/, does not exist: until the
 * publisher sets `siteUrl`, pages say so (`common.siteUrlUnset`) instead of printing addresses on it
 * as if they worked.
 */

/** The placeholder `siteUrl` of the repository's config/site.json. */
export const PLACEHOLDER_SITE_URL = "https://anju.example.org/";

/** Whether an address is on the placeholder site. */
export function onPlaceholderSite(url: string): boolean {
  return URL.canParse(url) && new URL(url).host === new URL(PLACEHOLDER_SITE_URL).host;
}
