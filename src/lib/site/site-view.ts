/**
 * What a site page shows, prepared from the place index: facts, each indicator's latest value and
 * its history by quarter, the latest reported figures, industries, workshops, funds, inspections,
 * neighbours and links. Empty cells read "not reported"; quarters before the site moved in read
 * "not yet moved in". Pure: the page only renders what this returns.
 */
import type { TableView } from "./table.ts";
import { DOWNLOAD_PATHS } from "../downloads/plan.ts";
import { siteReading, type Indicator } from "../indicators/core.ts";
import { REGISTRY, type Registry } from "../indicators/registry.ts";
import { quartersBetween } from "../indicators/periods.ts";
import { inScope, isActive, sizeClass } from "../indicators/scope.ts";
import type { IndicatorValue, Status } from "../indicators/types.ts";
import { tableByName, type SitesRow, type TableName } from "../schema/index.ts";
import {
  formatCount,
  formatDate,
  formatPeriod,
  formatShare,
  formatYuan,
  href,
  t,
  type Lang,
} from "../i18n/index.ts";
import { SIZE_LABELS, placeName, siteName } from "./places.ts";
import type { PlaceIndex } from "./site-index.ts";
import {
  categoryLabel,
  columnTitle,
  formatCell,
  formatKm,
  formatPoints,
  isStatus,
  MARK_SYMBOL,
  statusWord,
  tallySentence,
  tallyTargets,
  targetText,
  targetValue,
  type BehindMeasure,
  type CellValue,
  type MarkState,
} from "./cells.ts";

/** A label and its value, both as text. */
export interface Fact {
  label: string;
  value: string;
}

/** A table as DataTable.astro draws it (src/lib/site/table.ts). */
export type { TableView };

/** One quarter of an indicator at a site: its state, its symbol and its value in words. */
export interface Mark {
  period: string;
  state: MarkState;
  symbol: string;
  /** The value alone ("是", "84.6%", "尚未入住"); the history table's column says the quarter. */
  valueText: string;
}

/** An indicator's latest quarter at a site, as a notice prints it and a site page leads with it. */
export interface SiteIndicatorLatest {
  id: string;
  title: string;
  /** The indicator's page. */
  href: string;
  /** Yes/no indicators are 1/1 or 0/1 at a site; the others are shares. */
  kind: "yes-no" | "share";
  latest: Mark & { statusText: string; fraction: string | null };
  /** "目标 ≥ 80.0%" / "目标：是", said next to the value; null when the policy sets no target. */
  target: string | null;
  /** The target alone ("≥ 80.0%", "是"), for a column headed "target" (the printed notice); null with `target`. */
  targetValue: string | null;
  /** The latest value minus the one four quarters before, in points; null for yes/no or when either is missing. */
  yearChange: string | null;
}

/** An indicator as a site page shows it: its latest quarter and its history. */
export interface SiteIndicatorView extends SiteIndicatorLatest {
  marks: Mark[];
  /** For shares: the points of a sparkline (period label, value or null). */
  spark: { period: string; value: number | null }[] | null;
}

/**
 * The answer a site page gives first: how the site stands against the targets in the latest
 * period, and which measures are behind, each with its value and target.
 */
export interface SiteSummary {
  /** "2025年第4季度，本安置点有目标的 15 项指标中，11 项达标，3 项未达标，1 项无数据。" */
  sentence: string;
  /** The indicators with a target whose latest value is behind it. */
  behind: BehindMeasure[];
}

/** The latest row of a site × period table, as label/value pairs. */
export interface ReportedView {
  table: TableName;
  title: string;
  /** The period of the row, in words, or null when the site has no row. */
  period: string | null;
  items: Fact[];
}

/** A nearby site, ready to link. */
export interface NeighbourView {
  id: string;
  name: string;
  href: string;
  township: string;
  /** The neighbour's county when it is not this site's (most neighbours share it; on a phone the repeated name cost a line each). */
  county: string | undefined;
  distance: string;
}

