/**
 * The map's state — indicator, period, filters, mode and the open site — and its query string,
 * so that a view can be shared as a link. Anything unknown in a query falls back to the default;
 * nothing from the address is trusted.
 */
import type { SizeClass } from "../indicators/scope.ts";
import type { Placement } from "../schema/sites.ts";

/** What the map shows: sites as markers, or counties shaded by value. */
export type MapMode = "sites" | "counties";

/** Sizes in the order the filters offer them. */
export const SIZES: readonly SizeClass[] = ["large", "medium", "small"];

/** Placements in the order the filters offer them. */
export const PLACEMENT_VALUES: readonly Placement[] = ["urban", "town", "central_village"];

/** Everything a shared link fixes about the map; null filters mean "all". */
export interface MapState {
  indicator: string;
  period: string;
  county: string | null;
  size: SizeClass | null;
  placement: Placement | null;
  mode: MapMode;
  /** The site whose popup is open. */
  site: string | null;
}

/** What a state may hold: the indicators with their periods, the counties and the sites. */
export interface MapChoices {
  /** Indicator ids in the order offered, each with its periods, oldest first. */
  indicators: readonly { id: string; periods: readonly string[] }[];
  /** The indicator shown when none (or an unknown one) is asked for. */
  defaultIndicator: string;
  counties: readonly string[];
  /** Whether a site id exists (sites are many; a lookup beats a list). */
  hasSite: (id: string) => boolean;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** The default state: the default indicator in its latest period, no filters, sites mode. */
export function defaultState(choices: MapChoices): MapState {
  const indicator =
    choices.indicators.find((i) => i.id === choices.defaultIndicator) ?? choices.indicators[0];
  return {
    indicator: indicator?.id ?? choices.defaultIndicator,
    period: indicator?.periods.at(-1) ?? "",
    county: null,
    size: null,
    placement: null,
    mode: "sites",
    site: null,
  };
}

/**
 * Reads a state from a query string (`?indicator=…&period=…`). An unknown indicator gives the
 * default one; a period the indicator does not have gives its latest; unknown filters are dropped.
 */
export function parseMapState(query: string, choices: MapChoices): MapState {
  const params = new URLSearchParams(query);
  const fallback = defaultState(choices);
  const indicator = choices.indicators.find((i) => i.id === params.get("indicator"));
  const chosen = indicator ?? choices.indicators.find((i) => i.id === fallback.indicator);
  const periods = chosen?.periods ?? [];
  const period = oneOf(params.get("period"), periods) ?? periods.at(-1) ?? fallback.period;
  const site = params.get("site");
  return {
    indicator: chosen?.id ?? fallback.indicator,
    period,
    county: oneOf(params.get("county"), choices.counties),
    size: oneOf(params.get("size"), SIZES),
    placement: oneOf(params.get("placement"), PLACEMENT_VALUES),
    mode: params.get("mode") === "counties" ? "counties" : "sites",
    site: site !== null && choices.hasSite(site) ? site : null,
  };
}

/**
 * The query string of a state, starting with `?`, in a fixed order. Indicator and period are
 * always written, so a shared link keeps meaning the same view after later releases add periods;
 * filters that show everything and the default mode are left out.
 */
export function mapStateQuery(state: MapState): string {
  const params = new URLSearchParams();
  params.set("indicator", state.indicator);
  params.set("period", state.period);
  if (state.county !== null) params.set("county", state.county);
  if (state.size !== null) params.set("size", state.size);
  if (state.placement !== null) params.set("placement", state.placement);
  if (state.mode !== "sites") params.set("mode", state.mode);
  if (state.site !== null) params.set("site", state.site);
  return `?${params.toString()}`;
}
