/**
 * Draws the offline base map (src/lib/map/basemap.ts) on a Leaflet map: the reservoir and rivers
 * as vector layers, the towns as dots, and the labels, of which only those that fit are shown at
 * each zoom (higher priority first; see `keepLabels`). No tile, no request beyond `/map/base.json`.
 * Label texts are set with `textContent`.
 */
import L from "leaflet";
import { keepLabels, type BaseLayer, type LabelKind, type MapLabel } from "../../lib/map/basemap.ts";
import type { BBox } from "../../lib/geo/boundaries.ts";
import "./basemap.css";
import { pick, type Lang } from "../../lib/i18n/index.ts";

/** Township labels appear from this zoom on (about one county on a phone). */
export const TOWNSHIP_ZOOM = 10;

const WATER = "#8cb8d8";

interface Drawn {
  element: HTMLElement;
  kind: LabelKind;
  marker: L.Marker;
}

/**
 * Draws the base layer under the sites and keeps its labels apart; returns a function that
 * redraws which labels show (the map calls it itself after every zoom and move).
 */
export function drawBaseMap(
  map: L.Map,
  base: BaseLayer,
  lang: Lang,
  coordsToLatLng = (c: number[]) => L.latLng(c[1]!, c[0]!),
  townshipsUrl: string | null = null,
): () => void {
  map.createPane("water").style.zIndex = "410";
  const labelPane = map.createPane("labels");
  labelPane.style.zIndex = "460";
  labelPane.style.pointerEvents = "none";
  // The labels repeat what the list and the page say in text; screen readers skip them.
  labelPane.setAttribute("aria-hidden", "true");
  const shift = (lon: number, lat: number) => coordsToLatLng([lon, lat]);
  for (const { kind, geometry } of base.water) {
    const style = { color: WATER, fillColor: "#c6ddef", fillOpacity: 1 };
    const layer = L.geoJSON(geometry, {
      pane: "water",
      interactive: false,
      coordsToLatLng,
      style: kind === "lake" ? { ...style, weight: 1 } : { ...style, weight: 2.5, fill: false },
    });
    layer.addTo(map);
  }
  for (const [lon, lat] of base.towns) {
    L.circleMarker(shift(lon, lat), {
      pane: "water",
      interactive: false,
      radius: 3.5,
      color: "#ffffff",
      weight: 1.5,
      fillColor: "#1b1f24",
      fillOpacity: 1,
    }).addTo(map);
  }
  const drawn: Drawn[] = [];
  function addLabels(labels: readonly MapLabel[]): void {
    for (const label of labels) {
      const element = document.createElement("span");
      element.className = `map-label map-label-${label.kind}`;
      element.textContent = pick(label.name, lang);
      const icon = L.divIcon({
        className: "map-label-anchor",
        html: element,
        iconSize: null as unknown as L.PointExpression,
      });
      const marker = L.marker(shift(label.at[0], label.at[1]), {
        icon,
        pane: "labels",
        interactive: false,
        keyboard: false,
      }).addTo(map);
      drawn.push({ element, kind: label.kind, marker });
    }
  }
  addLabels(base.labels);
  // Township labels come in a file of their own, the first time the map is close enough for them.
  let townships: Promise<void> | null = null;
  function loadTownships(): void {
    if (townships || !townshipsUrl) return;
    townships = fetch(townshipsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<MapLabel[]>) : []))
      .then((labels) => {
        addLabels(labels);
        place();
      })
      .catch(() => undefined);
  }

  function place(): void {
    const zoom = map.getZoom();
    if (zoom >= TOWNSHIP_ZOOM) loadTownships();
    const frame = map.getContainer().getBoundingClientRect();
    const boxes = drawn.map(({ element, kind }): BBox | null => {
      if (kind === "township" && zoom < TOWNSHIP_ZOOM) return null;
      const r = element.getBoundingClientRect();
      if (r.right < frame.left || r.left > frame.right || r.bottom < frame.top || r.top > frame.bottom)
        return null;
      return [r.left, r.top, r.right, r.bottom];
    });
    const keep = keepLabels(boxes);
    drawn.forEach(({ element }, i) => {
      element.classList.toggle("map-label-hidden", !keep[i]);
    });
    // For tests and styles: the zoom the labels were last placed at.
    map.getContainer().dataset.labelZoom = String(zoom);
  }
  map.on("zoomend moveend resize", place);
  place();
  return place;
}
