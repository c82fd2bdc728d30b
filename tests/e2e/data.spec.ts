/** The data catalogue, a table page and the release pages: clean, accessible, and their downloads real. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import Papa from "papaparse";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

for (const prefix of ["", "/en"]) {
  for (const path of ["/data/", "/data/sites/", "/data/employment/", "/releases/"]) {
    const url = `${prefix}${path}`;
    test(`${url} has no console error, CSP violation or axe violation`, async ({ page }) => {
      const watch = await watchPage(page);
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
  const watch = await watchPage(page);
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

test("the catalogue lists every file of SHA256SUMS with its size and the hash SHA256SUMS gives it", async ({
  page,
  request,
}) => {
  const sums = await (await request.get("/data/SHA256SUMS")).text();
  const expected = sums
    .trim()
    .split("\n")
    .map((line) => [line.slice(66), line.slice(0, 64)] as const);
  expect(expected.length).toBeGreaterThan(100);
  await page.goto("/en/data/");
  const rows = await page
    .locator("table.files tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        (tr.querySelector("a")?.textContent ?? "").trim(),
        (tr.querySelector("code.hash")?.textContent ?? "").trim(),
        (tr.querySelector("td.num")?.textContent ?? "").trim(),
      ]),
    );
  const shown = new Map(rows.map(([name, hash, size]) => [name, { hash, size }]));
  for (const [path, hash] of expected) {
    expect(shown.get(path)?.hash, path).toBe(hash);
    expect(shown.get(path)?.size, path).toMatch(/^\d[\d.]* (B|kB|MB)$/);
  }
});

interface SiteFigure {
  code: string;
  period: string;
  numerator: number;
  denominator: number;
  value: number | null;
}

/** The published figures of one indicator for one county's sites, from indicators.json.gz (ordered by level, code and period). */
async function publishedSiteFigures(
  request: APIRequestContext,
  indicator: string,
  county: string,
): Promise<SiteFigure[]> {
  const json = gunzipSync(await (await request.get("/data/indicators.json.gz")).body());
  const prefix = `{"indicator":"${indicator}","level":"site","code":"${county}-`;
  const figures: SiteFigure[] = [];
  let start = json.indexOf(prefix);
  expect(start).toBeGreaterThan(0);
  while (start >= 0 && json.subarray(start, start + prefix.length).toString("utf8") === prefix) {
    const end = json.indexOf("\n", start);
    figures.push(JSON.parse(json.subarray(start, end).toString("utf8").replace(/,$/, "")) as SiteFigure);
    start = end + 1;
  }
  return figures;
}

test("a journalist gets every 竹山县 site's latest employment figures with names, as an Excel edition that opens", async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  await page.goto("/data/");
  // The county: its sites' figures, one file an indicator.
  const county = page.locator("#figures-420323");
  await county.locator("summary").click();
  const row = county.locator("tr", { hasText: "有劳动力家庭就业率" });
  const excel = row.getByRole("link", { name: /Excel 版/ });
  const [download] = await Promise.all([page.waitForEvent("download"), excel.click()]);
  const bytes = await readFile(await download.path());

  // The bytes Excel needs: a BOM, strict UTF-8, CRLF line ends, the Chinese intact.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  expect(text).toContain("竹山县");

  // The same bytes the catalogue's checksum describes (made in the browser or stored alike).
  const name = "excel/county/420323/indicators/household-employment.csv";
  const listed = await page
    // In a closed <details>: found by text, not by role.
    .locator("table.files tbody tr", { has: page.locator("a", { hasText: new RegExp(`^${name}$`) }) })
    .locator("code.hash")
    .textContent();
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(listed!.trim());

  // Every site of the county in the latest period, with its names, and the published figures.
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const latest = rows
    .map((r) => r.period!)
    .sort()
    .at(-1)!;
  const atLatest = rows.filter((r) => r.period === latest);
  const sites = Papa.parse<Record<string, string>>(
    await (await request.get("/data/county/420323/sites.csv")).text(),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  expect(atLatest.map((r) => r.code).sort()).toEqual(sites.map((s) => s.site_id).sort());
  const siteName = new Map(sites.map((s) => [s.site_id!, s.name_zh!]));
  for (const r of atLatest) {
    expect(r.name_zh, r.code).toBe(siteName.get(r.code!));
    expect([r.county_zh, r.indicator_zh]).toEqual(["竹山县", "有劳动力家庭就业率"]);
  }
  const published = await publishedSiteFigures(request, "household-employment", "420323");
  expect(rows).toHaveLength(published.length);
  const byKey = new Map(published.map((v) => [`${v.code} ${v.period}`, v]));
  for (const r of atLatest) {
    const v = byKey.get(`${r.code} ${r.period}`)!;
    expect([r.numerator, r.denominator, r.value], r.code).toEqual([
      String(v.numerator),
      String(v.denominator),
      v.value === null ? "" : String(v.value),
    ]);
  }
  expectClean(watch);
});
