/** What the home page shows: totals, the headline indicators and what moved last quarter. Pure. */
import { describeIndicator, REGISTRY, type Registry } from "../indicators/registry.ts";
import type { IndicatorMeta, IndicatorValue } from "../indicators/types.ts";
import { CITY_CODE } from "../indicators/types.ts";
import type { Dataset } from "../schema/index.ts";
import { quartersBetween } from "../indicators/periods.ts";
import type { ValueIndex } from "./values.ts";
import { formatShare, href, type Lang } from "../i18n/index.ts";
import type { Status } from "../indicators/types.ts";
import { tallySentence, tallyTargets, targetText, type BehindMeasure } from "./cells.ts";

/** A headline card: latest value, change over a year (in points of share), trend. */
export interface HeadlineCard {
  meta: IndicatorMeta;
  latest: IndicatorValue | undefined;
  series: readonly IndicatorValue[];
  /** Latest minus four quarters earlier, as a share (0.05 = 5 points); null when either is missing. */
  change: number | null;
}

/** An indicator that moved by at least `MOVE_THRESHOLD`, like against like. */
export interface Movement {
  meta: IndicatorMeta;
  previous: number | null;
  latest: number | null;
  /**
   * What the latest value is compared with: the quarter before, or the same quarter a year before
   * for a year-to-date measure (its climb through the year and fall each first quarter are not news).
   */
  against: "previous-quarter" | "year-before";
}

/** A change of at least one percentage point counts as a movement worth telling. */
export const MOVE_THRESHOLD = 0.01;

export interface HomeView {
  sites: number;
  persons: number;
  households: number;
  latestPeriod: string | undefined;
  headlines: HeadlineCard[];
  moved: Movement[];
}

/**
 * The answer the home page gives first: how the city stands against the policy's targets at each
 * indicator's latest period, and which measures are behind, with value and target.
 */
export function cityStanding(
  values: ValueIndex,
  period: string | undefined,
  lang: Lang,
  registry: Registry<string> = REGISTRY,
): { sentence: string; behind: BehindMeasure[] } {
  const statuses: Status[] = [];
  const behind: BehindMeasure[] = [];
  for (const indicator of registry.indicators) {
    const target = targetText(indicator.target, "share", lang);
    if (target === null) continue;
    const latest = values.series(indicator.id, "city", CITY_CODE).at(-1);
    const status = latest?.status ?? "no-data";
    statuses.push(status);
    if (status === "behind") {
      behind.push({
        title: indicator.title[lang],
        href: href(lang, `/indicators/${indicator.id}/`),
        value: formatShare(latest?.value ?? null, lang),
        target,
      });
    }
  }
  return {
    sentence: tallySentence(
      "home.standing",
      "home.standingNone",
      tallyTargets(statuses),
      period ?? null,
      lang,
    ),
    behind,
  };
}

/** Prepares the home page; its cards are the registry's home headlines (the policy's core promises, one per area). */
export function homeView(
  dataset: Pick<Dataset, "sites">,
  values: ValueIndex,
  registry: Registry<string> = REGISTRY,
): HomeView {
  let persons = 0;
  let households = 0;
  for (const site of dataset.sites) {
    persons += site.persons;
    households += site.households;
  }
  const headlines = registry.homeHeadlines.map((indicator) => {
    const meta = describeIndicator(indicator);
    const series = values.series(meta.id, "city", CITY_CODE);
    const latest = series.at(-1);
    const yearBefore = series.at(-5);
    const change =
      latest?.value != null &&
      yearBefore?.value != null &&
      meta.periodKind === "quarter" &&
      quartersBetween(yearBefore.period, latest.period) === 4
        ? latest.value - yearBefore.value
        : null;
    return { meta, latest, series, change };
  });
  const moved: Movement[] = [];
  for (const indicator of registry.indicators) {
    if (indicator.periodKind !== "quarter") continue;
    const against = indicator.yearToDate ? "year-before" : "previous-quarter";
    const series = values.series(indicator.id, "city", CITY_CODE);
    const latest = series.at(-1);
    const previous = series.at(against === "year-before" ? -5 : -2);
    // Quarters apart by exactly one (or four): a gap in the series must not pass for the quarter before.
    if (latest?.value == null || previous?.value == null) continue;
    if (quartersBetween(previous.period, latest.period) !== (against === "year-before" ? 4 : 1)) continue;
    if (Math.abs(latest.value - previous.value) >= MOVE_THRESHOLD) {
      moved.push({
        meta: describeIndicator(indicator),
        previous: previous.value,
        latest: latest.value,
        against,
      });
    }
  }
  return {
    sites: dataset.sites.length,
    persons,
    households,
    latestPeriod: headlines[0]?.latest?.period,
    headlines,
    moved,
  };
}
