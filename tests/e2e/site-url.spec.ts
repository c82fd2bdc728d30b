/**
 * While config/site.json's siteUrl is the placeholder https://anju.example.org/, the pages that
 * print the site's address (the citation, the verify command) say the publisher must set it
 * instead of showing an address that does not exist. The e2e site is built with the placeholder.
 */
import { expect, test } from "@playwright/test";

for (const [path, notice] of [
  ["/verify/", "网址尚未设置：发布单位须在 config/site.json 中填写本站的 siteUrl"],
  ["/en/verify/", "address not set yet: the publisher must set the site's siteUrl in config/site.json"],
  ["/data/", "网址尚未设置：发布单位须在 config/site.json 中填写本站的 siteUrl"],
  ["/en/data/sites/", "address not set yet: the publisher must set the site's siteUrl in config/site.json"],
] as const) {
  test(`${path} says the site's address is not set instead of printing the placeholder`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("[data-site-url-unset]").first()).toContainText(notice);
    await expect(page.locator("main")).not.toContainText("anju.example.org", { useInnerText: true });
  });
}
