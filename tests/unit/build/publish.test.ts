/**
 * `anju build` as a publisher relies on it: the site appears only when complete, an unchanged
 * build is skipped, the same inputs give the same bytes, and a failure — bad data, a guard that
 * trips, or the process killed at any moment — leaves the published site exactly as it was.
 * Runs real builds of a two-site fixture, so it is slow (about a minute).
 */
import { spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { BUILD_RECORD } from "../../../scripts/lib/publish.ts";
import { listFiles } from "../../../scripts/lib/walk.ts";
import { treeHashes } from "./support/tree-hashes.ts";

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURE = join(ROOT, "tests/fixtures/site-small");
let work = "";
let previousReleases: string | undefined;

async function build(data: string, out: string, ...flags: string[]) {
  const effects = recordingEffects(ROOT);
  const code = await main(["build", data, "--out", out, ...flags], effects);
  return { code, log: effects.stderr.join("\n") };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-build-"));
  previousReleases = process.env.ANJU_RELEASES_DIR;
  // Test builds must not record releases in the repository's history.
  process.env.ANJU_RELEASES_DIR = join(work, "releases");
  await cp(FIXTURE, join(work, "data"), { recursive: true });
});

afterAll(async () => {
  if (previousReleases === undefined) delete process.env.ANJU_RELEASES_DIR;
  else process.env.ANJU_RELEASES_DIR = previousReleases;
  await rm(work, { recursive: true, force: true });
});

describe("anju build", { timeout: 240_000 }, () => {
  let first: Record<string, string> = {};
  let firstTarget = "";
  const killed: number[] = [];

  test("publishes a complete site as a link to its build", async () => {
    const out = join(work, "site");
    // Rendered on two threads: the rebuild below renders on one and must give the same bytes.
    const { code, log } = await build(join(work, "data"), out, "--jobs", "2");
    expect(code, log).toBe(0);
    expect(log).toMatch(/render: \d+ pages on 2 threads/);
    // How far apart the threads ended, for whoever balances them (src/data/paths.ts).
    expect(log).toMatch(/the render threads ended \d+\.\d s (?:after|before) this one/);
    first = await treeHashes(out);
    firstTarget = await readlink(out);
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(["index.html", "en/index.html", "build.json", "data/SHA256SUMS"]),
    );
  });

  test("skips the rebuild in under 3 s when nothing changed", async () => {
    const started = performance.now();
    const { code, log } = await build(join(work, "data"), join(work, "site"));
    expect(code).toBe(0);
    expect(log).toMatch(/Nothing changed since the published build/);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  test("gives byte-identical output when it rebuilds the same inputs, on one process as on two", async () => {
    const { code, log } = await build(join(work, "data"), join(work, "site"), "--force", "--jobs", "1");
    expect(log).not.toMatch(/threads/);
    expect(code, log).toBe(0);
    expect(await readlink(join(work, "site"))).not.toBe(firstTarget);
    expect(await treeHashes(join(work, "site"))).toEqual(first);
  });

  test("leaves the published site untouched when the data has errors", async () => {
    const before = await readlink(join(work, "site"));
    const broken = join(work, "broken");
    await cp(join(work, "data"), broken, { recursive: true });
    await writeFile(join(broken, "counties.csv"), "county_code,name_zh,name_en\n420323,竹山县,Zhushan\n");
    // On two threads: the render shard starts with the build, before the data is validated.
    const { code, log } = await build(broken, join(work, "site"), "--jobs", "2");
    expect(code).toBe(1);
    expect(log).toMatch(/foreign-key/);
    expect(await readlink(join(work, "site"))).toBe(before);
    expect(await treeHashes(join(work, "site"))).toEqual(first);
    // Neither the staging folder nor the child's (`<staging>.shards`) is left behind.
    const staging = await readdir(join(ROOT, ".anju", "staging"));
    expect(staging.filter((name) => name.includes(`-${process.pid}`))).toEqual([]);
  });

  test("refuses to publish a site whose output carries spam, and leaves the old one", async () => {
    const before = await readlink(join(work, "site"));
    const spam = join(work, "spam");
    await cp(join(work, "data"), spam, { recursive: true });
    const sites = await readFile(join(spam, "sites.csv"), "utf8");
    await writeFile(join(spam, "sites.csv"), sites.replace("麻家渡安置小区", "千亿国际开户安置小区"));
    // Different data needs its own version: the release test-1 is already published.
    const descriptor = await readFile(join(spam, "datapackage.json"), "utf8");
    await writeFile(join(spam, "datapackage.json"), descriptor.replaceAll('"test-1"', '"test-2"'));
    const { code, log } = await build(spam, join(work, "site"));
    expect(code).toBe(1);
    expect(log).toMatch(/denied-text/);
    expect(await readlink(join(work, "site"))).toBe(before);
    expect(await treeHashes(join(work, "site"))).toEqual(first);
  });

  test.each(["▸ compute", "▸ render", "▸ downloads", "▸ search index and output checks", "▸ publish"])(
    "leaves the published site exactly as it was when the build is killed at “%s”",
    async (stageLine) => {
      const before = await readlink(join(work, "site"));
      const child = spawn(
        process.execPath,
        ["bin/anju.mjs", "build", join(work, "data"), "--out", join(work, "site"), "--force"],
        { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: process.env },
      );
      const exited = new Promise((resolve) => child.on("exit", resolve));
      let killedAt = "";
      child.stderr.setEncoding("utf8");
      child.stderr.on("data", (text: string) => {
        if (!killedAt && text.includes(stageLine)) {
          killedAt = stageLine;
          child.kill("SIGKILL");
        }
      });
      await exited;
      killed.push(child.pid!);
      expect(killedAt).toBe(stageLine);
      expect(await readlink(join(work, "site"))).toBe(before);
      expect(await treeHashes(join(work, "site"))).toEqual(first);
      // A killed build's unfinished folder never lands beside the published builds.
      for (const name of await readdir(join(work, "site.builds")))
        expect(await listFiles(join(work, "site.builds", name))).toContain(BUILD_RECORD);
    },
  );

  test("after killed builds, keeps the build published before as the rollback copy and clears what they left", async () => {
    const before = basename(await readlink(join(work, "site")));
    const { code, log } = await build(join(work, "data"), join(work, "site"), "--force");
    expect(code, log).toBe(0);
    const now = basename(await readlink(join(work, "site")));
    expect((await readdir(join(work, "site.builds"))).sort()).toEqual([before, now].sort());
    const staging = await readdir(join(ROOT, ".anju", "staging"));
    expect(staging.filter((name) => killed.some((pid) => name.endsWith(`-${pid}`)))).toEqual([]);
  });
});
