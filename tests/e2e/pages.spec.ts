/** Every page template in both languages: clean, accessible, and readable without JavaScript. */
import { expect, test } from "@playwright/test";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

/** One page of each template, as a language-neutral path. */
const TEMPLATES = ["/"];

for (const prefix of ["", "/en"]) {
  for (const path of TEMPLATES) {
    const url = `${prefix}${path}`;
    test(`${url} has no console error, CSP violation or axe violation`, async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(url);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", prefix === "/en" ? "en" : "zh-CN");
      await expectAccessible(page);
      expectClean(watch);
    });
  }
}

test("the sample-data notice shows on every page while the data is sample data", async ({ page }) => {
  for (const url of ["/", "/en/"]) {
    await page.goto(url);
    await expect(page.locator(".sample-notice")).toBeVisible();
  }
});

test("care mode enlarges text and is remembered on the next page", async ({ page }) => {
  await page.goto("/");
  const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  await page.getByRole("button", { name: /关怀模式/ }).click();
  const after = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
  await page.goto("/en/");
  await expect(page.getByRole("button", { name: /Care mode/ })).toHaveAttribute("aria-pressed", "true");
});
