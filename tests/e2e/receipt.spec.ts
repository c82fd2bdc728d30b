/** Receipts: every number on a receipt equals the published indicators file, and the rows download as CSV. */
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DOWNLOAD_PATHS } from "../../src/lib/downloads/plan.ts";
import { receiptHref } from "../../src/lib/receipts/href.ts";
import type { Level } from "../../src/lib/indicators/index.ts";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

test.setTimeout(120_000);

interface Published {
  numerator: number;
  denominator: number;
  status: string;
}

let indicators: Buffer | undefined;

/** One figure from the published indicators file (one value a line), found by its key. */
async function publishedFigure(
  request: APIRequestContext,
  indicator: string,
  level: Level,
  code: string,
  period: string,
): Promise<Published> {
  if (!indicators) {
    const body = await (await request.get(`/data/${DOWNLOAD_PATHS.indicators}`)).body();
    indicators = DOWNLOAD_PATHS.indicators.endsWith(".gz") ? gunzipSync(body) : body;
  }
  const key = `{"indicator":"${indicator}","level":"${level}","code":"${code}","period":"${period}",`;
  const start = indicators.indexOf(key);
  expect(start, key).toBeGreaterThanOrEqual(0);
  const end = indicators.indexOf("\n", start);
  return JSON.parse(indicators.subarray(start, end).toString("utf8").replace(/,$/, "")) as Published;
}

async function firstSite(
  request: APIRequestContext,
): Promise<{ site: string; township: string; county: string }> {
  const lines = (await (await request.get("/data/sites.csv")).text()).split("\n");
  const header = lines[0]!.split(",");
  const row = lines[1]!.split(",");
  return {
    site: row[header.indexOf("site_id")]!,
    township: row[header.indexOf("township_code")]!,
    county: row[header.indexOf("county_code")]!,
  };
}

const number = async (page: Page, side: string, part: "numerator" | "denominator") =>
  Number(((await page.locator(`[data-${part}=${side}]`).textContent()) ?? "").replace(/[^\d.]/g, ""));

async function expectReceipt(
  page: Page,
  request: APIRequestContext,
  figure: Parameters<typeof receiptHref>[1],
) {
  const watch = await watchPage(page);
  await page.goto(receiptHref("en", figure));
  await expect(page.locator("[data-receipt][data-state=done]")).toBeVisible({ timeout: 100_000 });
  const published = await publishedFigure(
    request,
    figure.indicator,
    figure.level,
    figure.code,
    figure.period,
  );
  for (const side of ["published", "recomputed", "rows"]) {
    expect(await number(page, side, "numerator"), side).toBe(published.numerator);
    expect(await number(page, side, "denominator"), side).toBe(published.denominator);
  }
  await expect(page.locator("[data-agree]")).toHaveAttribute("data-agree", "true");
  expectClean(watch);
  return published;
}

test("a county figure's receipt equals the published figure and its rows download as CSV", async ({
  page,
  request,
}) => {
  const { county } = await firstSite(request);
  const figure = {
    indicator: "household-employment",
    level: "county",
    code: county,
    period: "2021Q2",
  } as const;
  await expectReceipt(page, request, figure);
  const rows = await page.locator("table:has(caption:text('Source rows')) tbody tr").count();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("[data-download]").click(),
  ]);
  expect(download.suggestedFilename()).toBe(`household-employment_county_${county}_2021Q2_employment.csv`);
  const csv = (await readFile(await download.path(), "utf8")).trimEnd().split("\n");
  expect(
    csv[0]!.startsWith(
      "site_id,site_name_zh,site_name_en,county_code,county_zh,county_en,period,labour_persons",
    ),
  ).toBe(true);
  // Every row names its site and its county (the published county, in both languages).
  const counties = await (await request.get("/data/counties.csv")).text();
  const [, zh, en] = counties
    .split("\n")
    .find((line) => line.startsWith(`${county},`))!
    .split(",");
  expect(
    csv.slice(1).every((line) => line.split(",")[1] !== "" && line.includes(`,${county},${zh},${en},`)),
  ).toBe(true);
  expect(csv.length - 1).toBe(rows);
  expect(csv.slice(1).every((line) => line.startsWith(`${county}-`) && line.includes(",2021Q2,"))).toBe(true);
  await expectAccessible(page);
});

for (const [indicator, level, period] of [
  ["training-coverage", "site", "2022Q4"],
  ["facility-completeness", "township", "2020Q3"],
  ["priority-fund-share", "city", "2021"],
] as const) {
  test(`a ${level} receipt of ${indicator} equals the published figure`, async ({ page, request }) => {
    const first = await firstSite(request);
    const code = level === "site" ? first.site : level === "township" ? first.township : "420300";
    await expectReceipt(page, request, { indicator, level, code, period });
  });
}

test("the Chinese receipt page is clean and accessible", async ({ page, request }) => {
  const { county } = await firstSite(request);
  const watch = await watchPage(page);
  await page.goto(
    receiptHref("zh", { indicator: "rectification-rate", level: "county", code: county, period: "2023Q1" }),
  );
  await expect(page.locator("[data-receipt][data-state=done]")).toBeVisible({ timeout: 100_000 });
  await expect(page.locator("[data-agree]")).toHaveAttribute("data-agree", "true");
  await expectAccessible(page);
  expectClean(watch);
});

test("an address that names no figure says so and offers the form", async ({ page }) => {
  await page.goto("/en/receipt/?indicator=%3Cb%3E&level=city&code=420300&period=2021Q2");
  await expect(page.getByRole("status")).toContainText("This address does not name a figure");
  await page.goto("/en/receipt/?indicator=no-such-indicator&level=city&code=420300&period=2021Q2");
  await expect(page.getByRole("status")).toHaveText("There is no indicator no-such-indicator");
  await expect(page.getByRole("button", { name: "Show the receipt" })).toBeVisible();
});
