/**
 * One render shard of `anju build --jobs N` (scripts/lib/render.ts starts it; not a command of its
 * own): makes the model from the same data directory and configuration, takes the downloads'
 * index from the job file, and renders this shard's pages with Astro into OUT_DIR.
 *
 *   node scripts/render-shard.ts JOB_FILE INDEX COUNT OUT_DIR
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize } from "node:v8";
import { setBuildContext } from "../src/data/context.ts";
import { buildModel, loadSiteConfig } from "./lib/model.ts";
import { astroBuild, type ShardJob } from "./lib/render.ts";

// The build that started this shard is gone (killed, or failed elsewhere): stop with it.
process.on("disconnect", () => process.exit(1));

const [jobFile, index, count, outDir] = process.argv.slice(2);
if (!jobFile || !index || !count || !outDir) {
  process.stderr.write("usage: node scripts/render-shard.ts JOB_FILE INDEX COUNT OUT_DIR\n");
  process.exit(2);
}
const job = deserialize(await readFile(jobFile)) as ShardJob;
const config = await loadSiteConfig(job.configPath);
const model = await buildModel(job.dataDir, config);
setBuildContext({
  config,
  model,
  downloads: job.downloads,
  shard: { index: Number(index), count: Number(count) },
});
await astroBuild(job.root, outDir, join(outDir, "..", `cache-${index}`));
process.exit(0);
