/**
 * Lighthouse, mobile preset, on one page of every template in both languages (and care mode on
 * for the home and site pages), served as a production host serves the site: gzip-compressed with
 * the settings of `anju build --precompress`, with the `_headers` headers (scripts/lib/serve.ts).
 * Builds nothing itself. Goals (issue 22): ≥ 95 in every category, CLS ≤ 0.05, LCP ≤ 2.5 s.
 *
 *   node bench/lighthouse.ts [SITE_DIR] [--only SUBSTRING]
 *
 * SITE_DIR defaults to the site built for the browser tests (.anju/e2e-site: build it with
 * `node bin/anju.mjs build data --out .anju/e2e-site --precompress`). `--only /map/` audits just
 * the pages whose path contains that text. Each page takes 10–30 s; the whole set about 15 min.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { serveStatic } from "../scripts/lib/serve.ts";
import { CATEGORIES, startAuditor, type PageAudit } from "../tests/e2e/lighthouse.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: "string" } },
});
const dir = positionals[0] ?? ".anju/e2e-site";
if (!existsSync(join(dir, "index.html"))) {
  process.stderr.write(
    `No built site in ${dir}: build one with node bin/anju.mjs build data --out ${dir} --precompress\n`,
  );
  process.exit(2);
}

// The newest release, whatever the sample's version is today.
const release = readdirSync(join(dir, "releases"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1);

/** One page of every template; the figures and places are the sample's. */
const TEMPLATES = [
  "/",
  "/policy/",
  "/indicators/",
  "/indicators/household-employment/",
  "/counties/",
  "/counties/420304/",
  "/sites/",
  "/sites/420322-0002/",
  "/map/",
  "/data/",
  "/data/employment/",
  "/releases/",
  `/releases/${release}/`,
  "/receipt/?indicator=household-employment&level=city&code=420300&period=2025Q4",
  "/verify/",
  "/quality/",
  "/search/?q=城关镇",
  "/sitemap/",
  "/about/",
  "/methodology/",
  "/404.html",
];
const CARE = ["/", "/sites/420322-0002/"];

const pages = [
  ...["", "/en"].flatMap((prefix) => TEMPLATES.map((path) => `${prefix}${path}`)),
  ...CARE.flatMap((path) => [path, `/en${path}`]).map((path) => `${path}?care=1`),
].filter((path) => !values.only || path.includes(values.only));

const { server, url } = await serveStatic(dir);
const auditor = await startAuditor();
const results: PageAudit[] = [];
try {
  for (const path of pages) {
    const result = await auditor.audit(`${url}${path}`);
    results.push(result);
    process.stdout.write(`${line(path, result)}\n`);
  }
} finally {
  auditor.close();
  server.close();
}

const first = results[0];
if (first) {
  process.stdout.write(`\nLighthouse ${first.lighthouseVersion}, ${first.browser}\n`);
}
const failing = results.filter((result) => !meetsGoals(result));
process.stdout.write(
  `${results.length - failing.length} of ${results.length} pages meet every goal (≥ 95 in each category, CLS ≤ 0.05, LCP ≤ 2.5 s)\n`,
);
for (const result of failing) {
  for (const audit of result.failedAudits) process.stdout.write(`  ${result.url}  ${audit}\n`);
}

function meetsGoals(result: PageAudit): boolean {
  return (
    CATEGORIES.every((id) => (result.scores[id] ?? 0) >= 95) && result.cls <= 0.05 && result.lcpMs <= 2500
  );
}

function line(path: string, result: PageAudit): string {
  if (result.runtimeError) return `${path.padEnd(52)} ERROR ${result.runtimeError}`;
  const scores = CATEGORIES.map((id) => String(result.scores[id] ?? "–").padStart(3)).join(" ");
  return [
    path.length > 52 ? `${path.slice(0, 51)}…` : path.padEnd(52),
    scores,
    `LCP ${(result.lcpMs / 1000).toFixed(1).padStart(4)} s`,
    `TBT ${String(Math.round(result.tbtMs)).padStart(4)} ms`,
    `CLS ${result.cls.toFixed(3)}`,
    meetsGoals(result) ? "ok" : "BELOW",
  ].join("  ");
}
