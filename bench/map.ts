/**
 * Benchmark of the map page in Chromium: the size of the map's data files and the time until the
 * first markers are drawn, for one or more built sites. Run on demand, not in the test suite:
 *
 *   node bench/map.ts [SITE_DIR …]        (default: .anju/e2e-site)
 *
 * e.g. for both scales:
 *   node bin/anju.mjs build data --out .anju/e2e-site
 *   node bin/anju.mjs sample --scale national --out /tmp/national
 *   node bin/anju.mjs build /tmp/national --out /tmp/national-site
 *   node bench/map.ts .anju/e2e-site /tmp/national-site
 *
 * For each site it prints the raw and gzip sizes of /map/points.json, /map/counties.json and one
 * status file, the total the map page transfers (every response, measured gzip-compressed as a
 * production server would send it), the median time to first markers over three loads, and the
 * time a filter change takes. Goal at Shiyan scale: ≤ 300 KB transferred.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../scripts/lib/chromium.ts";
import { serveStatic } from "../scripts/lib/serve.ts";

const RUNS = 3;
const BUDGET_KB = 300;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (data: Buffer) => gzipSync(data, { level: 6 }).length;

async function dirSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function fileSizes(site: string): Promise<void> {
  const points = JSON.parse(await readFile(join(site, "map/points.json"), "utf8")) as {
    ids: string[];
    indicators: { id: string; periods: string[] }[];
  };
  const indicator = points.indicators.find((i) => i.id === "household-employment") ?? points.indicators[0]!;
  const statusFile = `map/status/${indicator.id}/${indicator.periods.at(-1)!}.json`;
  console.log(`  sites: ${points.ids.length.toLocaleString("en")}`);
  for (const file of [
    "map/points.json",
    "map/counties.json",
    "map/base.json",
    statusFile,
    "map/index.html",
  ]) {
    const data = await readFile(join(site, file));
    console.log(`  ${file}: ${kb(data.length)} raw, ${kb(gzipped(data))} gzip`);
  }
  const all = await dirSize(join(site, "map/status"));
  console.log(`  map/status/ in all: ${all.files} files, ${kb(all.bytes)} raw (one is fetched per view)`);
}

async function measure(site: string): Promise<void> {
  const { server, url } = await serveStatic(site);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const firstMarkers: number[] = [];
    let transferred = { raw: 0, gzip: 0, requests: 0 };
    let filterChange = 0;
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: nothing cached, as for a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const bodies: Promise<{ raw: number; gzip: number }>[] = [];
      page.on("response", (response) => {
        bodies.push(
          response.body().then(
            (body) => ({ raw: body.length, gzip: gzipped(body) }),
            () => ({ raw: 0, gzip: 0 }),
          ),
        );
      });
      await page.goto(`${url}/map/`);
      await page.waitForFunction(
        () => Number(document.querySelector("[data-map]")?.getAttribute("data-marker-count")) > 0,
        undefined,
        { timeout: 120_000, polling: 10 },
      );
      firstMarkers.push(await page.evaluate(() => performance.now()));
      await page.waitForLoadState("networkidle");
      const sizes = await Promise.all(bodies);
      transferred = {
        raw: sizes.reduce((sum, s) => sum + s.raw, 0),
        gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
        requests: sizes.length,
      };
      if (run === 0) {
        const county = await page.locator("select[name=county] option").nth(1).getAttribute("value");
        const before = await page.locator("[data-map]").getAttribute("data-marker-count");
        const started = Date.now();
        await page.locator("[data-map-sheet] summary").click();
        await page.locator("select[name=county]").selectOption(county ?? "");
        await page.waitForFunction(
          (previous) => document.querySelector("[data-map]")?.getAttribute("data-marker-count") !== previous,
          before,
          { timeout: 60_000, polling: 10 },
        );
        filterChange = Date.now() - started;
      }
      await context.close();
    }
    firstMarkers.sort((a, b) => a - b);
    const median = firstMarkers[Math.floor(firstMarkers.length / 2)]!;
    console.log(
      `  page transferred: ${kb(transferred.gzip)} gzip (${kb(transferred.raw)} raw, ${transferred.requests} requests)` +
        (transferred.gzip <= BUDGET_KB * 1024 ? ` — within ${BUDGET_KB} KB` : ` — over ${BUDGET_KB} KB`),
    );
    console.log(
      `  first markers: ${median.toFixed(0)} ms after navigation (median of ${RUNS}: ${firstMarkers.map((t) => t.toFixed(0)).join(", ")})`,
    );
    console.log(`  filter change to first county: ${filterChange} ms`);
  } finally {
    await browser.close();
    server.close();
  }
}

const sites = process.argv.slice(2);
if (sites.length === 0) sites.push(".anju/e2e-site");
for (const site of sites.map((s) => resolve(s))) {
  if (!existsSync(join(site, "map/points.json"))) {
    console.error(
      `${site} has no map/points.json: build a site there first (node bin/anju.mjs build DATA --out ${site}).`,
    );
    process.exitCode = 2;
    continue;
  }
  console.log(site);
  await fileSizes(site);
  await measure(site);
}
