/** The data catalogue, a table page and the release pages: clean, accessible, and their downloads real. */
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

for (const prefix of ["", "/en"]) {
  for (const path of ["/data/", "/data/sites/", "/data/employment/", "/releases/"]) {
    const url = `${prefix}${path}`;
    test(`${url} has no console error, CSP violation or axe violation`, async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(url);
      await expect(page.locator("h1")).toBeVisible();
      await expectAccessible(page);
      expectClean(watch);
    });
  }
}

test("every release page is clean and accessible, and its files are listed with checksums", async ({
  page,
}) => {
  await page.goto("/releases/");
  const links = await page
    .locator("tbody th a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(links.length).toBeGreaterThan(0);
  // One watch for the whole walk: a page's listeners can be registered only once.
  const watch = watchPage(page);
  for (const link of links) {
    await page.goto(link);
    await expect(page.getByRole("link", { name: "sites.csv" })).toBeVisible();
    await expectAccessible(page);
    expectClean(watch);
  }
});

test("the checksum the table page shows is the SHA-256 of the file it links to", async ({
  page,
  request,
}) => {
  await page.goto("/en/data/sites/");
  const row = page.locator("table.files tbody tr").first();
  const href = (await row.locator("a").getAttribute("href"))!;
  const shown = (await row.locator("code.hash").textContent())!.trim();
  const body = await (await request.get(href)).body();
  expect(createHash("sha256").update(body).digest("hex")).toBe(shown);
});

test("the catalogue describes the data set in schema.org JSON-LD", async ({ page }) => {
  await page.goto("/data/");
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  const dataset = JSON.parse(text!) as { "@type": string; license: string; distribution: unknown[] };
  expect(dataset["@type"]).toBe("Dataset");
  expect(dataset.license).toBe("https://creativecommons.org/licenses/by/4.0/");
  expect(dataset.distribution.length).toBeGreaterThan(10);
});

test("sitemap.xml lists the data pages in both languages and robots.txt points to it", async ({
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/data\/sites\/<\/loc>/);
  expect(sitemap).toMatch(/<loc>[^<]*\/en\/releases\/<\/loc>/);
  expect(await (await request.get("/robots.txt")).text()).toMatch(/^Sitemap: .*sitemap\.xml$/m);
  expect(await (await request.get("/releases/feed.xml")).text()).toContain("<feed");
});
