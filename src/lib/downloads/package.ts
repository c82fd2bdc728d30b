/**
 * The Data Package as published: the contract's descriptor with each resource's size and hash,
 * and the whole package as one zip, written deterministically (sorted entries, fixed timestamps).
 */
import { zipSync, type Zippable } from "fflate";
import {
  describePackage,
  type DataPackage,
  type DataResource,
  type PackageMeta,
} from "../schema/datapackage.ts";
import type { TableName } from "../schema/index.ts";
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

/** A zip of the given files, entries sorted by path, all stamped with the release date: the same input gives the same bytes. */
export function deterministicZip(files: Readonly<Record<string, Uint8Array>>, isoDate: string): Uint8Array {
  const mtime = zipTimestamp(isoDate);
  const entries: Zippable = {};
  for (const path of Object.keys(files).sort()) {
    entries[path] = [files[path]!, { mtime, level: 6 }];
  }
  return zipSync(entries);
}
