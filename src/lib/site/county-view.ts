/**
 * What the county pages show, prepared from the place index: the counties' overview, and for
 * one county its facts, every indicator's latest value with its trend beside the city's, its
 * townships and sites, industries, workshops, funds and inspections. Missing values read as
 * "no data", never 0%. Pure: the pages only render what this returns.
 */
import { receiptHref } from "../receipts/href.ts";
import type { SparkPoint } from "../charts/sparkline.ts";
import type { TrendPeriod, TrendSeries } from "../charts/trend.ts";
import { INDICATORS, type Indicator } from "../indicators/index.ts";
import { isActive, sizeClass, type SizeClass } from "../indicators/scope.ts";
import { CITY_CODE, type IndicatorValue, type Level, type Status } from "../indicators/types.ts";
import { FUND_CATEGORIES } from "../schema/funds.ts";
import { PLACEMENTS } from "../schema/sites.ts";
import type { TableName } from "../schema/index.ts";
import { formatPeriod, href, type Lang } from "../i18n/index.ts";
import { CITY_NAME, SIZE_LABELS, siteName, type County } from "./places.ts";
import type { PlaceIndex } from "./site-index.ts";
import type { Fact, TableView } from "./site-view.ts";
import { countySlicePath, SITE_DOWNLOADS } from "./site-view.ts";
import {
  categoryLabel,
  formatCount,
  formatDate,
  formatShare,
  MARK_SYMBOL,
  statusWord,
  word,
} from "./site-words.ts";

/** The indicators the overview tables show for every county and township. */
export const HEADLINE_INDICATORS: readonly string[] = [
  "industry-plan-coverage",
  "leading-industry-coverage",
  "household-employment",
  "workshop-coverage-200-plus",
  "property-certificate-rate",
  "medical-insurance-rate",
];

/** A published value as a table cell: the share, its status in words and its shape. */
export interface ValueCell {
  value: string;
  status: Status;
  statusText: string;
  symbol: string;
  /** The figure's receipt (its rows, formula and hashes); null when there is no figure. */
  receipt: string | null;
}

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

/** An indicator named and linked, for table headers. */
export interface IndicatorLink {
  id: string;
  title: string;
  href: string;
}

function link(indicator: Indicator, lang: Lang): IndicatorLink {
  return { id: indicator.id, title: indicator.title[lang], href: href(lang, `/indicators/${indicator.id}/`) };
}

const HEADLINES = (): Indicator[] => INDICATORS.filter((i) => HEADLINE_INDICATORS.includes(i.id));

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

function headlineCells(index: PlaceIndex, level: Level, code: string, lang: Lang): ValueCell[] {
  const period = index.periods.at(-1);
  return HEADLINES().map((indicator) =>
    valueCell(period === undefined ? undefined : index.values.at(indicator.id, level, code, period), lang),
  );
}

/** Builds the counties' overview: each county's sites, households, persons and headline values. */
export function countiesView(index: PlaceIndex, lang: Lang): CountiesView {
  const summary = (county: County): CountySummary => {
    const totals = sumOf(county.sites);
    return {
      code: county.code,
      name: county.name[lang],
      href: href(lang, `/counties/${county.code}/`),
      sites: formatCount(county.sites.length, lang),
      households: formatCount(totals.households, lang),
      persons: formatCount(totals.persons, lang),
      headline: headlineCells(index, "county", county.code, lang),
    };
  };
  const all = sumOf(index.places.sites);
  const latest = index.periods.at(-1);
  return {
    period: latest === undefined ? null : formatPeriod(latest, lang),
    headline: HEADLINES().map((i) => link(i, lang)),
    counties: index.places.counties.map(summary),
    city: {
      code: CITY_CODE,
      name: CITY_NAME[lang],
      href: href(lang, "/"),
      sites: formatCount(index.places.sites.length, lang),
      households: formatCount(all.households, lang),
      persons: formatCount(all.persons, lang),
      headline: headlineCells(index, "city", CITY_CODE, lang),
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
  indicators: CountyIndicatorView[];
  headline: IndicatorLink[];
  townships: { code: string; name: string; sites: string; persons: string; headline: ValueCell[] }[];
  sites: CountySiteRow[];
  industries: { facts: Fact[]; byCategory: TableView };
  workshops: Fact[];
  funds: TableView;
  inspections: { facts: Fact[]; recent: TableView };
  links: { map: string; data: string; downloads: { label: string; href: string }[] };
}

const SIZES: readonly SizeClass[] = ["large", "medium", "small"];

const WORDS = {
  sizePlacement: { zh: "按规模和安置方式统计的安置点数", en: "Sites by size and placement" },
  industries: { zh: "产业（个）", en: "Industries" },
  activeIndustries: { zh: "在营产业", en: "Active industries" },
  leadingIndustries: { zh: "在营主导产业", en: "Active leading industries" },
  industriesByCategory: { zh: "在营产业按类别", en: "Active industries by category" },
  category: { zh: "类别", en: "Category" },
  count: { zh: "数量", en: "Number" },
  workshops: { zh: "扶贫车间（个）", en: "Workshops" },
  openWorkshops: { zh: "在营扶贫车间", en: "Open workshops" },
  jobs: { zh: "在营车间岗位", en: "Jobs in open workshops" },
  relocated: { zh: "其中搬迁群众就业", en: "Of which held by relocated residents" },
  funds: { zh: "按年度和用途的资金安排（元）", en: "Funds by year and category (yuan)" },
  year: { zh: "年度", en: "Year" },
  inspections: { zh: "督查检查次数", en: "Inspections" },
  findings: { zh: "发现问题", en: "Problems found" },
  rectified: { zh: "已整改", en: "Problems rectified" },
  recent: { zh: "最近的督查检查", en: "Latest inspections" },
  date: { zh: "日期", en: "Date" },
  summary: { zh: "概况", en: "Summary" },
} as const;

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
    trend: {
      periods: periods.map((key) => ({ key, label: formatPeriod(key, lang) })),
      series: [countySeries, series(index, indicator.id, "city", CITY_CODE, CITY_NAME[lang])],
    },
    spark: countySeries.points.map((p) => ({ period: formatPeriod(p.period, lang), value: p.value })),
  };
}

