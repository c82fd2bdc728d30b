/**
 * A large, valid export for the check page's size test and bench/check.ts: the clean fixture's
 * tables, with each county's site copied until the export reaches the size asked for, and the
 * four site-by-quarter tables filled for every site and quarter from the clean rows. And a
 * heartbeat in the page, to measure how long its main thread stops answering meanwhile.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

const CLEAN = join(import.meta.dirname, "../fixtures/validate/clean");
const PER_SITE = ["employment.csv", "services.csv", "welfare.csv", "property.csv"];

/** Every quarter the contract allows, 2019Q4 to 2025Q4. */
function quarters(): string[] {
  const list = ["2019Q4"];
  for (let year = 2020; year <= 2025; year++) for (let q = 1; q <= 4; q++) list.push(`${year}Q${q}`);
  return list;
}

/** The lines of a clean table: its header, and its data rows keyed by their site's county code. */
function clean(name: string): { header: string; byCounty: Map<string, string> } {
  const [header, ...rows] = readFileSync(join(CLEAN, name), "utf8").trimEnd().split("\n");
  return { header: header!, byCounty: new Map(rows.map((row) => [row.slice(0, 6), row])) };
}

/** The export's files, name and bytes, about `megabytes` in all (never less). */
export function largeExport(megabytes: number): { name: string; buffer: Buffer }[] {
  const periods = quarters();
  const perSite = PER_SITE.map(clean);
  const sites = clean("sites.csv");
  // Bytes one site adds across the four tables, to know how many sites make the size.
  const siteBytes = perSite.reduce(
    (sum, t) => sum + periods.length * ([...t.byCounty.values()][0]!.length + 1),
    0,
  );
  const count = Math.ceil((megabytes * 1048576) / siteBytes / sites.byCounty.size);
  if (count > 9999) throw new Error(`${megabytes} MB needs more than 9,999 sites a county`);
  const ids: [county: string, id: string][] = [];
  for (const county of sites.byCounty.keys())
    for (let n = 1; n <= count; n++) ids.push([county, `${county}-${String(n).padStart(4, "0")}`]);
  const table = (header: string, lines: Iterable<string>) =>
    Buffer.from(`${header}\n${[...lines].join("\n")}\n`);
  const files = readdirSync(CLEAN)
    .filter((name) => name !== "sites.csv" && !PER_SITE.includes(name))
    .map((name) => ({ name, buffer: readFileSync(join(CLEAN, name)) }));
  files.push({
    name: "sites.csv",
    buffer: table(
      sites.header,
      ids.map(([county, id]) => id + sites.byCounty.get(county)!.slice(11)),
    ),
  });
  PER_SITE.forEach((name, i) => {
    const { header, byCounty } = perSite[i]!;
    const lines = function* () {
      for (const [county, id] of ids)
        for (const period of periods) yield `${id},${period}${byCounty.get(county)!.slice(18)}`;
    };
    files.push({ name, buffer: table(header, lines()) });
  });
  return files;
}

/** Starts a timer in the page that records the longest gap between its ticks (50 ms apart). */
export async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longestGap: number };
    w.longestGap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestGap = Math.max(w.longestGap, now - last);
      last = now;
    }, 50);
  });
}

/** The longest gap, in milliseconds, between the heartbeat's ticks since it started. */
export function longestGap(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { longestGap: number }).longestGap);
}
