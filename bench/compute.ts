/**
 * Benchmark of `anju compute` on a national-scale dataset (about 35,000 sites × 25 quarters).
 * Goal: ≤ 30 s and ≤ 2 GB peak RSS. Run on demand, not in the test suite:
 *
 *   node bench/compute.ts [DIR]        (default bench/out/national; made with anju sample if absent)
 *
 * It runs the command's own steps in this process (load and validate, compute and write the
 * indicators) and prints seconds per step, values written, output size and peak RSS.
 */
import { spawnSync } from "node:child_process";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { indicatorsHeader, indicatorsJsonBytes, indicatorValueParts } from "../src/lib/indicators/index.ts";
import type { Values } from "../src/lib/indicators/index.ts";
import { loadValidData, releaseInfo, writeAtomically } from "../scripts/commands/compute.ts";
import { terminalEffects } from "../scripts/lib/effects.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dir = process.argv[2] ?? join(ROOT, "bench/out/national");
const out = join(ROOT, "bench/out/indicators.json");

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

if (!(await exists(join(dir, "sites.csv")))) {
  console.log(`No dataset at ${dir}; making one with anju sample --scale national --seed 7 …`);
  const made = spawnSync(
    process.execPath,
    [join(ROOT, "bin/anju.mjs"), "sample", "--scale", "national", "--seed", "7", "--out", dir],
    {
      stdio: "inherit",
    },
  );
  if (made.status !== 0) process.exit(made.status ?? 1);
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

let step = performance.now();
const start = step;
const loaded = await loadValidData(dir, { ...terminalEffects, cwd: ROOT });
console.log(
  `load and validate: ${seconds(step)} s (${loaded.dataset.sites.length} sites; RSS then ${mb(process.memoryUsage().rss)} MB)`,
);

step = performance.now();
let count = 0;
function* counted(parts: Iterable<Values>) {
  for (const part of parts) {
    count += part.length;
    yield part;
  }
}
const header = indicatorsHeader(loaded.dataset, loaded.files, releaseInfo(loaded.meta));
await writeAtomically(
  out,
  indicatorsJsonBytes(header, counted(indicatorValueParts(loaded.dataset)), { buffers: 2 }),
);
console.log(`compute and write: ${seconds(step)} s (${count} values, ${mb((await stat(out)).size)} MB)`);

console.log(`total: ${seconds(start)} s`);
// maxRSS is in kilobytes.
console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
