/**
 * The map in Chromium: markers match the filters (counted independently from data/sites.csv), the
 * list follows the map and works from the keyboard, a hostile site name stays text, and the page
 * is clean and accessible.
 */
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { crc32, deflateSync } from "node:zlib";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { serveStatic } from "../../scripts/lib/serve.ts";
import { describePackage } from "../../src/lib/schema/datapackage.ts";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

interface SiteCsvRow {
  site_id: string;
  name_zh: string;
  county_code: string;
  placement: string;
  persons: string;
}

// The e2e site is built from data/ (npm run test:e2e); the expected counts come from its CSV,
// read here on their own, not from anything the map code computes.
const sites = Papa.parse<SiteCsvRow>(readFileSync("data/sites.csv", "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const sizeOf = (row: SiteCsvRow) => {
  const persons = Number(row.persons);
  return persons >= 800 ? "large" : persons >= 200 ? "medium" : "small";
};

const mapCanvas = (page: Page) => page.locator("[data-map]");

/** Opens the filters' sheet over the map (county, size, placement, mode). */
async function openFilters(page: Page): Promise<void> {
  const sheet = page.locator("[data-map-sheet]");
  if ((await sheet.getAttribute("open")) === null) await sheet.locator("summary").click();
}

/** The list shows this many rows at first (map-client.ts). */
const LIST_PAGE = 20;

test("draws one marker for every site, and as many as match each filter", async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto("/map/");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(sites.length));

  const county = "420323";
  const inCounty = sites.filter((row) => row.county_code === county);
  await openFilters(page);
  await page.getByLabel("县（市、区）").selectOption(county);
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(inCounty.length));
  await expect(page).toHaveURL(/[?&]county=420323(&|$)/);

  const large = inCounty.filter((row) => sizeOf(row) === "large");
  await page.getByLabel("规模").selectOption("large");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(large.length));

  const placed = large.filter((row) => row.placement === "urban");
  await page.getByLabel("安置方式").selectOption("urban");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(placed.length));
  await expect(page.locator("[data-map-count]")).toContainText(String(placed.length));
  await expect(page.locator(".map-list tbody tr")).toHaveCount(Math.min(placed.length, LIST_PAGE));
  expectClean(watch);
});

test("opens the view a shared link describes", async ({ page }) => {
  const watch = await watchPage(page);
  const small = sites.filter((row) => row.county_code === "420323" && sizeOf(row) === "small");
  await page.goto("/en/map/?indicator=training-coverage&period=2024Q2&county=420323&size=small");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(small.length));
  await expect(page.getByLabel("Indicator")).toHaveValue("training-coverage");
  await expect(page.getByLabel("Period")).toHaveAttribute("aria-valuetext", "Q2 2024");
  await expect(page.locator(".map-list caption")).toContainText("Q2 2024");

  await openFilters(page);
  await page.locator("select[name=mode]").selectOption("counties");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", "0");
  await expect(page.locator("[data-legend=counties]")).toBeVisible();
  await expect(page.locator(".map-list tbody tr")).toHaveCount(1);
  await expect(page).toHaveURL(/mode=counties/);
  expectClean(watch);
});

test("downloads the list as filtered for the chosen period: every row, not only those shown", async ({
  page,
}) => {
  const watch = await watchPage(page);
  const small = sites.filter((row) => row.county_code === "420323" && sizeOf(row) === "small");
  await page.goto("/map/?indicator=training-coverage&period=2024Q2&county=420323&size=small");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(small.length));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /下载此列表/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("anju_map_sites_training-coverage_2024Q2_420323.csv");
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<Record<string, string>>(bytes.subarray(3).toString("utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  // The sites of the filter, counted from data/sites.csv, with their names.
  expect(rows.map((row) => row.site_id).sort()).toEqual(small.map((row) => row.site_id).sort());
  const nameOf = new Map(small.map((row) => [row.site_id, row.name_zh]));
  for (const row of rows) expect(row["安置点"], row.site_id).toBe(nameOf.get(row.site_id!));
  // The first row the page shows is the file's first row, with the same status and value.
  const first = page.locator(".map-list tbody tr").first();
  await expect(first.locator("th")).toHaveText(rows[0]!["安置点"]!);
  await expect(first.locator("td").nth(4)).toHaveText(rows[0]!["数值"]!);
  expectClean(watch);
});

test("lets a keyboard user reach a site in the list, show it on the map and open its page", async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.goto("/en/map/?county=420304&size=large");
  const expected = sites.filter((row) => row.county_code === "420304" && sizeOf(row) === "large");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(expected.length));
  const firstButton = page.locator(".map-list tbody tr").first().getByRole("button");
  // Tab through the page until the first "show on the map" button has focus.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await firstButton.evaluate((node) => node === document.activeElement)) break;
  }
  await expect(firstButton).toBeFocused();
  await page.keyboard.press("Enter");
  const popupLink = page.locator(".leaflet-popup .map-popup a");
  await expect(popupLink).toBeFocused();
  await expect(page).toHaveURL(/[?&]site=420304-\d{4}/);
  const target = await popupLink.getAttribute("href");
  expect(target).toMatch(/^\/en\/sites\/420304-\d{4}\/$/);
  expectClean(watch);
});

