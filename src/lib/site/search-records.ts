/**
 * What the search index knows about each site page, written from the data rather than read
 * back from the page's HTML. A site page is mostly the same words on every site (indicator
 * titles, column labels, statuses), which made every site a result for "就业" and was most of the
 * search stage's time (Pagefind segments every word; 70,000 site pages at national scale). The
 * record holds what tells one site from another: its names, where it is, its id, and the names
 * of its industries and workshops. For the same reason the long lists of sites on other pages
 * (an indicator's sites, a county's sites, the list of all sites) carry `data-pagefind-ignore`:
 * a site's name finds its own page, not every list it appears in. So do charts (their labels and
 * tables repeat place names and figures: 18 trend charts were ~90 % of a county page's HTML), the
 * map's list and the data page's lists of files: words nobody searches for, and most of what
 * Pagefind read. Pure.
 */
import type { Dataset } from "../schema/index.ts";
import { href, HTML_LANG, otherLang, t, type Lang } from "../i18n/index.ts";
import { indexPlaces, placeName, siteName } from "./places.ts";
import { categoryLabel } from "./cells.ts";

/** One page for the search index (Pagefind's custom record). */
export interface SearchRecord {
  url: string;
  /** Pagefind's language key, the same as the pages' `<html lang>` lower-cased. */
  language: "zh-cn" | "en";
  title: string;
  /** What search shows beside the title: the kind of page ("安置点") and its county. */
  type: string;
  county: string;
  content: string;
}

/** The tables the site pages' search records are written from. */
export type SearchSource = Pick<Dataset, "sites" | "counties" | "industries" | "workshops">;

/**
 * The tables of `dataset` the search records are written from, and nothing else of it: what a
 * build keeps of its data for the search stage (at national scale the other tables are 3.5
 * million rows, whose memory Pagefind needs meanwhile).
 */
export function searchSource({ sites, counties, industries, workshops }: Dataset): SearchSource {
  return { sites, counties, industries, workshops };
}

/** The search records of every site page in one language, in the sites' order. */
export function siteSearchRecords(dataset: SearchSource, lang: Lang): SearchRecord[] {
  const places = indexPlaces(dataset);
  const names = new Map<string, string[]>();
  const add = (site: string, name: string | null) => {
    if (name === null || name === "") return;
    let list = names.get(site);
    if (!list) names.set(site, (list = []));
    if (!list.includes(name)) list.push(name);
  };
  for (const row of dataset.industries) {
    add(row.site_id, row.name_zh);
    add(row.site_id, row.operator_name);
  }
  for (const row of dataset.workshops) add(row.site_id, row.name_zh);
  const sep = t(lang, "common.comma");
  const stop = t(lang, "common.sentenceBreak");
  return dataset.sites.map((site) => {
    const title = siteName(site, lang);
    const county = places.county(site.county_code)?.name[lang] ?? site.county_code;
    // Township and village in the page's language (pinyin on the English pages) and in Chinese,
    // so either finds the site.
    const place = [
      county,
      ...[site.township_name, site.village_name].flatMap((name) =>
        name === null ? [] : [...new Set([placeName(name, lang), name])],
      ),
    ].join(" ");
    // The name in the other language, when the data gives one, so either name finds the page.
    const other = siteName(site, otherLang(lang));
    const parts = [
      other && other !== title ? `${title} / ${other}` : title,
      place,
      site.site_id,
      categoryLabel("sites", "placement", site.placement, lang),
      ...(names.has(site.site_id) ? [names.get(site.site_id)!.join(sep)] : []),
    ];
    return {
      url: href(lang, `/sites/${site.site_id}/`),
      language: HTML_LANG[lang].toLowerCase() as SearchRecord["language"],
      title,
      type: t(lang, "search.typeSite"),
      county,
      content: parts.join(stop),
    };
  });
}

/** Whether a built file is a site page (indexed from `siteSearchRecords`, not from its HTML). */
export function isSitePageFile(file: string): boolean {
  return /^(?:en\/)?sites\/[^/]+\/index\.html$/.test(file);
}

/**
 * Whether a built file is a printed notice (a site's, a county's, or a county's every site's):
 * they repeat what the place's own page says, so search leaves them out and finds the page.
 */
export function isNoticePageFile(file: string): boolean {
  return /^(?:en\/)?(?:sites|counties)\/[^/]+\/notices?\/index\.html$/.test(file);
}
