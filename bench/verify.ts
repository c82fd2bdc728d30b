/**
 * Benchmark of the verify page in Chromium: opens the built `/verify/`, clicks "check the
 * published data" and measures the time until the result is shown (fetching the CSVs and the
 * published values, validating, recomputing every indicator and comparing). Run on demand:
 *
 *   node bench/verify.ts [SITE_DIR]        (default: .anju/e2e-site)
 *
 * Prints, over three runs, the seconds to the result (wall clock in the page), the worker's own
 * split (validate / compute / compare) and the figures checked. A second click in the same page
 * reuses the fetched files, as an inspector's second check would. Goal at Shiyan scale: ≤ 3 s.
 */
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../scripts/lib/chromium.ts";
import { serveStatic } from "../scripts/lib/serve.ts";

const RUNS = 3;
const GOAL_SECONDS = 3;

const site = resolve(process.argv[2] ?? ".anju/e2e-site");
const { server, url } = await serveStatic(site);
const browser = await chromium.launch(chromiumLaunchOptions());
const out = (line: string) => process.stdout.write(`${line}\n`);

try {
  out(`verify benchmark: ${site}`);
  for (let run = 1; run <= RUNS; run++) {
    // A fresh context each run, so nothing is cached from the run before.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/en/verify/`);
    await page.locator("[data-verify][data-state=ready]").waitFor();
    for (const label of ["first check", "second check (files already loaded)"]) {
      const started = Date.now();
      await page.getByRole("button", { name: "Check the published data" }).click();
      await page.locator("[data-verify][data-state=done] [data-summary]").waitFor({ timeout: 300_000 });
      const seconds = (Date.now() - started) / 1000;
      const summary = await page.locator("[data-summary] dd").allTextContents();
      const [validate, compute, compare] = (
        (await page.locator("[data-verify]").getAttribute("data-timings")) ?? ""
      ).split(" ");
      out(
        `run ${run}, ${label}: ${seconds.toFixed(2)} s (goal ≤ ${GOAL_SECONDS} s); ` +
          `checked ${summary[0]}, matched ${summary[1]}, differing ${summary[2]}; worker: validate ${validate} ms, compute ${compute} ms, compare ${compare} ms`,
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
