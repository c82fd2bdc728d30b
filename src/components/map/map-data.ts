/** The map's packed data for this build, computed once from the model and shared by the page and its endpoints. */
import { buildContext, type PortalModel } from "../../data/context.ts";
import { mapData, type MapData } from "../../lib/map/page.ts";

// Keyed on the model, so a second build in the same process (tests) never sees stale data.
const cache = new WeakMap<PortalModel, MapData>();

/** The map data of the current build's model. */
export function getMapData(): MapData {
  const { model } = buildContext();
  let data = cache.get(model);
  if (!data) {
    data = mapData(model);
    cache.set(model, data);
  }
  return data;
}
