/**
 * The list of every site for the sites index page: grouped by county, then township, each site
 * with its name, size and persons. Plain data for plain list markup (no charts: ~2,000 sites). Pure.
 */
import { sizeClass, type SizeClass } from "../indicators/scope.ts";
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
  townships: { code: string; name: string; sites: SiteListItem[] }[];
}

const SIZE_SHORT: Record<SizeClass, { zh: string; en: string }> = {
  large: { zh: "大型", en: "large" },
  medium: { zh: "中型", en: "medium" },
  small: { zh: "小型", en: "small" },
};

/** Every site, by county and township, in code order. */
export function siteList(index: PlaceIndex, lang: Lang): SiteListCounty[] {
  return index.places.counties.map((county) => ({
    code: county.code,
    name: county.name[lang],
    href: href(lang, `/counties/${county.code}/`),
    sites: county.sites.length,
    townships: county.townships.map((township) => ({
      code: township.code,
      name: placeName(township.name, lang),
      sites: township.sites.map((site) => ({
        id: site.site_id,
        name: siteName(site, lang),
        href: href(lang, `/sites/${site.site_id}/`),
        size: SIZE_SHORT[sizeClass(site.persons)][lang],
        persons: t(lang, "sites.persons", { count: formatCount(site.persons, lang) }),
      })),
    })),
  }));
}
