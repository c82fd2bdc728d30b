/**
 * The data-quality page, prepared: site sums against county-reported totals, the data against
 * independently published figures, consistency signals and the release's validation warnings,
 * each with plain words on what it means. Pure; the page only renders what this returns.
 */
import { PROBLEM_TYPES, problemMessage, type Problem, type ProblemCode } from "../problems.ts";
import {
  COMPARISON_BASES,
  NOT_COMPARABLE_REASONS,
  SIGNAL_TYPES,
  type PublishedCheck,
  type QualityReport,
  type Signal,
  type SignalCode,
  type TotalCheck,
} from "../quality/index.ts";
import { tableByName } from "../schema/index.ts";
import { REPORTED_MEASURES } from "../schema/reported-totals.ts";
import type { Bilingual, Lang, MessageKey } from "../i18n/index.ts";
import {
  formatCount,
  formatDate,
  formatPeriod,
  formatShare,
  href,
  isMessageKey,
  pick,
  t,
} from "../i18n/index.ts";
import type { Places } from "./places.ts";
import type { TableCell, TableView } from "./table.ts";

/** A county-reported total beside the site sum, with names to show. */
export interface TotalRow extends TotalCheck {
  countyName: string;
  measureName: string;
}

/** The reported-totals section: how many were checked and those that disagree, largest first. */
export interface TotalsSection {
  checked: number;
  /** Checks outside the tolerance, or with no site data to compare, by relative difference (largest first). */
  disagreeing: TotalRow[];
  /** Per county: checks made and checks outside the tolerance. */
  byCounty: { code: string; name: string; checked: number; disagreeing: number }[];
}

/** A published figure with the words that explain how it was compared, or why not. */
export interface PublishedRow {
  check: PublishedCheck;
  /** How the data's side was made (comparable figures) or why there is none (the others). */
  explanation: { title: string; why: string };
}

/** One kind of consistency signal: what it means, how often, and the first few where it occurs. */
export interface SignalGroup {
  code: SignalCode;
  title: string;
  why: string;
  count: number;
  examples: Signal[];
}

/** One kind of validation warning: what it means, how often, and where. */
export interface WarningGroup {
  code: ProblemCode;
  title: string;
  why: string;
  problems: Problem[];
}

/** Everything the data-quality page shows. */
export interface QualityView {
  tolerance: { reportedTotals: number; publishedFigures: number };
  totals: TotalsSection;
  comparable: PublishedRow[];
  notComparable: PublishedRow[];
  signals: SignalGroup[];
  /** Null while the model does not carry the release's warnings; empty when there are none. */
  warnings: WarningGroup[] | null;
}

/** The warnings the dictionaries explain in plainer words than the catalogue's, for a release's readers (`qualityWarning.<code>.title` / `.why`). */
const WARNINGS_IN_WORDS = [
  "encoding-gb18030",
  "column-order",
  "format-character",
  "normalised",
] as const satisfies readonly ProblemCode[];
type WarningInWords = (typeof WARNINGS_IN_WORDS)[number];
const inWords = (code: ProblemCode): code is WarningInWords =>
  (WARNINGS_IN_WORDS as readonly ProblemCode[]).includes(code);

// Examples shown per signal or warning kind; the downloads have them all.
const EXAMPLES = 20;

const measureNames = new Map<string, Bilingual>(
  REPORTED_MEASURES.map((m) => [m.value, { zh: m.zh, en: m.en }]),
);

function countyName(places: Places, code: string, lang: Lang): string {
  const county = places.county(code);
  return county ? pick(county.name, lang) : code;
}

/** Orders the largest disagreement first; checks with nothing to compare come last. */
function byDisagreement(a: TotalCheck, b: TotalCheck): number {
  const size = (c: TotalCheck) => (c.relative_difference === null ? -1 : Math.abs(c.relative_difference));
  return size(b) - size(a) || a.county_code.localeCompare(b.county_code) || a.period.localeCompare(b.period);
}

/**
 * The data-quality page for a report, the places (for names) and the release's validation
 * warnings (pass null while the model does not carry them). Optionally limited to one county.
 */
