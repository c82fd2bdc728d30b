/**
 * Benchmark: times `anju sample --scale national` (about 35,000 sites, 9.6 million persons) and
 * prints the seconds taken and the peak resident memory. Run on demand, not in the test suite:
 *
 *   node bench/sample.ts [--seed N]
 *
 * Output goes to bench/out/national/ (ignored by git). Budget: 60 s and 2 GB.
 */
import { statSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { sampleCommand } from "../scripts/commands/sample.ts";
import { recordingEffects } from "../scripts/lib/effects.ts";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "bench/out/national");
const seed = process.argv.includes("--seed") ? process.argv[process.argv.indexOf("--seed") + 1]! : "2019";

const effects = recordingEffects(root);
const started = performance.now();
const code = await sampleCommand.run(["--scale", "national", "--seed", seed, "--out", out], effects);
const seconds = (performance.now() - started) / 1000;
// maxRSS is reported in kilobytes.
const peakMegabytes = process.resourceUsage().maxRSS / 1024;
const bytes = readdirSync(out).reduce((sum, name) => sum + statSync(join(out, name)).size, 0);

process.stdout.write(
  [
    `anju sample --scale national --seed ${seed}: exit ${code}`,
    ...effects.stderr.map((line) => `  ${line.trimEnd()}`),
    `seconds: ${seconds.toFixed(1)} (budget 60)`,
    `peak RSS: ${peakMegabytes.toFixed(0)} MB (budget 2048)`,
    `output: ${(bytes / 1024 / 1024).toFixed(0)} MB in ${out}`,
  ].join("\n") + "\n",
);
process.exitCode = code !== 0 || seconds > 60 || peakMegabytes > 2048 ? 1 : 0;
