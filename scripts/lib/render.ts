/**
 * The render stage: Astro builds the pages into the staging folder, on as many cores as asked.
 *
 * Astro (7.3) renders one page at a time on one core. With `jobs` > 1 the pages are split into
 * shards (src/data/paths.ts). The site pages and their printed notices — nearly all the pages,
 * and with the county notices the only ones that need nothing but the model — are dealt out
 * among `jobs - 1` worker threads (the county notices among every thread, and some site pages
 * to this one too), started with the build: each validates the same data beside this thread's
 * own validation, takes the values this thread computed (in shared memory, not copied) and
 * renders its share with the same components into a folder of its own, while this thread
 * prepares the release and then renders every other page (they show the downloads' sizes and
 * hashes, which the release stage makes). The shards' pages are then moved into the staging
 * folder. The pages are the same bytes as a one-thread build's (tested), since every thread
 * renders from the same inputs with the same code, and the files both make (scripts, styles, the
 * pages that have no paths) are compared byte for byte.
 */
import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { clearBuildContext, setBuildContext, type BuildContext } from "../../src/data/context.ts";
import { SITE_PERIOD_TABLES, type ValueStore } from "../../src/lib/indicators/index.ts";
import type { Dataset } from "../../src/lib/schema/index.ts";
import { inDirectory } from "./publish.ts";

/** Pages Astro renders at once in each process (its `build.concurrency`); the output is the same. */
const PAGES_IN_FLIGHT = 4;

/**
 * Replaces the site × period tables of a render shard's dataset by stand-ins that fail the build
 * when a page reads them, once the place index has kept what the shard's pages read of them
 * (each site's latest row). A shard's pages must be the bytes a one-thread build makes: a page
 * that needs more of these tables must say so, not render from nothing.
 */
