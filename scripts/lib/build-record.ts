/**
 * What a release was built with (recorded in its manifest) and the hash list of the whole site as
 * first published (kept beside it as `site.sha256`): together they let anyone build the release
 * again and compare every byte (`anju rebuild`).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { formatSha256Sums } from "../../src/lib/downloads/checksums.ts";
import type { BuildRecord } from "../../src/lib/releases/manifest.ts";
import { listFiles } from "./walk.ts";

const run = promisify(execFile);

/** The output of `git ARGS` in `cwd`, or null when it is not a git checkout (or git is missing). */
export async function git(cwd: string, ...args: string[]): Promise<string | null> {
  try {
    return (await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch {
    return null;
  }
}

async function versionOf(root: string, pkg: string): Promise<string> {
  const text = await readFile(join(root, "node_modules", pkg, "package.json"), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

/** SHA-256 of a file, streamed (a site's files may be large). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** What the checkout at `root` builds with, for the manifest of a new release. */
export async function buildRecordOf(root: string, dataDir: string, configPath: string): Promise<BuildRecord> {
  const commit = (await git(root, "rev-parse", "HEAD"))?.trim() ?? null;
  // Untracked files count: any file of the checkout may shape the site. Ignored ones (builds) do not.
  const status = commit === null ? null : await git(root, "status", "--porcelain");
  const inside = relative(root, dataDir);
  return {
    commit,
    clean: status === "",
    lockfile_sha256: await sha256File(join(root, "package-lock.json")),
    node: process.versions.node,
    astro: await versionOf(root, "astro"),
    pagefind: await versionOf(root, "pagefind"),
    data:
      inside === "" || inside.startsWith("..") || inside.includes(":") ? null : inside.split(sep).join("/"),
    config: await readFile(configPath, "utf8"),
  };
}

/** The hash list of every file of a built site, in the `sha256sum` format. */
export async function siteSums(site: string): Promise<string> {
  const files = [];
  for (const path of await listFiles(site)) files.push({ path, sha256: await sha256File(join(site, path)) });
  return formatSha256Sums(files);
}
