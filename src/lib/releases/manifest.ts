/**
 * A release: one dated, permanent version of the data. Its manifest records what was published
 * (files with sizes and SHA-256, row counts) and a snapshot of the city and county indicators,
 * so the next release can say what moved.
 */
import type { FileSum } from "../downloads/checksums.ts";
import type { IndicatorValue } from "../indicators/types.ts";
import type { PackageMeta } from "../schema/datapackage.ts";
import type { TableName } from "../schema/index.ts";

/** An indicator value as a release remembers it (city and county levels only). */
export type SnapshotValue = Pick<
  IndicatorValue,
  "indicator" | "level" | "code" | "period" | "numerator" | "denominator" | "value" | "status"
>;

/** A table of a release: rows, and the size and SHA-256 of its canonical CSV. */
export interface ReleaseTable {
  name: TableName;
  rows: number;
  bytes: number;
  sha256: string;
}

/** What a release is: its id, the data's version and date, its tables, files and indicators. */
export interface ReleaseManifest {
  id: string;
  version: string;
  /** The package's `created` date (`YYYY-MM-DD`): the release date; never the build's clock. */
  created: string;
  sample: boolean;
  method_version: string;
  tables: ReleaseTable[];
  /** The release's permanent files, relative to `/releases/<id>/`. */
  files: FileSum[];
  indicators: SnapshotValue[];
  /** What made the release; absent from releases published before Anju recorded it. */
  build?: BuildRecord;
}

/**
 * What a release was built with, so anyone can build it again (`anju rebuild`). The hash list of
 * the whole site as first published cannot sit here (this manifest is one of the site's files):
 * it is kept beside it, in `site.sha256`.
 */
export interface BuildRecord {
  /** The code's commit, or null when the code was not a git checkout. */
  commit: string | null;
  /** False when the checkout had changes not committed: the commit alone does not give the code. */
  clean: boolean;
  /** SHA-256 of package-lock.json: the exact dependencies. */
  lockfile_sha256: string;
  node: string;
  astro: string;
  pagefind: string;
  /** The data directory, relative to the checkout, or null when it lay outside it. */
  data: string | null;
  /** The configuration file as published (it holds no secrets). */
  config: string;
}

/**
 * The id of a release: its date and version, `2026-01-15-v2025.4.0`; characters other than
 * letters, digits, dot and dash become dashes so the id is safe in a URL and a folder name.
 */
export function releaseId(meta: Pick<PackageMeta, "created" | "version">): string {
  const version = meta.version.replace(/^v/i, "").replace(/[^A-Za-z0-9.-]+/g, "-");
  return `${meta.created}-v${version}`;
}

/** The city and county values of the indicators, sorted, as a release keeps them. */
export function indicatorSnapshot(values: Iterable<IndicatorValue>): SnapshotValue[] {
  const snapshot: SnapshotValue[] = [];
  for (const v of values) {
    if (v.level !== "city" && v.level !== "county") continue;
    snapshot.push({
      indicator: v.indicator,
      level: v.level,
      code: v.code,
      period: v.period,
      numerator: v.numerator,
      denominator: v.denominator,
      value: v.value,
      status: v.status,
    });
  }
  return snapshot.sort((a, b) => compareText(snapshotKey(a), snapshotKey(b)));
}

/** The key that identifies a snapshot value across releases. */
export function snapshotKey(v: Pick<SnapshotValue, "indicator" | "level" | "code" | "period">): string {
  return `${v.indicator}|${v.level}|${v.code}|${v.period}`;
}

/** Compares texts by code unit, the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Releases from oldest to newest: by date, then id. */
export function sortReleases<T extends Pick<ReleaseManifest, "id" | "created">>(releases: readonly T[]): T[] {
  return [...releases].sort((a, b) => compareText(a.created, b.created) || compareText(a.id, b.id));
}

/**
 * The manifest as JSON text: readable at the top, then one indicator value a line, so the
 * repository's history shows which figures changed.
 */
export function manifestJson(manifest: ReleaseManifest): string {
  const { indicators, ...head } = manifest;
  const top = JSON.stringify(head, null, 2);
  const lines = indicators.map((v) => `    ${JSON.stringify(v)}`).join(",\n");
  return `${top.slice(0, top.lastIndexOf("}")).trimEnd()},\n  "indicators": [${lines ? `\n${lines}\n  ` : ""}]\n}\n`;
}
