/** Every page template in both languages: clean, accessible, and readable without JavaScript. */
import { expect, test } from "@playwright/test";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

/** One page of each template (other templates have their own specs), as language-neutral paths. */
const TEMPLATES = [
  "/",
  "/policy/",
  "/indicators/",
  "/indicators/household-employment/",
  "/indicators/priority-fund-share/",
  "/methodology/",
  "/about/",
  "/sitemap/",
  "/search/",
  "/kiosk/",
];

for (const prefix of ["", "/en"]) {
  for (const path of TEMPLATES) {
    const url = `${prefix}${path}`;
    test(`${url} has no console error, CSP violation or axe violation`, async ({ page }) => {
      const watch = await watchPage(page);
      await page.goto(url);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", prefix === "/en" ? "en" : "zh-CN");
      await expectAccessible(page);
      expectClean(watch);
    });
  }
}

test("the page's CSP lets its own scripts run and refuses an inline script or style", async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto("/sites/");
  // The policy is the head's second element, after the charset, before any script it governs.
  await expect(page.locator("head > :nth-child(2)")).toHaveAttribute("http-equiv", "content-security-policy");
  // The page's own module scripts ran: care mode's button answers.
  await page.locator("[data-care-toggle]").first().click();
  await expect(page.locator("html")).toHaveClass(/care/);
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true;";
    document.body.append(script);
    const style = document.createElement("style");
    style.textContent = "body { outline: 7px solid red; }";
    document.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      script: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      style: getComputedStyle(document.body).outlineWidth === "7px",
    };
  });
  expect(ran).toEqual({ script: false, style: false });
  expect(watch.cspViolations.map((v) => v.split(" ")[0]).sort()).toEqual([
    "script-src-elem",
    "style-src-elem",
  ]);
});

test("every page links to its counterpart in the other language", async ({ page }) => {
  await page.goto("/indicators/household-employment/");
  await page.locator(".lang-switch").click();
  await expect(page).toHaveURL(/\/en\/indicators\/household-employment\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the sample-data notice shows on every page while the data is sample data", async ({ page }) => {
  for (const url of ["/", "/en/", "/policy/", "/en/indicators/"]) {
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

test("the policy page anchors every part and measure, and each measure links to its indicators", async ({
  page,
}) => {
  await page.goto("/policy/");
  for (let n = 1; n <= 16; n++) await expect(page.locator(`#measure-${n}`)).toHaveCount(1);
  for (let n = 1; n <= 6; n++) await expect(page.locator(`#part-${n}`)).toHaveCount(1);
  const links = page.locator('#measure-5 + aside a[href^="/indicators/"]');
  await expect(links).toHaveCount(2);
  await expect(page.locator("body")).not.toContainText("亚博");
  await expect(page.locator("body")).not.toContainText("千亿国际");
  await page.goto("/indicators/household-employment/");
  await expect(page.locator('a[href="/policy/#measure-5"]')).toHaveCount(1);
});

test("search finds Chinese words: a township's name and 扶贫车间", async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto("/search/");
  await page.getByLabel(/输入安置点/).fill("扶贫车间");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.locator("[data-search-results] li").first()).toBeVisible({ timeout: 15_000 });
  await page.goto("/search/?q=城关镇");
  await expect(page.locator("[data-search-results] li").first()).toBeVisible({ timeout: 15_000 });
  expectClean(watch);
});

test("search shows 20 results at a time with their kind and county, and pages through the rest", async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.goto("/search/?q=城关镇");
  const results = page.locator("[data-search-results] > li");
  await expect(results).toHaveCount(20, { timeout: 15_000 });
  await expect(page.locator("[data-search-status]")).toContainText("显示前 20 个");
  // A site's result says it is a site and in which county.
  await expect(page.locator("[data-search-results] .search-kind").first()).toContainText(/安置点 · \S+/);
  await page.getByRole("button", { name: "显示更多结果" }).click();
  await expect(results).toHaveCount(40);
  // The first new result takes the focus, so a keyboard user continues there.
  await expect(results.nth(20).locator("a")).toBeFocused();
  expectClean(watch);
});

test("search ranks a page named exactly as typed first", async ({ page }) => {
  // Pagefind's own scores put 小河安置点2期 above 小河安置点 (and 太阳坡集中安置点 above
  // 阳坡集中安置点): the page named exactly what was typed must come first.
  await page.goto("/search/?q=小河安置点");
  await expect(page.locator("[data-search-results] > li").first().locator("a")).toHaveText("小河安置点", {
    timeout: 15_000,
  });
  await page.goto("/search/?q=阳坡集中安置点");
  await expect(page.locator("[data-search-results] > li").first().locator("a")).toHaveText("阳坡集中安置点", {
    timeout: 15_000,
  });
});

test("search leaves out charts and lists of files, and finds a county by its name", async ({ page }) => {
  const watch = await watchPage(page);
  // Every county page's 18 charts and the data page's county files name 竹山县; the county's own
  // page comes first all the same, and once.
  await page.goto("/search/?q=竹山县");
  const results = page.locator("[data-search-results] > li");
  await expect(results.first().locator("a")).toHaveAttribute("href", "/counties/420323/", {
    timeout: 15_000,
  });
  await expect(results).toHaveCount(20);
  await page.getByRole("button", { name: "显示更多结果" }).click();
  await expect(results).toHaveCount(40);
  await expect(page.locator('[data-search-results] a[href="/counties/420323/"]')).toHaveCount(1);
  // A file's checksum, listed on the data page, does not find the data page.
  await page.goto("/data/");
  const hash = await page.locator("table.files code.hash").last().textContent();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await page.goto(`/search/?q=${hash}`);
  await expect(page.locator("[data-search-status]")).toHaveText(/没有找到结果|找到/, { timeout: 15_000 });
  await expect(page.locator('[data-search-results] a[href="/data/"]')).toHaveCount(0);
  await page.goto("/en/search/?q=Zhushan County");
  await expect(results.first().locator("a")).toHaveAttribute("href", "/en/counties/420323/", {
    timeout: 15_000,
  });
  expectClean(watch);
});

test("search finds a site by its name and by the operator of one of its industries", async ({ page }) => {
  // Site pages are indexed from the data (src/lib/site/search-records.ts), not from their HTML.
  const watch = await watchPage(page);
  await page.goto("/search/?q=堰口桥安置点");
  await expect(page.locator('[data-search-results] a[href="/sites/420302-0001/"]')).toHaveText(
    "堰口桥安置点",
    {
      timeout: 15_000,
    },
  );
  await page.goto("/search/?q=马家河食品专业合作社");
  await expect(page.locator('[data-search-results] a[href="/sites/420302-0003/"]')).toBeVisible({
    timeout: 15_000,
  });
  expectClean(watch);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an indicator page shows its figures, its charts as SVG and the data tables", async ({ page }) => {
    await page.goto("/indicators/household-employment/");
    await expect(page.locator("h1")).toHaveText("有劳动力家庭就业率");
    await expect(page.locator('svg[role="img"]').first()).toBeVisible();
    await expect(page.locator("table caption:visible").first()).toBeVisible();
    // A chart's own table is folded under it and opens without a script.
    const folded = page.locator(".chart-data").first();
    await expect(folded.locator("table")).toBeHidden();
    await folded.locator("summary").click();
    await expect(folded.locator("table caption")).toBeVisible();
    await expect(page.locator(".care-toggle")).toBeHidden();
  });

  test("the home page shows the headline figures", async ({ page }) => {
    await page.goto("/en/");
    await expect(page.locator(".headline-cards .figure").first()).toContainText("%");
  });
});
