/**
 * What the county pages show, prepared from the place index: the counties' overview, and for
 * one county its facts, every indicator's latest value with its trend beside the city's, its
 * townships and sites, industries, workshops, funds and inspections. Missing values read as
 * "no data", never 0%. Pure: the pages only render what this returns.
 */
import { receiptHref } from "../receipts/href.ts";
import type { SparkPoint } from "../charts/sparkline.ts";
import type { TrendPeriod, TrendSeries } from "../charts/trend.ts";
import type { Indicator } from "../indicators/index.ts";
import { REGISTRY, type Registry } from "../indicators/registry.ts";
import { isActive, sizeClass, type SizeClass } from "../indicators/scope.ts";
import { CITY_CODE, type IndicatorValue, type Level, type Status } from "../indicators/types.ts";
import { FUND_CATEGORIES } from "../schema/funds.ts";
import { PLACEMENTS } from "../schema/sites.ts";
import type { TableName } from "../schema/index.ts";
import { formatCount, formatDate, formatPeriod, formatShare, href, t, type Lang } from "../i18n/index.ts";
import { CITY_NAME, SIZE_LABELS, placeName, siteName, type County } from "./places.ts";
import type { PlaceIndex } from "./site-index.ts";
import type { Fact } from "./site-view.ts";
import type { TableCell, TableColumn, TableView, ValueCell } from "./table.ts";
import { countySlicePath, SITE_DOWNLOADS } from "./site-view.ts";
import {
  categoryLabel,
  columnTitle,
  MARK_SYMBOL,
  statusWord,
  tallySentence,
  tallyTargets,
  targetText,
  targetValue,
  type BehindMeasure,
} from "./cells.ts";

/** A value as a cell; an absent value is "no data". */
export function valueCell(value: IndicatorValue | undefined, lang: Lang): ValueCell {
  const status: Status = value?.status ?? "no-data";
  return {
    value: formatShare(value?.value ?? null, lang),
    status,
    statusText: statusWord(status, lang),
    symbol: MARK_SYMBOL[status],
    receipt: value ? receiptHref(lang, value) : null,
  };
}

export type { ValueCell };

/** An indicator named and linked, for table headers. */
export interface IndicatorLink {
  id: string;
  title: string;
  href: string;
}

function link(indicator: Indicator, lang: Lang): IndicatorLink {
  return { id: indicator.id, title: indicator.title[lang], href: href(lang, `/indicators/${indicator.id}/`) };
}

/** One county in the overview. */
export interface CountySummary {
  code: string;
  name: string;
  href: string;
  sites: string;
  households: string;
  persons: string;
  headline: ValueCell[];
}

/** The counties' overview page. */
export interface CountiesView {
  /** The latest quarter, in words (the headline values are of it). */
  period: string | null;
  headline: IndicatorLink[];
  counties: CountySummary[];
  city: CountySummary;
}

function sumOf(sites: readonly { households: number; persons: number }[]) {
  let households = 0;
  let persons = 0;
  for (const site of sites) {
    households += site.households;
    persons += site.persons;
  }
  return { households, persons };
}

// The overview tables show the registry's overview headlines for every county and township.
function headlineCells(
  index: PlaceIndex,
  level: Level,
  code: string,
  lang: Lang,
  registry: Registry<string>,
): ValueCell[] {
  const period = index.periods.at(-1);
  return registry.overviewHeadlines.map((indicator) =>
    valueCell(period === undefined ? undefined : index.values.at(indicator.id, level, code, period), lang),
  );
}

