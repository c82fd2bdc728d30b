/**
 * The download builder on /data/: made in the browser from the published files, with nothing sent
 * anywhere. A choice of everything gives the published file byte for byte; a narrower choice gives
 * exactly the published rows it names.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import Papa from "papaparse";
import { expectClean, watchPage } from "./helpers.ts";

async function make(page: Page, choose: () => Promise<void>): Promise<{ bytes: Buffer; download: Download }> {
  await choose();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "生成并下载" }).click(),
  ]);
  return { bytes: await readFile(await download.path()), download };
}

const EMPLOYMENT = ["household-employment.period", "household-employment.value"];

const rowsOf = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

test("choosing a whole table gives the published CSV and Excel edition byte for byte", async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  await page.goto("/data/");
  const csv = await make(page, async () => {
    await page.selectOption("select[name=source]", "employment");
    await page.getByLabel(/^CSV/).check();
  });
  expect(csv.bytes.equals(await (await request.get("/data/employment.csv")).body())).toBe(true);
  expect(csv.download.suggestedFilename()).toMatch(/^anju_[^_]+_employment\.csv$/);

  const excel = await make(page, async () => {
    await page.getByLabel(/^Excel 版/).check();
  });
  expect(excel.bytes.equals(await (await request.get("/data/excel/employment.csv")).body())).toBe(true);
  expect(excel.download.suggestedFilename()).toMatch(/_employment_excel\.csv$/);
  expectClean(watch);
});

test("one county and one quarter give that county's published rows of the quarter, with a README to cite", async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  await page.goto("/data/");
  const { bytes, download } = await make(page, async () => {
    await page.selectOption("select[name=source]", "employment");
    for (const box of await page.locator("input[name=county]").all()) {
      if ((await box.getAttribute("value")) !== "420323") await box.uncheck();
    }
    await page.selectOption("select[name=from]", "2025Q4");
    await page.selectOption("select[name=to]", "2025Q4");
  });
  expect(download.suggestedFilename()).toMatch(/_employment_420323_2025Q4-2025Q4_excel\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
  expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  // The expected rows come from the county's published slice, filtered here.
  const slice = rowsOf(await (await request.get("/data/county/420323/employment.csv")).text());
  const wanted = slice.filter((row) => row.period === "2025Q4");
  expect(wanted.length).toBeGreaterThan(0);
  expect(rowsOf(text)).toEqual(wanted);

  const readme = page.getByRole("link", { name: /README\.txt/ });
  const [sidecar] = await Promise.all([page.waitForEvent("download"), readme.click()]);
  const note = (await readFile(await sidecar.path(), "utf8")).replace(/^\uFEFF/, "");
  const version = (await page.locator("dl.facts dd a").first().textContent())!.trim();
  expect(note).toContain(`数据版本：${version}`);
  expect(note).toContain("引用方式：");
  expect(note).toContain(`行数：${wanted.length}`);
  expect(note).toContain("/data/county/420323/employment.csv");
  expectClean(watch);
});

test("a journalist's table: every 竹山县 site's latest figures, with names, only the chosen columns", async ({
  page,
  request,
}) => {
  await page.goto("/en/data/");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    (async () => {
      // The builder opens on every site's latest figures.
      await expect(page.locator("select[name=source]")).toHaveValue("latest");
      for (const box of await page.locator("input[name=county]").all()) {
        if ((await box.getAttribute("value")) !== "420323") await box.uncheck();
      }
      await page.getByText("Choose columns").click();
      const keep = new Set(["site_id", "name_zh", "county_zh", ...EMPLOYMENT]);
      for (const box of await page.locator("input[name=column]").all()) {
        if (!keep.has((await box.getAttribute("value"))!)) await box.uncheck();
      }
      await page.getByRole("button", { name: "Make and download" }).click();
    })(),
  ]);
  const text = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const rows = rowsOf(text);
  const published = rowsOf(await (await request.get("/data/indicators/sites-latest.csv")).text()).filter(
    (row) => row.county_code === "420323",
  );
  expect(rows.length).toBe(published.length);
  const columns = ["site_id", "name_zh", "county_zh", ...EMPLOYMENT];
  expect(Object.keys(rows[0]!)).toEqual(columns);
  expect(rows).toEqual(published.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]]))));
  await expect(page.locator("[data-builder-status]")).toContainText(`${rows.length} rows made`);
});

test.describe("a chart's downloads", () => {
  test("give the chart's table as CSV, and its drawing as SVG and as PNG at twice its size", async ({
    page,
  }) => {
    const watch = await watchPage(page);
    await page.goto("/indicators/household-employment/");
    const figure = page.locator("figure.chart").first();
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        figure.getByRole("button", { name }).click(),
      ]);
      return { bytes: await readFile(await download.path()), name: download.suggestedFilename() };
    };

    const csv = await save("数据（CSV）");
    expect(csv.name).toMatch(/^anju_[^_]+_bars-household-employment\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    // The table under the chart, read cell by cell here.
    const table = figure.locator("table");
    const header = (await table.locator("thead th").allTextContents()).map((s) => s.trim());
    expect(lines[0]).toBe(header.join(","));
    const rows = await table.locator("tbody tr").all();
    expect(lines).toHaveLength(rows.length + 1);
    const first = (await rows[0]!.locator("th, td").allTextContents()).map((s) => s.trim());
    expect(lines[1]).toBe(first.join(","));

    const svg = await save("矢量图（SVG）");
    const text = svg.bytes.toString("utf8");
    expect(text).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The drawing's own words come along, and its look is written in (no stylesheet needed).
    expect(text).toContain(first[0]);
    expect(text).toContain("fill:");
    expect(text).not.toContain("class=");

    const png = await save("图片（PNG）");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const box = await figure
      .locator("svg.chart-svg")
      .evaluateAll((svgs) =>
        (svgs as SVGSVGElement[])
          .filter((s) => s.getClientRects().length > 0)
          .map((s) => s.viewBox.baseVal.width),
      );
    expect(png.bytes.readUInt32BE(16)).toBe(box[0]! * 2);
    expectClean(watch);
  });
});
