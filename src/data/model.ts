/**
 * The only place pages get data from. Loads the data directory once per build: validates it,
 * computes the indicators and the quality report, and reads the publisher's configuration.
 * `anju build` hands over the model it already computed, so nothing is read or computed twice.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { loadDataDirectory, type InputFile, type LoadedData } from "../../scripts/lib/load-data.ts";
import type { CountyBoundaries } from "../lib/geo/boundaries.ts";
import { computeIndicators, type IndicatorValue } from "../lib/indicators/index.ts";
import { crossCheck, referenceFigures, type QualityReport } from "../lib/quality/index.ts";
import type { Problem } from "../lib/problems.ts";
import type { PackageMeta } from "../lib/schema/datapackage.ts";
import type { Dataset } from "../lib/schema/index.ts";
import { parseSiteConfig, type SiteConfig } from "../lib/site/config.ts";

/** Everything the pages are made from. */
export interface PortalModel {
  /** The data directory the site was built from (absolute). */
  dataDir: string;
  meta: PackageMeta;
  config: SiteConfig;
  dataset: Dataset;
  values: IndicatorValue[];
  quality: QualityReport;
  files: InputFile[];
  boundaries: CountyBoundaries;
  /** The validator's warnings for this release (the data has no errors, or no site is built). */
  warnings: Problem[];
}

declare global {
  /** Set by `anju build` before it runs Astro, so the pages reuse its validated model. */
  var __anjuModel: PortalModel | undefined;
}

/** Reads and checks the publisher's configuration (`config/site.json`, or ANJU_CONFIG). */
export async function loadSiteConfig(
  path = process.env.ANJU_CONFIG ?? "config/site.json",
): Promise<SiteConfig> {
  let text: string;
  try {
    text = await readFile(resolve(path), "utf8");
  } catch (error) {
    throw new Error(
      `${path}: cannot read the site configuration (${(error as Error).message}). Give its path with --config, or restore config/site.json.`,
      { cause: error },
    );
  }
  const parsed = parseSiteConfig(text, path);
  if (!parsed.ok) {
    throw new Error(
      `${path} is not a valid site configuration (${parsed.problems.length} problems):\n${parsed.problems.join("\n")}`,
    );
  }
  return parsed.config;
}

/** Reads the independently published figures of a data directory, if it has them. */
export async function loadReferenceFigures(dataDir: string) {
  try {
    const text = await readFile(join(dataDir, "reference", "published-figures.csv"), "utf8");
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    return referenceFigures(parsed.data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Computes the model from a data directory that was loaded and found free of errors. */
export async function modelFromLoaded(
  dataDir: string,
  loaded: LoadedData,
  config: SiteConfig,
): Promise<PortalModel> {
  if (!loaded.meta) throw new Error(`${dataDir}/datapackage.json is missing or has no "anju" metadata.`);
  return {
    dataDir,
    meta: loaded.meta,
    config,
    dataset: loaded.dataset,
    values: computeIndicators(loaded.dataset),
    quality: crossCheck(loaded.dataset, await loadReferenceFigures(dataDir)),
    files: loaded.files,
    boundaries: loaded.boundaries,
    warnings: loaded.problems.filter((p) => p.severity === "warning"),
  };
}

/** Builds the model from a data directory; fails on any data error, with the count. */
export async function buildModel(dataDir: string, config: SiteConfig): Promise<PortalModel> {
  const loaded = await loadDataDirectory(dataDir);
  const errors = loaded.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    throw new Error(
      `${errors.length} data errors in ${dataDir}: run "anju validate ${dataDir}" for the list.`,
    );
  }
  return modelFromLoaded(dataDir, loaded, config);
}

let pending: Promise<PortalModel> | undefined;

/** The model of this build, loaded once. */
export function getModel(): Promise<PortalModel> {
  if (globalThis.__anjuModel) return Promise.resolve(globalThis.__anjuModel);
  pending ??= loadSiteConfig().then((config) =>
    buildModel(resolve(process.env.ANJU_DATA_DIR ?? "data"), config),
  );
  return pending;
}
