/**
 * The inquiry terminal (查询设备) at a site: its list of places, `/kiosk/sites.json`, and how its
 * search finds a site by name. The terminal's screen only picks a site (by name, or county →
 * township → site) and opens the site's own page; this is all it needs to know. Pure, and small
 * enough for the browser (the list itself is made by kiosk-places.ts).
 */
// Types only: the terminal's script imports this module, and must not bundle the dictionaries.
import type { Bilingual, Lang } from "../i18n/index.ts";

/** Every county, township and site once, in the order the terminal lists them. Language-neutral. */
export interface KioskPlaces {
  /** Format version, raised when the layout changes. */
  version: 1;
  counties: { code: string; name: Bilingual }[];
  /** Each township with the index of its county in `counties`. */
  townships: { county: number; name: Bilingual }[];
  sites: KioskSite[];
}

/** A site in the terminal's list: id, names (English "" when the data has none) and the index of its township. */
export interface KioskSite {
  id: string;
  zh: string;
  en: string;
  township: number;
}

/** A site's name in a language: the English name when the data gives one, else the Chinese. */
export function kioskSiteName(site: KioskSite, lang: Lang): string {
  return SITE_NAME[lang](site);
}

const SITE_NAME: Record<Lang, (site: KioskSite) => string> = {
  zh: (site) => site.zh,
  en: (site) => site.en || site.zh,
};

/**
 * The sites whose name (either language) or id contains `query`, at most `limit`: an exact name
 * first, then names that start with it, then the rest, each group in list order. Case, spaces and
 * the difference between full-width and half-width letters are ignored, as a touch keyboard types either.
 */
export function findSites(places: KioskPlaces, query: string, limit: number): KioskSite[] {
  const wanted = folded(query);
  if (wanted === "") return [];
  const ranked: KioskSite[][] = [[], [], []];
  for (const site of places.sites) {
    const names = [folded(site.zh), folded(site.en)];
    if (names.includes(wanted)) ranked[0]!.push(site);
    else if (names.some((name) => name.startsWith(wanted))) ranked[1]!.push(site);
    else if (names.some((name) => name.includes(wanted)) || folded(site.id).includes(wanted))
      ranked[2]!.push(site);
  }
  return ranked.flat().slice(0, limit);
}

function folded(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}
