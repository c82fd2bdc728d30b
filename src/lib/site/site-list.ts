/**
 * The list of every site for the sites index page: grouped by county, then township, each site
 * with its name, size and persons. Plain data for plain list markup (no charts: ~2,000 sites). Pure.
 */
import { sizeClass } from "../indicators/scope.ts";
import { formatCount, href, t, type Lang } from "../i18n/index.ts";
import { placeName, siteName } from "./places.ts";
import type { PlaceIndex } from "./site-index.ts";

/** A site in the list. */
export interface SiteListItem {
  id: string;
  name: string;
  href: string;
  size: string;
  persons: string;
}

/** A county of the list with its townships. */
export interface SiteListCounty {
  code: string;
  name: string;
  href: string;
  sites: number;
  /** The number of its sites in words ("1 site", "12 sites"). */
  sitesText: string;
  townships: { code: string; name: string; sites: SiteListItem[] }[];
}

/**
 * Above this many sites the index lists the counties alone, each with its number of sites and a
 * link to its page, which lists them: 35,000 links (a national build) are megabytes no phone
 * should be handed. The map's list in HTML follows the same limit.
 */
export const SITE_LIST_LIMIT = 5000;

/**
 * Every site, by county and township, in code order; with more than `limit` sites, the counties
 * with no townships (`everySite` false).
 */
export function siteList(
  index: PlaceIndex,
  lang: Lang,
  limit = SITE_LIST_LIMIT,
): { everySite: boolean; counties: SiteListCounty[] } {
  const everySite = index.places.sites.length <= limit;
  const counties = index.places.counties.map((county) => ({
    code: county.code,
    name: county.name[lang],
    href: href(lang, `/counties/${county.code}/`),
    sites: county.sites.length,
    sitesText:
      county.sites.length === 1
        ? t(lang, "sitePage.oneSite")
        : t(lang, "sitePage.siteCount", { count: formatCount(county.sites.length, lang) }),
    townships: !everySite
      ? []
      : county.townships.map((township) => ({
          code: township.code,
          name: placeName(township.name, lang),
          sites: township.sites.map((site) => ({
            id: site.site_id,
            name: siteName(site, lang),
            href: href(lang, `/sites/${site.site_id}/`),
            size: t(lang, `size.short.${sizeClass(site.persons)}`),
            persons: t(lang, "sites.persons", { count: formatCount(site.persons, lang) }),
          })),
        })),
  }));
  return { everySite, counties };
}
