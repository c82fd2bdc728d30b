/**
 * Publishing a built site atomically. `--out` is a symbolic link to the current build under
 * `<out>.builds/`; a new build is made aside, placed beside the others and the link is replaced
 * with one rename, which the operating system performs atomically: readers see the old site or
 * the new one, never a mixture, and a build that fails or is killed leaves the old link untouched.
 *
 * Anju deletes only what it made: folders named like its builds, in `<out>.builds/`, that are
 * not the current build, not the previous one (kept for a rollback) and not in use by a build
 * still running. It never publishes over a folder that is not an Anju build.
 */
import {
  cp,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  rmdir,
  stat,
  symlink,
} from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError, EXIT } from "./cli-error.ts";

/** The file in a published site that records what it was built from; written last, it marks a complete build. */
export const BUILD_RECORD = "build.json";

// Anju's own names in `<out>.builds/` and its render folder: `<time>-<pid>` for a build,
// `<time>-legacy` for a site published before links were used, `.<time>-<pid>.partial` for a
// copy from another file system under way.
const BUILD_NAME = /^\.?(\d{14})-(\d+|legacy)(\.partial)?$/;

/** Where builds for an output path live. */
export function buildsDir(out: string): string {
  return `${resolve(out)}.builds`;
}

/** The fingerprint recorded in the build at `dir`, or null when it holds no complete Anju build. */
export async function buildFingerprintOf(dir: string): Promise<string | null> {
  try {
    const record = JSON.parse(await readFile(join(dir, BUILD_RECORD), "utf8")) as { fingerprint?: unknown };
    return typeof record.fingerprint === "string" ? record.fingerprint : null;
  } catch {
    return null;
  }
}

/** The build folder `out` currently points to, or null when nothing was published yet. */
async function currentBuild(out: string): Promise<string | null> {
  try {
    const stats = await lstat(out);
    if (!stats.isSymbolicLink()) return null;
    return resolve(dirname(resolve(out)), await readlink(out));
  } catch {
    return null;
  }
}

/**
 * Why Anju must not publish at `out`, or null when it may: `out` may be missing, an empty folder,
 * Anju's own link into `<out>.builds/`, or a complete Anju build published before links were used.
 * Anything else would be moved aside and later deleted, so it is refused.
 */
export async function outProblem(out: string): Promise<string | null> {
  const target = resolve(out);
  let stats;
  try {
    stats = await lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (stats.isSymbolicLink()) {
    const current = await currentBuild(target);
    if (current !== null && dirname(current) === buildsDir(out)) return null;
    return (
      `--out ${out} is a symbolic link Anju did not make (to ${await readlink(target)}). ` +
      `Give --out a new folder, or remove the link yourself if it is safe to.`
    );
  }
  if (!stats.isDirectory()) return `--out ${out} is a file, not a folder. Give --out a new or empty folder.`;
  if ((await stat(dirname(target))).dev !== stats.dev) {
    return (
      `--out ${out} is a mount point: the site is published as a link beside its builds, which cannot ` +
      `replace a mount point. Give a folder inside it, such as --out ${join(out, "site")}.`
    );
  }
  if ((await readdir(target)).length === 0 || (await buildFingerprintOf(target)) !== null) return null;
  return (
    `--out ${out} is a folder that holds no Anju build (no ${BUILD_RECORD}): publishing there would ` +
    `move it aside and later delete it. Give --out a new or empty folder, or move ${out} away yourself.`
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Anju's folders in `dir` that a killed build left (its process is gone): never complete, or
 * never published. Folders of builds still running, and anything not named like Anju's, are left.
 */
async function leftovers(dir: string, keep: ReadonlySet<string>): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const match = BUILD_NAME.exec(name);
    if (!match || keep.has(path)) continue;
    if (match[2] === "legacy") {
      // A folder an older Anju moved aside: deleted only when it is a complete Anju build.
      if ((await buildFingerprintOf(path)) !== null) stale.push(path);
    } else if (!isRunning(Number(match[2])) || Number(match[2]) === process.pid) {
      stale.push(path);
    }
  }
  return stale.sort();
}

/**
 * Makes a fresh, empty folder to render a build in, inside the project (`root`/.anju/staging):
 * Astro's own temporary files go beside it, where they find Anju's packages and stay on one file
 * system. Folders that killed builds left there are removed first.
 */
export async function stagingDir(root: string, id: string): Promise<string> {
  const parent = join(root, ".anju", "staging");
  const dir = join(parent, id);
  await mkdir(parent, { recursive: true });
  for (const stale of await leftovers(parent, new Set())) await rm(stale, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  return dir;
}

/**
 * Moves a finished build beside the output, to `<out>.builds/<id>`: one rename on the same file
 * system; on another (EXDEV) a copy under a temporary name, renamed into place when complete.
 */
export async function placeBuild(out: string, staging: string): Promise<string> {
  const dir = buildsDir(out);
  const target = join(dir, basename(staging));
  await mkdir(dir, { recursive: true });
  try {
    await rename(staging, target);
    return target;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
  }
  const partial = join(dir, `.${basename(staging)}.partial`);
  await rm(partial, { recursive: true, force: true });
  await cp(staging, partial, { recursive: true, verbatimSymlinks: true });
  await rename(partial, target);
  await rm(staging, { recursive: true, force: true });
  return target;
}

/**
 * Points `out` at a finished build in `<out>.builds/` in one atomic rename, then removes older
 * builds: only after this success, and never the build published before (the rollback copy).
 * A complete Anju build at `out` from before links were used is moved aside first; anything
 * else at `out` is refused (see `outProblem`).
 */
export async function publish(out: string, build: string): Promise<void> {
  const problem = await outProblem(out);
  if (problem !== null) throw new CliError(problem, EXIT.usage);
  const target = resolve(out);
  let previous = await currentBuild(target);
  const stats = await lstat(target).catch(() => null);
  if (stats?.isDirectory()) {
    if ((await readdir(target)).length === 0) {
      await rmdir(target);
    } else {
      previous = join(buildsDir(out), `${String(Date.now()).padStart(14, "0")}-legacy`);
      await rename(target, previous);
    }
  }
  const link = `${target}.link-${process.pid}`;
  await rm(link, { force: true });
  // A relative link keeps the site movable together with its builds folder.
  await symlink(join(basename(buildsDir(out)), basename(build)), link, "dir");
  await rename(link, target);
  const keep = new Set([build, ...(previous === null ? [] : [previous])]);
  for (const stale of await leftovers(buildsDir(out), keep))
    await rm(stale, { recursive: true, force: true });
}

/** Removes a staging folder after a failed build; the published site is not touched. */
export async function discard(build: string): Promise<void> {
  await rm(build, { recursive: true, force: true });
}

/**
 * Runs `task` with `dir` as the working directory. Astro keeps its temporary build files under
 * the working directory unless the output folder is inside it, and they must sit inside the
 * project to find its packages; `anju` may be run from anywhere. Already there, it changes
 * nothing: a worker thread (a render shard) cannot change the directory, and need not.
 */
export async function inDirectory<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  if (resolve(before) === resolve(dir)) return task();
  process.chdir(dir);
  try {
    return await task();
  } finally {
    process.chdir(before);
  }
}
