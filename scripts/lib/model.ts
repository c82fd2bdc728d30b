/**
 * Loads the model the pages are made from: validates a data directory, computes the indicators
 * and the quality report, and reads the publisher's configuration. `anju build` computes it once
 * and hands it to the pages in the build context (src/data/context.ts).
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import type { PortalModel } from "../../src/data/context.ts";
import { computeValueStore, type ValueStore } from "../../src/lib/indicators/index.ts";
import { crossCheck, referenceFigures } from "../../src/lib/quality/index.ts";
import { parseSiteConfig, type SiteConfig } from "../../src/lib/site/config.ts";
import { loadDataDirectory, type LoadedData } from "./load-data.ts";

/** Reads and checks the publisher's configuration (`config/site.json`, or the file `--config` names). */
export async function loadSiteConfig(path: string): Promise<SiteConfig> {
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

/**
 * Computes the model from a data directory that was loaded and found free of errors. The values
 * are computed unless given (a render shard is handed those its build computed).
 */
export async function modelFromLoaded(
  dataDir: string,
  loaded: LoadedData,
  config: SiteConfig,
  values: ValueStore = computeValueStore(loaded.dataset),
): Promise<PortalModel> {
  if (!loaded.meta) throw new Error(`${dataDir}/datapackage.json is missing or has no "anju" metadata.`);
  return {
    dataDir,
    meta: loaded.meta,
    config,
    dataset: loaded.dataset,
    values,
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
