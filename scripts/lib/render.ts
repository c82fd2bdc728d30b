/**
 * The render stage: Astro builds the pages into the staging folder, on as many cores as asked.
 *
 * Astro (7.3) renders one page at a time on one core. With `jobs` > 1 the render is split into
 * shards (src/data/paths.ts): this process renders shard 0 — every page but the other shards'
 * site pages — while a child process per other shard prepares the same model from the same data
 * and renders its share of the site pages with the same components into a folder of its own;
 * their pages are then moved into the staging folder. The pages are the same bytes as a
 * one-process build's (tested), since every process renders from the same inputs with the same
 * code, and the files both make (scripts, styles, the pages that have no paths) are compared.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { serialize } from "node:v8";
import { setBuildContext, type BuildContext, type SiteDownloads } from "../../src/data/context.ts";
import { inDirectory } from "./publish.ts";
import { listFiles } from "./walk.ts";

/** Pages Astro renders at once in each process (its `build.concurrency`); the output is the same. */
const PAGES_IN_FLIGHT = 4;

/** What a render shard's child process is given (the model it makes again from the data). */
export interface ShardJob {
  root: string;
  dataDir: string;
  configPath: string;
  downloads: SiteDownloads;
}

/** Runs Astro's build of the site into `outDir` with the context as set. */
export async function astroBuild(root: string, outDir: string, cacheDir?: string): Promise<void> {
  const { build } = await import("astro");
  await inDirectory(root, () =>
    build({
      root,
      outDir,
      logLevel: "error",
      // Astro waits for each page's file to be written before it renders the next; with a few
      // pages in flight the writes overlap the rendering (Shiyan: 9,266 pages in 32 s, not 41 s).
      build: { concurrency: PAGES_IN_FLIGHT },
      // Shards build side by side: each keeps its caches to itself.
      ...(cacheDir ? { cacheDir } : {}),
      // The staging folder is new; what is in it already is the spooled downloads.
      vite: {
        logLevel: "error",
        build: { emptyOutDir: false },
        ...(cacheDir ? { cacheDir: join(cacheDir, "vite") } : {}),
      },
    }),
  );
}

/** A child process rendering one shard, and its error output (for the message if it fails). */
function startShard(jobFile: string, index: number, count: number, outDir: string, root: string) {
  const child = spawn(
    process.execPath,
    [join(root, "scripts", "render-shard.ts"), jobFile, String(index), String(count), outDir],
    { cwd: root, stdio: ["ignore", "ignore", "pipe", "ipc"] },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `render shard ${index + 1} of ${count} failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`,
          ),
        );
    });
  });
  return { child, done };
}

/**
 * Moves a shard's files into the staging folder. Files both have (scripts and styles, pages
 * without paths) must be the same bytes: a difference means the shards rendered different sites.
 */
async function mergeShard(shardDir: string, staging: string): Promise<void> {
  const have = new Set(await listFiles(staging));
  for (const file of await listFiles(shardDir)) {
    const from = join(shardDir, file);
    const to = join(staging, file);
    if (have.has(file)) {
      const [a, b] = await Promise.all([readFile(from), readFile(to)]);
      if (!a.equals(b))
        throw new Error(`render shards made different ${file}: the build is not deterministic`);
      continue;
    }
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
  }
  await rm(shardDir, { recursive: true, force: true });
}

/**
 * Renders the site into `staging` on `jobs` processes (1: this one alone). `dataDir` and
 * `configPath` are what the context's model was made from: the other shards make it again.
 */
export async function renderSite(options: {
  root: string;
  staging: string;
  context: BuildContext;
  dataDir: string;
  configPath: string;
  jobs: number;
}): Promise<void> {
  const { root, staging, context, jobs } = options;
  if (jobs <= 1) {
    setBuildContext(context);
    await astroBuild(root, staging);
    return;
  }
  const work = `${staging}.shards`;
  await mkdir(work, { recursive: true });
  const children: ChildProcess[] = [];
  try {
    const job: ShardJob = {
      root,
      dataDir: options.dataDir,
      configPath: options.configPath,
      downloads: context.downloads,
    };
    const jobFile = join(work, "job.bin");
    await writeFile(jobFile, serialize(job));
    const shards = Array.from({ length: jobs - 1 }, (_, k) => {
      const shard = startShard(jobFile, k + 1, jobs, join(work, `shard-${k + 1}`), root);
      children.push(shard.child);
      return shard;
    });
    // A child that fails early stops the build without waiting for this shard to finish.
    const failed = Promise.race(shards.map((shard) => shard.done.then(() => new Promise<never>(() => {}))));
    setBuildContext({ ...context, shard: { index: 0, count: jobs } });
    await Promise.race([astroBuild(root, staging), failed]);
    await Promise.all(shards.map((shard) => shard.done));
    for (let k = 1; k < jobs; k++) await mergeShard(join(work, `shard-${k}`), staging);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    await rm(work, { recursive: true, force: true });
  }
}