/** Everything a site page renders. */
export interface SiteView {
  id: string;
  name: string;
  county: { code: string; name: string; href: string };
  township: string;
  facts: Fact[];
  latestPeriod: string | null;
  summary: SiteSummary;
  indicators: SiteIndicatorView[];
  /** The periods of the marks, written short ("2025Q4"), for the quarter-by-quarter table. */
  periods: string[];
  /** Indicators the site is never counted in (e.g. by its size), with why in the page's words. */
  notApplicable: { id: string; title: string; href: string }[];
  reported: ReportedView[];
  industries: TableView;
  workshops: TableView;
  funds: TableView;
  inspections: TableView;
  neighbours: NeighbourView[];
  links: {
    map: string;
    county: string;
    data: string;
    verify: string;
    /** The site's printed notice (公示). */
    notice: string;
    downloads: { label: string; href: string }[];
  };
}

/** The site × period tables whose latest row a site page shows, in the order of the data contract. */
export const REPORTED_TABLES = ["employment", "services", "property", "welfare"] as const;

/** The county download slices a site page links to. */
export const SITE_DOWNLOADS: readonly TableName[] = [
  "sites",
  "industries",
  "workshops",
  "employment",
  "services",
  "property",
  "welfare",
  "funds",
  "inspections",
];

/** The download of one table's rows for one county (published by the downloads). */
export function countySlicePath(countyCode: string, table: TableName): string {
  return `/data/${DOWNLOAD_PATHS.county(countyCode, table)}`;
}

/** A value as its indicator reads at a site: yes/no for yes/no indicators, else a share. */
export function valueText(value: number | null, kind: "yes-no" | "share", lang: Lang): string {
  if (value === null) return t(lang, "place.notReported");
  if (kind === "yes-no") return t(lang, value >= 1 ? "place.yes" : "place.no");
  return formatShare(value, lang);
}

/**
 * One quarter of an indicator at a site: the published value when there is one; otherwise
 * "not yet moved in" before the site's `moved_in`, else "not reported".
 */
export function markOf(
  site: Pick<SitesRow, "moved_in">,
  period: string,
  end: string,
  value: IndicatorValue | undefined,
  kind: "yes-no" | "share",
  lang: Lang,
): Mark {
  let state: MarkState;
  let text: string;
  if (value !== undefined) {
    state = value.status;
    text = valueText(value.value, kind, lang);
  } else if (!inScope(site, end)) {
    state = "not-in-scope";
    text = t(lang, "place.notInScope");
  } else {
    state = "no-data";
    text = t(lang, "place.notReported");
  }
  // The same mark recurs on thousands of site pages: one shared (never changed) object per
  // distinct mark saves building it again and lets historyCellHtml write its cell once. Looked up
  // by nested maps, because period, state and text are strings that already exist (their hashes
  // are cached), where a key joined from them would be hashed anew for each of ~1.7 million marks.
  const byState = sharedMarks[lang].get(period) ?? new Map<MarkState, Map<string, Mark>>();
  const byText = byState.get(state) ?? new Map<string, Mark>();
  let mark = byText.get(text);
  if (mark === undefined) {
    mark = { period, state, symbol: MARK_SYMBOL[state], valueText: text };
    // Bounded: quarters × states × one-decimal shares stays far below this in practice.
    if (byText.size >= 10_000) byText.clear();
    byText.set(text, mark);
    byState.set(state, byText);
    sharedMarks[lang].set(period, byState);
  }
  return mark;
}

/** Shared marks by period, state and value text. */
type MarkMemo = Map<string, Map<MarkState, Map<string, Mark>>>;
const sharedMarks: Record<Lang, MarkMemo> = { zh: new Map(), en: new Map() };

/**
 * An indicator's latest quarter at a site, reading the site's values through `valueIn` (by
 * period): the page passes its whole series, a notice looks up the two quarters it needs.
 */