export function withholdSeries(dataset: Dataset): void {
  for (const table of SITE_PERIOD_TABLES) {
    dataset[table] = new Proxy([], {
      get(_, key) {
        throw new Error(
          `a page of a render shard read dataset.${table}${typeof key === "string" ? `.${key}` : ""}: render shards keep only each site's latest row of the site × period tables, in the place index (contextPlaceIndex). Read it there, or render the page in the first shard (src/data/paths.ts).`,
        );
      },
    });
  }
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

/** The worker threads rendering the site pages while the build goes on. */
export interface SiteShards {
  /**
   * Hands the build's values to every shard, which waits for them before it renders: the store
   * must be in shared memory (`computeValueStore(…, { sharedMemory: true })`) and cannot change
   * from then on.
   */
  share(values: ValueStore): void;
  /** Settles when every shard has finished; rejects with the first failure's message. */
  done: Promise<void>;
  /** Each shard's output folder. */
  dirs: string[];
  /**
   * Stops the shards still running (the build failed or was refused), and gives the process its
   * working directory back. The build calls it once, whatever happened.
   */
  stop(): Promise<void>;
}

/** What a render shard is told when it starts (scripts/render-shard.ts). */
export interface ShardData {
  root: string;
  dataDir: string;
  configPath: string;
  index: number;
  count: number;
  outDir: string;
  cacheDir: string;
}

/** A worker thread rendering one shard, and its error output (for the message if it fails). */
function startShard(data: ShardData) {
  const worker = new Worker(join(data.root, "scripts", "render-shard.ts"), {
    workerData: data,
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  let stderr = "";
  worker.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let thrown: Error | null = null;
  worker.on("error", (error) => {
    thrown ??= error;
  });
  const done = new Promise<void>((resolve, reject) => {
    worker.on("exit", (code) => {
      if (code === 0 && thrown === null) resolve();
      else {
        const why = [thrown?.stack ?? thrown?.message, stderr.trim()].filter(Boolean).join("\n");
        reject(new Error(`render shard ${data.index + 1} of ${data.count} failed (exit ${code}):\n${why}`));
      }
    });
  });
  return { worker, done, dir: data.outDir };
}

/**
 * Starts the worker threads that render the site pages, when `jobs` > 1 (null otherwise).
 * `dataDir` and `configPath` are what the build's model is made from: each shard validates the
 * data again, beside the build, and renders once the build has shared its values with it.
 *
 * Threads, not processes: the values (0.7 GB at national scale) are read by every shard from
 * the memory the build computed them in. While shards exist the process's working directory is
 * the project (`root`): Astro keeps its build files in the working directory unless the output
 * is inside it, and a worker thread cannot change it for its own build.
 */
export function startSiteShards(options: {
  root: string;
  work: string;
  dataDir: string;
  configPath: string;
  jobs: number;
}): SiteShards | null {
  const { root, work, jobs } = options;
  if (jobs <= 1) return null;
  const cwd = process.cwd();
  process.chdir(root);
  const shards = Array.from({ length: jobs - 1 }, (_, k) =>
    startShard({
      root,
      dataDir: options.dataDir,
      configPath: options.configPath,
      index: k + 1,
      count: jobs,
      outDir: join(work, `shard-${k + 1}`),
      cacheDir: join(work, `cache-${k + 1}`),
    }),
  );
  const done = Promise.all(shards.map((shard) => shard.done)).then(() => undefined);
  // Failures are reported through `done` when the build waits for it; never as unhandled.
  done.catch(() => undefined);
  return {
    share(values) {
      const parts = values.shared();
      for (const { worker } of shards) worker.postMessage(parts);
    },
    done,
    dirs: shards.map((shard) => shard.dir),
    async stop() {
      await Promise.all(shards.map(({ worker }) => worker.terminate()));
      process.chdir(cwd);
    },
  };
}

/**
 * Moves a shard's pages into the staging folder. Files both have are the routes without paths,
 * which only the first shard renders in earnest (src/data/paths.ts), and the scripts and styles,
 * which must be the same bytes: a difference means the shards built different sites.
 */
async function mergeShard(shardDir: string, staging: string): Promise<void> {
  moveInto(shardDir, staging, "");
  await rm(shardDir, { recursive: true, force: true });
}

/**
 * Moves what `from` holds into `to` (the folder `path` of the site): a folder this process made
 * none of in one rename, and through it a site's pages at once. Synchronous: a national build
 * moves about 112,000 pages, and two awaited calls a page (a folder made, the page renamed) kept
 * the build's process busy for about a minute after the child had ended.
 */
function moveInto(from: string, to: string, path: string) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const file = path === "" ? entry.name : `${path}/${entry.name}`;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!existsSync(target)) renameSync(source, target);
    else if (entry.isDirectory()) moveInto(source, target, file);
    else if (file.startsWith("_astro/") && !readFileSync(source).equals(readFileSync(target)))
      throw new Error(`render shards made different ${file}: the build is not deterministic`);
  }
}

/**
 * Renders this process's pages into `staging` — all of them without shards, every page but most
 * site pages and notices with them — then waits for the shards and moves their pages in. Returns,
 * with shards, how many seconds after this thread's last page the last shard finished (negative:
 * before it): how evenly `dealtSites` shares the work (src/data/paths.ts).
 */
export async function renderSite(
  root: string,
  staging: string,
  context: BuildContext,
  shards: SiteShards | null,
): Promise<number | null> {
  // Cleared once rendered, whatever happened: the context holds the whole model, which nothing
  // after the render reads.
  try {
    if (shards === null) {
      setBuildContext(context);
      await astroBuild(root, staging);
      return null;
    }
    setBuildContext({ ...context, shard: { index: 0, count: shards.dirs.length + 1 } });
    const finished = (work: Promise<void>) => work.then(() => performance.now());
    // Astro's build cannot be stopped halfway: when a shard fails, this one still finishes before
    // the build fails and its staging folder is removed.
    const [own, others] = await Promise.allSettled([
      finished(astroBuild(root, staging)),
      finished(shards.done),
    ]);
    if (others.status === "rejected") throw others.reason;
    if (own.status === "rejected") throw own.reason;
    for (const dir of shards.dirs) await mergeShard(dir, staging);
    return (others.value - own.value) / 1000;
  } finally {
    clearBuildContext();
  }
}
