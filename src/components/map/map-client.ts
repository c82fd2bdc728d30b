/**
 * The map in the browser: loads the packed points and boundaries, draws every site on one canvas
 * as a shape coloured by its status, shades counties in counties mode, and keeps the filters, the
 * address and the list beside the map in step. Everything from the data is set as text
 * (`textContent`), never as HTML: popups and tooltips get DOM elements.
 */
import L from "leaflet";
import {
  fromWire,
  matchingSites,
  type MapPoints,
  type MapStatusFile,
  type WirePoints,
} from "../../lib/map/points.ts";
import { mapStateQuery, parseMapState, type MapChoices, type MapState } from "../../lib/map/state.ts";
import {
  markerStyle,
  NO_VALUE_FILL,
  shadeFill,
  shapePoints,
  statusOfCode,
  type MapStatus,
  type MarkerShape,
} from "../../lib/map/style.ts";
import type { MapClientWord, MapClientWords } from "../../lib/map/words.ts";
import { tableCsv } from "../../lib/charts/export.ts";
import { saveFile, tableElementCsv } from "../charts/table-csv.ts";
import {
  formatCount,
  formatPeriod,
  formatShare,
  href,
  langOf,
  nameIn,
  pick,
  type Lang,
} from "../../lib/i18n/index.ts";
import { fillPlaceholders, type Params } from "../../lib/i18n/placeholders.ts";
import type { CountyBoundaries } from "../../lib/geo/boundaries.ts";
import type { BaseLayer } from "../../lib/map/basemap.ts";
import { drawBaseMap } from "./basemap-client.ts";
import { wgs84ToGcj02 } from "../../lib/geo/gcj02.ts";

/** Rows the list shows at first and adds with each "show more": a few phone screens, not fifty. */
const LIST_PAGE = 20;

/** The zoom a site opens at from a link: its township's name and its neighbours show. */
const SITE_ZOOM = 12;

/** How long each period shows while the period control plays, in milliseconds. */
const PLAY_STEP = 1200;
/** The same when the reader asks for reduced motion: slower steps, and no animated panning. */
const PLAY_STEP_REDUCED = 2500;

// Leaflet's canvas renderer draws circle markers through private methods; these are the few the
// shaped markers below rely on (Leaflet 1.9).
interface CanvasInternals {
  _ctx: CanvasRenderingContext2D;
  _drawing: boolean;
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
}
interface MarkerInternals {
  _point: L.Point;
  _radius: number;
  _renderer: ShapeCanvas;
  _empty(): boolean;
}

/** A canvas renderer that draws each site marker in its status's shape. */
class ShapeCanvas extends L.Canvas {
  drawShape(marker: SiteMarker): void {
    const canvas = this as unknown as CanvasInternals;
    const internals = marker as unknown as MarkerInternals;
    if (!canvas._drawing || internals._empty()) return;
    const { x, y } = internals._point;
    const r = Math.max(Math.round(internals._radius), 1);
    const ctx = canvas._ctx;
    ctx.beginPath();
    const corners = shapePoints(marker.shape, x, y, r);
    if (corners.length === 0) {
      ctx.arc(x, y, r, 0, Math.PI * 2, false);
    } else {
      corners.forEach(([cx, cy], i) => {
        if (i === 0) ctx.moveTo(cx, cy);
        else ctx.lineTo(cx, cy);
      });
      ctx.closePath();
    }
    canvas._fillStroke(ctx, marker);
  }
}

/** A site on the map: a circle marker that knows its site and draws as its status's shape. */
class SiteMarker extends L.CircleMarker {
  index = 0;
  shape: MarkerShape = "circle";

