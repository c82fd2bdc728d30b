/**
 * The hash list of a whole site as first published with a release (`site.sha256`, the
 * `sha256sum` format), and the comparison of a rebuilt site with it.
 */
import { DOWNLOAD_PATHS } from "../downloads/plan.ts";
import { compareText } from "./manifest.ts";

/** Hash by path, from a `sha256sum` list; a line that is not `HASH  PATH` is an error naming it. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  text.split("\n").forEach((line, index) => {
    if (line === "") return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match)
      throw new Error(`line ${index + 1} is not "SHA256  PATH": ${JSON.stringify(line.slice(0, 80))}`);
    sums.set(match[2]!, match[1]!);
  });
  return sums;
}

/** How a rebuilt site differs from the recorded one, each list sorted by path. */
export interface SiteDifferences {
  /** In both, with different bytes. */
  differing: string[];
  /** Recorded, not rebuilt. */
  missing: string[];
  /** Rebuilt, not recorded. */
  extra: string[];
  /** Recorded, but only the publisher can make them (signatures): not compared. */
  unreproducible: string[];
}

/**
 * Files only the publisher's private key makes: the detached signature of each SHA256SUMS and the
 * public key published beside it. A rebuild without the key cannot make them; they are checked
 * with the public key instead (`openssl pkeyutl -verify`).
 */
export function needsPublisherKey(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name === DOWNLOAD_PATHS.signature || name === DOWNLOAD_PATHS.publicKey;
}

/** Compares the rebuilt site's hashes with the recorded ones, every file both ways. */
export function compareSites(
  recorded: ReadonlyMap<string, string>,
  rebuilt: ReadonlyMap<string, string>,
): SiteDifferences {
  const result: SiteDifferences = { differing: [], missing: [], extra: [], unreproducible: [] };
  for (const [path, sha256] of recorded) {
    const found = rebuilt.get(path);
    if (found === undefined) (needsPublisherKey(path) ? result.unreproducible : result.missing).push(path);
    else if (found !== sha256) result.differing.push(path);
  }
  for (const path of rebuilt.keys()) if (!recorded.has(path)) result.extra.push(path);
  for (const list of [result.differing, result.missing, result.extra, result.unreproducible])
    list.sort(compareText);
  return result;
}
