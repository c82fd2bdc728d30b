/** The verify page: the browser check of the published data, and of a dropped file with one changed cell. */
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectClean, watchPage } from "./helpers.ts";

// The whole check at Shiyan scale takes a few seconds; a loaded test machine needs more.
test.setTimeout(180_000);

async function waitForResult(page: Page): Promise<void> {
  await expect(page.locator("[data-verify][data-state=done] [data-summary]")).toBeVisible({
    timeout: 150_000,
  });
}

const counted = async (page: Page, name: string) =>
  Number(
    ((await page.locator(`[data-summary] [data-count=${name}]`).textContent()) ?? "").replace(/[^\d]/g, ""),
  );

for (const prefix of ["", "/en"]) {
  test(`${prefix}/verify/ is clean and accessible before and after a check`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${prefix}/verify/`);
    await expect(page.locator("[data-verify][data-state=ready]")).toBeVisible();
    await expectAccessible(page);
    await page.locator("[data-check-published]").click();
    await waitForResult(page);
    await expectAccessible(page);
    expectClean(watch);
  });
}

test("the published data verifies with 0 mismatches", async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto("/en/verify/");
  await page.getByRole("button", { name: "Check the published data" }).click();
  await waitForResult(page);
  await expect(page.getByRole("status")).toHaveText("Everything matches");
  expect(await counted(page, "mismatched")).toBe(0);
  const checked = await counted(page, "checked");
  expect(checked).toBeGreaterThan(0);
  expect(await counted(page, "matched")).toBe(checked);
  // Every file read is the published one, byte for byte.
  await expect(page.getByText("Differs from the published file")).toHaveCount(0);
  expectClean(watch);
});

test("a dropped file with one changed cell reports exactly the figures that cell feeds", async ({ page }) => {
  const watch = await watchPage(page);
  const csv = await (await page.request.get("/data/employment.csv")).text();
  const sites = await (await page.request.get("/data/sites.csv")).text();
  const lines = csv.split("\n");
  const header = lines[0]!.split(",");
  const employed = header.indexOf("households_with_labour_employed");
  // The first row with someone employed: one household fewer is still a valid row.
  const at = lines.findIndex((line, i) => i > 0 && Number(line.split(",")[employed]) > 0);
  const cells = lines[at]!.split(",");
  const [siteId, period] = [cells[0]!, cells[1]!];
  cells[employed] = String(Number(cells[employed]) - 1);
  lines[at] = cells.join(",");
  const siteHeader = sites.split("\n")[0]!.split(",");
  const siteRow = sites
    .split("\n")
    .find((line) => line.startsWith(`${siteId},`))!
    .split(",");
  const township = siteRow[siteHeader.indexOf("township_code")]!;
  const county = siteRow[siteHeader.indexOf("county_code")]!;

  await page.goto("/en/verify/");
  await page.locator("#verify-files").setInputFiles({
    name: "employment.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(lines.join("\n"), "utf8"),
  });
  await page.getByRole("button", { name: "Check with these files" }).click();
  await waitForResult(page);
  await expect(page.getByRole("status")).toHaveText("Some figures differ");
  expect(await counted(page, "mismatched")).toBe(4);
  const rows = await page
    .locator("table:has(caption:text('Figures that differ')) tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((cell) => cell.textContent)));
  expect(rows).toEqual([
    ["Household employment", "City", "420300", period],
    ["Household employment", "County", county, period],
    ["Household employment", "Township", township, period],
    ["Household employment", "Site", siteId, period],
  ]);
  await expect(page.getByRole("row", { name: /employment\.csv Yours/ })).toContainText(
    "Differs from the published file",
  );
  expectClean(watch);
});

test("a file whose name is not a table is ignored and said so", async ({ page }) => {
  await page.goto("/en/verify/");
  await page
    .locator("#verify-files")
    .setInputFiles({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("a\n1\n") });
  await page.getByRole("button", { name: "Check with these files" }).click();
  await waitForResult(page);
  await expect(
    page.getByText("These file names are not published tables and were ignored: notes.csv"),
  ).toBeVisible();
  expect(await counted(page, "mismatched")).toBe(0);
});

test("a dropped file with 200,000 bad rows is checked and its problems shortened to 100 of a code, then a count", async ({
  page,
}) => {
  const watch = await watchPage(page);
  const csv = await (await page.request.get("/data/employment.csv")).text();
  const header = csv.split("\n")[0]!;
  const siteId = csv.split("\n")[1]!.split(",")[0]!;
  const empty = ",".repeat(header.split(",").length - 2);
  // Each row's period cannot be read: one problem a row, more than a spread call can pass.
  const rows = Array.from({ length: 200_000 }, (_, i) => `${siteId},bad${i}${empty}`);

  await page.goto("/en/verify/");
  await page.locator("#verify-files").setInputFiles({
    name: "employment.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${header}\n${rows.join("\n")}\n`, "utf8"),
  });
  await page.getByRole("button", { name: "Check with these files" }).click();
  await waitForResult(page);
  await expect(page.getByRole("status")).toHaveText("The data has errors, so nothing was recomputed");
  const problems = page.locator("table:has(caption:text('Problems in the data')) tbody tr");
  await expect(problems).toHaveCount(101);
  await expect(problems.nth(0)).toContainText("employment.csv2period");
  await expect(problems.nth(100)).toContainText(
    "… and 199,900 more type problems in this file; anju validate --format json lists every one.",
  );
  expectClean(watch);
});
