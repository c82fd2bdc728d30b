/**
 * Pages on phones (issue 15): one page of every template at 360 × 740 and 390 × 844, both
 * languages, care mode off and on. For each it prints whether the document scrolls sideways
 * (scrollWidth > innerWidth), its height in phone screens, its HTML size, and how many links and
 * buttons in the header, navigation and cards are smaller than 44 × 44 px. The browser tests
 * check a representative subset of this; this script is the whole matrix, run before closing
 * page work and recorded in bench/RESULTS.md.
 *
 *   node bench/phone-pages.ts [SITE_DIR] [--widths 390] [--only site,county]
 *
 * SITE_DIR defaults to the site the browser tests build (.anju/e2e-site).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/lib/chromium.ts";
import { serveStatic } from "../scripts/lib/serve.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    widths: { type: "string", default: "360,390" },
    only: { type: "string" },
    axe: { type: "boolean", default: false },
  },
});
const dir = positionals[0] ?? ".anju/e2e-site";
const HEIGHTS: Record<number, number> = { 360: 740, 390: 844 };
const widths = values.widths.split(",").map(Number);

const release = readdirSync(join(dir, "releases")).find((name) =>
  statSync(join(dir, "releases", name)).isDirectory(),
);
/** One page of every template, by name; the Chinese path (English is under /en). */
const TEMPLATES: [string, string][] = [
  ["home", "/"],
  ["policy", "/policy/"],
  ["indicators", "/indicators/"],
  ["indicator", "/indicators/household-employment/"],
  ["counties", "/counties/"],
  ["county", "/counties/420304/"],
  ["sites", "/sites/"],
  ["site", "/sites/420322-0002/"],
  ["map", "/map/"],
  ["data", "/data/"],
  ["table", "/data/employment/"],
  ["releases", "/releases/"],
  ["release", `/releases/${release}/`],
  ["receipt", "/receipt/?indicator=household-employment&place=420304&period=2025Q4"],
  ["verify", "/verify/"],
  ["quality", "/quality/"],
  ["search", "/search/?q=城关镇"],
  ["sitemap", "/sitemap/"],
  ["about", "/about/"],
  ["methodology", "/methodology/"],
  ["404", "/404.html"],
];
const only = values.only?.split(",");
const templates = TEMPLATES.filter(([name]) => !only || only.includes(name));

/** Selectors whose links and buttons must be tappable (issue 15: header, navigation and cards). */
const TAP_AREAS = "header a, header button, nav a, nav button, .card a, .cards a";

const { server, url } = await serveStatic(dir);
const browser = await chromium.launch(chromiumLaunchOptions());

const header = `template     lang care width  sideways  screens  HTML KB  small taps${values.axe ? "  axe" : ""}`;
const lines = [header];
let failures = 0;
for (const [name, path] of templates) {
  for (const lang of ["zh", "en"]) {
    const localised = lang === "en" ? `/en${path}` : path;
    const html = await fetch(`${url}${localised.split("?")[0]}`, {
      headers: { "accept-encoding": "identity" },
    });
    const htmlKB = (await html.arrayBuffer()).byteLength / 1024;
    for (const care of [false, true]) {
      for (const width of widths) {
        // A context of its own, as axe needs (it opens a page beside this one to assemble results).
        const context = await browser.newContext({ viewport: { width, height: HEIGHTS[width] ?? 844 } });
        const page = await context.newPage();
        const separator = localised.includes("?") ? "&" : "?";
        await page.goto(`${url}${localised}${separator}care=${care ? 1 : 0}`, { waitUntil: "networkidle" });
        const measured = await page.evaluate((areas) => {
          const small = [...document.querySelectorAll<HTMLElement>(areas)].filter((element) => {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) return false;
            return box.width < 44 || box.height < 44;
          });
          return {
            sideways: document.documentElement.scrollWidth - window.innerWidth,
            height: document.documentElement.scrollHeight,
            small: small.length,
            smallExample: small[0]?.textContent.trim().slice(0, 20) ?? "",
          };
        }, TAP_AREAS);
        const screens = measured.height / (HEIGHTS[width] ?? 844);
        // Folded sections open first, so axe sees what a reader can open.
        let violations: string[] = [];
        if (values.axe) {
          await page.evaluate(() => {
            for (const details of document.querySelectorAll("details")) details.open = true;
          });
          const results = await new AxeBuilder({ page })
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
            .analyze();
          violations = results.violations.map((v) => `${v.id} ×${v.nodes.length}`);
        }
        const bad = measured.sideways > 0 || measured.small > 0 || violations.length > 0;
        if (bad) failures += 1;
        lines.push(
          [
            name.padEnd(12),
            lang.padEnd(4),
            (care ? "on" : "off").padEnd(4),
            String(width).padEnd(6),
            (measured.sideways > 0 ? `+${measured.sideways}px` : "no").padEnd(9),
            screens.toFixed(1).padStart(7),
            htmlKB.toFixed(1).padStart(8),
            `  ${measured.small}${measured.small ? ` (${measured.smallExample})` : ""}`,
            ...(values.axe ? [`  ${violations.length === 0 ? "0" : violations.join(", ")}`] : []),
          ].join(" "),
        );
        await context.close();
      }
    }
  }
}
await browser.close();
server.close();
process.stdout.write(
  `${lines.join("\n")}\n${failures} of ${lines.length - 1} views scroll sideways, have small tap targets${values.axe ? " or axe violations" : ""}\n`,
);
