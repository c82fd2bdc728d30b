/**
 * Builds a published release again from what its manifest records — the code's commit, the
 * lockfile, the configuration and the data — with the release history as it stood when it was
 * published, and compares every file with the release's hash list of the whole site
 * (`site.sha256`). Used by `anju rebuild`.
 */
import { execFile, spawn } from "node:child_process";
import { cp, mkdir, readdir, readFile, symlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { sortReleases, type BuildRecord, type ReleaseManifest } from "../../src/lib/releases/manifest.ts";
import { compareSites, parseSha256Sums, type SiteDifferences } from "../../src/lib/releases/site-sums.ts";
import { sha256File, siteSums } from "./build-record.ts";
import { CliError, EXIT } from "./cli-error.ts";
import { BUILD_RECORD } from "./publish.ts";
import { RELEASE_FILES } from "./releases.ts";

const run = promisify(execFile);

/** A release folder read for a rebuild: its manifest with the build record, and its site list. */
export interface ReleaseToRebuild {
  dir: string;
  manifest: ReleaseManifest & { build: BuildRecord };
  site: Map<string, string>;
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Reads a release folder (`releases/<id>/`); refuses one published before Anju recorded how it was built. */
export async function readReleaseToRebuild(dir: string): Promise<ReleaseToRebuild> {
  const text = await readOrNull(join(dir, RELEASE_FILES.manifest));
  if (text === null)
    throw new CliError(
      `${dir} has no ${RELEASE_FILES.manifest}: give a release folder, such as releases/<id>/.`,
    );
  const manifest = JSON.parse(text) as ReleaseManifest;
  const sums = await readOrNull(join(dir, RELEASE_FILES.site));
  if (!manifest.build || sums === null) {
    throw new CliError(
      `release ${manifest.id} was published before Anju recorded how a release is built ` +
        `(its manifest has no "build" record${sums === null ? ` and its folder no ${RELEASE_FILES.site}` : ""}): ` +
        "it cannot be rebuilt and compared. Rebuild a later release.",
      EXIT.dataProblems,
    );
  }
  let site: Map<string, string>;
  try {
    site = parseSha256Sums(sums);
  } catch (error) {
    throw new CliError(`${join(dir, RELEASE_FILES.site)}: ${(error as Error).message}.`, EXIT.dataProblems);
  }
  return { dir, manifest: manifest as ReleaseToRebuild["manifest"], site };
}

/** Extracts `commit` of the git repository at `repo` into `into` (`git archive`, so the repository is untouched). */
export async function extractCommit(repo: string, commit: string, into: string): Promise<void> {
  try {
    await run("git", ["cat-file", "-e", `${commit}^{commit}`], { cwd: repo });
  } catch {
    throw new CliError(
      `commit ${commit} is not in the git repository at ${repo}: fetch it (git fetch --unshallow, ` +
        "or fetch the publisher's repository) or give the code with --code DIR.",
      EXIT.usage,
    );
  }
  await mkdir(into, { recursive: true });
  await new Promise<void>((done, fail) => {
    const archive = spawn("git", ["archive", "--format=tar", commit], {
      cwd: repo,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const tar = spawn("tar", ["-x", "-C", into], { stdio: ["pipe", "inherit", "inherit"] });
    archive.stdout.pipe(tar.stdin);
    archive.on("error", fail);
    tar.on("error", fail);
    tar.on("close", (code) => {
      if (code === 0) done();
      else fail(new Error(`git archive | tar exited with ${code}`));
    });
  });
}

/** Runs a command, its output going to `log` line by line; resolves to its exit code. */
export function runLogged(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
  log: (text: string) => void,
): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim() !== "") log(`    ${line}`);
    };
    child.stdout.on("data", forward);
    child.stderr.on("data", forward);
    child.on("error", fail);
    child.on("close", (code) => {
      done(code ?? 1);
    });
  });
}

/**
 * Gives the code its dependencies: the running checkout's node_modules (linked) when the lockfile
 * is the one the release recorded and the same as ours, else a fresh `npm ci`.
 */
export async function provideDependencies(
  code: string,
  recorded: BuildRecord,
  ours: string,
  log: (text: string) => void,
): Promise<void> {
  const theirs = await sha256File(join(code, "package-lock.json"));
  if (theirs !== recorded.lockfile_sha256) {
    log(
      `  note: the code's package-lock.json is not the one the release recorded (${recorded.lockfile_sha256.slice(0, 12)}…)`,
    );
  }
  const here = await sha256File(join(ours, "package-lock.json")).catch(() => null);
  if (theirs === here && resolve(code) !== resolve(ours)) {
    await symlink(join(ours, "node_modules"), join(code, "node_modules"), "dir");
    log("  dependencies: the same lockfile as this checkout: its node_modules is linked, nothing installed");
    return;
  }
  if (resolve(code) === resolve(ours)) return;
  log("  dependencies: npm ci (the lockfile differs from this checkout's)…");
  const status = await runLogged("npm", ["ci", "--no-audit", "--no-fund"], { cwd: code }, log);
  if (status !== 0)
    throw new CliError(`npm ci failed in ${code} (exit ${status}); see its output above.`, EXIT.usage);
}

/**
 * The release history as it stood when `release` was published: the releases before it (from
 * `earlier`, with its errata folder) and the release itself. Later releases change the history
 * pages; leaving them out gives those pages as first published.
 */
export async function historyUpTo(
  release: ReleaseToRebuild,
  earlier: string,
  into: string,
): Promise<string[]> {
  await mkdir(into, { recursive: true });
  let names: string[] = [];
  try {
    names = (await readdir(earlier, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const manifests: ReleaseManifest[] = [];
  for (const name of names) {
    if (name === "errata") continue;
    const text = await readOrNull(join(earlier, name, RELEASE_FILES.manifest));
    if (text !== null) manifests.push(JSON.parse(text) as ReleaseManifest);
  }
  const order = sortReleases([...manifests.filter((m) => m.id !== release.manifest.id), release.manifest]);
  const kept = order
    .slice(
      0,
      order.findIndex((m) => m.id === release.manifest.id),
    )
    .map((m) => m.id);
  for (const id of kept) await cp(join(earlier, id), join(into, id), { recursive: true });
  if (names.includes("errata")) await cp(join(earlier, "errata"), join(into, "errata"), { recursive: true });
  await cp(release.dir, join(into, release.manifest.id), { recursive: true });
  return [...kept, release.manifest.id];
}

/**
 * Compares a rebuilt site with the release's list. The rebuild's own build record (`build.json`,
 * which names the folders it was built from) and the release's list itself (published beside the
 * release, after the list was made) are not part of the site the list describes.
 */
export async function compareWithRelease(release: ReleaseToRebuild, site: string): Promise<SiteDifferences> {
  const rebuilt = parseSha256Sums(await siteSums(site));
  rebuilt.delete(BUILD_RECORD);
  rebuilt.delete(`releases/${release.manifest.id}/${RELEASE_FILES.site}`);
  return compareSites(release.site, rebuilt);
}
