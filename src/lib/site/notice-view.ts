/**
 * The printed notices (公示): one A4 page per site for the notice board at the site, one per
 * county with its sites' standing, each with a QR code that opens the place's page. They say what
 * the place's page says first — each measure with a target, its value, the target, met or not in
 * words — read from the same standing (`siteLatestStanding`) / `countyView`, so paper and screen cannot disagree.
 * Pure: the pages only render what these return.
 */
import encodeQR from "qr";
import type { SiteConfig } from "./config.ts";
import { countyView } from "./county-view.ts";
import { formatCount, formatDate, formatPeriod, href, pick, t, type Lang } from "../i18n/index.ts";
import { escapeMarkup } from "../markup.ts";
import { placeName, siteName } from "./places.ts";
import type { PlaceIndex } from "./site-index.ts";
import { onPlaceholderSite } from "./site-url.ts";
import { siteLatestStanding, type SiteIndicatorLatest } from "./site-view.ts";
import type { MarkState } from "./cells.ts";

/** A measure with a target, as a notice prints it. */
export interface NoticeMeasure {
  title: string;
  /** "84.6%" or "是"; the fraction under a share ("22 / 26"), or null. */
  value: string;
  fraction: string | null;
  /** The target alone, under a column headed "target": "≥ 80.0%", "是". */
  target: string;
  state: MarkState;
  symbol: string;
  /** The state in words ("达标", "未达标", "无数据"), never colour alone. */
  statusText: string;
}

/** Where the notice's QR code leads, and whether that address works yet. */
export interface NoticeAddress {
  /** The place's page on the configured site. */
  url: string;
  /** While `siteUrl` is the repository's placeholder, the sentence that says the address is not real yet; else null. */
  unset: string | null;
  /** The QR code of `url` as an SVG element, error correction Q (a quarter of it may be dirty or torn). */
  qrSvg: string;
}

/** What every notice carries at its foot: the release it reports and who publishes it. */
export interface NoticeSource {
  /** "2025年第4季度". */
  period: string | null;
  version: string;
  /** The release date in words: the package's `created`, never the build's clock. */
  released: string;
  /** "主办单位：…" lines, as configured; empty when the publisher has not set them. */
  publisher: string[];
}

export interface SiteNoticeView {
  id: string;
  name: string;
  county: string;
  township: string;
  /** "2025年第4季度，本安置点有目标的 14 项指标中，…". */
  sentence: string;
  measures: NoticeMeasure[];
  address: NoticeAddress;
  source: NoticeSource;
  /** The site's page and the county's notice, as links on screen. */
  links: { page: string; county: string };
}

/** A site in its county's notice: the tally of its measures and those behind. */
export interface CountyNoticeSite {
  id: string;
  name: string;
  township: string;
  met: string;
  behind: string;
  noData: string;
  /** Titles of the measures behind their target, joined with the language's list comma; "—" when none. */
  behindTitles: string;
}

export interface CountyNoticeView {
  code: string;
  name: string;
  sentence: string;
  measures: NoticeMeasure[];
  sites: CountyNoticeSite[];
  address: NoticeAddress;
  source: NoticeSource;
  links: { page: string; printAll: string };
}

/** The release a notice reports, as `PackageMeta` and the release manifest give it. */
export interface NoticeRelease {
  version: string;
  /** `YYYY-MM-DD`. */
  created: string;
}

/** The quiet zone around a QR code, in modules: the four the standard asks for. */
const QUIET_ZONE = 4;

/**
 * A QR code's modules, quiet zone included, row by row: true for dark. Error correction Q, so a
 * notice stays readable with a quarter of its code scratched or rained on; the mask is the one
 * the standard's penalty rules choose. `qr` (paulmillr) scores the eight masks on packed bit
 * rows: in a Shiyan build's profile a notice's code took 0.12 ms with it and 0.6 ms with lean-qr
 * (40 s of CPU for a national build's 70,000 notices). It encodes a URL as one byte-mode
 * segment, so a long address can take a version more than lean-qr's mixed segments.
 */
export function qrModules(url: string): boolean[][] {
  return encodeQR(url, "raw", { ecc: "quartile", border: QUIET_ZONE });
}

/**
 * The dark modules of a QR code as one SVG path: each row's runs of dark modules as a line one
 * module thick (`M x y.5 h n`, drawn with a stroke). Six times faster than tracing the modules'
 * outlines and half the text, on the 9,000 notices of a Shiyan build.
 */
export function qrModulesPath(modules: readonly (readonly boolean[])[]): string {
  let d = "";
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      d += `M${start} ${y}.5h${x - start}`;
    }
  });
  return d;
}

/** The QR code of `url` as inline SVG: black modules on white, the quiet zone included. */
export function qrSvg(url: string, label: string): string {
  const modules = qrModules(url);
  const side = modules.length;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${side} ${side}" ` +
    `role="img" aria-label="${escapeMarkup(label)}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path d="${qrModulesPath(modules)}" fill="none" stroke="#000" stroke-width="1"/></svg>`
  );
}

