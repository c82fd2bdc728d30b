/**
 * The small map on county and site pages: a still picture drawn with Leaflet from the map's own
 * data files — county boundaries with the focus county outlined, and the site or the county's sites.
 */
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { CountyBoundaries } from "../../lib/geo/boundaries.ts";
import { fromWire, type WirePoints } from "../../lib/map/points.ts";
import type { BaseLayer } from "../../lib/map/basemap.ts";
import { langOf } from "../../lib/i18n/index.ts";
import { drawBaseMap } from "./basemap-client.ts";

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

const DOT = {
  radius: 4,
  color: "#ffffff",
  weight: 1,
  fillColor: "#0b4a8b",
  fillOpacity: 1,
  interactive: false,
};

/** Draws one mini map in its element, from the element's data attributes. */
export async function startMiniMap(element: HTMLElement): Promise<void> {
  const { county, site, lat, lon } = element.dataset;
  let boundaries: CountyBoundaries;
  try {
    boundaries = await getJson<CountyBoundaries>("/map/counties.json");
  } catch {
    element.hidden = true;
    return;
  }
  element.hidden = false;
  const map = L.map(element, {
    zoomSnap: 0.25,
    zoomAnimation: false,
    fadeAnimation: false,
    zoomControl: false,
    attributionControl: false,
    dragging: false,
    scrollWheelZoom: false,
    doubleClickZoom: false,
    boxZoom: false,
    keyboard: false,
    touchZoom: false,
  });
  // The picture has its text alternative on the element; Leaflet's own focus stop would be empty.
  element.removeAttribute("tabindex");
  // Dots above the boundaries' fill, whatever order the renderers are made in.
  map.createPane("dots").style.zIndex = "450";
  const renderer = L.canvas({ padding: 0.1, pane: "dots" });
  const bounds = new Map<string, L.LatLngBounds>();
  const layer = L.geoJSON(boundaries, {
    interactive: false,
    onEachFeature: (feature, part) => {
      if (part instanceof L.Polygon) bounds.set(String(feature.id ?? ""), part.getBounds());
    },
    style: (feature) => {
      const focused = String(feature?.id ?? "") === county;
      return {
        color: focused ? "#1b1f24" : "#8a919c",
        weight: focused ? 2.5 : 1,
        fillColor: focused ? "#dbe7f5" : "#ffffff",
        fillOpacity: 0.8,
      };
    },
  }).addTo(map);
  const focus = county === undefined ? undefined : bounds.get(county);
  if (site && lat && lon) {
    const position = L.latLng(Number(lat), Number(lon));
    L.circleMarker(position, { ...DOT, radius: 7, renderer }).addTo(map);
    if (focus) map.fitBounds(focus, { padding: [8, 8] });
    else map.setView(position, 11);
    return;
  }
  map.fitBounds(focus ?? layer.getBounds(), { padding: [8, 8] });
  if (!county) {
    await drawCity(map, renderer, langOf(element.dataset.lang));
    return;
  }
  try {
    const points = await getJson<WirePoints>("/map/points.json").then(fromWire);
    const c = points.counties.findIndex((entry) => entry.code === county);
    for (let i = 0; i < points.ids.length; i++) {
      if (points.county[i] === c)
        L.circleMarker([points.lat[i]!, points.lon[i]!], { ...DOT, renderer }).addTo(map);
    }
  } catch {
    // The outline alone still shows where the county is.
  }
}

/**
 * The home page's map of the whole city: the rivers, the reservoir and the county names of the
 * base map, and where the sites are as a density layer (a dot a grid cell, its area by the number
 * of sites) — one small file, not every site.
 */
async function drawCity(map: L.Map, renderer: L.Renderer, lang: ReturnType<typeof langOf>): Promise<void> {
  let base: BaseLayer;
  try {
    base = await getJson<BaseLayer>("/map/base.json");
  } catch {
    return; // The outlines alone still show the counties.
  }
  const { origin, cell, cells } = base.density;
  const most = Math.max(1, ...cells.map((entry) => entry[2]));
  for (const [column, row, sites] of cells) {
    L.circleMarker([origin[1] + (row + 0.5) * cell, origin[0] + (column + 0.5) * cell], {
      ...DOT,
      renderer,
      radius: 2 + 6 * Math.sqrt(sites / most),
      weight: 0,
      fillOpacity: 0.55,
    }).addTo(map);
  }
  // Counties, towns and water: township names belong to the full map's closer zooms.
  drawBaseMap(map, base, lang);
}
