/** The SHA-256 of every file of a folder, by relative path: how the build tests compare whole sites. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { listFiles } from "../../../../scripts/lib/walk.ts";

export async function treeHashes(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of await listFiles(dir)) {
    hashes[file] = createHash("sha256")
      .update(await readFile(join(dir, file)))
      .digest("hex");
  }
  return hashes;
}
