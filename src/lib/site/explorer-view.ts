/**
 * The indicator page's figures in three views of the same numbers, in the manner of Our World in
 * Data's explorers: a trend chart with a line per place, a table of every place, and a map of the
 * counties, with a place picker that chooses which lines the chart shows and which rows the table
 * marks. The page script shows one view at a time and keeps the view and the places in the
 * address, so a view can be shared. Pure: the page only renders what this returns.
 */
import type { TrendSeries } from "../charts/trend.ts";
import { formatCount, formatPeriod, formatShare, pick, t, type Lang } from "../i18n/index.ts";
import type { IndicatorValue, Status } from "../indicators/types.ts";
import { CITY_CODE } from "../indicators/types.ts";
import { textWidth } from "../charts/marks.ts";
import type { BBox } from "../geo/boundaries.ts";
import { keepLabels } from "../map/basemap.ts";
import type { CountiesDrawing } from "../map/outline.ts";
import { formatPoints, MARK_SYMBOL, statusWord } from "./cells.ts";
import { valueCell } from "./county-view.ts";
import { periodsInAYear, type IndicatorPage } from "./indicator-view.ts";
import type { TableView } from "./table.ts";

/** The views, in the order of their tabs; the first is shown when the address names none. */
export const EXPLORER_VIEWS = ["chart", "table", "map"] as const;
export type ExplorerView = (typeof EXPLORER_VIEWS)[number];

/** A place the picker offers: the city, then each county. */
export interface ExplorerPlace {
  code: string;
  name: string;
  /** Chosen when the address names no places (the city alone). */
  chosen: boolean;
}

/** A county on the map view, coloured by its status at the latest period. */
export interface ExplorerMapCounty {
  code: string;
  path: string;
  label: { x: number; y: number };
  name: string;
  value: string;
  status: Status;
  symbol: string;
  /** Name, value and status in one phrase, for screen readers and the tooltip. */
  description: string;
  href: string;
  /** False when the label would cover another's (small districts in the middle): the county is still coloured, linked and described. */
  labelled: boolean;
}

/** The map labels' size in drawing units (in a 480-unit drawing: 12.5 px on a 360 px phone, 17 px on a desktop). */
export const MAP_LABEL_FONT = 17;

export interface ExplorerModel {
  places: ExplorerPlace[];
  /** One series per place, keyed by its code, the city first. */
  series: TrendSeries[];
  /** Every place at the latest period beside its value a year before; `rowKeys` in the same order. */
  table: TableView;
  rowKeys: string[];
  /** The counties drawn with their title and a table of what they say, or null when the data has no boundaries for them. */
  map: {
    title: string;
    width: number;
    height: number;
    counties: ExplorerMapCounty[];
    table: TableView;
  } | null;
}

/** The value `back` periods before the latest in a series, when the series has that period. */
function before(series: readonly IndicatorValue[], latest: string | undefined, back: number) {
  const at = series.findIndex((value) => value.period === latest);
  return at - back >= 0 ? series[at - back] : undefined;
}

/**
 * The explorer of one indicator's page: places, series, table and map. `drawing` is the counties
 * drawn once for the build (`countiesDrawing`); counties it lacks are left off the map.
 */
