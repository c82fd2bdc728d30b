/**
 * The committed sample release rebuilt in a clean clone of this repository gives every file of
 * the site as first published. Skipped (saying why) while the newest committed release predates
 * the build record: such a release cannot be rebuilt whole.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { sortReleases, type ReleaseManifest } from "../../../src/lib/releases/manifest.ts";

const ROOT = join(import.meta.dirname, "../../..");
const RELEASES = join(ROOT, "releases");

function newestCommittedRelease(): ReleaseManifest | null {
  const manifests = readdirSync(RELEASES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(RELEASES, e.name, "manifest.json")))
    .map((e) => JSON.parse(readFileSync(join(RELEASES, e.name, "manifest.json"), "utf8")) as ReleaseManifest);
  return sortReleases(manifests).at(-1) ?? null;
}

const newest = newestCommittedRelease();
const rebuildable =
  newest !== null && newest.build !== undefined && existsSync(join(RELEASES, newest.id, "site.sha256"));
let clone = "";

afterAll(async () => {
  if (clone) await rm(clone, { recursive: true, force: true });
});

describe("the committed sample release", () => {
  test.skipIf(!rebuildable)(
    `rebuilds byte for byte in a clean clone${rebuildable ? "" : ` (skipped: the newest committed release, ${newest?.id ?? "none"}, predates the build record and site.sha256; it cannot be rebuilt whole until the sample is published again)`}`,
    { timeout: 900_000 },
    async () => {
      clone = await mkdtemp(join(tmpdir(), "anju-clean-clone-"));
      // A clone has only what is committed; the dependencies are this checkout's (the same lockfile).
      execFileSync("git", ["clone", "--quiet", "--no-hardlinks", ROOT, clone]);
      await symlink(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");
      const env = { ...process.env };
      delete env.ANJU_SIGNING_KEY;
      delete env.ANJU_RELEASES_DIR;
      let out: string;
      let status = 0;
      try {
        out = execFileSync(
          process.execPath,
          [join(clone, "bin/anju.mjs"), "rebuild", join(clone, "releases", newest!.id)],
          {
            cwd: clone,
            env,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
      } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string };
        status = failed.status;
        out = `${failed.stdout}\n${failed.stderr}`;
      }
      expect(out.trim() === "" ? status : out).toBe(0);
    },
  );
});
