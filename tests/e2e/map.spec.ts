/**
 * The map in Chromium: markers match the filters (counted independently from data/sites.csv), the
 * list follows the map and works from the keyboard, a hostile site name stays text, and the page
 * is clean and accessible.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
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

test("draws one marker for every site, and as many as match each filter", async ({ page }) => {
  const watch = watchPage(page);
  await page.goto("/map/");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(sites.length));

  const county = "420323";
  const inCounty = sites.filter((row) => row.county_code === county);
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
  await expect(page.locator(".map-list tbody tr")).toHaveCount(Math.min(placed.length, 200));
  expectClean(watch);
});

test("opens the view a shared link describes", async ({ page }) => {
  const watch = watchPage(page);
  const small = sites.filter((row) => row.county_code === "420323" && sizeOf(row) === "small");
  await page.goto("/en/map/?indicator=training-coverage&period=2024Q2&county=420323&size=small");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", String(small.length));
  await expect(page.getByLabel("Indicator")).toHaveValue("training-coverage");
  await expect(page.getByLabel("Period")).toHaveValue("2024Q2");
  await expect(page.locator(".map-list caption")).toContainText("Q2 2024");

  await page.locator("select[name=mode]").selectOption("counties");
  await expect(mapCanvas(page)).toHaveAttribute("data-marker-count", "0");
  await expect(page.locator("[data-legend=counties]")).toBeVisible();
  await expect(page.locator(".map-list tbody tr")).toHaveCount(1);
  await expect(page).toHaveURL(/mode=counties/);
  expectClean(watch);
});

test("lets a keyboard user reach a site in the list, show it on the map and open its page", async ({
  page,
}) => {
  const watch = watchPage(page);
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

for (const url of ["/map/", "/en/map/", "/en/map/?mode=counties"]) {
  test(`${url} has no axe violation, console error or foreign request`, async ({ page }) => {
    const watch = watchPage(page);
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

test.describe("with a hostile site name", () => {
  const PAYLOAD = "<img src=x onerror=alert(1)>";
  let dir = "";
  let server: Server | undefined;
  let base = "";

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    dir = mkdtempSync(join(tmpdir(), "anju-map-hostile-"));
    const data = join(dir, "data");
    cpSync("tests/fixtures/validate/clean", data, { recursive: true });
    const csv = readFileSync(join(data, "sites.csv"), "utf8");
    writeFileSync(join(data, "sites.csv"), csv.replace("麻家渡安置小区", `"${PAYLOAD}"`));
    const pkg = describePackage({ version: "0.0.1", created: "2025-12-31", sample: true });
    writeFileSync(join(data, "datapackage.json"), JSON.stringify(pkg, null, 2));
    execFileSync(process.execPath, ["bin/anju.mjs", "build", data, "--out", join(dir, "site")], {
      stdio: "pipe",
      // The test's release must not be recorded in the repository's history.
      env: { ...process.env, ANJU_RELEASES_DIR: join(dir, "releases") },
    });
    const served = await serveStatic(join(dir, "site"));
    server = served.server;
    base = served.url;
  });

  test.afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("shows the name in the popup and the list as literal text and runs nothing", async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`${base}/map/?site=420323-0001`);
    const popup = page.locator(".leaflet-popup .map-popup");
    await expect(popup.locator(".map-popup-name")).toHaveText(PAYLOAD);
    await expect(popup.locator("img")).toHaveCount(0);
    await expect(page.locator(".map-list tbody th a").filter({ hasText: PAYLOAD })).toHaveCount(1);
    await expect(page.locator("main img")).toHaveCount(0);
    // Give a would-be onerror handler the chance to run before checking for dialogs.
    await page.waitForTimeout(300);
    expectClean(watch);
  });
});
