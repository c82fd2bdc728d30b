/**
 * The indicator page's chart, table and map of the same figures (issue 17, item 5): the views are
 * tabs, the place picker chooses the chart's lines and marks the table's rows, the address keeps
 * both so a link opens the same view, and every figure shown equals the published CSV's.
 */
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

const PAGE = "/indicators/household-employment/";
const CITY = "420300";
const ZHUSHAN = "420323";

/** The published figures of household employment at the latest period, by place code, as the page writes them. */
async function published(
  request: import("@playwright/test").APIRequestContext,
): Promise<Map<string, string>> {
  const rows = Papa.parse<Record<string, string>>(
    await (await request.get("/data/indicators/areas.csv")).text(),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data.filter((row) => row.indicator === "household-employment" && row.level !== "township");
  const latest = rows
    .map((row) => row.period!)
    .sort()
    .at(-1);
  return new Map(
    rows
      .filter((row) => row.period === latest)
      .map((row) => [row.code!, row.value === "" ? "无数据" : `${(Number(row.value) * 100).toFixed(1)}%`]),
  );
}

/** The places whose lines the wide drawing shows. */
const linesShown = (page: Page) =>
  page
    .locator("#explore .chart-svg--wide path.chart-line[data-series]")
    .evaluateAll((paths) =>
      paths
        .filter((path) => getComputedStyle(path).display !== "none")
        .map((path) => path.getAttribute("data-series")),
    );

test("opens on the chart with the city alone; choosing a county adds its line, marks its row and goes into the address", async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  const figures = await published(request);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(PAGE);
  const explore = page.locator("#explore");
  await expect(explore.getByRole("tab", { name: "图表" })).toHaveAttribute("aria-selected", "true");
  expect(await linesShown(page)).toEqual([CITY]);

  await explore.getByRole("checkbox", { name: "竹山县" }).check();
  expect(await linesShown(page)).toEqual([CITY, ZHUSHAN]);
  await expect(page).toHaveURL(new RegExp(`\\?places=${CITY}%2C${ZHUSHAN}$`));
  // The two end labels say the published figures and do not overlap.
  const labels = explore.locator(".chart-svg--wide [data-end-labels] text:visible");
  await expect(labels).toHaveCount(2);
  expect(await labels.allTextContents()).toEqual([figures.get(CITY), figures.get(ZHUSHAN)]);
  const [a, b] = [(await labels.nth(0).boundingBox())!, (await labels.nth(1).boundingBox())!];
  expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);

  // The county chosen second draws the second series' colour and dash.
  const line = explore.locator(`.chart-svg--wide path.chart-line[data-series="${ZHUSHAN}"]`);
  await expect(line).toHaveClass(/chart-series-1/);
  await expect(line).toHaveAttribute("stroke-dasharray", /\d/);

  await explore.getByRole("tab", { name: "表格" }).click();
  await expect(page).toHaveURL(/view=table/);
  const table = explore.locator('[data-panel="table"] table');
  await expect(table).toBeVisible();
  await expect(explore.locator('[data-panel="chart"]')).toBeHidden();
  await expect(table.locator("tr.is-picked")).toHaveCount(2);
  await expect(table.locator(`tr[data-key="${ZHUSHAN}"]`)).toHaveClass(/is-picked/);
  // Every place's value in the table equals the published figure.
  for (const [code, value] of figures) {
    await expect(table.locator(`tr[data-key="${code}"] td`).first()).toContainText(value);
  }
  expectClean(watch);
});

test("a shared address opens the same view and places; arrow keys move between the tabs", async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  const figures = await published(request);
  await page.goto(`${PAGE}?view=map&places=${ZHUSHAN}`);
  const explore = page.locator("#explore");
  await expect(explore.getByRole("tab", { name: "地图" })).toHaveAttribute("aria-selected", "true");
  await expect(explore.getByRole("checkbox", { name: "十堰市" })).not.toBeChecked();
  await expect(explore.getByRole("checkbox", { name: "竹山县" })).toBeChecked();
  // The map names each county's published value, for screen readers as well as on its label.
  const county = explore.locator(`.explorer-map a[href="/counties/${ZHUSHAN}/"]`);
  await expect(county).toHaveAttribute(
    "aria-label",
    new RegExp(`竹山县：${figures.get(ZHUSHAN)!.replace(".", "\\.")}`),
  );
  expect(await explore.locator(".explorer-map a").count()).toBe(figures.size - 1);
  await expectAccessible(page);

  await explore.getByRole("tab", { name: "地图" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(explore.getByRole("tab", { name: "表格" })).toBeFocused();
  await expect(explore.locator('[data-panel="table"]')).toBeVisible();
  expect(await linesShown(page)).toEqual([ZHUSHAN]);
  // The last place chosen cannot be unchosen: an empty chart answers nothing.
  await explore.getByRole("checkbox", { name: "竹山县" }).click();
  await expect(explore.getByRole("checkbox", { name: "竹山县" })).toBeChecked();
  expectClean(watch);
});

test("the table view downloads as the CSV of the rows it shows", async ({ page }) => {
  await page.goto(`${PAGE}?view=table`);
  const panel = page.locator('[data-panel="table"]');
  await expect(panel.getByRole("button", { name: "矢量图（SVG）" })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("button", { name: "数据（CSV）" }).click(),
  ]);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  const rows = await panel.locator("tbody tr").count();
  expect(lines).toHaveLength(rows + 1);
  expect(lines[1]).toContain("十堰市");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the three views stand one under the other, every place drawn", async ({ page }) => {
    await page.goto(PAGE);
    const explore = page.locator("#explore");
    await expect(explore.getByRole("tab")).toHaveCount(0);
    for (const name of ["图表", "表格", "地图"])
      await expect(explore.getByRole("heading", { name, exact: true })).toBeVisible();
    const lines = await explore.locator(".chart-svg--wide path.chart-line[data-series]").count();
    expect(lines).toBe(await explore.locator('[data-panel="table"] tbody tr').count());
  });
});
