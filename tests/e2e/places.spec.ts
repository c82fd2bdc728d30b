/**
 * County and site pages in both languages: clean, accessible, readable without JavaScript; the
 * sites index filter narrows the list as a township's name is typed.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

/** The first site and county of the built data, as listed on the index pages. */
async function firstLinks(page: Page): Promise<{ site: string; county: string }> {
  await page.goto("/sites/");
  const site = await page.locator("#site-list [data-filter-item] a").first().getAttribute("href");
  await page.goto("/counties/");
  const county = await page.locator("main tbody th a").first().getAttribute("href");
  expect(site).toMatch(/^\/sites\/\d{6}-\d{4}\/$/);
  expect(county).toMatch(/^\/counties\/\d{6}\/$/);
  return { site: site!, county: county! };
}

let paths: { site: string; county: string } | undefined;
test.beforeEach(async ({ page }) => {
  paths ??= await firstLinks(page);
});

for (const prefix of ["", "/en"]) {
  test(`a county page (${prefix || "/"}) is clean and accessible`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${prefix}${paths!.county}`);
    await expect(page.locator("h1")).toBeVisible();
    // Its long tables are folded (20 phone screens in care mode) and open with a tap.
    const fold = page.locator("main details.table-fold").first();
    await expect(fold.locator("table caption")).toBeHidden();
    await fold.locator("summary").click();
    await expect(fold.locator("table caption")).toBeVisible();
    await expect(
      page.locator(`a[href="${prefix}/map/?county=${paths!.county.split("/")[2]!}"]`).first(),
    ).toBeVisible();
    await expectAccessible(page);
    expectClean(watch);
  });

  for (const path of ["/counties/", "/sites/"]) {
    test(`${prefix}${path} is clean and accessible`, async ({ page }) => {
      const watch = await watchPage(page);
      await page.goto(`${prefix}${path}`);
      await expect(page.locator("h1")).toBeVisible();
      await expectAccessible(page);
      expectClean(watch);
    });
  }

  test(`a site page (${prefix || "/"}) is clean and accessible`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${prefix}${paths!.site}`);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator(".measures .measure").first()).toBeVisible();
    await expect(page.locator(".place-neighbours li")).toHaveCount(5);
    // Axe checks the folded quarter-by-quarter table too.
    await page.locator(".place-history summary").click();
    await expectAccessible(page);
    expectClean(watch);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a site page shows its name in <h1>, its status against the targets, its facts and its indicators", async ({
    page,
  }) => {
    await page.goto("/sites/");
    const link = page.locator("#site-list [data-filter-item] a").first();
    const name = (await link.textContent())!.trim();
    await page.goto(paths!.site);
    await expect(page.locator("h1")).toHaveText(name);
    await expect(page.locator(".lede")).toContainText(paths!.site.split("/")[2]!);
    await expect(page.locator(".answer")).toContainText("项指标中");
    await expect(page.locator("dl.facts").first()).toBeVisible();
    expect(await page.locator(".measures .measure").count()).toBeGreaterThan(5);
    // The quarter-by-quarter table is folded, and opens without a script.
    const history = page.locator(".place-history");
    await expect(history.locator("table")).toBeHidden();
    await history.locator("summary").click();
    expect(await history.locator("tbody tr").count()).toBe(await page.locator(".measures .measure").count());
  });

  test("the sites index lists every site with the filter box hidden", async ({ page }) => {
    await page.goto("/en/sites/");
    expect(await page.locator("#site-list [data-filter-item]").count()).toBeGreaterThan(100);
    await expect(page.locator("[data-place-filter]")).toBeHidden();
  });
});

test("the sites index filter narrows the list to a township's sites as its name is typed", async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.goto("/sites/");
  const items = page.locator("#site-list [data-filter-item]");
  const total = await items.count();
  const township = page.locator("#site-list h3").nth(3);
  const name = (await township.textContent())!.trim();
  const inTownship = await township.locator("xpath=..").locator("[data-filter-item]").count();
  await page.getByLabel("按名称、乡镇或县筛选").fill(name);
  // The counties are folded until a filter is typed; filtering unfolds the ones with matches.
  await expect(page.locator("#site-list details[open]").first()).toBeVisible();
  await expect(page.locator("#site-list [data-filter-item]:visible")).not.toHaveCount(total);
  const shown = await page.locator("#site-list [data-filter-item]:visible").count();
  expect(shown).toBeGreaterThanOrEqual(inTownship);
  expect(shown).toBeLessThan(total);
  await expect(page.locator(".place-filter-count")).toContainText(String(shown));
  await page.getByLabel("按名称、乡镇或县筛选").fill("");
  // Cleared, every site is back in the list and the counties fold again.
  await expect(page.locator("#site-list [data-filter-item]:not([hidden])")).toHaveCount(total);
  await expect(page.locator("#site-list details[open]")).toHaveCount(0);
  expectClean(watch);
});
