/**
 * One render shard of `anju build --jobs N`: a worker thread (scripts/lib/render.ts starts it;
 * not a command of its own). It validates the same data directory as the build, beside it, waits
 * for the values the build computes (posted as `SharedValues`: the same memory, never copied),
 * and renders this shard's site pages and printed notices with Astro into its own folder. They
 * read the model alone: the downloads' index, which the build prepares meanwhile, is not theirs
 * to read, and reading it fails the build.
 */
import { resolve } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import type { SiteDownloads } from "../src/data/context.ts";
import { clearBuildContext, contextPlaceIndex, setBuildContext } from "../src/data/context.ts";
import { ValueStore, type SharedValues } from "../src/lib/indicators/store.ts";
import { returnFreedMemory } from "./lib/free-memory.ts";
import { loadDataDirectory } from "./lib/load-data.ts";
import { loadSiteConfig, modelFromLoaded } from "./lib/model.ts";
import { astroBuild, withholdSeries, type ShardData } from "./lib/render.ts";

if (parentPort === null) {
  process.stderr.write(
    "scripts/render-shard.ts is a worker thread of `anju build --jobs N`, not a command.\n",
  );
  process.exit(2);
}
const data = workerData as ShardData;
const values = new Promise<SharedValues>((resolve) => parentPort!.once("message", resolve));

/** Renders this shard; what it made (the model, Astro's build) is garbage once it returns. */
async function renderShard({ root, dataDir, configPath, index, count, outDir, cacheDir }: ShardData) {
  const config = await loadSiteConfig(configPath);
  const loaded = await loadDataDirectory(dataDir);
  const errors = loaded.problems.filter((p) => p.severity === "error").length;
  // The build finds the same errors and reports them; this shard is stopped meanwhile.
  if (errors > 0) throw new Error(`${errors} data errors in ${dataDir}`);
  const model = await modelFromLoaded(dataDir, loaded, config, ValueStore.fromShared(await values));
  const downloads = new Proxy({} as SiteDownloads, {
    get(_, key) {
      throw new Error(
        `a page of a render shard read downloads.${String(key)}: render shards render site pages and notices, which must not need the downloads' index (it is made while they render)`,
      );
    },
  });
  // startSiteShards made the project the working directory, for as long as shards run.
  if (process.cwd() !== resolve(root))
    throw new Error(`render shard: the working directory is ${process.cwd()}, not the project (${root})`);
  setBuildContext({ config, model, downloads, shard: { index, count } });
  // A shard's pages read the site × period tables only through the place index, which keeps each
  // site's latest row: made now, it lets the rest go (3.4 million rows, 0.57 GB at national scale).
  contextPlaceIndex();
  withholdSeries(model.dataset);
  // Reading the data left garbage as large as the rows, and now the rows: given back before Astro
  // takes memory.
  returnFreedMemory();
  await astroBuild(root, outDir, cacheDir);
  clearBuildContext();
}

await renderShard(data);
// The thread's memory would stay with the build for seconds after it ends (see free-memory.ts).
returnFreedMemory();
// Astro may leave handles open (its caches, Vite's watchers): the shard's work is done.
process.exit(0);
