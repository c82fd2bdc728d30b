/**
 * The fingerprint of a build's inputs: the data directory, the publisher's configuration and
 * Anju's own code and dependencies. Equal fingerprints mean the same site, so a build can be
 * skipped (the output is reproducible: same inputs, same bytes).
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { listFiles } from "./walk.ts";

/** Folders and files of the project whose content shapes the built site. */
const CODE_PATHS = ["src", "scripts", "content", "public", "astro.config.ts", "package-lock.json"];

// Streamed: a data folder may hold files of any size, and Node reads at most 2 GiB whole.
async function hashFile(hash: ReturnType<typeof createHash>, path: string): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

async function hashTree(hash: ReturnType<typeof createHash>, root: string, base: string): Promise<void> {
  if (!existsSync(root)) return;
  const files = (await stat(root)).isFile() ? [""] : await listFiles(root);
  for (const file of files) {
    const path = file === "" ? root : join(root, file);
    hash.update(relative(base, path));
    hash.update("\0");
    await hashFile(hash, path);
    hash.update("\0");
  }
}

/** SHA-256 over the data directory, the configuration file and the code that builds the site. */
export async function buildFingerprint(options: {
  dataDir: string;
  configPath: string;
  projectRoot: string;
}): Promise<string> {
  const hash = createHash("sha256");
  hash.update("data\0");
  await hashTree(hash, options.dataDir, options.dataDir);
  hash.update("config\0");
  await hashFile(hash, options.configPath);
  for (const path of CODE_PATHS) await hashTree(hash, join(options.projectRoot, path), options.projectRoot);
  hash.update(`node ${process.versions.node.split(".")[0]!}`);
  return hash.digest("hex");
}
