/** The data-quality page: clean, accessible, readable without JavaScript, and its tables captioned. */
import { expect, test } from "@playwright/test";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

for (const prefix of ["", "/en"]) {
  test(`${prefix}/quality/ has no console error, CSP violation or axe violation`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${prefix}/quality/`);
    await expect(page.locator("h1")).toBeVisible();
    await expectAccessible(page);
    expectClean(watch);
  });
}

test("every table on the data-quality page has a caption and column headers", async ({ page }) => {
  await page.goto("/en/quality/");
  const tables = page.locator("main table");
  expect(await tables.count()).toBeGreaterThanOrEqual(2);
  for (const table of await tables.all()) {
    await expect(table.locator("caption")).not.toBeEmpty();
    expect(await table.locator("thead th[scope=col]").count()).toBeGreaterThan(0);
  }
});

test("the comparison with county-reported totals is readable with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/quality/");
  await expect(page.getByRole("heading", { name: "Site data against county-reported totals" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Comparisons by county" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Published figures compared with the data" })).toBeVisible();
  await context.close();
});
