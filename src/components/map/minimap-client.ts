/**
 * The small map on county and site pages: a still picture drawn with Leaflet from the map's own
 * data files — county boundaries with the focus county outlined, and the site or the county's sites.
 */
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { CountyBoundaries } from "../../lib/geo/boundaries.ts";
import type { MapPoints } from "../../lib/map/points.ts";

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
  if (!county) return;
  try {
    const points = await getJson<MapPoints>("/map/points.json");
    const c = points.counties.findIndex((entry) => entry.code === county);
    for (let i = 0; i < points.ids.length; i++) {
      if (points.county[i] === c)
        L.circleMarker([points.lat[i]!, points.lon[i]!], { ...DOT, renderer }).addTo(map);
    }
  } catch {
    // The outline alone still shows where the county is.
  }
}
