/**
 * The map page's first load at a scale too large to build often: computes the map's data files
 * from a data directory with the same code the build uses (`mapData` in src/lib/map/page.ts, as
 * the endpoints under src/pages/map/ serialise it) and prints their gzip sizes, without building
 * the site. Run on demand:
 *
 *   node bin/anju.mjs sample --scale national --out /tmp/national
 *   node bench/map-national.ts /tmp/national [STATIC_KB]
 *
 * STATIC_KB is what the page loads besides its data files and HTML (scripts, styles), measured on
 * a built site with bench/map.ts (total transferred minus the files this script computes); it
 * does not grow with the data.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { loadSiteConfig, buildModel } from "../scripts/lib/model.ts";
import { REGISTRY } from "../src/lib/indicators/registry.ts";
import type { BaseMap } from "../src/lib/map/basemap.ts";
import { mapData, mapPageView } from "../src/lib/map/page.ts";
import { toWire } from "../src/lib/map/points.ts";

const dir = resolve(process.argv[2] ?? "/tmp/national");
const staticKb = Number(process.argv[3] ?? 0);
const root = resolve(import.meta.dirname, "..");
const config = await loadSiteConfig(join(root, "config/site.json"));
const model = await buildModel(dir, config);
const base = JSON.parse(readFileSync(join(root, "content/geo/basemap.geojson"), "utf8")) as BaseMap;
const data = mapData(model, REGISTRY, base);
const status = data.initialStatus;
const view = mapPageView(data, model, "zh");

const kb = (bytes: number) => bytes / 1024;
const files: [string, string][] = [
  ["map/points.json", JSON.stringify(toWire(data.points))],
  ["map/counties.json", JSON.stringify(data.boundaries)],
  ["map/base.json", JSON.stringify(data.base)],
  [`map/status/${data.initial.indicator}/${data.initial.period}.json`, JSON.stringify(status)],
  // Without JavaScript the page lists counties, not sites, above SERVER_LIST_LIMIT: its HTML holds
  // about what the Shiyan page holds without its site table.
  ["(county list of the HTML)", JSON.stringify(view.countyRows)],
];
// Fetched only when the map is zoomed in to townships: not part of the first load.
const later = gzipSync(JSON.stringify(data.townships), { level: 6 }).length;
let total = 0;
console.log(
  `${dir}: ${data.points.ids.length.toLocaleString("en")} sites, ${data.base.labels.length} labels`,
);
for (const [name, text] of files) {
  const gz = gzipSync(text, { level: 6 }).length;
  total += gz;
  console.log(`  ${name}: ${kb(text.length).toFixed(1)} KB raw, ${kb(gz).toFixed(1)} KB gzip`);
}
console.log(`  later, at the first zoom to townships: map/townships.json, ${kb(later).toFixed(1)} KB gzip`);
console.log(
  `  data files: ${kb(total).toFixed(1)} KB gzip; with ${staticKb} KB of scripts, styles and HTML: ${(kb(total) + staticKb).toFixed(1)} KB`,
);
