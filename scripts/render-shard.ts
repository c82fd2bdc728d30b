/**
 * One render shard of `anju build --jobs N` (scripts/lib/render.ts starts it; not a command of its
 * own): makes the model from the same data directory and configuration and renders this shard's
 * site pages and printed notices with Astro into OUT_DIR. They read the model alone: the
 * downloads' index, which the build prepares meanwhile, is not theirs to read, and reading it
 * fails the build.
 *
 *   node scripts/render-shard.ts DATA_DIR CONFIG INDEX COUNT OUT_DIR CACHE_DIR
 */
import type { SiteDownloads } from "../src/data/context.ts";
import { setBuildContext } from "../src/data/context.ts";
import { buildModel, loadSiteConfig } from "./lib/model.ts";
import { astroBuild } from "./lib/render.ts";

// The build that started this shard is gone (killed, or failed elsewhere): stop with it.
process.on("disconnect", () => process.exit(1));

const [dataDir, configPath, index, count, outDir, cacheDir] = process.argv.slice(2);
if (!dataDir || !configPath || !index || !count || !outDir || !cacheDir) {
  process.stderr.write("usage: node scripts/render-shard.ts DATA_DIR CONFIG INDEX COUNT OUT_DIR CACHE_DIR\n");
  process.exit(2);
}
const config = await loadSiteConfig(configPath);
const model = await buildModel(dataDir, config);
const downloads = new Proxy({} as SiteDownloads, {
  get(_, key) {
    throw new Error(
      `a page of a render shard read downloads.${String(key)}: render shards render site pages and notices, which must not need the downloads' index (it is made while they render)`,
    );
  },
});
setBuildContext({ config, model, downloads, shard: { index: Number(index), count: Number(count) } });
await astroBuild(process.cwd(), outDir, cacheDir);
process.exit(0);