test("moves through the periods with the slider and play, and keeps the period in the address", async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.goto("/map/");
  const slider = page.getByLabel("统计期");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(sites.length));
  const statusesNow = () => page.locator(".map-list tbody tr td:nth-child(5)").allTextContents();
  const latest = await statusesNow();
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(slider).toHaveAttribute("aria-valuetext", "2019年第4季度");
  await expect(page.locator("[data-map-period-text]")).toHaveText("2019年第4季度");
  await expect(page).toHaveURL(/[?&]period=2019Q4(&|$)/);
  await expect(page.locator(".map-list caption")).toContainText("2019年第4季度");
  // Four years before, the first sites' statuses are not all the same as in the latest quarter.
  expect(await statusesNow()).not.toEqual(latest);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/[?&]period=2020Q1(&|$)/);

  await page.getByRole("button", { name: "播放" }).click();
  await expect(page).toHaveURL(/[?&]period=2020Q2(&|$)/);
  await page.getByRole("button", { name: "暂停" }).click();
  await expect(page.getByRole("button", { name: "播放" })).toHaveAttribute("aria-pressed", "false");
  expectClean(watch);
});

test("draws the base map with county, river and reservoir names, and no label overlaps another at three zooms", async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/en/map/");
  const canvas = mapCanvas(page);
  await expect(canvas).toHaveAttribute("data-marker-count", String(sites.length));
  const shown = page.locator(".map-label:not(.map-label-hidden)");
  for (const name of [
    "Zhushan County",
    "Fang County",
    "Danjiangkou City",
    "Han River",
    "Danjiangkou Reservoir",
  ])
    await expect(shown.filter({ hasText: name })).toHaveCount(1);
  // The whole city, then two steps in to about a county, then one more to a few townships.
  for (const steps of [0, 2, 1]) {
    for (let i = 0; i < steps; i++) {
      const before = await canvas.getAttribute("data-label-zoom");
      await page.getByRole("button", { name: "Zoom in" }).click();
      await expect(canvas).not.toHaveAttribute("data-label-zoom", before ?? "");
    }
    const boxes = await shown.evaluateAll((labels) =>
      labels.map((label) => {
        const r = label.getBoundingClientRect();
        return { text: label.textContent, r: [r.left, r.top, r.right, r.bottom] as const };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.r[0] < b.r[2] && b.r[0] < a.r[2] && a.r[1] < b.r[3] && b.r[1] < a.r[3])
        .map((b) => `${a.text} × ${b.text}`),
    );
    expect(clashes).toEqual([]);
  }
  // At a township's zoom the townships are named.
  await expect(page.locator(".map-label-township:not(.map-label-hidden)").first()).toBeVisible();
  expectClean(watch);
});