function noticeAddress(config: SiteConfig, path: string, lang: Lang): NoticeAddress {
  const url = new URL(path.replace(/^\//, ""), config.siteUrl).href;
  const unset = onPlaceholderSite(url) ? t(lang, "common.siteUrlUnset") : null;
  return { url, unset, qrSvg: qrSvg(url, t(lang, "noticePage.qrLabel", { url })) };
}

function noticeSource(
  config: SiteConfig,
  release: NoticeRelease,
  period: string | null,
  lang: Lang,
): NoticeSource {
  const p = config.publisher;
  const publisher: string[] = [];
  if (p.organizer)
    publisher.push(`${t(lang, "footer.organizer")}${t(lang, "common.colon")}${pick(p.organizer, lang)}`);
  if (p.operator)
    publisher.push(`${t(lang, "footer.operator")}${t(lang, "common.colon")}${pick(p.operator, lang)}`);
  if (p.contact) publisher.push(`${t(lang, "footer.contact")}${t(lang, "common.colon")}${p.contact}`);
  return { period, version: release.version, released: formatDate(release.created, lang), publisher };
}

function noticeMeasure(indicator: SiteIndicatorLatest & { targetValue: string }): NoticeMeasure {
  const { title, latest } = indicator;
  return {
    title,
    value: latest.valueText,
    fraction: latest.fraction,
    target: indicator.targetValue,
    state: latest.state,
    symbol: latest.symbol,
    statusText: latest.statusText,
  };
}

const hasTarget = (
  indicator: SiteIndicatorLatest,
): indicator is SiteIndicatorLatest & { targetValue: string } => indicator.targetValue !== null;

/** The notice of site `id`, or undefined when there is no such site. */
export function siteNoticeView(
  index: PlaceIndex,
  id: string,
  lang: Lang,
  config: SiteConfig,
  release: NoticeRelease,
): SiteNoticeView | undefined {
  const site = index.places.site(id);
  if (!site) return undefined;
  const standing = siteLatestStanding(index, site, lang);
  const period = standing.indicators[0]?.latest.period ?? index.periods.at(-1) ?? null;
  const pagePath = href(lang, `/sites/${id}/`);
  return {
    id,
    name: siteName(site, lang),
    county: index.places.county(site.county_code)?.name[lang] ?? site.county_code,
    township: placeName(site.township_name, lang),
    sentence: standing.summary.sentence,
    measures: standing.indicators.filter(hasTarget).map(noticeMeasure),
    address: noticeAddress(config, pagePath, lang),
    source: noticeSource(config, release, period === null ? null : formatPeriod(period, lang), lang),
    links: { page: pagePath, county: href(lang, `/counties/${site.county_code}/notice/`) },
  };
}

/** The notice of county `code`: its own measures, then each of its sites' tally. */
export function countyNoticeView(
  index: PlaceIndex,
  code: string,
  lang: Lang,
  config: SiteConfig,
  release: NoticeRelease,
): CountyNoticeView | undefined {
  const county = index.places.county(code);
  const view = countyView(index, code, lang);
  if (!county || !view) return undefined;
  const count = (n: number) => formatCount(n, lang);
  const measures = view.indicators.flatMap((indicator): NoticeMeasure[] =>
    indicator.targetValue === null
      ? []
      : [
          {
            title: indicator.title,
            value: indicator.value,
            fraction: indicator.fraction || null,
            target: indicator.targetValue,
            state: indicator.status,
            symbol: indicator.symbol,
            statusText: indicator.statusText,
          },
        ],
  );
  const sites = county.sites.map((site): CountyNoticeSite => {
    const standing = siteLatestStanding(index, site, lang);
    const targeted = standing.indicators.filter(hasTarget);
    const inState = (state: MarkState) => targeted.filter((i) => i.latest.state === state);
    const behind = inState("behind");
    return {
      id: site.site_id,
      name: siteName(site, lang),
      township: placeName(site.township_name, lang),
      met: count(inState("met").length),
      behind: count(behind.length),
      noData: count(inState("no-data").length),
      behindTitles: behind.length > 0 ? behind.map((i) => i.title).join(t(lang, "common.listComma")) : "—",
    };
  });
  const pagePath = href(lang, `/counties/${code}/`);
  const latest = index.periods.at(-1) ?? null;
  return {
    code,
    name: view.name,
    sentence: view.summary.sentence,
    measures,
    sites,
    address: noticeAddress(config, pagePath, lang),
    source: noticeSource(config, release, latest === null ? null : formatPeriod(latest, lang), lang),
    links: { page: pagePath, printAll: href(lang, `/counties/${code}/notices/`) },
  };
}
