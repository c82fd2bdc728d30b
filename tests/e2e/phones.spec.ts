/**
 * The pages on phones (issue 15), the representative subset: home, a site, a county, the map and
 * the data page at 360 × 740 and 390 × 844, care mode on for home and site, both languages for
 * home and site. The document never scrolls sideways, every link and button in the header, the
 * navigation and the cards is at least 44 × 44 px, and a site page states its status against the
 * targets on its first screen. The whole matrix (every template) is bench/phone-pages.ts.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers.ts";

const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];
const SITE = "/sites/420322-0002/";
const COUNTY = "/counties/420304/";
const PAGES: { path: string; care: boolean }[] = [
  { path: "/", care: false },
  { path: "/", care: true },
  { path: "/en/", care: true },
  { path: SITE, care: false },
  { path: SITE, care: true },
  { path: `/en${SITE}`, care: false },
  { path: COUNTY, care: false },
  { path: "/map/", care: false },
  { path: "/data/", care: false },
];

/** The links and buttons of the header, navigation and cards smaller than 44 × 44 px, by their text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("header a, header button, nav a, nav button, .card a")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.width < 44 || box.height < 44);
      })
      .map((element) => `${element.textContent.trim()} (${element.offsetWidth}×${element.offsetHeight})`),
  );
}

for (const phone of PHONES) {
  test.describe(`at ${phone.width} × ${phone.height}`, () => {
    test.use({ viewport: phone });

    for (const { path, care } of PAGES) {
      test(`${path}${care ? " in care mode" : ""} fits the screen and has tap targets of 44 px`, async ({
        page,
      }) => {
        await page.goto(`${path}?care=${care ? 1 : 0}`);
        await expect(page.locator("html")).toHaveClass(care ? /\bcare\b/ : /^(?!.*\bcare\b)/);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(sideways, "the page scrolls sideways by this many px").toBeLessThanOrEqual(0);
        expect(await smallTargets(page)).toEqual([]);
      });
    }

    for (const [prefix, tally] of [
      ["", "项指标中"],
      ["/en", "measures with a target"],
    ]) {
      test(`a site page (${prefix || "/"}) states its status against the targets on the first screen, in at most 8 screens`, async ({
        page,
      }) => {
        await page.goto(`${prefix}${SITE}`);
        const answer = page.locator(".answer p").first();
        await expect(answer).toContainText(tally!);
        const box = (await answer.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height / phone.height).toBeLessThanOrEqual(8);
      });
    }

    test("a county page is at most 20 screens tall", async ({ page }) => {
      await page.goto(COUNTY);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height / phone.height).toBeLessThanOrEqual(20);
    });
  });
}

test.describe("in care mode on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a site page sets its text at 24 px or more and passes axe, history open", async ({ page }) => {
    await page.goto(`${SITE}?care=1`);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await page.locator(".place-history summary").click();
    await expectAccessible(page);
  });
});

test("every site page's HTML is at most 30 KB", () => {
  const over: string[] = [];
  for (const root of [".anju/e2e-site/sites", ".anju/e2e-site/en/sites"]) {
    for (const id of readdirSync(root)) {
      const file = join(root, id, "index.html");
      if (id.includes("-") && statSync(file).size > 30 * 1024)
        over.push(`${file}: ${statSync(file).size} bytes`);
    }
  }
  expect(over).toEqual([]);
});
