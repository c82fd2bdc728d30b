/**
 * At the resettlement site: the printed notices print to exactly one portrait A4 page a site (a
 * county's every-site document to one page per site), their QR codes decode — read off a
 * screenshot by ZXing, as a phone's camera would — to the site's address; the inquiry terminal
 * finds a site, keeps the resident on the site, goes back to its start after two minutes idle
 * (fake clock) and requests nothing from elsewhere; "copy link" puts the page's address on the
 * clipboard.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { A4, expectAccessible, expectClean, printed, watchPage } from "./helpers.ts";

interface SiteCsvRow {
  site_id: string;
  county_code: string;
  name_zh: string;
  name_en: string;
}
const sites = Papa.parse<SiteCsvRow>(readFileSync("data/sites.csv", "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const longest = (key: "name_zh" | "name_en") =>
  sites.reduce((best, site) => (site[key].length > best[key].length ? site : best));
// The county with the fewest sites: its every-site document is printed whole.
const perCounty = Map.groupBy(sites, (site) => site.county_code);
const [smallCounty, smallCountySites] = [...perCounty].sort((a, b) => a[1].length - b[1].length)[0]!;

// ZXing's WebAssembly comes from the installed package, never from its default CDN.
const require = createRequire(import.meta.url);
prepareZXingModule({
  overrides: { wasmBinary: readFileSync(require.resolve("zxing-wasm/reader/zxing_reader.wasm")).buffer },
});

test.describe("printed notices", () => {
  const cases = [
    { why: "the first site", id: sites[0]!.site_id },
    { why: "the longest Chinese name", id: longest("name_zh").site_id },
    { why: "the longest English name", id: longest("name_en").site_id },
  ];
  for (const { why, id } of cases) {
    for (const prefix of ["", "/en"]) {
      test(`a site's notice is one portrait A4 page: ${why} (${id}), ${prefix || "zh"}`, async ({ page }) => {
        await page.goto(`${prefix}/sites/${id}/notice/`);
        const { pages, width, height } = await printed(page);
        expect(pages).toBe(1);
        expect(Math.abs(width - A4.width)).toBeLessThan(1);
        expect(Math.abs(height - A4.height)).toBeLessThan(1);
      });
    }
  }

  test("a site's notice: sizes legible from a metre, status in words, the QR code decodes to the site's address", async ({
    page,
  }) => {
    const id = sites[0]!.site_id;
    const watch = await watchPage(page);
    await page.goto(`/sites/${id}/notice/`);
    await page.emulateMedia({ media: "print" });
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // CSS px at 96 per inch: 24 pt = 32 px, 14 pt ≈ 18.7 px.
    expect(await size(".notice-name")).toBeGreaterThanOrEqual(32);
    for (const selector of [
      ".notice-measures td",
      ".notice-measures th",
      ".notice-foot p",
      ".notice-sentence",
    ])
      expect(await size(selector), selector).toBeGreaterThanOrEqual(18.6);
    // Met or not is written, never colour alone.
    const statuses = await page.locator(".notice-measures td .status").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const text of statuses) expect(text).toMatch(/达标|未达标|无数据/);
    // The site's chrome is not printed; the sheet's own sample-data line is.
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".notice-sample")).toBeVisible();

    await page.emulateMedia({ media: "screen" });
    const shot = await page.locator(".notice-qr svg").screenshot();
    const [code] = await readBarcodes(new Blob([new Uint8Array(shot)], { type: "image/png" }), {
      formats: ["QRCode"],
    });
    expect(code?.text).toBe(`https://anju.example.org/sites/${id}/`);
    // The sample's siteUrl is the placeholder: the notice says the address does not work yet.
    await expect(page.locator(".notice-foot")).toContainText("网址尚未设置");
    await expect(page.locator(".notice-foot")).toContainText(`https://anju.example.org/sites/${id}/`);
    await expectAccessible(page);
    expectClean(watch);
  });

  test("the site page links its notice; the English notice's QR code leads to the English page", async ({
    page,
  }) => {
    const id = sites[1]!.site_id;
    await page.goto(`/en/sites/${id}/`);
    await page.getByRole("link", { name: "Print a notice" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/sites/${id}/notice/$`));
    const shot = await page.locator(".notice-qr svg").screenshot();
    const [code] = await readBarcodes(new Blob([new Uint8Array(shot)], { type: "image/png" }), {
      formats: ["QRCode"],
    });
    expect(code?.text).toBe(`https://anju.example.org/en/sites/${id}/`);
    // Two English sentences in one paragraph, with the space between them.
    await expect(page.locator(".notice-foot")).toContainText("quoting the site number. Published by");
  });

  // Every site of a county, in both languages: each notice must fill exactly one page.
  for (const prefix of ["", "/en"]) {
    test(`a county's every-site document prints one page per site (${smallCounty}, ${smallCountySites.length} sites), ${prefix || "zh"}`, async ({
      page,
    }) => {
      await page.goto(`${prefix}/counties/${smallCounty}/notices/`);
      await expect(page.locator(".notice-sheet")).toHaveCount(smallCountySites.length);
      expect((await printed(page)).pages).toBe(smallCountySites.length);
    });
  }

  test("a county's notice lists every site of the county with its tally, and prints", async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`/counties/${smallCounty}/notice/`);
    const rows = page.locator(".notice-sites tbody tr");
    await expect(rows).toHaveCount(smallCountySites.length);
    const printedRows = await rows.locator("th").allTextContents();
    expect(printedRows.sort()).toEqual(smallCountySites.map((s) => s.name_zh).sort());
    const { width, height } = await printed(page);
    expect(Math.abs(width - A4.width)).toBeLessThan(1);
    expect(Math.abs(height - A4.height)).toBeLessThan(1);
    await expectAccessible(page);
    expectClean(watch);
  });

  test("on a phone in care mode, a notice's tables scroll within the page; the page does not scroll sideways", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [`/sites/${sites[0]!.site_id}/notice/`, `/en/counties/${smallCounty}/notice/`]) {
      await page.goto(`${path}?care=1`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBe(0);
      await expect(page.locator(".table-scroll .notice-measures").first()).toBeVisible();
      await expectAccessible(page);
    }
  });
});

test.describe("inquiry terminal", () => {
  test("finds a site by name and by county → township → site, all choices at least 60 px, nothing from elsewhere", async ({
    page,
  }) => {
    const watch = await watchPage(page);
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto("/kiosk/");
    await expect(page.locator("html")).toHaveClass(/\bkiosk\b/);
    await expect(page.locator("html")).toHaveClass(/\bcare\b/);
    await expect(page.locator(".kiosk-bar")).toBeVisible();
    await expect(page.locator(".main-nav")).toBeHidden();

    const site = longest("name_zh");
    await page.getByLabel("安置点名称").fill(site.name_zh);
    const first = page.locator("[data-kiosk-results] a").first();
    await expect(first).toContainText(site.name_zh);

    // Every visible control of the start screen is a big target.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("a, button, input")]
        .filter((el) => el.offsetParent !== null)
        .filter((el) => el.getBoundingClientRect().height < 60)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    await expectAccessible(page);

    // County → township → site.
    const county = perCounty.get(site.county_code)!;
    await expect(page.locator("[data-kiosk-choices] a")).toHaveCount(perCounty.size);
    await page
      .locator("[data-kiosk-choices] a")
      .nth([...perCounty.keys()].sort().indexOf(site.county_code))
      .click();
    await expect(page.locator("[data-kiosk-heading]")).toContainText("选择乡镇");
    await page.locator("[data-kiosk-choices] a").first().click();
    await expect(page.locator("[data-kiosk-heading]")).toContainText("选择安置点");
    const listed = await page.locator("[data-kiosk-choices] a bdi").allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    for (const name of listed) expect(county.map((s) => s.name_zh)).toContain(name);
    await page.getByRole("button", { name: "返回上一级" }).click();
    await expect(page.locator("[data-kiosk-heading]")).toContainText("选择乡镇");

    await first.click();
    await expect(page).toHaveURL(new RegExp(`/sites/${site.site_id}/$`));
    await expect(page.locator(".kiosk-bar")).toBeVisible();
    await expect(page.getByRole("button", { name: "复制链接" })).toBeHidden();
    expectClean(watch);
  });

  test("goes back to its start page after two minutes without a touch, not before", async ({ page }) => {
    await page.clock.install();
    await page.goto("/kiosk/");
    const id = sites[0]!.site_id;
    await page.goto(`/sites/${id}/`);
    await expect(page.locator("html")).toHaveClass(/\bkiosk\b/);
    await page.clock.runFor(110_000);
    await page.mouse.click(5, 400); // a touch: the two minutes start again
    await page.clock.runFor(110_000);
    await expect(page).toHaveURL(new RegExp(`/sites/${id}/$`));
    await page.clock.runFor(15_000);
    await expect(page).toHaveURL(/\/kiosk\/$/);
  });

  test("keeps the resident on the site: links elsewhere and downloads are hidden and do nothing", async ({
    page,
  }) => {
    const watch = await watchPage(page);
    await page.goto("/about/?kiosk=1");
    const external = page.locator('main a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(0);
    for (const link of await external.all()) await expect(link).toBeHidden();
    await page.goto("/data/");
    const csv = page.locator('main a[href$=".csv"]').first();
    await expect(csv).toBeHidden();
    // Even a script's click on one stays on the page.
    await csv.evaluate((a: HTMLAnchorElement) => {
      a.click();
    });
    await expect(page).toHaveURL(/\/data\/$/);
    // ?kiosk=0 leaves the mode.
    await page.goto("/data/?kiosk=0");
    await expect(page.locator("html")).not.toHaveClass(/\bkiosk\b/);
    expectClean(watch);
  });
});

test("copy link puts the page's address on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const id = sites[0]!.site_id;
  await page.goto(`/sites/${id}/#sources`);
  await page.getByRole("button", { name: "复制链接" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已复制本页链接" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(`/sites/${id}/`, page.url()).href);
});
