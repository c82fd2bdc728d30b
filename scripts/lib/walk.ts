/** Lists every file under a folder, in a stable (sorted) order. */
import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Relative paths (with `/`) of every file below `root`, sorted. Walked synchronously, one
 * readdir a folder: a built site has a folder for each page (about 140,000 at national scale),
 * and fs/promises' recursive readdir took 5–10× as long (about 15 s a listing there, and the
 * build lists the site several times). A promise still, as its callers expect: a folder that
 * cannot be read rejects it.
 */
export function listFiles(root: string): Promise<string[]> {
  return new Promise((resolve) => {
    resolve(filesBelow(root, "", []).sort());
  });
}

function filesBelow(dir: string, prefix: string, files: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) filesBelow(join(dir, entry.name), `${prefix}${entry.name}/`, files);
    else if (entry.isFile()) files.push(prefix + entry.name);
  }
  return files;
}
