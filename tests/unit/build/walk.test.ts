/**
 * `listFiles`, which every stage of the build that reads the built site relies on: every file
 * below the folder, with `/`, in one sorted order; folders and links are not files.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { listFiles } from "../../../scripts/lib/walk.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "anju-walk-"));
  for (const file of [
    "z.txt",
    "a/b/c/index.html",
    "a/B.txt",
    "a-b/x.json",
    "en/sites/420323-0001/index.html",
  ]) {
    await mkdir(join(dir, file, ".."), { recursive: true });
    await writeFile(join(dir, file), file);
  }
  await mkdir(join(dir, "empty", "folder"), { recursive: true });
  await symlink(join(dir, "z.txt"), join(dir, "link.txt"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("lists every file below the folder, sorted by UTF-16 code units, without folders or links", async () => {
  expect(await listFiles(dir)).toEqual([
    "a-b/x.json",
    "a/B.txt",
    "a/b/c/index.html",
    "en/sites/420323-0001/index.html",
    "z.txt",
  ]);
});

test("rejects when the folder cannot be read", async () => {
  await expect(listFiles(join(dir, "missing"))).rejects.toThrow(/ENOENT/);
});