export function qualityView(
  report: QualityReport,
  places: Places,
  lang: Lang,
  warnings: readonly Problem[] | null,
  county: string | null = null,
): QualityView {
  const inCounty = (code: string) => county === null || code === county;
  const checks = report.reported_totals.filter((c) => inCounty(c.county_code));
  const disagreeing = checks
    .filter((c) => c.within_tolerance !== true)
    .sort(byDisagreement)
    .map<TotalRow>((c) => ({
      ...c,
      countyName: countyName(places, c.county_code, lang),
      measureName: pick(measureNames.get(c.measure) ?? { zh: c.measure, en: c.measure }, lang),
    }));
  const byCounty = places.counties
    .filter((c) => inCounty(c.code))
    .map((c) => {
      const own = checks.filter((check) => check.county_code === c.code);
      return {
        code: c.code,
        name: pick(c.name, lang),
        checked: own.length,
        disagreeing: own.filter((check) => check.within_tolerance !== true).length,
      };
    });
  const published = report.published_figures.map<PublishedRow>((check) => {
    const words =
      check.comparable && check.basis ? COMPARISON_BASES[check.basis] : NOT_COMPARABLE_REASONS[check.reason!];
    return { check, explanation: { title: pick(words.title, lang), why: pick(words.why, lang) } };
  });
  const signalCodes = Object.keys(SIGNAL_TYPES) as SignalCode[];
  const signals = signalCodes
    .map<SignalGroup>((code) => {
      const all = report.signals.filter((s) => s.code === code && inCounty(s.county_code));
      return {
        code,
        title: pick(SIGNAL_TYPES[code].title, lang),
        why: pick(SIGNAL_TYPES[code].why, lang),
        count: all.length,
        examples: all.slice(0, EXAMPLES),
      };
    })
    .filter((group) => group.count > 0);
  return {
    tolerance: {
      reportedTotals: report.tolerance.reported_totals,
      publishedFigures: report.tolerance.published_figures,
    },
    totals: { checked: checks.length, disagreeing, byCounty },
    comparable: published.filter((p) => p.check.comparable),
    notComparable: published.filter((p) => !p.check.comparable),
    signals,
    warnings: warnings === null ? null : warningGroups(warnings, lang),
  };
}

/** The release's warnings grouped by code, in the catalogue's order, with plain words for each. */
export function warningGroups(warnings: readonly Problem[], lang: Lang): WarningGroup[] {
  const groups = new Map<ProblemCode, Problem[]>();
  for (const problem of warnings) {
    if (problem.severity !== "warning") continue;
    const list = groups.get(problem.code) ?? [];
    list.push(problem);
    groups.set(problem.code, list);
  }
  return (Object.keys(PROBLEM_TYPES) as ProblemCode[])
    .filter((code) => groups.has(code))
    .map((code) => {
      const explained = inWords(code);
      return {
        code,
        title: explained ? t(lang, `qualityWarning.${code}.title`) : pick(PROBLEM_TYPES[code].title, lang),
        why: explained ? t(lang, `qualityWarning.${code}.why`) : pick(PROBLEM_TYPES[code].why, lang),
        problems: groups.get(code)!,
      };
    });
}

// ── The page's words and tables ──

/**
 * A published figure with its unit: persons and households as the schema labels them (the
 * columns of sites.csv), a share as a percentage; an unknown unit is shown as the file gives it.
 */
export function publishedValue(figure: { value: number; unit: string }, lang: Lang): string {
  if (figure.unit === "share") return formatShare(figure.value, lang);
  const field = tableByName("sites").fields.find((f) => f.name === figure.unit);
  const unit =
    field?.unit !== undefined
      ? pick({ zh: field.unit, en: field.unit_en ?? field.unit }, lang)
      : figure.unit === "sites"
        ? t(lang, "qualityPage.sitesUnit")
        : figure.unit;
  return `${formatCount(figure.value, lang)} ${unit}`;
}

/** A published figure's place and measure, the measure in words. */
function placeAndMeasure(figure: { scope: string; measure: string }, lang: Lang): string {
  // The file is reference material outside the data contract, so its measures have no schema
  // labels: the dictionaries' `publishedMeasure.*` keep its identifiers off the page.
  const key = `publishedMeasure.${figure.measure}`;
  return `${figure.scope} · ${isMessageKey(key) ? t(lang, key) : figure.measure}`;
}

