/**
 * The render stage: Astro builds the pages into the staging folder, on as many cores as asked.
 *
 * Astro (7.3) renders one page at a time on one core. With `jobs` > 1 the pages are split into
 * shards (src/data/paths.ts). The site pages and their printed notices — nearly all the pages,
 * and with the county notices the only ones that need nothing but the model — are dealt out
 * among `jobs - 1` child processes (the county notices among every process, and some site pages
 * to this one too), started with the build: each makes the same model from the same data (beside
 * this process's own validation and computation) and renders its share with the same components
 * into a folder of its own, while this process prepares the release and then renders every other
 * page (they show the downloads' sizes and hashes, which the release stage makes). The children's
 * pages are then moved into the staging folder. The pages are the same bytes as a one-process
 * build's (tested), since every process renders from the same inputs with the same code, and the
 * files both make (scripts, styles, the pages that have no paths) are compared byte for byte.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { setBuildContext, type BuildContext } from "../../src/data/context.ts";
import { inDirectory } from "./publish.ts";

/** Pages Astro renders at once in each process (its `build.concurrency`); the output is the same. */
const PAGES_IN_FLIGHT = 4;

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

/** The child processes rendering the site pages while the build goes on. */
export interface SiteShards {
  /** Settles when every child has finished; rejects with the first failure's message. */
  done: Promise<void>;
  /** Each child's output folder. */
  dirs: string[];
  /** Stops the children still running (the build failed or was refused). */
  stop(): void;
}

/** A child process rendering one shard, and its error output (for the message if it fails). */
function startShard(root: string, args: string[], index: number, count: number) {
  const child: ChildProcess = spawn(process.execPath, [join(root, "scripts", "render-shard.ts"), ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
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
 * Starts the children that render the site pages, when `jobs` > 1 (null otherwise). `dataDir`
 * and `configPath` are what the build's model is made from: each child makes it again.
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
  const shards = Array.from({ length: jobs - 1 }, (_, k) => {
    const index = k + 1;
    const dir = join(work, `shard-${index}`);
    const args = [
      options.dataDir,
      options.configPath,
      String(index),
      String(jobs),
      dir,
      join(work, `cache-${index}`),
    ];
    return { dir, ...startShard(root, args, index, jobs) };
  });
  const done = Promise.all(shards.map((shard) => shard.done)).then(() => undefined);
  // Failures are reported through `done` when the build waits for it; never as unhandled.
  done.catch(() => undefined);
  return {
    done,
    dirs: shards.map((shard) => shard.dir),
    stop: () => {
      for (const { child } of shards) if (child.exitCode === null && child.signalCode === null) child.kill();
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
 * site pages and notices with them — then waits for the shards and moves their pages in.
 */
export async function renderSite(
  root: string,
  staging: string,
  context: BuildContext,
  shards: SiteShards | null,
) {
  if (shards === null) {
    setBuildContext(context);
    await astroBuild(root, staging);
    return;
  }
  setBuildContext({ ...context, shard: { index: 0, count: shards.dirs.length + 1 } });
  // Astro's build cannot be stopped halfway: when a shard fails, this one still finishes before
  // the build fails and its staging folder is removed.
  const [own, others] = await Promise.allSettled([astroBuild(root, staging), shards.done]);
  if (others.status === "rejected") throw others.reason;
  if (own.status === "rejected") throw own.reason;
  for (const dir of shards.dirs) await mergeShard(dir, staging);
}
