/**
 * The Data Package as published: the contract's descriptor with each resource's size and hash,
 * and the whole package as one zip, written deterministically (entries in a fixed order, one timestamp).
 */
import { Zip, ZipDeflate } from "fflate";
import {
  describePackage,
  type DataPackage,
  type DataResource,
  type PackageMeta,
} from "../schema/datapackage.ts";
import type { TableName } from "../schema/index.ts";
import { joinBytes } from "../text/byte-text.ts";
import type { FileSum } from "./checksums.ts";

/** A resource of the published package: the contract's, plus `bytes` and `hash` ("sha256:…"). */
export type PublishedResource = DataResource & { bytes: number; hash: string };

/** The published descriptor. */
export type PublishedPackage = Omit<DataPackage, "resources"> & { resources: PublishedResource[] };

/** The descriptor with every resource's size and SHA-256 (Data Package v2 `bytes`, `hash`). */
export function publishedPackage(
  meta: PackageMeta,
  sums: Readonly<Record<TableName, Pick<FileSum, "bytes" | "sha256">>>,
): PublishedPackage {
  const descriptor = describePackage(meta);
  return {
    ...descriptor,
    resources: descriptor.resources.map((resource) => {
      const sum = sums[resource.name as TableName];
      return { ...resource, bytes: sum.bytes, hash: `sha256:${sum.sha256}` };
    }),
  };
}

/** The published descriptor as the text of `datapackage.json`. */
export function publishedPackageJson(descriptor: PublishedPackage): string {
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/**
 * The time stamped on every zip entry: noon of the release date. ZIP stores local wall-clock
 * time and fflate reads it with local getters, so the date is built in local time to come out
 * the same in every time zone.
 */
export function zipTimestamp(isoDate: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Math.max(year, 1980), month - 1, day, 12, 0, 0);
}

/**
 * How much of a file a zip entry is deflated at a time. fflate copies a larger piece whole into
 * its window before deflating it (and a 81 MB CSV pushed whole was twice in memory). Pieces of a
 * fixed size, cut wherever the parts written were cut, make the bytes depend on the file alone.
 */
const ZIP_PIECE = 1 << 20;

/** A file of the zip written part by part (`PackageZip.entry`). */
export interface ZipEntryWriter {
  write(part: Uint8Array): void;
  end(): void;
}

/**
 * The package as one zip, made an entry at a time: each file is deflated as it is written, so
 * the tables are never whole in memory for it (at national scale their CSVs are 0.2 GB, which
 * the release held to its end). Entries stay in the order added (the contract's table order,
 * then `datapackage.json`) and all carry the release date: the same files in the same order give
 * the same bytes.
 */
export class PackageZip {
  readonly #mtime: Date;
  readonly #parts: Uint8Array[] = [];
  // fflate's Zip hands each piece of the archive over as it is made.
  readonly #zip = new Zip((error, piece) => {
    if (error) throw error;
    this.#parts.push(piece);
  });

  /** `isoDate`: the release date (`YYYY-MM-DD`). */
  constructor(isoDate: string) {
    this.#mtime = zipTimestamp(isoDate);
  }

  /** Starts the next entry, `path`; written part by part, ended before the next one starts. */
  entry(path: string): ZipEntryWriter {
    const entry = new ZipDeflate(path, { level: 6 });
    // A streamed entry takes its time from here, not from the options (it would be the clock's).
    entry.mtime = this.#mtime;
    this.#zip.add(entry);
    // fflate copies each piece into its own window, so this one buffer serves every piece.
    const piece = new Uint8Array(ZIP_PIECE);
    let filled = 0;
    return {
      write(part) {
        for (let at = 0; at < part.byteLength;) {
          const taken = Math.min(ZIP_PIECE - filled, part.byteLength - at);
          piece.set(part.subarray(at, at + taken), filled);
          filled += taken;
          at += taken;
          if (filled === ZIP_PIECE) {
            entry.push(piece, false);
            filled = 0;
          }
        }
      },
      end() {
        entry.push(piece.subarray(0, filled), true);
      },
    };
  }

  /** Adds a whole file as the next entry. */
  add(path: string, bytes: Uint8Array): void {
    const entry = this.entry(path);
    entry.write(bytes);
    entry.end();
  }

  /** The whole zip: the entries added, then the central directory. */
  end(): Uint8Array {
    this.#zip.end();
    return joinBytes(this.#parts);
  }
}