  _updatePath(): void {
    (this as unknown as MarkerInternals)._renderer.drawShape(this);
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content?: string | Node,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (content !== undefined) node.append(content);
  if (className) node.className = className;
  return node;
}

/** A name from the data as an isolated `<bdi>` (see global.css): its bidi controls stay inside it. */
function dataText(text: string): HTMLElement {
  return element("bdi", text);
}

/** The labels of a select's options, by value: the server rendered them in the page's language. */
function optionLabels(select: HTMLSelectElement): Map<string, string> {
  return new Map([...select.options].map((option) => [option.value, option.text]));
}

function statusMark(status: MapStatus, label: string): HTMLSpanElement {
  const wrap = element("span", undefined, "mark-label");
  const mark = element("span", undefined, `mark mark-${status}`);
  mark.setAttribute("aria-hidden", "true");
  wrap.append(mark, document.createTextNode(label));
  return wrap;
}

/** Starts the map in the element that holds the page's map markup. */
export async function startMap(app: HTMLElement): Promise<void> {
  const lang: Lang = langOf(app.dataset.lang);
  // The page rendered the words in its language (MapView.astro): the script carries no dictionary.
  if (!app.dataset.words) return;
  const { words, statuses } = JSON.parse(app.dataset.words) as MapClientWords;
  const w = (key: MapClientWord, params?: Params) =>
    fillPlaceholders(words[`map.${key}`], params, `map.${key}`);
  const mapElement = app.querySelector<HTMLElement>("[data-map]");
  const message = app.querySelector<HTMLElement>("[data-map-message]");
  const form = app.querySelector<HTMLFormElement>("[data-map-filters]");
  const count = app.querySelector<HTMLElement>("[data-map-count]");
  const listSection = app.querySelector<HTMLElement>(".map-list");
  const more = app.querySelector<HTMLElement>("[data-more]");
  const moreButton = app.querySelector<HTMLButtonElement>("[data-more-button]");
  if (!mapElement || !message || !form || !count || !listSection || !more || !moreButton) return;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const periodRange = form.elements.namedItem("period") as HTMLInputElement;
  const periodText = app.querySelector<HTMLElement>("[data-map-period-text]")!;
  const playButton = app.querySelector<HTMLButtonElement>("[data-map-play]")!;
  const labels = {
    county: optionLabels(select("county")),
    size: optionLabels(select("size")),
    placement: optionLabels(select("placement")),
  };

  // The filters and legend have held their place since the first paint (see MapView.astro).
  app.dataset.ready = "";
  message.textContent = w("loading");
  message.hidden = false;
  let points: MapPoints;
  let boundaries: CountyBoundaries;
  let base: BaseLayer;
  try {
    [points, boundaries, base] = await Promise.all([
      getJson<WirePoints>("/map/points.json").then(fromWire),
      getJson<CountyBoundaries>("/map/counties.json"),
      getJson<BaseLayer>("/map/base.json"),
    ]);
  } catch {
    message.textContent = w("loadFailed");
    return;
  }
  const siteIndex = new Map(points.ids.map((id, i) => [id, i]));
  const choices: MapChoices = {
    indicators: points.indicators,
    defaultIndicator: app.dataset.initialIndicator ?? points.indicators[0]?.id ?? "",
    counties: points.counties.map((county) => county.code),
    hasSite: (id) => siteIndex.has(id),
  };
  let state: MapState = parseMapState(window.location.search, choices);
  const sizeCodes: Record<string, string> = { l: "large", m: "medium", s: "small" };
  const placementCodes: Record<string, string> = { u: "urban", t: "town", c: "central_village" };

  const tiles = app.dataset.tiles
    ? (JSON.parse(app.dataset.tiles) as { url: string; maxZoom: number; gcj02: boolean })
    : null;
  // The data is WGS-84; over GCJ-02 tiles every position is shifted into GCJ-02 so that they agree.
  const at = (lat: number, lon: number): L.LatLng => {
    if (!tiles?.gcj02) return L.latLng(lat, lon);
    const [gLon, gLat] = wgs84ToGcj02(lon, lat);
    return L.latLng(gLat, gLon);
  };
  const siteAt = (i: number) => at(points.lat[i]!, points.lon[i]!);
  const coordsToLatLng = (c: number[]) => at(c[1]!, c[0]!);
  const map = L.map(mapElement, {
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0.25,
    maxZoom: tiles?.maxZoom ?? 16,
  });
  L.control.zoom({ zoomInTitle: w("zoomIn"), zoomOutTitle: w("zoomOut") }).addTo(map);
  // Optional tiles (config.tiles); their attribution is on the page, under the map.
  if (tiles) L.tileLayer(tiles.url, { maxZoom: tiles.maxZoom }).addTo(map);
  map.createPane("sites").style.zIndex = "450";
  const renderer = new ShapeCanvas({ pane: "sites", padding: 0.2 });
  const markers = L.featureGroup().addTo(map);
  const radius = points.ids.length > 10_000 ? 3.5 : 6;
  let countyLayer: L.GeoJSON | null = null;
  const allBounds = L.geoJSON(boundaries, { coordsToLatLng }).getBounds();
  // Leaflet places layers only once the map has a view.
  if (allBounds.isValid()) map.fitBounds(allBounds, { padding: [10, 10] });
  drawBaseMap(map, base, lang, coordsToLatLng, "/map/townships.json");
  const countyBounds = new Map<string, L.LatLngBounds>();

  const statusCache = new Map<string, Promise<MapStatusFile | null>>();
  const loadStatus = (indicator: string, period: string) => {
    const key = `${indicator}/${period}`;
    let pending = statusCache.get(key);
    if (!pending) {
      pending = getJson<MapStatusFile>(
        `/map/status/${encodeURIComponent(indicator)}/${encodeURIComponent(period)}.json`,
      ).catch(() => null);
      statusCache.set(key, pending);
    }
    return pending;
  };
  let status: MapStatusFile | null = null;

  const indicatorTitle = () => {
    const indicator = points.indicators.find((i) => i.id === state.indicator);
    return indicator ? pick(indicator.title, lang) : state.indicator;
  };
  const siteStatus = (i: number): MapStatus => statusOfCode(status?.sites[i] ?? "x");
  const siteValue = (i: number): string =>
    siteStatus(i) === "not-applicable" ? "—" : formatShare(perMilleShare(status?.siteValues[i]), lang);
  const siteName = (i: number) => nameIn(lang, points.nameZh[i]!, points.nameEn[i]);
  const countyName = (c: number) => pick(points.counties[c]!.name, lang);
  const sizeLabel = (i: number) => labels.size.get(sizeCodes[points.size[i]!] ?? "") ?? "";
  const placementLabel = (i: number) =>
    labels.placement.get(placementCodes[points.placement[i]!] ?? "") ?? "";

  function popupFor(i: number): HTMLElement {
    const box = element("div", undefined, "map-popup");
    box.append(element("p", dataText(siteName(i)), "map-popup-name"));
    const place = element("p", dataText(countyName(points.county[i]!)));
    place.append(` · ${sizeLabel(i)} · ${formatCount(points.persons[i]!, lang)} ${w("persons")}`);
    box.append(place);
    const figure = element("p");
    const st = siteStatus(i);
    figure.append(
      element(
        "span",
        `${w("figure", { indicator: indicatorTitle(), period: formatPeriod(state.period, lang), value: siteValue(i) })} `,
      ),
      statusMark(st, statuses[st]),
    );
    box.append(figure);
    const link = element("a", w("openSite"));
    link.href = href(lang, `/sites/${points.ids[i]!}/`);
    box.append(link);
    return box;
  }

  let popupSite: number | null = null;
  // A popup never wider than the map leaves room for, and panned fully into view (phones).
  const popupOptions = (): L.PopupOptions => ({
    maxWidth: Math.max(160, Math.min(300, mapElement.clientWidth - 70)),
    autoPanPadding: [12, 12],
    keepInView: true,
  });
  let popup = L.popup(popupOptions());
  // The open site is ringed, so it stands out among its neighbours.
  const highlight = L.circleMarker([0, 0], {
    pane: "sites",
    interactive: false,
    radius: radius + 6,
    color: "#1b1f24",
    weight: 3,
    fill: false,
  });
  function openSite(i: number, focus: boolean): void {
    popupSite = i;
    highlight.setLatLng(siteAt(i)).addTo(map);
    popup = L.popup(popupOptions());
    popup.setLatLng(siteAt(i)).setContent(popupFor(i)).openOn(map);
    state = { ...state, site: points.ids[i]! };
    writeUrl();
    if (focus) popup.getElement()?.querySelector<HTMLElement>(".map-popup a")?.focus();
  }
  map.on("popupclose", (event: L.PopupEvent) => {
    if (event.popup !== popup) return;
    highlight.remove();
    popupSite = null;
    if (state.site !== null) {
      state = { ...state, site: null };
      writeUrl();
    }
  });
  markers.on("click", (event) => {
    const marker: unknown = event.propagatedFrom;
    if (marker instanceof SiteMarker) openSite(marker.index, false);
  });

  function writeUrl(): void {
    window.history.replaceState(null, "", `${window.location.pathname}${mapStateQuery(state)}`);
  }

  function drawCounties(): void {
    countyLayer?.remove();
    const shaded = state.mode === "counties";
    countyLayer = L.geoJSON(boundaries, {
      coordsToLatLng,
      interactive: shaded,
      style: (feature) => {
        const code = String(feature?.id ?? "");
        const c = choices.counties.indexOf(code);
        const value = c === -1 ? null : (status?.countyValues[c] ?? null);
        const focused = state.county === code;
        return {
          color: focused ? "#1b1f24" : "#4a5260",
          weight: focused ? 3 : 1.2,
          fillColor: shaded ? shadeFill(perMilleShare(value)) : "#ffffff",
          fillOpacity: shaded ? 0.9 : 0.55,
          dashArray: shaded && value === null ? "4 3" : undefined,
        };
      },
      onEachFeature: (feature, layer) => {
        const code = String(feature.id ?? "");
        if (layer instanceof L.Polygon && !countyBounds.has(code)) countyBounds.set(code, layer.getBounds());
        if (!shaded) return;
        const c = choices.counties.indexOf(code);
        if (c === -1) return;
        const tip = element("span", dataText(countyName(c)));
        tip.append(w("labelled", { label: "", text: countyValue(c) }));
        layer.bindTooltip(tip, { sticky: true });
        layer.on("click", (event: L.LeafletMouseEvent) => {
          const box = element("div", undefined, "map-popup");
          box.append(element("p", dataText(countyName(c)), "map-popup-name"));
          const st = statusOfCode(status?.counties[c] ?? "x");
          const figure = element("p");
          figure.append(
            element(
              "span",
              `${w("figure", { indicator: indicatorTitle(), period: formatPeriod(state.period, lang), value: countyValue(c) })} `,
            ),
            statusMark(st, statuses[st]),
          );
          box.append(figure);
          const link = element("a", w("openCounty"));
          link.href = href(lang, `/counties/${code}/`);
          box.append(link);
          L.popup({ maxWidth: 300 }).setLatLng(event.latlng).setContent(box).openOn(map);
        });
      },
    }).addTo(map);
    countyLayer.bringToBack();
  }

  const countyValue = (c: number): string =>
    statusOfCode(status?.counties[c] ?? "x") === "not-applicable"
      ? w("noValue")
      : formatShare(perMilleShare(status?.countyValues[c]), lang);

  function drawMarkers(matches: readonly number[]): void {
    markers.clearLayers();
    if (state.mode !== "sites") {
      mapElement!.dataset.markerCount = "0";
      return;
    }
    for (const i of matches) {
      const style = markerStyle(siteStatus(i));
      const marker = new SiteMarker(siteAt(i), {
        renderer,
        radius,
        fill: style.fill !== null,
        fillColor: style.fill ?? NO_VALUE_FILL,
        fillOpacity: 1,
        color: style.stroke,
        weight: style.fill === null ? 2 : 1,
      });
      marker.index = i;
      marker.shape = style.shape;
      markers.addLayer(marker);
    }
    mapElement!.dataset.markerCount = String(matches.length);
  }

  // The list: a table rebuilt from the data on each change, in the page's own markup style.
  let listed: readonly number[] = [];
  let shown = 0;
  let table: HTMLTableElement | null = null;
  const listHeading = app.querySelector<HTMLElement>("[data-list-heading]");

  function siteRow(i: number): HTMLTableRowElement {
    const row = element("tr");
    const name = element("th");
    name.scope = "row";
    const link = element("a", dataText(siteName(i)));
    link.href = href(lang, `/sites/${points.ids[i]!}/`);
    name.append(link);
    row.append(name, element("td", dataText(countyName(points.county[i]!))), element("td", sizeLabel(i)));
    row.append(element("td", placementLabel(i)));
    const st = siteStatus(i);
    const statusCell = element("td");
    statusCell.append(statusMark(st, statuses[st]));
    row.append(statusCell, element("td", siteValue(i), "num"));
    const action = element("td");
    const show = element("button", w("showOnMap"), "list-button");
    show.type = "button";
    show.setAttribute("aria-label", w("labelled", { label: w("showOnMap"), text: siteName(i) }));
    show.addEventListener("click", () => {
      map.setView(siteAt(i), Math.max(map.getZoom(), 11));
      openSite(i, true);
    });
    action.append(show);
    row.append(action);
    return row;
  }

  function newTable(caption: string, headers: string[], numeric: number[]): HTMLTableElement {
    const t = element("table");
    t.append(element("caption", caption));
    const head = element("thead");
    const tr = element("tr");
    headers.forEach((text, i) => {
      const th = element("th", text, numeric.includes(i) ? "num" : undefined);
      th.scope = "col";
      tr.append(th);
    });
    head.append(tr);
    t.append(head, element("tbody"));
    return t;
  }

  function showMoreRows(): void {
    const body = table?.tBodies[0];
    if (!body) return;
    const next = listed.slice(shown, shown + LIST_PAGE);
    body.append(...next.map(siteRow));
    shown += next.length;
    more!.hidden = shown >= listed.length;
  }
  moreButton.addEventListener("click", () => {
    const before = shown;
    showMoreRows();
    table?.tBodies[0]?.rows[before]?.querySelector("a")?.focus();
    announce();
  });

  function replaceList(content: HTMLElement): void {
    for (const old of listSection!.querySelectorAll(":scope > .table-scroll, :scope > [data-county-links]"))
      old.remove();
    const wrap = element("div", undefined, "table-scroll");
    wrap.append(content);
    listHeading!.after(wrap);
  }

  function drawList(matches: readonly number[]): void {
    const period = formatPeriod(state.period, lang);
    if (state.mode === "sites") {
      listHeading!.textContent = w("listHeading");
      table = newTable(
        w("captionOf", { what: w("listCaption"), indicator: indicatorTitle(), period }),
        [w("site"), w("county"), w("size"), w("placement"), w("status"), w("value"), w("showOnMap")],
        [5],
      );
      listed = matches;
      shown = 0;
      replaceList(table);
      showMoreRows();
      return;
    }
    listHeading!.textContent = w("countiesHeading");
    table = newTable(
      w("captionOf", { what: w("countiesHeading"), indicator: indicatorTitle(), period }),
      [w("county"), w("status"), w("value"), w("sitesInCounty")],
      [2, 3],
    );
    const perCounty = new Map<number, number>();
    for (const i of matches) perCounty.set(points.county[i]!, (perCounty.get(points.county[i]!) ?? 0) + 1);
    const body = table.tBodies[0]!;
    points.counties.forEach((county, c) => {
      if (state.county !== null && county.code !== state.county) return;
      const row = element("tr");
      const name = element("th");
      name.scope = "row";
      const link = element("a", dataText(countyName(c)));
      link.href = href(lang, `/counties/${county.code}/`);
      name.append(link);
      const st = statusOfCode(status?.counties[c] ?? "x");
      const cell = element("td");
      cell.append(statusMark(st, statuses[st]));
      row.append(name, cell, element("td", countyValue(c), "num"));
      row.append(element("td", formatCount(perCounty.get(c) ?? 0, lang), "num"));
      body.append(row);
    });
    listed = [];
    shown = 0;
    more!.hidden = true;
    replaceList(table);
  }

  // The list's download: every row it holds with the filters and period chosen, not only those
  // shown, as the Excel edition of a CSV.
  const download = element("button", w("downloadList"), "list-button");
  download.type = "button";
  const downloadLine = element("p");
  downloadLine.append(download);
  more.after(downloadLine);
  download.addEventListener("click", () => {
    const csv =
      state.mode === "sites"
        ? tableCsv(
            ["site_id", w("site"), w("county"), w("size"), w("placement"), w("status"), w("value")],
            listed.map((i) => [
              points.ids[i]!,
              siteName(i),
              countyName(points.county[i]!),
              sizeLabel(i),
              placementLabel(i),
              statuses[siteStatus(i)],
              siteValue(i),
            ]),
          )
        : table
          ? tableElementCsv(table)
          : "";
    const parts = ["anju", "map", state.mode, state.indicator, state.period, state.county ?? ""].filter(
      Boolean,
    );
    saveFile(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${parts.join("_")}.csv`);
  });

  function announce(): void {
    if (state.mode === "counties") {
      const n = state.county === null ? points.counties.length : 1;
      count!.textContent = w("countiesCount", { n: formatCount(n, lang) });
      return;
    }
    let text = w("sitesCount", { n: formatCount(listed.length, lang) });
    if (shown < listed.length)
      text += `${w("listSeparator")}${w("sitesShown", { shown: formatCount(shown, lang) })}`;
    count!.textContent = text;
  }

  function syncForm(): void {
    const indicator = points.indicators.find((i) => i.id === state.indicator);
    const periods = indicator?.periods ?? [];
    periodRange.max = String(Math.max(periods.length - 1, 0));
    periodRange.value = String(Math.max(periods.indexOf(state.period), 0));
    periodRange.setAttribute("aria-valuetext", formatPeriod(state.period, lang));
    periodText.textContent = formatPeriod(state.period, lang);
    select("indicator").value = state.indicator;
    select("county").value = state.county ?? "";
    select("size").value = state.size ?? "";
    select("placement").value = state.placement ?? "";
    select("mode").value = state.mode;
    for (const legend of app.querySelectorAll<HTMLElement>("[data-legend]")) {
      legend.hidden = legend.dataset.legend !== state.mode;
      const heading = legend.querySelector(".legend-heading");
      if (heading) heading.textContent = w("labelled", { label: w("legend"), text: indicatorTitle() });
    }
  }

  let generation = 0;
  async function render(fit: boolean): Promise<void> {
    const mine = ++generation;
    status = await loadStatus(state.indicator, state.period);
    if (mine !== generation) return;
    message!.hidden = status !== null;
    if (status === null) message!.textContent = w("loadFailed");
    syncForm();
    const matches = matchingSites(points, state);
    drawCounties();
    drawMarkers(matches);
    drawList(matches);
    announce();
    if (fit) {
      const bounds = state.county === null ? allBounds : (countyBounds.get(state.county) ?? allBounds);
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [10, 10] });
    }
    const open = state.site === null ? undefined : siteIndex.get(state.site);
    if (open !== undefined && matches.includes(open) && state.mode === "sites") {
      // A shared site opens centred, close enough to see its township and neighbours.
      if (fit) map.setView(siteAt(open), SITE_ZOOM, { animate: false });
      openSite(open, false);
    } else if (popupSite !== null) {
      map.closePopup();
    }
    writeUrl();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
  });
  // The period control: the slider moves through the indicator's periods (each status file is
  // fetched when first shown); play steps through them and stops at the latest.
  const periodsNow = () => points.indicators.find((i) => i.id === state.indicator)?.periods ?? [];
  function showPeriod(index: number): Promise<void> {
    const period = periodsNow()[index];
    if (period === undefined || period === state.period) return Promise.resolve();
    state = { ...state, period };
    return render(false);
  }
  periodRange.addEventListener("input", () => {
    stop();
    void showPeriod(Number(periodRange.value));
  });
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  let timer: number | undefined;
  function stop(): void {
    if (timer === undefined) return;
    window.clearTimeout(timer);
    timer = undefined;
    playButton.textContent = w("play");
    playButton.setAttribute("aria-pressed", "false");
  }
  function step(): void {
    const periods = periodsNow();
    const next = periods.indexOf(state.period) + 1;
    if (next >= periods.length) {
      stop();
      return;
    }
    // The next period's file is fetched while this one shows.
    const after = periods[next + 1];
    if (after !== undefined) void loadStatus(state.indicator, after);
    void showPeriod(next).then(() => {
      if (timer !== undefined)
        timer = window.setTimeout(step, reducedMotion.matches ? PLAY_STEP_REDUCED : PLAY_STEP);
    });
  }
  playButton.addEventListener("click", () => {
    if (timer !== undefined) {
      stop();
      return;
    }
    const periods = periodsNow();
    // From the latest period, play starts again from the first.
    if (periods.indexOf(state.period) >= periods.length - 1) void showPeriod(0);
    playButton.textContent = w("pause");
    playButton.setAttribute("aria-pressed", "true");
    timer = window.setTimeout(step, reducedMotion.matches ? PLAY_STEP_REDUCED : PLAY_STEP);
  });

  form.addEventListener("change", (event) => {
    if (event.target === periodRange) return;
    const target = event.target as HTMLSelectElement;
    if (target.name === "indicator") stop();
    const value = target.value === "" ? null : target.value;
    const query = new URLSearchParams(mapStateQuery({ ...state, site: null }));
    if (value === null) query.delete(target.name);
    else query.set(target.name, value);
    // The open site stays open while it still matches; render closes it otherwise.
    state = { ...parseMapState(`?${query.toString()}`, choices), site: state.site };
    void render(target.name === "county");
  });

  await render(true);
}

/** A packed per-mille value as a share (0–1); null or missing stays null. */
function perMilleShare(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : value / 1000;
}