/** Builds the counties' overview: each county's sites, households, persons and headline values. */
export function countiesView(
  index: PlaceIndex,
  lang: Lang,
  registry: Registry<string> = REGISTRY,
): CountiesView {
  const summary = (county: County): CountySummary => {
    const totals = sumOf(county.sites);
    return {
      code: county.code,
      name: county.name[lang],
      href: href(lang, `/counties/${county.code}/`),
      sites: formatCount(county.sites.length, lang),
      households: formatCount(totals.households, lang),
      persons: formatCount(totals.persons, lang),
      headline: headlineCells(index, "county", county.code, lang, registry),
    };
  };
  const all = sumOf(index.places.sites);
  const latest = index.periods.at(-1);
  return {
    period: latest === undefined ? null : formatPeriod(latest, lang),
    headline: registry.overviewHeadlines.map((i) => link(i, lang)),
    counties: index.places.counties.map(summary),
    city: {
      code: CITY_CODE,
      name: CITY_NAME[lang],
      href: href(lang, "/"),
      sites: formatCount(index.places.sites.length, lang),
      households: formatCount(all.households, lang),
      persons: formatCount(all.persons, lang),
      headline: headlineCells(index, "city", CITY_CODE, lang, registry),
    },
  };
}

/** An indicator on a county page: the latest value, its parts, reporting, and the trend beside the city. */
export interface CountyIndicatorView extends IndicatorLink, ValueCell {
  measure: number;
  /** The latest period, in words. */
  period: string | null;
  /** "numerator / denominator". */
  fraction: string;
  /** "sites reporting / sites expected", or null for indicators not built from sites. */
  reporting: string | null;
  target: number | null;
  /** "目标 ≥ 80.0%", said next to the value; null when the policy sets no target. */
  targetText: string | null;
  /** The target alone ("≥ 80.0%"), for a column headed "target" (the printed notice). */
  targetValue: string | null;
  trend: { periods: TrendPeriod[]; series: TrendSeries[] };
  spark: SparkPoint[];
}

/** A site in the county's list. */
export interface CountySiteRow {
  id: string;
  name: string;
  href: string;
  township: string;
  size: string;
  placement: string;
  persons: string;
}

/** Everything a county page renders. */
export interface CountyView {
  code: string;
  name: string;
  facts: Fact[];
  sizePlacement: TableView;
  /** The answer first: how the county stands against the targets, and which measures are behind. */
  summary: { sentence: string; behind: BehindMeasure[] };
  /** The latest period of the first indicator with one, in words, for the line over the rows. */
  latestPeriod: string | null;
  indicators: CountyIndicatorView[];
  headline: IndicatorLink[];
  townships: { code: string; name: string; sites: string; persons: string; headline: ValueCell[] }[];
  sites: CountySiteRow[];
  industries: { facts: Fact[]; byCategory: TableView };
  workshops: Fact[];
  funds: TableView;
  inspections: { facts: Fact[]; recent: TableView };
  /** The map of its sites, the data page, its printed notice (公示) and its downloads. */
  links: { map: string; data: string; notice: string; downloads: { label: string; href: string }[] };
}

const SIZES: readonly SizeClass[] = ["large", "medium", "small"];

function series(index: PlaceIndex, id: string, level: Level, code: string, name: string) {
  const values = index.values.series(id, level, code);
  return {
    name,
    points: values.map((v) => ({ period: v.period, value: v.value, status: v.status })),
  };
}

function countyIndicator(
  index: PlaceIndex,
  county: County,
  indicator: Indicator,
  lang: Lang,
): CountyIndicatorView {
  const periods = index.values.periods(indicator.id);
  const latest = index.values.latestPeriod(indicator.id);
  const value =
    latest === undefined ? undefined : index.values.at(indicator.id, "county", county.code, latest);
  const reporting = value?.reporting ?? null;
  const countySeries = series(index, indicator.id, "county", county.code, county.name[lang]);
  return {
    ...link(indicator, lang),
    ...valueCell(value, lang),
    measure: indicator.measure,
    period: latest === undefined ? null : formatPeriod(latest, lang),
    fraction:
      value === undefined
        ? "—"
        : `${formatCount(value.numerator, lang)} / ${formatCount(value.denominator, lang)}`,
    reporting:
      reporting === null
        ? null
        : `${formatCount(reporting.reporting, lang)} / ${formatCount(reporting.expected, lang)}`,
    target: value?.target ?? (indicator.target.kind === "none" ? null : indicator.target.value),
    targetText: targetText(indicator.target, "share", lang),
    targetValue: targetValue(indicator.target, "share", lang),
    trend: {
      periods: periods.map((key) => ({ key, label: formatPeriod(key, lang) })),
      series: [countySeries, series(index, indicator.id, "city", CITY_CODE, CITY_NAME[lang])],
    },
    spark: countySeries.points.map((p) => ({ period: formatPeriod(p.period, lang), value: p.value })),
  };
}

