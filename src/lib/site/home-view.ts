/** What the home page shows: totals, the headline indicators and what moved last quarter. Pure. */
import { describeIndicator, REGISTRY, type Registry } from "../indicators/registry.ts";
import type { IndicatorMeta, IndicatorValue } from "../indicators/types.ts";
import { CITY_CODE } from "../indicators/types.ts";
import type { Dataset } from "../schema/index.ts";
import type { ValueIndex } from "./values.ts";

/** A headline card: latest value, change over a year (in points of share), trend. */
export interface HeadlineCard {
  meta: IndicatorMeta;
  latest: IndicatorValue | undefined;
  series: readonly IndicatorValue[];
  /** Latest minus four quarters earlier, as a share (0.05 = 5 points); null when either is missing. */
  change: number | null;
}

/** An indicator that moved by at least `MOVE_THRESHOLD` since the previous quarter. */
export interface Movement {
  meta: IndicatorMeta;
  previous: number | null;
  latest: number | null;
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
  const metas = registry.indicators.map(describeIndicator);
  const headlines = registry.homeHeadlines.map((indicator) => {
    const meta = describeIndicator(indicator);
    const series = values.series(meta.id, "city", CITY_CODE);
    const latest = series.at(-1);
    const yearBefore = series.at(-5);
    const change =
      latest?.value != null && yearBefore?.value != null && meta.periodKind === "quarter"
        ? latest.value - yearBefore.value
        : null;
    return { meta, latest, series, change };
  });
  const moved: Movement[] = [];
  for (const meta of metas) {
    if (meta.periodKind !== "quarter") continue;
    const series = values.series(meta.id, "city", CITY_CODE);
    const latest = series.at(-1)?.value ?? null;
    const previous = series.at(-2)?.value ?? null;
    if (latest !== null && previous !== null && Math.abs(latest - previous) >= MOVE_THRESHOLD) {
      moved.push({ meta, previous, latest });
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
