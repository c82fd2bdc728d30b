/**
 * What the verify and receipt pages fetch (`/verify/manifest.json`): the release, the method
 * version, the input files' SHA-256, where each published CSV lives (whole and per county) and
 * where each indicator's published values are. Made at build time; read in the browser.
 */
import type { InputFileHash, ReleaseInfo } from "../indicators/index.ts";
import type { TableName } from "../schema/index.ts";

/** A published table: its CSV's path on the site, size and SHA-256 of the published bytes. */
export interface ManifestTable {
  name: TableName;
  path: string;
  bytes: number;
  sha256: string;
  rows: number;
}

/** Everything the browser needs to find the published data and say which release it is. */
export interface VerifyManifest {
  method_version: string;
  release: ReleaseInfo;
  /** The files the data was built from, as `anju compute` lists them. */
  inputs: InputFileHash[];
  tables: ManifestTable[];
  /** Counties with per-county slices of every table. */
  counties: string[];
  /** Path of a county's slice of a table, with `{county}` and `{table}` to fill in. */
  countyPath: string;
  /** Path of an indicator's published values, with `{id}` to fill in. */
  valuesPath: string;
  /** Path of the full indicators file (too large for most browsers; for `anju verify`). */
  indicatorsPath: string;
}

/** The values file of an indicator. */
export function valuesUrl(manifest: Pick<VerifyManifest, "valuesPath">, id: string): string {
  return manifest.valuesPath.replace("{id}", encodeURIComponent(id));
}

/** A county's slice of a table, or null when the county has no slices. */
export function countyUrl(
  manifest: Pick<VerifyManifest, "countyPath" | "counties">,
  county: string,
  table: TableName,
): string | null {
  if (!manifest.counties.includes(county)) return null;
  return manifest.countyPath.replace("{county}", county).replace("{table}", table);
}

/** The path of the manifest itself. */
export const MANIFEST_PATH = "/verify/manifest.json";
