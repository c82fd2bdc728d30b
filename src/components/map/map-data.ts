/** The map's packed data for this build, computed once from the model and shared by the page and its endpoints. */
import { buildContext, type PortalModel } from "../../data/context.ts";
import { REGISTRY } from "../../lib/indicators/registry.ts";
import type { BaseMap } from "../../lib/map/basemap.ts";
import { indicatorStatusFiles, mapData, type MapData } from "../../lib/map/page.ts";
import type { MapStatusFile } from "../../lib/map/points.ts";
// The bundled geography around Shiyan (scripts/make-basemap.ts); a build for another region
// draws none of it (baseLayer keeps what lies near the boundaries).
import baseMapText from "../../../content/geo/basemap.geojson?raw";

// Keyed on the model, so a second build in the same process (tests) never sees stale data.
const cache = new WeakMap<PortalModel, MapData>();

/** The map data of the current build's model. */
export function getMapData(): MapData {
  const { model } = buildContext();
  let data = cache.get(model);
  if (!data) {
    data = mapData(model, REGISTRY, JSON.parse(baseMapText) as BaseMap);
    cache.set(model, data);
  }
  return data;
}

const statusCache = new WeakMap<PortalModel, Map<string, Map<string, MapStatusFile>>>();

/** One indicator's status files (`indicator/period` → file) for the current build's model. */
export function getStatusFiles(indicator: string): Map<string, MapStatusFile> {
  const { model } = buildContext();
  let byIndicator = statusCache.get(model);
  if (!byIndicator) {
    byIndicator = new Map();
    statusCache.set(model, byIndicator);
  }
  let files = byIndicator.get(indicator);
  if (!files) {
    files = indicatorStatusFiles(model.values, indicator, getMapData().points);
    byIndicator.set(indicator, files);
  }
  return files;
}