for (const [width, height] of [
  [390, 844],
  [1366, 900],
] as const) {
  test(`at ${width}×${height} the map starts in the first screen, and a site from its page opens centred with its popup on screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const site = sites.find((row) => row.county_code === "420323")!;
    await page.goto(`/map/?county=420323&site=${site.site_id}`);
    const box = await mapCanvas(page).boundingBox();
    expect(box!.y).toBeLessThan(height);
    await expect(page.locator(".leaflet-popup .map-popup-name")).toHaveText(site.name_zh);
    // The popup fits the screen, once the map has panned it into view.
    await expect
      .poll(async () => {
        const popup = await page.locator(".leaflet-popup").boundingBox();
        return popup !== null && popup.x >= 0 && popup.x + popup.width <= width && popup.y >= 0;
      })
      .toBe(true);
  });
}

for (const url of ["/map/", "/en/map/", "/en/map/?mode=counties"]) {
  test(`${url} has no axe violation, console error or foreign request`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(url);
    await expect(page.locator(".map-list tbody tr").first()).toBeVisible();
    await expect(page.locator("[data-map-message]")).toBeHidden();
    await expectAccessible(page);
    expectClean(watch);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says the map needs JavaScript and lists every site with a link to its page", async ({ page }) => {
    await page.goto("/map/");
    await expect(page.locator(".map-noscript")).toBeVisible();
    await expect(page.locator(".map-list tbody tr")).toHaveCount(sites.length);
    await expect(page.locator(".map-list tbody tr a").first()).toHaveAttribute(
      "href",
      /^\/sites\/\d{6}-\d{4}\/$/,
    );
  });
});

/** A 256 px square PNG of one grey, made here so the tile server needs no image files. */
function tilePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc(257 * 256, 0xe8);
  for (let y = 0; y < 256; y++) rows[y * 257] = 0; // each row: filter type 0, then its pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// One small site built from the validator's clean fixture, with a hostile site name and a tile
// server configured (a local one on another port, so the CSP must name it for tiles to load).
test.describe("with a hostile site name and configured tiles", () => {
  const PAYLOAD = "<img src=x onerror=alert(1)>";
  let dir = "";
  let server: Server | undefined;
  let tileServer: Server | undefined;
  const tilesServed: string[] = [];
  let base = "";

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const png = tilePng();
    tileServer = createServer((request, response) => {
      tilesServed.push(request.url ?? "");
      response.writeHead(200, { "content-type": "image/png", "access-control-allow-origin": "*" });
      response.end(png);
    });
    await new Promise<void>((done) =>
      tileServer!.listen(Number(process.env.TILE_PORT ?? 0), "127.0.0.1", done),
    );
    const tilePort = (tileServer.address() as AddressInfo).port;
    dir = mkdtempSync(join(tmpdir(), "anju-map-hostile-"));
    const config = JSON.parse(readFileSync("config/site.json", "utf8")) as Record<string, unknown>;
    config.tiles = {
      url: `http://127.0.0.1:${tilePort}/{z}/{x}/{y}.png`,
      attribution: { zh: "测试底图", en: "Test tiles" },
      maxZoom: 16,
      gcj02: true,
    };
    writeFileSync(join(dir, "site.json"), JSON.stringify(config));
    const data = join(dir, "data");
    cpSync("tests/fixtures/validate/clean", data, { recursive: true });
    const csv = readFileSync(join(data, "sites.csv"), "utf8");
    writeFileSync(join(data, "sites.csv"), csv.replace("麻家渡安置小区", `"${PAYLOAD}"`));
    const pkg = describePackage({ version: "0.0.1", created: "2025-12-31", sample: true });
    writeFileSync(join(data, "datapackage.json"), JSON.stringify(pkg, null, 2));
    execFileSync(
      process.execPath,
      ["bin/anju.mjs", "build", data, "--out", join(dir, "site"), "--config", join(dir, "site.json")],
      {
        stdio: "pipe",
        // The test's release must not be recorded in the repository's history.
        env: { ...process.env, ANJU_RELEASES_DIR: join(dir, "releases") },
      },
    );
    const served = await serveStatic(join(dir, "site"));
    server = served.server;
    base = served.url;
  });

  test.afterAll(() => {
    server?.close();
    tileServer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("shows the name in the popup and the list as literal text and runs nothing", async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${base}/map/?site=420323-0001`);
    const popup = page.locator(".leaflet-popup .map-popup");
    await expect(popup.locator(".map-popup-name")).toHaveText(PAYLOAD);
    await expect(popup.locator("img")).toHaveCount(0);
    await expect(page.locator(".map-list tbody th a").filter({ hasText: PAYLOAD })).toHaveCount(1);
    await expect(page.locator("main img:not(.leaflet-tile)")).toHaveCount(0);
    // Give a would-be onerror handler the chance to run before checking for dialogs.
    await page.waitForTimeout(300);
    expectClean(watch);
  });

  test("loads the configured tiles with no CSP violation and shows their attribution", async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${base}/en/map/`);
    await expect(page.locator(".leaflet-tile-loaded").first()).toBeAttached();
    expect(tilesServed.length).toBeGreaterThan(0);
    await expect(page.locator(".map-attribution")).toHaveText("Test tiles");
    expectClean(watch);
  });
});
