/**
 * Publishing a built site atomically. `--out` is a symbolic link to the current build under
 * `<out>.builds/`; a new build is written beside it and the link is replaced with one rename,
 * which the operating system performs atomically: readers see the old site or the new one, never
 * a mixture, and a build that fails or is killed leaves the old link untouched.
 */
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** How many earlier builds are kept beside the current one (for a quick manual rollback). */
export const KEEP_PREVIOUS_BUILDS = 1;

/** Where builds for an output path live. */
export function buildsDir(out: string): string {
  return `${resolve(out)}.builds`;
}

/** Makes a fresh, empty staging folder for a new build of `out`. */
export async function stagingDir(out: string, id: string): Promise<string> {
  const dir = join(buildsDir(out), id);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** The build folder `out` currently points to, or null when nothing was published yet. */
export async function currentBuild(out: string): Promise<string | null> {
  try {
    const stats = await lstat(out);
    if (!stats.isSymbolicLink()) return null;
    return resolve(dirname(resolve(out)), await readlink(out));
  } catch {
    return null;
  }
}

/**
 * Points `out` at a finished build in one atomic rename, then removes older builds. A real
 * directory at `out` (from before Anju published this way) is moved aside to `<out>.builds/`.
 */
export async function publish(out: string, build: string): Promise<void> {
  const target = resolve(out);
  try {
    const stats = await lstat(target);
    if (!stats.isSymbolicLink())
      await rename(target, join(buildsDir(out), `${String(Date.now()).padStart(14, "0")}-legacy`));
  } catch {
    // Nothing published yet.
  }
  const link = `${target}.link-${process.pid}`;
  await rm(link, { force: true });
  // A relative link keeps the site movable together with its builds folder.
  await symlink(join(basename(buildsDir(out)), basename(build)), link, "dir");
  await rename(link, target);
  await pruneBuilds(out, build);
}

async function pruneBuilds(out: string, keep: string): Promise<void> {
  const dir = buildsDir(out);
  const entries = (await readdir(dir)).filter((name) => join(dir, name) !== keep).sort();
  const stale = entries.slice(0, Math.max(0, entries.length - KEEP_PREVIOUS_BUILDS));
  await Promise.all(stale.map((name) => rm(join(dir, name), { recursive: true, force: true })));
}

/** Removes a staging folder after a failed build; the published site is not touched. */
export async function discard(build: string): Promise<void> {
  await rm(build, { recursive: true, force: true });
}
