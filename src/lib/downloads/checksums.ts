/** Checksums of the published files: SHA-256 with Web Crypto, and the `sha256sum` list format. */

/** A published file's path (relative to its folder), size in bytes and SHA-256 (hex). */
export interface FileSum {
  path: string;
  bytes: number;
  sha256: string;
}

/** SHA-256 of some bytes as lower-case hex, with Web Crypto (the same in Node and browsers). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * A `SHA256SUMS` file as `sha256sum` writes it: hash, two spaces, path; sorted by path (by code
 * unit, like `LC_ALL=C sort`), one a line; `sha256sum -c SHA256SUMS` checks it.
 */
export function formatSha256Sums(files: readonly Pick<FileSum, "path" | "sha256">[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${file.sha256}  ${file.path}\n`)
    .join("");
}
