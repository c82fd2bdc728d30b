/** The map's own words in both languages (the data's words come from the contract). */
import type { Bilingual, Lang } from "../i18n/index.ts";

const WORDS = {
  title: { zh: "安置点地图", en: "Map of resettlement sites" },
  lede: {
    zh: "每个集中安置点按所选指标在所选统计期的达标情况标注在地图上。可按县（市、区）、规模和安置方式筛选，地图下方的列表与地图同步。",
    en: "Every centralized resettlement site, marked by whether it meets the chosen indicator in the chosen period. Filter by county, size and placement; the list below the map follows the map.",
  },
  noScript: {
    zh: "地图需要启用 JavaScript。下面的表格列出了全部安置点，可直接打开每个安置点的页面。",
    en: "The map needs JavaScript. The table below lists every site, with a link to each site's page.",
  },
  noScriptCounties: {
    zh: "地图需要启用 JavaScript。安置点数量较多，请从下面的县（市、区）列表进入各县页面查看其安置点。",
    en: "The map needs JavaScript. There are many sites: choose a county below to see its sites on the county's page.",
  },
  loading: { zh: "正在加载地图数据……", en: "Loading the map data…" },
  loadFailed: {
    zh: "地图数据未能加载。请刷新页面重试，或使用下面的列表。",
    en: "The map data could not be loaded. Reload the page to try again, or use the list below.",
  },
  filters: { zh: "筛选", en: "Filters" },
  indicator: { zh: "指标", en: "Indicator" },
  period: { zh: "统计期", en: "Period" },
  county: { zh: "县（市、区）", en: "County" },
  size: { zh: "规模", en: "Size" },
  placement: { zh: "安置方式", en: "Placement" },
  mode: { zh: "显示", en: "Show" },
  modeSites: { zh: "安置点", en: "Sites" },
  modeCounties: { zh: "各县对比（分级设色）", en: "Counties (shaded by value)" },
  all: { zh: "全部", en: "All" },
  legend: { zh: "图例", en: "Legend" },
  mapLabel: { zh: "安置点地图", en: "Map of sites" },
  listHeading: { zh: "地图上的安置点", en: "Sites on the map" },
  countiesHeading: { zh: "各县（市、区）", en: "Counties" },
  listCaption: { zh: "符合筛选条件的安置点", en: "Sites matching the filters" },
  allSitesCaption: { zh: "全部安置点", en: "All sites" },
  site: { zh: "安置点", en: "Site" },
  persons: { zh: "搬迁人口", en: "Persons" },
  status: { zh: "达标情况", en: "Status" },
  value: { zh: "数值", en: "Value" },
  showMore: { zh: "显示更多", en: "Show more" },
  openSite: { zh: "查看安置点详情", en: "Open the site's page" },
  openCounty: { zh: "查看县详情", en: "Open the county's page" },
  showOnMap: { zh: "在地图上显示", en: "Show on the map" },
  sitesCount: { zh: "共 {n} 个安置点符合筛选条件", en: "{n} sites match the filters" },
  sitesShown: { zh: "列表显示前 {shown} 个", en: "the list shows the first {shown}" },
  countiesCount: { zh: "共 {n} 个县（市、区）", en: "{n} counties" },
  notApplicable: { zh: "不适用", en: "Not applicable" },
  noValue: { zh: "无数据", en: "no data" },
  coordinates: {
    zh: "坐标说明：安置点、县界和可选底图统一使用 WGS-84 经纬度。天地图使用的 CGCS2000 与 WGS-84 相差不到一米，可直接叠加；高德、腾讯等使用 GCJ-02 加偏坐标的瓦片服务需先转换，否则会偏移约半公里。默认不加载任何在线底图，县界即底图。",
    en: "Coordinates: sites, county boundaries and the optional tile layer all use WGS-84 longitude and latitude. Tianditu's CGCS2000 differs from WGS-84 by less than a metre and can be overlaid as is; tile services in the GCJ-02 offset datum (AMap, Tencent) would need converting first, or everything would sit about half a kilometre off. By default no online base map is loaded: the county boundaries are the base map.",
  },
  boundariesSource: {
    zh: "县界来自公开的行政区划数据，仅作示意。",
    en: "County boundaries from published administrative-division data, for orientation only.",
  },
  zoomIn: { zh: "放大", en: "Zoom in" },
  zoomOut: { zh: "缩小", en: "Zoom out" },
  sitesInCounty: { zh: "安置点数", en: "Sites" },
  captionOf: { zh: "{what}：{indicator}，{period}", en: "{what}: {indicator}, {period}" },
  figure: { zh: "{indicator}（{period}）：{value}", en: "{indicator} ({period}): {value}" },
  labelled: { zh: "{label}：{text}", en: "{label}: {text}" },
  listSeparator: { zh: "；", en: "; " },
  miniCountyLabel: {
    zh: "地图：{place}在十堰市的位置及其安置点",
    en: "Map: where {place} lies in Shiyan, with its sites",
  },
  miniSiteLabel: { zh: "地图：{place}在{county}的位置", en: "Map: where {place} lies in {county}" },
  miniOpenMap: { zh: "在完整地图上查看", en: "See it on the full map" },
  choroplethNoData: { zh: "无数据", en: "No data" },
  sitesAtScale: {
    zh: "共 {n} 个安置点。",
    en: "{n} sites in all.",
  },
} as const satisfies Record<string, Bilingual>;

/** A key of the map's words. */
export type MapWord = keyof typeof WORDS;

/** The map's word for `key` in a language, with `{name}` placeholders filled from `fill`. */
export function mapWord(lang: Lang, key: MapWord, fill: Record<string, string> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => fill[name] ?? whole);
}
