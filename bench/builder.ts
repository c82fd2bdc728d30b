/**
 * Benchmark of the download builder in Chromium at national size: the sample's employment table,
 * its rows repeated until the file is about as large as the national sample's (35,000 sites),
 * served in place of the published one; the builder makes its Excel edition for every county and
 * quarter, and again for one quarter. Side by side, the browser downloads the same file whole
 * (fetch + decode), so the ratio says what the record splitting and writing cost. Also prints the
 * longest gap between the page's timer ticks meanwhile: the tab must never freeze. Run on demand:
 *
 *   node bench/builder.ts [SITE_DIR] [TIMES]      (default: .anju/e2e-site, 8)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../scripts/lib/chromium.ts";
import { serveStatic } from "../scripts/lib/serve.ts";
import { longestGap, startHeartbeat } from "../tests/e2e/large-export.ts";

const RUNS = 3;
const site = resolve(process.argv[2] ?? ".anju/e2e-site");
const times = Number(process.argv[3] ?? 8);
const out = (line: string) => process.stdout.write(`${line}\n`);

// A small copy of the site: its root files, its scripts and styles, the catalogue page, and a
// large employment.csv (with no .gz copy, so the large file is what is read).
const root = mkdtempSync(join(tmpdir(), "anju-bench-builder-"));
for (const entry of readdirSync(site, { withFileTypes: true })) {
  if (entry.isFile()) cpSync(join(site, entry.name), join(root, entry.name));
}
cpSync(join(site, "_astro"), join(root, "_astro"), { recursive: true });
mkdirSync(join(root, "data"));
cpSync(join(site, "data/index.html"), join(root, "data/index.html"));
const published = readFileSync(join(site, "data/employment.csv"), "utf8");
const [header, ...lines] = published.trimEnd().split("\n");
const big = `${[header, ...Array.from({ length: times }, () => lines).flat()].join("\n")}\n`;
writeFileSync(join(root, "data/employment.csv"), big);
const mb = Buffer.byteLength(big) / 1e6;

const { server, url } = await serveStatic(root);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  out(
    `builder benchmark: employment.csv × ${times} = ${mb.toFixed(1)} MB, ${(lines.length * times).toLocaleString("en")} rows`,
  );
  out("run | whole download s | builder, all rows s | ratio | builder, one quarter s | longest gap ms");
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${url}/data/`);
    const whole = await page.evaluate(async () => {
      const start = performance.now();
      const text = new TextDecoder().decode(await (await fetch("/data/employment.csv")).arrayBuffer());
      return { seconds: (performance.now() - start) / 1000, length: text.length };
    });
    const make = async (quarter: string | null) => {
      await page.selectOption("select[name=source]", "employment");
      const periods = await page
        .locator("select[name=from] option")
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
      await page.selectOption("select[name=from]", quarter ?? periods[0]!);
      await page.selectOption("select[name=to]", quarter ?? periods.at(-1)!);
      await startHeartbeat(page);
      const start = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("form[data-builder] button[type=submit]").click(),
      ]);
      await download.path();
      return { seconds: (Date.now() - start) / 1000, gap: await longestGap(page) };
    };
    const all = await make(null);
    const one = await make("2025Q4");
    out(
      `${run} | ${whole.seconds.toFixed(2)} | ${all.seconds.toFixed(2)} | ${(all.seconds / whole.seconds).toFixed(1)}× | ${one.seconds.toFixed(2)} | ${Math.max(all.gap, one.gap).toFixed(0)}`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(root, { recursive: true, force: true });
}
