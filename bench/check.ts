/**
 * Benchmark of the check page in Chromium: a large valid export (the clean fixture grown to the
 * size asked for, tests/e2e/large-export.ts) is chosen on the built `/check/` and checked; prints
 * the seconds to the answer, the worker's own time as the page reports it, and the longest gap
 * between the page's timer ticks meanwhile (how long the tab did not answer). Run on demand:
 *
 *   node bench/check.ts [SITE_DIR] [MEGABYTES]      (default: .anju/e2e-site, 50)
 *
 * Goal (issue 19): the tab never freezes (longest gap well under a second) and the check shows
 * its progress.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../scripts/lib/chromium.ts";
import { serveStatic } from "../scripts/lib/serve.ts";
import { largeExport, longestGap, startHeartbeat } from "../tests/e2e/large-export.ts";

const RUNS = 3;
const site = resolve(process.argv[2] ?? ".anju/e2e-site");
const megabytes = Number(process.argv[3] ?? 50);
const out = (line: string) => process.stdout.write(`${line}\n`);

const dir = mkdtempSync(join(tmpdir(), "anju-bench-check-"));
const files = largeExport(megabytes);
for (const file of files) writeFileSync(join(dir, file.name), file.buffer);
const bytes = files.reduce((sum, file) => sum + file.buffer.length, 0);
const { server, url } = await serveStatic(site);
const browser = await chromium.launch(chromiumLaunchOptions());

try {
  out(`check benchmark: ${site}, ${files.length} files, ${(bytes / 1048576).toFixed(1)} MB`);
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/en/check/`);
    await page.locator("[data-check][data-state=ready]").waitFor();
    await page.locator("#check-files").setInputFiles(files.map((file) => join(dir, file.name)));
    await startHeartbeat(page);
    const started = Date.now();
    await page.locator("[data-run]").click();
    await page.locator("[data-check][data-state=done]").waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    const status = await page.getByRole("status").textContent();
    const gap = await longestGap(page);
    out(
      `run ${run}: ${seconds.toFixed(1)} s to the answer; page says "${status}"; longest main-thread gap ${Math.round(gap)} ms`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
