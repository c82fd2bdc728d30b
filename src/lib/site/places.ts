/**
 * The places the site has pages for — the city, its counties, townships and sites — with their
 * names in both languages, looked up once per build. Pure.
 */
import { CITY_CODE } from "../indicators/types.ts";
import { sizeClass, type SizeClass } from "../indicators/scope.ts";
import type { CountiesRow, Dataset, SitesRow } from "../schema/index.ts";
import { bothLanguages, nameIn, type Bilingual, type Lang } from "../i18n/index.ts";
import { romanise } from "../text/pinyin.ts";

/** A township with the sites it holds. */
export interface Township {
  code: string;
  name: string;
  countyCode: string;
  sites: SitesRow[];
}

/** A county with its townships and sites. */
export interface County {
  row: CountiesRow;
  code: string;
  name: Bilingual;
  townships: Township[];
  sites: SitesRow[];
}

/** Every place, indexed. */
export interface Places {
  city: { code: string; name: Bilingual };
  counties: County[];
  county(code: string): County | undefined;
  township(code: string): Township | undefined;
  site(id: string): SitesRow | undefined;
  /** Sites in their county's order, then by id. */
  sites: SitesRow[];
}

export const CITY_NAME: Bilingual = bothLanguages("common.city");

const indexed = new WeakMap<object, Places>();

/** The places of a dataset (made once per dataset: the pages, the map and the search all ask). */
export function indexPlaces(dataset: Pick<Dataset, "counties" | "sites">): Places {
  let places = indexed.get(dataset);
  if (places === undefined) indexed.set(dataset, (places = buildPlaces(dataset)));
  return places;
}

function buildPlaces(dataset: Pick<Dataset, "counties" | "sites">): Places {
  const counties = [...dataset.counties]
    .sort((a, b) => a.county_code.localeCompare(b.county_code))
    .map<County>((row) => ({
      row,
      code: row.county_code,
      name: { zh: row.name_zh, en: row.name_en },
      townships: [],
      sites: [],
    }));
  const countyByCode = new Map(counties.map((county) => [county.code, county]));
  const townshipByCode = new Map<string, Township>();
  const sites = [...dataset.sites].sort((a, b) => a.site_id.localeCompare(b.site_id));
  for (const site of sites) {
    const county = countyByCode.get(site.county_code);
    if (!county) continue;
    county.sites.push(site);
    let township = townshipByCode.get(site.township_code);
    if (!township) {
      township = {
        code: site.township_code,
        name: site.township_name,
        countyCode: site.county_code,
        sites: [],
      };
      townshipByCode.set(site.township_code, township);
      county.townships.push(township);
    }
    township.sites.push(site);
  }
  for (const county of counties) county.townships.sort((a, b) => a.code.localeCompare(b.code));
  const siteById = new Map(sites.map((site) => [site.site_id, site]));
  return {
    city: { code: CITY_CODE, name: CITY_NAME },
    counties,
    county: (code) => countyByCode.get(code),
    township: (code) => townshipByCode.get(code),
    site: (id) => siteById.get(id),
    sites,
  };
}

const romanised = new Map<string, string>();

/**
 * A township's or village's name in a language. The data has them in Chinese only; the English
 * pages write them in pinyin (a transliteration the portal makes, which they say where they show
 * it), worked out once per name.
 */
export function placeName(zh: string, lang: Lang): string {
  return PLACE_NAME[lang](zh);
}

const PLACE_NAME: Record<Lang, (zh: string) => string> = {
  zh: (zh) => zh,
  en: (zh) => {
    let en = romanised.get(zh);
    if (en === undefined) romanised.set(zh, (en = romanise(zh)));
    return en;
  },
};

/** A site's name in a language: the English name when given, else the Chinese one. */
export function siteName(site: Pick<SitesRow, "name_zh" | "name_en">, lang: Lang): string {
  return nameIn(lang, site.name_zh, site.name_en);
}

/** A size class's label in both languages, from the dictionaries' `size.*` words. */
export const SIZE_LABELS: Record<SizeClass, Bilingual> = {
  large: bothLanguages("size.large"),
  medium: bothLanguages("size.medium"),
  small: bothLanguages("size.small"),
};

/** The size class of a site, from its persons. */
export function siteSize(site: Pick<SitesRow, "persons">): SizeClass {
  return sizeClass(site.persons);
}