/** Builds the county page of `code`, or undefined when there is no such county. */
export function countyView(
  index: PlaceIndex,
  code: string,
  lang: Lang,
  registry: Registry<string> = REGISTRY,
): CountyView | undefined {
  const county = index.places.county(code);
  if (!county) return undefined;
  const totals = sumOf(county.sites);
  const indicators = registry.indicators.map((indicator) => countyIndicator(index, county, indicator, lang));
  const targeted = indicators.filter((indicator) => indicator.targetText !== null);
  const latestEnd = index.ends.at(-1) ?? "9999-12-31";
  const count = (n: number) => formatCount(n, lang);

  const placements = PLACEMENTS.map((p) => p.value);
  const matrix = new Map<string, number>();
  for (const site of county.sites) {
    const key = `${sizeClass(site.persons)}|${site.placement}`;
    matrix.set(key, (matrix.get(key) ?? 0) + 1);
  }
  const sizePlacement: TableView = {
    caption: t(lang, "countyPage.sizePlacement"),
    columns: [
      { key: "size", label: t(lang, "place.size") },
      ...placements.map((p) => ({
        key: p,
        label: categoryLabel("sites", "placement", p, lang),
        numeric: true,
      })),
      { key: "total", label: t(lang, "place.total"), numeric: true },
    ],
    rows: [
      ...SIZES.map((size) => {
        const row: Record<string, string> = { size: SIZE_LABELS[size][lang] };
        let total = 0;
        for (const p of placements) {
          const n = matrix.get(`${size}|${p}`) ?? 0;
          row[p] = count(n);
          total += n;
        }
        row.total = count(total);
        return row;
      }),
      Object.fromEntries([
        ["size", t(lang, "place.total")],
        ...placements.map((p) => [p, count(county.sites.filter((s) => s.placement === p).length)]),
        ["total", count(county.sites.length)],
      ]) as Record<string, string>,
    ],
  };

  const industries = county.sites.flatMap((s) => index.rowsOf(s.site_id).industries);
  const active = industries.filter((i) => isActive(i.started, i.ended, latestEnd));
  const byCategory = new Map<string, number>();
  for (const industry of active)
    byCategory.set(industry.category, (byCategory.get(industry.category) ?? 0) + 1);
  const workshops = county.sites.flatMap((s) => index.rowsOf(s.site_id).workshops);
  const open = workshops.filter((w) => isActive(w.opened, w.closed, latestEnd));

  const funds = index.fundsOf(code);
  const years = [...new Set(funds.map((f) => f.year))].sort((a, b) => a - b);
  const categories = FUND_CATEGORIES.map((c) => c.value);
  const amount = new Map<string, number>();
  for (const fund of funds) {
    for (const key of [
      `${fund.year}|${fund.category}`,
      `${fund.year}|total`,
      `all|${fund.category}`,
      "all|total",
    ]) {
      amount.set(key, (amount.get(key) ?? 0) + fund.amount_yuan);
    }
  }
  const fundRow = (year: string, label: string) =>
    Object.fromEntries([
      ["year", label],
      ...[...categories, "total"].map((c) => [c, count(amount.get(`${year}|${c}`) ?? 0)]),
    ]) as Record<string, string>;

  const inspections = index.inspectionsOf(code);
  const recent = [...inspections].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 10);

  return {
    code,
    name: county.name[lang],
    facts: [
      { label: t(lang, "place.countyCode"), value: code },
      { label: t(lang, "place.sites"), value: count(county.sites.length) },
      { label: t(lang, "place.townships"), value: count(county.townships.length) },
      { label: columnTitle("sites", "households", lang), value: count(totals.households) },
      { label: columnTitle("sites", "persons", lang), value: count(totals.persons) },
    ],
    sizePlacement,
    summary: {
      sentence: tallySentence(
        "countyPage.standing",
        "countyPage.summaryNone",
        tallyTargets(targeted.map((indicator) => indicator.status)),
        index.periods.at(-1) ?? null,
        lang,
      ),
      behind: targeted
        .filter((indicator) => indicator.status === "behind")
        .map(({ title, href, value, targetText }) => ({ title, href, value, target: targetText })),
    },
    latestPeriod: indicators.find((indicator) => indicator.period !== null)?.period ?? null,
    indicators,
    headline: registry.overviewHeadlines.map((i) => link(i, lang)),
    townships: county.townships.map((township) => ({
      code: township.code,
      name: placeName(township.name, lang),
      sites: count(township.sites.length),
      persons: count(sumOf(township.sites).persons),
      headline: headlineCells(index, "township", township.code, lang, registry),
    })),
    sites: county.sites.map((site) => ({
      id: site.site_id,
      name: siteName(site, lang),
      href: href(lang, `/sites/${site.site_id}/`),
      township: placeName(site.township_name, lang),
      size: SIZE_LABELS[sizeClass(site.persons)][lang],
      placement: categoryLabel("sites", "placement", site.placement, lang),
      persons: count(site.persons),
    })),
    industries: {
      facts: [
        { label: t(lang, "countyPage.industryCount"), value: count(industries.length) },
        { label: t(lang, "countyPage.activeIndustries"), value: count(active.length) },
        {
          label: t(lang, "countyPage.leadingIndustries"),
          value: count(active.filter((i) => i.is_leading).length),
        },
      ],
      byCategory: {
        caption: t(lang, "countyPage.industriesByCategory"),
        columns: [
          { key: "category", label: t(lang, "countyPage.category") },
          { key: "count", label: t(lang, "countyPage.count"), numeric: true },
        ],
        rows: [...byCategory]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([category, n]) => ({
            category: categoryLabel("industries", "category", category, lang),
            count: count(n),
          })),
      },
    },
    workshops: [
      { label: t(lang, "countyPage.workshopCount"), value: count(workshops.length) },
      { label: t(lang, "countyPage.openWorkshops"), value: count(open.length) },
      { label: t(lang, "countyPage.jobs"), value: count(open.reduce((sum, w) => sum + w.jobs, 0)) },
      {
        label: t(lang, "countyPage.relocated"),
        value: count(open.reduce((sum, w) => sum + w.relocated_employees, 0)),
      },
    ],
    funds: {
      caption: t(lang, "countyPage.fundsByYear"),
      columns: [
        { key: "year", label: columnTitle("funds", "year", lang) },
        ...categories.map((c) => ({
          key: c,
          label: categoryLabel("funds", "category", c, lang),
          numeric: true,
        })),
        { key: "total", label: t(lang, "place.total"), numeric: true },
      ],
      rows:
        funds.length === 0
          ? []
          : [...years.map((y) => fundRow(String(y), String(y))), fundRow("all", t(lang, "place.total"))],
    },
    inspections: {
      facts: [
        { label: t(lang, "countyPage.inspectionCount"), value: count(inspections.length) },
        {
          label: t(lang, "countyPage.findings"),
          value: count(inspections.reduce((s, i) => s + i.findings, 0)),
        },
        {
          label: t(lang, "countyPage.rectified"),
          value: count(inspections.reduce((s, i) => s + i.rectified, 0)),
        },
      ],
      recent: {
        caption: t(lang, "countyPage.recent"),
        columns: [
          { key: "date", label: t(lang, "countyPage.date") },
          { key: "site", label: t(lang, "common.site") },
          { key: "findings", label: t(lang, "countyPage.findings"), numeric: true },
          { key: "rectified", label: t(lang, "countyPage.rectified"), numeric: true },
          { key: "summary", label: t(lang, "countyPage.summary") },
        ],
        rows: recent.map((i) => {
          const site = i.site_id === null ? undefined : index.places.site(i.site_id);
          return {
            date: formatDate(i.date, lang),
            site: site ? siteName(site, lang) : "—",
            findings: count(i.findings),
            rectified: count(i.rectified),
            summary: i.summary ?? t(lang, "place.notReported"),
          };
        }),
      },
    },
    links: {
      map: `${href(lang, "/map/")}?county=${encodeURIComponent(code)}`,
      data: href(lang, "/data/"),
      notice: href(lang, `/counties/${code}/notice/`),
      downloads: COUNTY_DOWNLOADS.map((table) => ({
        label: `${table}.csv`,
        href: countySlicePath(code, table),
      })),
    },
  };
}

