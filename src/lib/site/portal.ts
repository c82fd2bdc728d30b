/**
 * The lookups every page shares, built once per model (the model is the same object for the whole
 * build, so a WeakMap keyed by it caches them). Pure.
 */
import type { Values } from "../indicators/store.ts";
import type { Dataset } from "../schema/index.ts";
import { indexPlaces, type Places } from "./places.ts";
import { indexValues, type ValueIndex } from "./values.ts";

/** The shared lookups of one build. */
export interface SiteViews {
  values: ValueIndex;
  places: Places;
}

const cache = new WeakMap<object, SiteViews>();

/** The shared lookups for a model, built on first use. */
export function siteViews(model: { dataset: Dataset; values: Values }): SiteViews {
  let views = cache.get(model);
  if (!views) {
    views = { values: indexValues(model.values), places: indexPlaces(model.dataset) };
    cache.set(model, views);
  }
  return views;
}