/** Builds the county page of `code`, or undefined when there is no such county. */
export function countyView(index: PlaceIndex, code: string, lang: Lang): CountyView | undefined {
  const county = index.places.county(code);
  if (!county) return undefined;
  const totals = sumOf(county.sites);
  const latestEnd = index.ends.at(-1) ?? "9999-12-31";
  const count = (n: number) => formatCount(n, lang);

  const placements = PLACEMENTS.map((p) => p.value);
  const matrix = new Map<string, number>();
  for (const site of county.sites) {
    const key = `${sizeClass(site.persons)}|${site.placement}`;
    matrix.set(key, (matrix.get(key) ?? 0) + 1);
  }
  const sizePlacement: TableView = {
    caption: WORDS.sizePlacement[lang],
    columns: [
      { key: "size", label: word(lang, "size") },
      ...placements.map((p) => ({
        key: p,
        label: categoryLabel("sites", "placement", p, lang),
        numeric: true,
      })),
      { key: "total", label: word(lang, "total"), numeric: true },
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
        ["size", word(lang, "total")],
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
      { label: word(lang, "countyCode"), value: code },
      { label: word(lang, "sites"), value: count(county.sites.length) },
      { label: word(lang, "townships"), value: count(county.townships.length) },
      { label: word(lang, "households"), value: count(totals.households) },
      { label: word(lang, "persons"), value: count(totals.persons) },
    ],
    sizePlacement,
    indicators: INDICATORS.map((indicator) => countyIndicator(index, county, indicator, lang)),
    headline: HEADLINES().map((i) => link(i, lang)),
    townships: county.townships.map((township) => ({
      code: township.code,
      name: township.name,
      sites: count(township.sites.length),
      persons: count(sumOf(township.sites).persons),
      headline: headlineCells(index, "township", township.code, lang),
    })),
    sites: county.sites.map((site) => ({
      id: site.site_id,
      name: siteName(site, lang),
      href: href(lang, `/sites/${site.site_id}/`),
      township: site.township_name,
      size: SIZE_LABELS[sizeClass(site.persons)][lang],
      placement: categoryLabel("sites", "placement", site.placement, lang),
      persons: count(site.persons),
    })),
    industries: {
      facts: [
        { label: WORDS.industries[lang], value: count(industries.length) },
        { label: WORDS.activeIndustries[lang], value: count(active.length) },
        { label: WORDS.leadingIndustries[lang], value: count(active.filter((i) => i.is_leading).length) },
      ],
      byCategory: {
        caption: WORDS.industriesByCategory[lang],
        columns: [
          { key: "category", label: WORDS.category[lang] },
          { key: "count", label: WORDS.count[lang], numeric: true },
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
      { label: WORDS.workshops[lang], value: count(workshops.length) },
      { label: WORDS.openWorkshops[lang], value: count(open.length) },
      { label: WORDS.jobs[lang], value: count(open.reduce((sum, w) => sum + w.jobs, 0)) },
      { label: WORDS.relocated[lang], value: count(open.reduce((sum, w) => sum + w.relocated_employees, 0)) },
    ],
    funds: {
      caption: WORDS.funds[lang],
      columns: [
        { key: "year", label: WORDS.year[lang] },
        ...categories.map((c) => ({
          key: c,
          label: categoryLabel("funds", "category", c, lang),
          numeric: true,
        })),
        { key: "total", label: word(lang, "total"), numeric: true },
      ],
      rows:
        funds.length === 0
          ? []
          : [...years.map((y) => fundRow(String(y), String(y))), fundRow("all", word(lang, "total"))],
    },
    inspections: {
      facts: [
        { label: WORDS.inspections[lang], value: count(inspections.length) },
        { label: WORDS.findings[lang], value: count(inspections.reduce((s, i) => s + i.findings, 0)) },
        { label: WORDS.rectified[lang], value: count(inspections.reduce((s, i) => s + i.rectified, 0)) },
      ],
      recent: {
        caption: WORDS.recent[lang],
        columns: [
          { key: "date", label: WORDS.date[lang] },
          { key: "site", label: word(lang, "site") },
          { key: "findings", label: WORDS.findings[lang], numeric: true },
          { key: "rectified", label: WORDS.rectified[lang], numeric: true },
          { key: "summary", label: WORDS.summary[lang] },
        ],
        rows: recent.map((i) => {
          const site = i.site_id === null ? undefined : index.places.site(i.site_id);
          return {
            date: formatDate(i.date, lang),
            site: site ? siteName(site, lang) : "—",
            findings: count(i.findings),
            rectified: count(i.rectified),
            summary: i.summary ?? word(lang, "notReported"),
          };
        }),
      },
    },
    links: {
      map: `${href(lang, "/map/")}?county=${encodeURIComponent(code)}`,
      data: href(lang, "/data/"),
      downloads: COUNTY_DOWNLOADS.map((table) => ({
        label: `${table}.csv`,
        href: countySlicePath(code, table),
      })),
    },
  };
}

/** The county download slices a county page links to: the site's tables plus the county's reported totals. */
export const COUNTY_DOWNLOADS: readonly TableName[] = [...SITE_DOWNLOADS, "reported_totals"];