/** The county download slices a county page links to: the site's tables plus the county's reported totals. */
export const COUNTY_DOWNLOADS: readonly TableName[] = [...SITE_DOWNLOADS, "reported_totals"];

// ── The pages' tables, as the one table component draws them ──

// The headline indicators as column headers linking to their pages, keyed by id.
const headlineColumns = (headline: readonly IndicatorLink[]): TableColumn[] =>
  headline.map((indicator) => ({
    key: indicator.id,
    label: { text: indicator.title, href: indicator.href },
  }));

const headlineRow = (
  headline: readonly IndicatorLink[],
  cells: readonly ValueCell[],
): Record<string, TableCell> =>
  Object.fromEntries(headline.map((indicator, i) => [indicator.id, { valueStatus: cells[i]! }]));

/** The counties' overview table: each county linked, its counts and headline values; the city's in the foot. */
export function countiesTable(view: CountiesView, lang: Lang): TableView {
  const counts = (summary: CountySummary) => ({
    sites: summary.sites,
    households: summary.households,
    persons: summary.persons,
    ...headlineRow(view.headline, summary.headline),
  });
  return {
    caption: t(lang, "countyPage.overviewTable"),
    columns: [
      { key: "name", label: t(lang, "common.county") },
      { key: "sites", label: t(lang, "place.sites"), numeric: true },
      { key: "households", label: columnTitle("sites", "households", lang), numeric: true },
      { key: "persons", label: columnTitle("sites", "persons", lang), numeric: true },
      ...headlineColumns(view.headline),
    ],
    rows: view.counties.map((county) => ({
      name: { text: county.name, href: county.href, isolate: true },
      ...counts(county),
    })),
    foot: [{ name: t(lang, "countyPage.city"), ...counts(view.city) }],
  };
}

