/**
 * `--out` on another file system: Astro renders inside the project and the finished site is
 * copied beside the output, then renamed into place there, so publishing works wherever --out is
 * (a plain rename across file systems fails with EXDEV). Tested on a real tmpfs when this machine
 * lets the test mount one (root with mount rights), and always with the rename's EXDEV injected.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { treeHashes } from "./support/tree-hashes.ts";

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURE = join(ROOT, "tests/fixtures/site-small");
const PRELOAD = pathToFileURL(join(import.meta.dirname, "support/other-file-system.mjs")).href;

const work = await mkdtemp(join(tmpdir(), "anju-other-fs-"));
const tmpfs = join(work, "tmpfs");
await mkdir(tmpfs);
// A real tmpfs when this process may mount one; otherwise that test is skipped (the injected one runs).
const mounted =
  process.getuid?.() === 0 &&
  spawnSync("mount", ["-t", "tmpfs", "-o", "size=256m", "anju-test", tmpfs]).status === 0;

afterAll(async () => {
  if (mounted) spawnSync("umount", [tmpfs]);
  await rm(work, { recursive: true, force: true });
});

/** Runs `anju build` on the fixture in a child process; resolves to its exit code and log. */
function build(out: string, extra: { args?: string[]; env?: Record<string, string> } = {}) {
  const child = spawn(
    process.execPath,
    [
      ...(extra.args ?? []),
      "bin/anju.mjs",
      "build",
      FIXTURE,
      "--out",
      out,
      "--config",
      join(ROOT, "config/site.json"),
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CI: "true", ...extra.env } },
  );
  let log = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => (log += text));
  return new Promise<{ code: number | null; log: string }>((resolve) =>
    child.on("exit", (code) => {
      resolve({ code, log });
    }),
  );
}

describe("anju build --out on another file system", { timeout: 240_000 }, () => {
  let injected: Record<string, string> = {};

  beforeAll(() => {
    // Not ANJU_RELEASES_DIR: the fixture is not the checkout's data/, so it records no release.
    delete process.env.ANJU_RELEASES_DIR;
  });

  test("publishes when every rename across the output's file system fails with EXDEV (injected)", async () => {
    const mount = join(work, "pretend-mount");
    await mkdir(mount);
    const out = join(mount, "site");
    const { code, log } = await build(out, { args: ["--import", PRELOAD], env: { ANJU_TEST_MOUNT: mount } });
    expect(code, log).toBe(0);
    expect(await readlink(out)).toMatch(/^site\.builds\/\d{14}-\d+$/);
    injected = await treeHashes(out);
    expect(Object.keys(injected)).toEqual(
      expect.arrayContaining(["index.html", "build.json", "data/SHA256SUMS"]),
    );
  });

  test.skipIf(!mounted)("publishes onto a real tmpfs the same bytes as anywhere else", async () => {
    const out = join(tmpfs, "site");
    const { code, log } = await build(out);
    expect(code, log).toBe(0);
    expect(await treeHashes(out)).toEqual(injected);
  });
});
