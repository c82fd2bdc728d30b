/**
 * The build context: everything the pages are made from, prepared once by the build before Astro
 * renders (`anju build`, or `astro dev` / `astro build` on their own through astro.config.ts).
 * Pages and components read it with `buildContext()` and never load or compute it themselves.
 *
 * Astro renders the pages inside Vite's module graph, where this module is a different instance
 * from the one the build imported, so the hand-over is one global, read and written only here.
 */
import type { CountyBoundaries } from "../lib/geo/boundaries.ts";
import type { DownloadsIndex } from "../lib/downloads/plan.ts";
import type { InputFileHash, ValueStore } from "../lib/indicators/index.ts";
import type { Problem } from "../lib/problems.ts";
import type { QualityReport } from "../lib/quality/index.ts";
import type { ReleaseChanges } from "../lib/releases/diff.ts";
import type { ReleaseManifest } from "../lib/releases/manifest.ts";
import type { PackageMeta } from "../lib/schema/datapackage.ts";
import type { Dataset } from "../lib/schema/index.ts";
import type { SiteConfig } from "../lib/site/config.ts";
import { buildPlaceIndex, type PlaceIndex } from "../lib/site/site-index.ts";

/** The validated data of the build, its indicators and quality report, and the publisher's configuration. */
export interface PortalModel {
  /** The data directory the site was built from (absolute). */
  dataDir: string;
  meta: PackageMeta;
  config: SiteConfig;
  dataset: Dataset;
  /** Every published value, column by column (read them through `contextPlaceIndex().values`). */
  values: ValueStore;
  quality: QualityReport;
  files: InputFileHash[];
  boundaries: CountyBoundaries;
  /** The validator's warnings for this release (the data has no errors, or no site is built). */
  warnings: Problem[];
}

/** A release as the pages show it: what was published, what changed since the one before, its errata. */
export interface SiteRelease {
  manifest: ReleaseManifest;
  /** What changed since the release before; null for the first release. */
  changes: ReleaseChanges | null;
  /** The publisher's errata for this release, as written (Markdown-like text), or null. */
  errata: string | null;
}

/** What the site publishes for download: the files of `/data/` and every release under `/releases/<id>/`. */
export interface SiteDownloads {
  /** Every file of `/data/` (but the indicators file) with its size and SHA-256, and each table's editions. */
  index: DownloadsIndex;
  /** True when the build signs SHA256SUMS (SHA256SUMS.sig and the public key are published). */
  signed: boolean;
  /** The release this build publishes. */
  release: SiteRelease;
  /** Every release, oldest first, the current one included. */
  releases: readonly SiteRelease[];
}

/** The share of the pages one Astro build renders when a build renders in several processes (src/data/paths.ts). */
export interface RenderShard {
  /** 0 to `count - 1`; shard 0 renders every page but the site pages, the others share those. */
  index: number;
  count: number;
}

/** Everything the pages are made from. */
export interface BuildContext {
  /** The publisher's configuration (the model's own). */
  config: SiteConfig;
  model: PortalModel;
  downloads: SiteDownloads;
  /** The pages this build renders; the whole site when absent. */
  shard?: RenderShard;
  /** The model's place index, once made (`contextPlaceIndex`). */
  places?: PlaceIndex;
}

declare global {
  /** The context of the build in progress: see `setBuildContext`. */
  var __anjuBuildContext: BuildContext | undefined;
}

/** Hands the context to the pages; the build calls it once, before Astro renders. */
export function setBuildContext(context: BuildContext): void {
  globalThis.__anjuBuildContext = context;
}

/** Takes the context back once the pages are rendered, so a later build in the same process starts clean. */
export function clearBuildContext(): void {
  globalThis.__anjuBuildContext = undefined;
}

/** True when a build has set its context. */
export function hasBuildContext(): boolean {
  return globalThis.__anjuBuildContext !== undefined;
}

/** The context of this build, for pages and components. */
export function buildContext(): BuildContext {
  const context = globalThis.__anjuBuildContext;
  if (!context) {
    throw new Error(
      "No build context: the pages are rendered by `anju build` (or `npx astro dev`), which prepares the data first. " +
        "Run `npm run build`, or `npx astro dev` for a preview of data/.",
    );
  }
  return context;
}

/**
 * The place index of the build's model (src/lib/site/site-index.ts), made on first use and kept
 * with the context, so that every page reads the same one whichever instance of this module it
 * imported. A render shard makes it before Astro starts, and then lets go of the rows the index
 * does not keep (scripts/render-shard.ts).
 */
export function contextPlaceIndex(): PlaceIndex {
  const context = buildContext();
  return (context.places ??= buildPlaceIndex(context.model));
}