/** A county's townships: sites, persons and the headline values of each. */
export function townshipsTable(view: CountyView, lang: Lang): TableView {
  return {
    caption: t(lang, "countyPage.townshipsTable"),
    columns: [
      { key: "name", label: t(lang, "common.township") },
      { key: "sites", label: t(lang, "place.sites"), numeric: true },
      { key: "persons", label: columnTitle("sites", "persons", lang), numeric: true },
      ...headlineColumns(view.headline),
    ],
    rows: view.townships.map((township) => ({
      name: { text: township.name, isolate: true },
      sites: township.sites,
      persons: township.persons,
      ...headlineRow(view.headline, township.headline),
    })),
  };
}

/** A county's sites, each linked to its page: township, size, placement and persons. */
export function countySitesTable(view: CountyView, lang: Lang): TableView {
  return {
    caption: t(lang, "countyPage.sitesTable"),
    columns: [
      { key: "name", label: t(lang, "common.site") },
      { key: "township", label: t(lang, "common.township") },
      { key: "size", label: t(lang, "place.size") },
      { key: "placement", label: columnTitle("sites", "placement", lang) },
      { key: "persons", label: columnTitle("sites", "persons", lang), numeric: true },
    ],
    rows: view.sites.map((site) => ({
      name: { text: site.name, href: site.href, isolate: true },
      township: { text: site.township, isolate: true },
      size: site.size,
      placement: site.placement,
      persons: site.persons,
    })),
  };
}