export function explorerModel(
  page: IndicatorPage,
  drawing: CountiesDrawing | null,
  lang: Lang,
  hrefOf: (path: string) => string,
): ExplorerModel {
  const latest = page.latestPeriod;
  const back = periodsInAYear(page.meta);
  const places = [
    { code: CITY_CODE, name: t(lang, "common.city"), series: page.city, href: hrefOf("/") },
    ...page.countySeries.map((county) => ({
      code: county.code,
      name: pick(county.name, lang),
      series: county.series,
      href: hrefOf(`/counties/${county.code}/`),
    })),
  ];
  const latestOf = (series: readonly IndicatorValue[]) => series.find((value) => value.period === latest);

  const rows = places.map((place) => {
    const now = latestOf(place.series);
    const then = before(place.series, latest, back);
    const change =
      now?.value !== null && now?.value !== undefined && then?.value !== null && then?.value !== undefined
        ? formatPoints(now.value - then.value, lang)
        : "—";
    return {
      place: { text: place.name, href: place.href, isolate: true },
      value: { valueStatus: valueCell(now, lang) },
      numerator: now ? formatCount(now.numerator, lang) : "—",
      denominator: now ? formatCount(now.denominator, lang) : "—",
      before: formatShare(then?.value ?? null, lang),
      change,
      reporting: now?.reporting
        ? `${formatCount(now.reporting.reporting, lang)} / ${formatCount(now.reporting.expected, lang)}`
        : "—",
    };
  });
  const yearBefore = latest ? before(page.city, latest, back)?.period : undefined;
  const table: TableView = {
    caption: t(lang, "explorer.tableCaption", {
      indicator: pick(page.meta.title, lang),
      period: latest ? formatPeriod(latest, lang) : "—",
    }),
    columns: [
      { key: "place", label: t(lang, "explorer.place") },
      { key: "value", label: latest ? formatPeriod(latest, lang) : t(lang, "common.value") },
      { key: "numerator", label: t(lang, "common.numerator"), numeric: true },
      { key: "denominator", label: t(lang, "common.denominator"), numeric: true },
      {
        key: "before",
        label: yearBefore ? formatPeriod(yearBefore, lang) : t(lang, "explorer.yearBefore"),
        numeric: true,
      },
      { key: "change", label: t(lang, "indicator.change"), numeric: true },
      // How many sites reported, where the figure is summed from sites.
      ...(page.meta.levels.includes("site")
        ? [{ key: "reporting", label: t(lang, "common.reporting"), numeric: true }]
        : []),
    ],
    rows,
  };

  const byCode = new Map(places.map((place) => [place.code, place]));
  const mapTitle = t(lang, "explorer.mapTitle", {
    indicator: pick(page.meta.title, lang),
    period: latest ? formatPeriod(latest, lang) : "—",
  });
  const counties =
    drawing === null
      ? []
      : labelCounties(
          drawing.counties.flatMap((county) => {
            const place = byCode.get(county.code);
            if (!place || county.code === CITY_CODE) return [];
            const now = latestOf(place.series);
            const status: Status = now?.status ?? "no-data";
            const value = formatShare(now?.value ?? null, lang);
            return [
              {
                ...county,
                name: place.name,
                value,
                status,
                symbol: MARK_SYMBOL[status],
                description: `${place.name}${t(lang, "common.colon")}${value}, ${statusWord(status, lang)}`,
                href: place.href,
                labelled: true,
              },
            ];
          }),
        );
  const map =
    drawing === null
      ? null
      : {
          title: mapTitle,
          width: drawing.width,
          height: drawing.height,
          counties,
          table: {
            caption: mapTitle,
            columns: [
              { key: "county", label: t(lang, "common.county") },
              { key: "value", label: t(lang, "common.value") },
            ],
            rows: counties.map((county) => ({
              county: { text: county.name, href: county.href, isolate: true },
              value: `${county.symbol} ${county.value}`,
            })),
          },
        };

  return {
    places: places.map((place) => ({ code: place.code, name: place.name, chosen: place.code === CITY_CODE })),
    series: places.map((place) => ({ name: place.name, key: place.code, points: place.series })),
    table,
    rowKeys: places.map((place) => place.code),
    map,
  };
}

/**
 * Which counties' labels (name over value) fit without covering another's: the larger counties
 * (by the length of their outline, a fair proxy) are labelled first.
 */
function labelCounties(counties: ExplorerMapCounty[]): ExplorerMapCounty[] {
  const bySize = [...counties].sort((a, b) => b.path.length - a.path.length);
  const boxes = bySize.map((county): BBox => {
    const width = Math.max(
      textWidth(county.name, MAP_LABEL_FONT, true),
      textWidth(`${county.symbol} ${county.value}`, MAP_LABEL_FONT),
    );
    const height = 2.5 * MAP_LABEL_FONT;
    return [
      county.label.x - width / 2,
      county.label.y - height / 2,
      county.label.x + width / 2,
      county.label.y + height / 2,
    ];
  });
  const kept = keepLabels(boxes);
  const labelled = new Set(bySize.filter((_, i) => kept[i]).map((county) => county.code));
  return counties.map((county) => ({ ...county, labelled: labelled.has(county.code) }));
}
