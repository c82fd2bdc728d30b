/**
 * `anju build` for a host: `--precompress` writes the same .gz bytes in two builds, and a size
 * budget below the site's size fails the build, names the largest parts and publishes nothing.
 * Runs the real command on the two-site fixture three times (a minute or two).
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { listFiles } from "../../../scripts/lib/walk.ts";

const ROOT = join(import.meta.dirname, "../../..");
let work = "";

/** Runs `anju build DATA ...args` in the scratch folder; resolves to its exit code and log. */
async function build(...args: string[]): Promise<{ code: number; log: string }> {
  try {
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ["bin/anju.mjs", "build", join(work, "data"), ...args],
      { cwd: ROOT, env: { ...process.env, ANJU_RELEASES_DIR: join(work, "releases"), CI: "true" } },
    );
    return { code: 0, log: stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, log: failed.stderr };
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-build-host-"));
  await cp(join(ROOT, "tests/fixtures/site-small"), join(work, "data"), { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test(
  "two builds with --precompress write byte-identical .gz copies that unpack to their files",
  { timeout: 400_000 },
  async () => {
    const first = await build("--out", join(work, "a"), "--precompress");
    expect(first.code, first.log).toBe(0);
    expect(first.log).toMatch(/precompress: [\d,]+ text files of .* → .* of \.gz copies/);
    const second = await build("--out", join(work, "b"), "--precompress");
    expect(second.code, second.log).toBe(0);
    // The release stage says what it found in words, not "(unchanged)".
    expect(first.log).toMatch(
      /release: \S+: new; recorded in the release history once the site is published/,
    );
    expect(second.log).toMatch(
      /release: \S+: already in the release history with the same data; its files are reused/,
    );

    const copies = (await listFiles(join(work, "a"))).filter(
      (file) => file.endsWith(".gz") && !file.startsWith("data/indicators"),
    );
    expect(copies).toContain("index.html.gz");
    expect(copies).toContain("data/datapackage.json.gz");
    for (const copy of copies) {
      const bytes = await readFile(join(work, "a", copy));
      expect(await readFile(join(work, "b", copy)), copy).toEqual(bytes);
      expect(gunzipSync(bytes), copy).toEqual(await readFile(join(work, "a", copy.slice(0, -3))));
    }
    expect(await listFiles(join(work, "b"))).toEqual(await listFiles(join(work, "a")));
  },
);

test(
  "a size budget below the site's size fails the build, names what is largest and publishes nothing",
  { timeout: 400_000 },
  async () => {
    const out = join(work, "small-host");
    const { code, log } = await build("--out", out, "--max-size", "1MB", "--max-files", "none");
    expect(code).toBe(1);
    expect(log).toMatch(
      /The site is too big for its host: [\d.]+ MB, over the limit of 1\.0 MB \(--max-size\)\./,
    );
    expect(log).toMatch(/Largest parts:\n {2}\S+\/ {2}[\d.]+ [KM]B in [\d,]+ files/);
    expect(log).toContain("Nothing was published; the site stays as it was.");
    expect(existsSync(out)).toBe(false);
  },
);
