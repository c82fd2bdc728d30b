/**
 * Page weight: everything a page loads in Chromium, each response gzipped (as a host would send
 * it), summed. Goals (issue 5): a site page ≤ 60 KB, the home page ≤ 100 KB; the map page ≤ 300 KB.
 *
 *   node bench/page-weight.ts [SITE_DIR]     (default: the site built for the browser tests,
 *                                             .anju/e2e-site — build it with npm run test:e2e or
 *                                             node bin/anju.mjs build data --out .anju/e2e-site)
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/lib/chromium.ts";
import { serveStatic } from "../scripts/lib/serve.ts";

const dir = process.argv[2] ?? ".anju/e2e-site";
const PAGES: [string, number][] = [
  ["/", 100],
  ["/en/", 100],
  ["/sites/420323-0001/", 60],
  ["/en/sites/420304-0001/", 60],
  ["/indicators/household-employment/", 200],
  ["/counties/420323/", 200],
  ["/map/", 300],
  ["/policy/", 200],
];

const { server, url } = await serveStatic(dir);
const browser = await chromium.launch(chromiumLaunchOptions());
const rows: string[] = [];
for (const [path, goalKB] of PAGES) {
  const page = await browser.newPage();
  const sizes: Promise<number>[] = [];
  page.on("response", (response) => {
    sizes.push(
      response
        .body()
        .then((body) => gzipSync(body, { level: 6 }).byteLength)
        .catch(() => 0),
    );
  });
  await page.goto(`${url}${path}`, { waitUntil: "networkidle" });
  const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
  const kb = bytes / 1024;
  rows.push(
    `${path.padEnd(40)} ${String(sizes.length).padStart(3)} requests  ${kb.toFixed(1).padStart(7)} KB gzip  goal ≤ ${goalKB} KB  ${kb <= goalKB ? "ok" : "OVER"}`,
  );
  await page.close();
}
await browser.close();
server.close();
process.stdout.write(`${rows.join("\n")}\n`);
