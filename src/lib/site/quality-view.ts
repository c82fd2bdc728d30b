/**
 * The data-quality page, prepared: site sums against county-reported totals, the data against
 * independently published figures, consistency signals and the release's validation warnings,
 * each with plain words on what it means. Pure; the page only renders what this returns.
 */
import { PROBLEM_TYPES, type Problem, type ProblemCode } from "../problems.ts";
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
import { REPORTED_MEASURES } from "../schema/reported-totals.ts";
import type { Bilingual, Lang } from "./i18n.ts";
import { pick } from "./i18n.ts";
import type { Places } from "./places.ts";

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

/** Plain words for the warnings the validator can give (PROBLEM_TYPES has English only). */
export const WARNING_WORDS: Partial<Record<ProblemCode, { title: Bilingual; why: Bilingual }>> = {
  "encoding-gb18030": {
    title: { zh: "文件是 GBK 编码", en: "The file was saved as GBK" },
    why: {
      zh: "中文版 Excel 常把 CSV 存为 GBK 编码。文件已正确读取，发布的文件已转为 UTF-8；下次请另存为“CSV UTF-8”。",
      en: "Excel on Chinese Windows often saves CSV as GBK. It was read correctly and is published as UTF-8; next time, save as “CSV UTF-8”.",
    },
  },
  "column-order": {
    title: { zh: "列的顺序与标准不同", en: "Columns in another order" },
    why: {
      zh: "各列按列名读取，数据没有受影响；发布的文件使用标准的列顺序。",
      en: "The columns were read by their names, so no data was affected; the published file uses the standard order.",
    },
  },
  "format-character": {
    title: { zh: "删除了不可见字符", en: "Invisible characters removed" },
    why: {
      zh: "单元格中有零宽空格等不可见字符，它们已从发布的文本中删除；请在源文件中删除。",
      en: "A cell held invisible characters such as zero-width spaces; they were removed from the published text. Please delete them in the source file.",
    },
  },
  normalised: {
    title: { zh: "数值写法不标准", en: "A value written in a non-standard way" },
    why: {
      zh: "数值已按标准写法读取（例如日期、是/否），发布的文件使用标准写法；请在源文件中改正。",
      en: "The value was read in its standard form (a date or yes/no, for example) and is published that way; please correct the source file.",
    },
  },
};

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
      const words = WARNING_WORDS[code];
      return {
        code,
        title: words ? pick(words.title, lang) : PROBLEM_TYPES[code].title,
        why: words ? pick(words.why, lang) : PROBLEM_TYPES[code].why,
        problems: groups.get(code)!,
      };
    });
}
