/** Lists every file under a folder, in a stable (sorted) order. */
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** Relative paths (with `/`) of every file below `root`, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}