function indicatorLatest(
  index: PlaceIndex,
  site: SitesRow,
  indicator: Indicator,
  lang: Lang,
  valueIn: (period: string) => IndicatorValue | undefined,
): SiteIndicatorLatest {
  const kind = siteReading(indicator);
  const lastPeriod = index.periods.at(-1)!;
  const lastValue = valueIn(lastPeriod);
  const last = markOf(site, lastPeriod, index.ends.at(-1)!, lastValue, kind, lang);
  // Four quarters before the latest, if the published periods have no gap in between.
  const fourBack = index.periods.at(-5);
  const yearBefore =
    fourBack !== undefined && quartersBetween(fourBack, lastPeriod) === 4 ? valueIn(fourBack) : undefined;
  return {
    id: indicator.id,
    title: indicator.title[lang],
    href: href(lang, `/indicators/${indicator.id}/`),
    kind,
    latest: {
      ...last,
      statusText:
        last.state === "not-in-scope" || last.state === "not-applicable"
          ? last.valueText
          : statusWord(last.state, lang),
      fraction:
        kind === "share" && lastValue !== undefined && lastValue.denominator > 0
          ? `${formatCount(lastValue.numerator, lang)} / ${formatCount(lastValue.denominator, lang)}`
          : null,
    },
    target: targetText(indicator.target, kind, lang),
    targetValue: targetValue(indicator.target, kind, lang),
    yearChange:
      kind === "share" && lastValue?.value != null && yearBefore?.value != null
        ? formatPoints(lastValue.value - yearBefore.value, lang)
        : null,
  };
}

function indicatorView(
  index: PlaceIndex,
  site: SitesRow,
  indicator: Indicator,
  lang: Lang,
  periodLabels: readonly string[],
): SiteIndicatorView | null {
  const series = index.values.series(indicator.id, "site", site.site_id);
  if (series.length === 0) return null;
  const byPeriod = new Map(series.map((v) => [v.period, v]));
  const valueIn = (period: string) => byPeriod.get(period);
  const latest = indicatorLatest(index, site, indicator, lang, valueIn);
  return {
    ...latest,
    // markOf shares its marks, so the last of these is the very mark `latest` was made from.
    marks: index.periods.map((period, p) =>
      markOf(site, period, index.ends[p]!, valueIn(period), latest.kind, lang),
    ),
    spark:
      latest.kind === "share"
        ? index.periods.map((period, p) => ({
            period: periodLabels[p]!,
            value: valueIn(period)?.value ?? null,
          }))
        : null,
  };
}

/**
 * Counts the indicators with a target by their latest state: met, behind, or without data (not
 * reported, or nothing to count). Indicators without a target, and quarters before the site moved
 * in, are not counted.
 */
export function siteSummary(
  indicators: readonly SiteIndicatorLatest[],
  period: string | null,
  lang: Lang,
): SiteSummary {
  const statuses: Status[] = [];
  const behind: BehindMeasure[] = [];
  for (const indicator of indicators) {
    const state = indicator.latest.state;
    if (indicator.target === null || !isStatus(state)) continue;
    statuses.push(state);
    if (state === "behind") {
      const { title, href, target } = indicator;
      behind.push({ title, href, value: indicator.latest.valueText, target });
    }
  }
  const tally = tallyTargets(statuses);
  return {
    sentence: tallySentence("sitePage.summary", "sitePage.summaryNone", tally, period, lang),
    behind,
  };
}

function reportedView(
  table: TableName,
  row: Readonly<Record<string, CellValue>> | undefined,
  lang: Lang,
  columns: readonly string[],
  title: string,
): ReportedView {
  return {
    table,
    title,
    period: row ? formatPeriod(String(row.period ?? ""), lang) : null,
    items: row
      ? columns
          .filter((c) => c !== "site_id" && c !== "period")
          .map((c) => ({ label: columnTitle(table, c, lang), value: formatCell(table, c, row[c], lang) }))
      : [],
  };
}

/** How a site stands: each indicator it is counted in, those it never is, and the answer of its latest quarter. */
export interface SiteStanding<View extends SiteIndicatorLatest = SiteIndicatorView> {
  indicators: View[];
  notApplicable: SiteView["notApplicable"];
  summary: SiteSummary;
}

/** Splits the registry's site indicators into those `viewOf` finds values for and the rest. */
function standingOf<View extends SiteIndicatorLatest>(
  index: PlaceIndex,
  lang: Lang,
  registry: Registry<string>,
  viewOf: (indicator: Indicator) => View | null,
): SiteStanding<View> {
  const indicators: View[] = [];
  const notApplicable: SiteView["notApplicable"] = [];
  for (const indicator of registry.siteIndicators) {
    const view = viewOf(indicator);
    if (view) indicators.push(view);
    else
      notApplicable.push({
        id: indicator.id,
        title: indicator.title[lang],
        href: href(lang, `/indicators/${indicator.id}/`),
      });
  }
  return { indicators, notApplicable, summary: siteSummary(indicators, index.periods.at(-1) ?? null, lang) };
}

