/**
 * What the map page and its data endpoints are made of, computed once per build from the model:
 * the indicators offered, the packed points and status files, and the server-rendered list that
 * works without JavaScript.
 */
import type { CountyBoundaries } from "../geo/boundaries.ts";
import { describeIndicator, REGISTRY, type IndicatorId, type Registry } from "../indicators/registry.ts";
import { isValueStore, type Values } from "../indicators/store.ts";
import type { Dataset } from "../schema/index.ts";
import { PLACEMENTS } from "../schema/sites.ts";
import { formatPeriod, formatShare, href, pick, type Lang } from "../i18n/index.ts";
import { indexPlaces, siteName, siteSize, SIZE_LABELS } from "../site/places.ts";
import { categoryLabel } from "../site/cells.ts";
import { indexValues } from "../site/values.ts";
import {
  mapIndicators,
  packPoints,
  packStatusFiles,
  type MapIndicator,
  type MapPoints,
  type MapStatusFile,
} from "./points.ts";
import { simplifyBoundaries } from "./simplify.ts";
import {
  baseLayer,
  sortLabels,
  townshipLabels,
  type BaseLayer,
  type BaseMap,
  type MapLabel,
} from "./basemap.ts";
import { defaultState, type MapChoices, type MapState } from "./state.ts";
import { STATUS_LABELS, statusOfCode, type MapStatus } from "./style.ts";
import { SITE_LIST_LIMIT } from "../site/site-list.ts";

/** The indicator the map opens with: the policy's headline employment measure. */
export const DEFAULT_INDICATOR: IndicatorId = "household-employment";

/**
 * Everything the map needs, language-neutral. The status files are made per indicator
 * (`indicatorStatusFiles`) by whichever process renders them; the page needs only the one it
 * opens with.
 */
export interface MapData {
  points: MapPoints;
  /** The status file of the indicator and period the map opens with, for its list. */
  initialStatus: MapStatusFile | undefined;
  boundaries: CountyBoundaries;
  /** The geography and labels drawn under the sites. */
  base: BaseLayer;
  /** Township labels, most sites first (`/map/townships.json`). */
  townships: MapLabel[];
  choices: MapChoices;
  initial: MapState;
}

/** Packs the model's sites, values and boundaries for the map. */
export function mapData(
  model: {
    dataset: Pick<Dataset, "counties" | "sites">;
    values: Values;
    boundaries: CountyBoundaries;
  },
  registry: Registry<string> = REGISTRY,
  baseMap: BaseMap | null = null,
): MapData {
  const places = indexPlaces(model.dataset);
  const index = indexValues(model.values);
  const indicators = mapIndicators(registry.indicators.map(describeIndicator), (id) => index.periods(id));
  const counties = places.counties.map((county) => ({ code: county.code, name: county.name }));
  const points = packPoints(places.sites, counties, indicators);
  const siteIds = new Set(points.ids);
  const choices: MapChoices = {
    indicators: indicators.map(({ id, periods }) => ({ id, periods })),
    defaultIndicator: DEFAULT_INDICATOR,
    counties: counties.map((county) => county.code),
    hasSite: (id) => siteIds.has(id),
  };
  const initial = defaultState(choices);
  return {
    points,
    initialStatus: indicatorStatusFiles(model.values, initial.indicator, points).get(
      `${initial.indicator}/${initial.period}`,
    ),
    boundaries: simplifyBoundaries(model.boundaries),
    base: baseLayer(model.boundaries, counties, places.sites, baseMap),
    townships: sortLabels(townshipLabels(places.sites)),
    choices,
    initial,
  };
}

/**
 * One indicator's status files, one per period it has site or county values in, keyed
 * `indicator/period`. At national scale all of them took 14 s to make: the render processes
 * each make only those of their own indicators.
 */
export function indicatorStatusFiles(
  values: Values,
  indicator: string,
  points: { ids: readonly string[]; counties: readonly { code: string }[] },
): Map<string, MapStatusFile> {
  const own = isValueStore(values)
    ? values.ofIndicator(indicator)
    : values.filter((v) => v.indicator === indicator);
  return packStatusFiles(
    own,
    points.ids,
    points.counties.map((county) => county.code),
  );
}

/** A choice in one of the page's selects. */
export interface Option {
  value: string;
  label: string;
}

/** One row of the list that works without JavaScript. */
export interface ListRow {
  id: string;
  name: string;
  href: string;
  county: string;
  size: string;
  placement: string;
  persons: number;
  status: MapStatus;
  statusLabel: string;
  value: string;
}

/** One county in the list shown instead of the sites when they are too many to list. */
export interface CountyRow {
  code: string;
  name: string;
  href: string;
  sites: number;
}

/** What the map page renders in one language. */
export interface MapPageView {
  indicators: Option[];
  periods: Option[];
  counties: Option[];
  sizes: Option[];
  placements: Option[];
  initial: MapState;
  /** The title of the indicator the server-rendered list shows. */
  indicatorTitle: string;
  /** Every site, when there are at most `SITE_LIST_LIMIT`; else null and `countyRows` is used. */
  rows: ListRow[] | null;
  countyRows: CountyRow[];
  siteCount: number;
}

/** The map page in a language, from the packed map data and the model it came from. */
export function mapPageView(
  data: MapData,
  model: { dataset: Pick<Dataset, "counties" | "sites"> },
  lang: Lang,
): MapPageView {
  const places = indexPlaces(model.dataset);
  const { points, initial } = data;
  const indicator = points.indicators.find((i) => i.id === initial.indicator);
  const status = data.initialStatus;
  const countyName = new Map(points.counties.map((c) => [c.code, pick(c.name, lang)]));
  const rows =
    places.sites.length > SITE_LIST_LIMIT
      ? null
      : places.sites.map<ListRow>((site, i) => {
          const code = status?.sites[i] ?? "x";
          const mapStatus = statusOfCode(code);
          const value = status?.siteValues[i] ?? null;
          return {
            id: site.site_id,
            name: siteName(site, lang),
            href: href(lang, `/sites/${site.site_id}/`),
            county: countyName.get(site.county_code) ?? site.county_code,
            size: SIZE_LABELS[siteSize(site)][lang],
            placement: categoryLabel("sites", "placement", site.placement, lang),
            persons: site.persons,
            status: mapStatus,
            statusLabel: STATUS_LABELS[mapStatus][lang],
            value:
              mapStatus === "not-applicable" ? "—" : formatShare(value === null ? null : value / 1000, lang),
          };
        });
  return {
    indicators: points.indicators.map((i: MapIndicator) => ({ value: i.id, label: pick(i.title, lang) })),
    periods: (indicator?.periods ?? []).map((p) => ({ value: p, label: formatPeriod(p, lang) })),
    counties: points.counties.map((c) => ({ value: c.code, label: pick(c.name, lang) })),
    sizes: (["large", "medium", "small"] as const).map((s) => ({ value: s, label: SIZE_LABELS[s][lang] })),
    placements: PLACEMENTS.map((p) => ({ value: p.value, label: p[lang] })),
    initial,
    indicatorTitle: indicator ? pick(indicator.title, lang) : initial.indicator,
    rows,
    countyRows: places.counties.map((county) => ({
      code: county.code,
      name: pick(county.name, lang),
      href: href(lang, `/counties/${county.code}/`),
      sites: county.sites.length,
    })),
    siteCount: places.sites.length,
  };
}
