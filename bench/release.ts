/**
 * The build's release stage alone (`prepareDownloads`, spooled to disk as `anju build` does), on
 * its own core: its time, the files of `/data/` it made, one SHA-256 over all of them (to compare
 * two commits' downloads byte for byte) and the process's peak memory.
 *
 *   node bench/release.ts [DATA_DIR]        (default bench/out/national; make it with
 *                                            node bin/anju.mjs sample --scale national --out bench/out/national)
 *
 * Run it from a worktree of each commit to compare them on the same data.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDownloads } from "../scripts/lib/downloads.ts";
import { buildModel, loadSiteConfig } from "../scripts/lib/model.ts";
import { listFiles } from "../scripts/lib/walk.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dir = resolve(process.argv[2] ?? join(ROOT, "bench/out/national"));
const spool = join(ROOT, ".anju", "bench-release");

const model = await buildModel(dir, await loadSiteConfig(join(ROOT, "config/site.json")));
await rm(spool, { recursive: true, force: true });
const started = performance.now();
const prepared = await prepareDownloads(model, { record: false, spool, releasesDir: null });
const seconds = (performance.now() - started) / 1000;

// Every file's path and bytes, in path order, under one hash.
const all = createHash("sha256");
const files = await listFiles(spool);
for (const file of files)
  all
    .update(file)
    .update("\0")
    .update(readFileSync(join(spool, file)));
await rm(spool, { recursive: true, force: true });

console.log(`release of ${dir}: ${seconds.toFixed(1)} s, ${prepared.index.files.length} files listed`);
console.log(`${files.length} files written, all together SHA-256 ${all.digest("hex")}`);
// maxRSS is in kilobytes.
console.log(`peak RSS (model and release): ${(process.resourceUsage().maxRSS / 1048576).toFixed(2)} GB`);