/**
 * The part of a site's page that says how it stands against the policy, on its own: the site's
 * page, its printed notice and its county's notice all read it, so they cannot disagree.
 */
export function siteStanding(
  index: PlaceIndex,
  site: SitesRow,
  lang: Lang,
  registry: Registry<string> = REGISTRY,
): SiteStanding {
  const periodLabels = index.periods.map((period) => formatPeriod(period, lang));
  return standingOf(index, lang, registry, (indicator) =>
    indicatorView(index, site, indicator, lang, periodLabels),
  );
}

/**
 * `siteStanding` without each indicator's history: what the notices print. The same latest
 * quarter, read with two lookups instead of a series of objects per indicator — a build makes
 * it for every site three times over (its notice, its county's notice, the county's print-all).
 */
export function siteLatestStanding(
  index: PlaceIndex,
  site: SitesRow,
  lang: Lang,
  registry: Registry<string> = REGISTRY,
): SiteStanding<SiteIndicatorLatest> {
  return standingOf(index, lang, registry, (indicator) =>
    index.values.has(indicator.id, "site", site.site_id)
      ? indicatorLatest(index, site, indicator, lang, (period) =>
          index.values.at(indicator.id, "site", site.site_id, period),
        )
      : null,
  );
}

/** Builds the site page of `id`, or undefined when there is no such site. */
export function siteView(
  index: PlaceIndex,
  id: string,
  lang: Lang,
  registry: Registry<string> = REGISTRY,
): SiteView | undefined {
  const site = index.places.site(id);
  if (!site) return undefined;
  const county = index.places.county(site.county_code);
  const countyName = county ? county.name[lang] : site.county_code;
  const countyHref = href(lang, `/counties/${site.county_code}/`);
  const rows = index.rowsOf(id);
  const latestPeriod = index.periods.at(-1) ?? null;
  const latestEnd = index.ends.at(-1) ?? "9999-12-31";
  const cell = (table: TableName, column: string, value: CellValue) => formatCell(table, column, value, lang);
  const col = (table: TableName, column: string) => columnTitle(table, column, lang);

  const plan =
    site.industry_plan_level === "none"
      ? categoryLabel("sites", "industry_plan_level", "none", lang)
      : `${categoryLabel("sites", "industry_plan_level", site.industry_plan_level, lang)}${t(lang, "common.comma")}${site.industry_plan_adopted === null ? t(lang, "place.notReported") : formatDate(site.industry_plan_adopted, lang)}`;
  const facts: Fact[] = [
    // The id, county and township head the page (its lede), so the facts start with the village.
    {
      label: t(lang, "place.village"),
      value: site.village_name === null ? t(lang, "place.notReported") : placeName(site.village_name, lang),
    },
    { label: col("sites", "placement"), value: categoryLabel("sites", "placement", site.placement, lang) },
    { label: t(lang, "place.size"), value: SIZE_LABELS[sizeClass(site.persons)][lang] },
    { label: col("sites", "households"), value: formatCount(site.households, lang) },
    { label: col("sites", "persons"), value: formatCount(site.persons, lang) },
    { label: col("sites", "moved_in"), value: cell("sites", "moved_in", site.moved_in) },
    { label: t(lang, "place.industryPlan"), value: plan },
  ];

  const { indicators, notApplicable, summary } = siteStanding(index, site, lang, registry);
  const reported = REPORTED_TABLES.map((table) =>
    reportedView(table, rows.latest[table], lang, tableByName(table).columns, tableByName(table).title[lang]),
  );

  const industries: TableView = {
    caption: t(lang, "sitePage.industriesCaption"),
    columns: [
      { key: "name", label: col("industries", "name_zh") },
      { key: "category", label: col("industries", "category") },
      { key: "leading", label: col("industries", "is_leading") },
      { key: "operator", label: col("industries", "operator_type") },
      { key: "started", label: col("industries", "started") },
      { key: "ended", label: col("industries", "ended") },
      { key: "state", label: t(lang, "sitePage.state") },
    ],
    rows: rows.industries.map((r) => ({
      name: r.name_zh,
      category: cell("industries", "category", r.category),
      leading: cell("industries", "is_leading", r.is_leading),
      operator: r.operator_name
        ? t(lang, "common.nameWithNote", {
            name: cell("industries", "operator_type", r.operator_type),
            note: r.operator_name,
          })
        : cell("industries", "operator_type", r.operator_type),
      started: cell("industries", "started", r.started),
      ended: r.ended === null ? "—" : cell("industries", "ended", r.ended),
      state: t(lang, isActive(r.started, r.ended, latestEnd) ? "place.active" : "place.ended"),
    })),
  };
  const workshops: TableView = {
    caption: t(lang, "sitePage.workshopsCaption"),
    columns: [
      { key: "name", label: col("workshops", "name_zh") },
      { key: "opened", label: col("workshops", "opened") },
      { key: "closed", label: col("workshops", "closed") },
      { key: "state", label: t(lang, "sitePage.state") },
      { key: "jobs", label: col("workshops", "jobs"), numeric: true },
      { key: "relocated", label: col("workshops", "relocated_employees"), numeric: true },
    ],
    rows: rows.workshops.map((r) => ({
      name: r.name_zh,
      opened: cell("workshops", "opened", r.opened),
      closed: r.closed === null ? "—" : cell("workshops", "closed", r.closed),
      state: t(lang, isActive(r.opened, r.closed, latestEnd) ? "place.open" : "place.closed"),
      jobs: formatCount(r.jobs, lang),
      relocated: formatCount(r.relocated_employees, lang),
    })),
  };
  const funds: TableView = {
    caption: t(lang, "sitePage.fundsCaption"),
    columns: [
      { key: "id", label: col("funds", "fund_id") },
      { key: "year", label: col("funds", "year") },
      { key: "source", label: col("funds", "source") },
      { key: "category", label: col("funds", "category") },
      { key: "amount", label: col("funds", "amount_yuan"), numeric: true },
      { key: "description", label: col("funds", "description") },
    ],
    rows: rows.funds.map((r) => ({
      id: r.fund_id,
      year: String(r.year),
      source: cell("funds", "source", r.source),
      category: cell("funds", "category", r.category),
      amount: formatYuan(r.amount_yuan, lang),
      description: r.description ?? t(lang, "place.notReported"),
    })),
  };
  const inspections: TableView = {
    caption: t(lang, "sitePage.inspectionsCaption"),
    columns: [
      { key: "date", label: col("inspections", "date") },
      { key: "findings", label: col("inspections", "findings"), numeric: true },
      { key: "rectified", label: col("inspections", "rectified"), numeric: true },
      { key: "summary", label: col("inspections", "summary") },
    ],
    rows: rows.inspections.map((r) => ({
      date: cell("inspections", "date", r.date),
      findings: formatCount(r.findings, lang),
      rectified: formatCount(r.rectified, lang),
      summary: r.summary ?? t(lang, "place.notReported"),
    })),
  };

  const neighbours = index.neighboursOf(id).map(({ site: other, km }) => ({
    id: other.site_id,
    name: siteName(other, lang),
    href: href(lang, `/sites/${other.site_id}/`),
    township: placeName(other.township_name, lang),
    county:
      other.county_code === site.county_code
        ? undefined
        : (index.places.county(other.county_code)?.name[lang] ?? other.county_code),
    distance: formatKm(km, lang),
  }));

  return {
    id,
    name: siteName(site, lang),
    county: { code: site.county_code, name: countyName, href: countyHref },
    township: placeName(site.township_name, lang),
    facts,
    latestPeriod: latestPeriod === null ? null : formatPeriod(latestPeriod, lang),
    summary,
    indicators,
    periods: [...index.periods],
    notApplicable,
    reported,
    industries,
    workshops,
    funds,
    inspections,
    neighbours,
    links: {
      map: `${href(lang, "/map/")}?site=${encodeURIComponent(id)}`,
      county: countyHref,
      data: href(lang, "/data/"),
      verify: href(lang, "/verify/"),
      notice: href(lang, `/sites/${id}/notice/`),
      downloads: SITE_DOWNLOADS.map((table) => ({
        label: `${table}.csv`,
        href: countySlicePath(site.county_code, table),
      })),
    },
  };
}