/** The figure's source, linked when it has an address. */
function sourceCell(figure: { source_title: string; source_url: string | null }): TableCell {
  return figure.source_url
    ? { text: figure.source_title, href: figure.source_url, external: true }
    : figure.source_title;
}

/** A relative difference as a signed percentage (+3.2% / −1.0%), or the language's "no data". */
export function signedShare(value: number | null, lang: Lang): string {
  if (value === null) return formatShare(null, lang);
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${formatShare(Math.abs(value), lang)}`;
}

/** A titled section of the page with its own tables. */
export interface QualityGroup {
  id: string;
  heading: string;
  why: string;
}

/** The data-quality page as it is shown: every sentence and table, ready to render. */
export interface QualityPage {
  title: string;
  description: string;
  lede: string;
  report: string;
  totals: {
    heading: string;
    intro: string;
    byCounty: TableView;
    differing: TableView | null;
    /** The summary the differing totals fold under (a long table: 170 rows at Shiyan's scale). */
    differingShow: string;
    shownOnly: string | null;
  };
  published: { heading: string; intro: string; comparable: TableView; notComparable: TableView | null };
  signals: {
    heading: string;
    intro: string;
    none: string | null;
    groups: (QualityGroup & { table: TableView })[];
  };
  /** A note instead of groups when there is nothing to list (or the warnings are not available). */
  warnings: {
    heading: string;
    note: string | null;
    groups: (QualityGroup & { problems: { where: string; message: string }[] })[];
  };
}

/** A word of this page: its name in the dictionaries' "qualityPage" section (a column key too). */
type QualityWord = MessageKey extends infer K
  ? K extends `qualityPage.${infer Name}`
    ? Name
    : never
  : never;

// Differing totals listed on the page; the report (JSON) has them all.
const SHOWN_TOTALS = 200;

/** The data-quality page's words and tables for a prepared view. */
export function qualityPage(view: QualityView, lang: Lang): QualityPage {
  const count = (n: number | null) => (n === null ? formatShare(null, lang) : formatCount(n, lang));
  const col = (key: QualityWord) => ({ key, label: t(lang, `qualityPage.${key}`) });
  const shown = view.totals.disagreeing.slice(0, SHOWN_TOTALS);
  const heading = (title: string, n: number) =>
    t(lang, "qualityPage.groupHeading", { title, count: formatCount(n, lang) });
  return {
    title: t(lang, "qualityPage.title"),
    description: t(lang, "qualityPage.description"),
    lede: t(lang, "qualityPage.lede"),
    report: t(lang, "qualityPage.report"),
    totals: {
      heading: t(lang, "qualityPage.totalsHeading"),
      intro: t(lang, "qualityPage.totalsIntro", {
        tolerance: formatShare(view.tolerance.reportedTotals, lang),
        checked: formatCount(view.totals.checked, lang),
        differing: formatCount(view.totals.disagreeing.length, lang),
      }),
      byCounty: {
        caption: t(lang, "qualityPage.byCountyCaption"),
        captionId: "by-county-caption",
        columns: [col("county"), col("totalsCompared"), col("differing")],
        rows: view.totals.byCounty.map((c) => ({
          county: { text: c.name, href: href(lang, `/counties/${c.code}/`), isolate: true },
          totalsCompared: formatCount(c.checked, lang),
          differing: formatCount(c.disagreeing, lang),
        })),
      },
      differing:
        shown.length === 0
          ? null
          : {
              caption: t(lang, "qualityPage.differingCaption"),
              captionId: "totals-caption",
              columns: [
                col("county"),
                col("period"),
                col("measure"),
                col("reported"),
                col("siteSum"),
                col("difference"),
                col("relative"),
                col("sitesCounted"),
              ],
              rows: shown.map((row) => ({
                county: { text: row.countyName, isolate: true },
                period: formatPeriod(row.period, lang),
                measure: row.measureName,
                reported: formatCount(row.reported, lang),
                siteSum: count(row.site_sum),
                difference: count(row.difference),
                relative: { text: signedShare(row.relative_difference, lang), span: true },
                sitesCounted: formatCount(row.sites_counted, lang),
              })),
            },
      differingShow: t(lang, "qualityPage.differingShow", { count: formatCount(shown.length, lang) }),
      shownOnly:
        view.totals.disagreeing.length > shown.length
          ? t(lang, "qualityPage.shownOnly", { shown: formatCount(SHOWN_TOTALS, lang) })
          : null,
    },
    published: {
      heading: t(lang, "qualityPage.publishedHeading"),
      intro: t(lang, "qualityPage.publishedIntro", {
        tolerance: formatShare(view.tolerance.publishedFigures, lang),
      }),
      comparable: {
        caption: t(lang, "qualityPage.comparableCaption"),
        captionId: "comparable-caption",
        columns: [
          col("placeAndMeasure"),
          col("published"),
          col("data"),
          col("relative"),
          col("agrees"),
          col("howCompared"),
          col("source"),
        ],
        rows: view.comparable.map(({ check, explanation }) => ({
          placeAndMeasure: placeAndMeasure(check.figure, lang),
          published: `${formatCount(check.figure.value, lang)} (${formatDate(check.figure.as_of, lang)})`,
          data: count(check.data_value),
          relative: { text: signedShare(check.relative_difference, lang), span: true },
          agrees:
            check.within_tolerance === null
              ? formatShare(null, lang)
              : t(lang, check.within_tolerance ? "qualityPage.yes" : "qualityPage.no"),
          howCompared: `${explanation.title}: ${explanation.why}`,
          source: sourceCell(check.figure),
        })),
      },
      notComparable:
        view.notComparable.length === 0
          ? null
          : {
              caption: t(lang, "qualityPage.notComparableCaption"),
              captionId: "not-comparable-caption",
              columns: [col("placeAndMeasure"), col("published"), col("whyNot"), col("source")],
              rows: view.notComparable.map(({ check, explanation }) => ({
                placeAndMeasure: placeAndMeasure(check.figure, lang),
                published: `${publishedValue(check.figure, lang)} (${formatDate(check.figure.as_of, lang)})`,
                whyNot: `${explanation.title}: ${explanation.why}`,
                source: sourceCell(check.figure),
              })),
            },
    },
    signals: {
      heading: t(lang, "qualityPage.signalsHeading"),
      intro: t(lang, "qualityPage.signalsIntro"),
      none: view.signals.length === 0 ? t(lang, "qualityPage.noneFound") : null,
      groups: view.signals.map((group) => ({
        id: `signal-${group.code}`,
        heading: heading(group.title, group.count),
        why: group.why,
        table: {
          caption: t(lang, "qualityPage.signalCaption", {
            title: group.title,
            count: String(group.examples.length),
          }),
          captionId: `signal-${group.code}-caption`,
          columns: [col("site"), col("period"), col("tableAndColumn"), col("figures")],
          rows: group.examples.map((s) => ({
            site: { text: s.site_id, href: href(lang, `/sites/${s.site_id}/`) },
            period: formatPeriod(s.period, lang),
            tableAndColumn: { text: `${s.table}${s.column ? `.${s.column}` : ""}`, code: true },
            figures: Object.entries(s.values)
              .map(([name, value]) => `${name} = ${formatCount(value, lang)}`)
              .join("; "),
          })),
        },
      })),
    },
    warnings: {
      heading: t(lang, "qualityPage.warningsHeading"),
      note:
        view.warnings === null
          ? t(lang, "qualityPage.warningsUnavailable")
          : view.warnings.length === 0
            ? t(lang, "qualityPage.noWarnings")
            : null,
      groups: (view.warnings ?? []).map((group) => ({
        id: `warning-${group.code}`,
        heading: heading(group.title, group.problems.length),
        why: group.why,
        problems: group.problems.slice(0, EXAMPLES).map((p) => ({
          where: `${p.file}${p.row !== null ? `:${p.row}` : ""}${p.column ? `:${p.column}` : ""}`,
          message: problemMessage(p, lang),
        })),
      })),
    },
  };
}
