/**
 * `anju build --precompress`: a gzip copy (`FILE.gz`) beside every text file of 1 KB or more, for
 * servers that send such copies as they are (nginx's `gzip_static`). The copies are
 * byte-reproducible: the gzip header's time is 0 and its system byte fixed, and the level is
 * fixed, so their bytes depend only on the file and on the zlib built into Node
 * (`process.versions.zlib`).
 */
import { createHash } from "node:crypto";
import { readFile, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";
import { CONTENT_TYPES, compressible } from "./hosting.ts";
import { listFiles } from "./walk.ts";

const gzipAsync = promisify(gzip);

/** Text files smaller than this are left alone: compressing them saves less than a packet. */
export const PRECOMPRESS_FROM = 1024;

/** Byte 9 of a gzip header names the system that wrote it; 3 (Unix) on every system. */
const GZIP_OS_BYTE = 9;
const GZIP_OS_UNIX = 3;

/** The gzip copy of `bytes`: level 9, header time 0, system byte Unix. */
export async function gzipReproducibly(bytes: Buffer): Promise<Buffer> {
  const zipped = await gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION });
  zipped[GZIP_OS_BYTE] = GZIP_OS_UNIX;
  return zipped;
}

/** Whether a file of the site gets a gzip copy: text, by its extension, and not a copy itself. */
export function wantsCopy(file: string, size: number): boolean {
  const type = CONTENT_TYPES[extname(file).toLowerCase()];
  return type !== undefined && compressible(type) && size >= PRECOMPRESS_FROM;
}

/** What precompressing a site did: files given copies, their bytes before and after. */
export interface PrecompressReport {
  files: number;
  bytes: number;
  compressed: number;
}

/**
 * Writes `FILE.gz` beside every text file of 1 KB or more below `root`, a few at a time (zlib
 * works on Node's thread pool). A `.gz` file already there is the site's own (a download such as
 * indicators.json.gz) and is kept.
 */
export async function precompressSite(root: string): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytes: 0, compressed: 0 };
  const files = await listFiles(root);
  const present = new Set(files);
  const queue = files.filter((file) => !file.endsWith(".gz") && !present.has(`${file}.gz`));
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const path = join(root, file);
      if (!wantsCopy(file, (await stat(path)).size)) continue;
      const bytes = await readFile(path);
      const zipped = await gzipReproducibly(bytes);
      await writeFile(`${path}.gz`, zipped);
      report.files += 1;
      report.bytes += bytes.length;
      report.compressed += zipped.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return report;
}

/**
 * The fingerprint of a build with copies differs from one without, so asking for copies rebuilds
 * a site built without them (and the other way round) instead of calling it unchanged.
 */
export function fingerprintWithCopies(fingerprint: string, precompress: boolean): string {
  return precompress ? createHash("sha256").update(`${fingerprint}\0precompress`).digest("hex") : fingerprint;
}
