/**
 * `anju build [DIR] [--out DIR]`: the whole site from a data directory, in stages —
 * validate → compute → release → render → downloads → search index and output checks (side by
 * side) → publish. The site is built aside and swapped in only when every stage passed; on any
 * failure the published site is untouched.
 */
import { rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Problem } from "../../src/lib/problems.ts";
import { formatSha256Sums } from "../../src/lib/downloads/checksums.ts";
import { tileSource } from "../../src/lib/site/config.ts";
import { CliError, EXIT } from "../lib/cli-error.ts";
import { defineCommand, type OptionSpecs } from "../lib/command.ts";
import { resolveDataDir } from "../lib/data-dir.ts";
import { terminalEffects, type Effects } from "../lib/effects.ts";
import { DEFAULT_MAX_FILE_BYTES, loadDataDirectory } from "../lib/load-data.ts";
import { loadSiteConfig, modelFromLoaded } from "../lib/model.ts";
import { computeValueStore, INDICATORS } from "../../src/lib/indicators/index.ts";
import { inputSizes, oversizedInputs } from "../lib/input-sizes.ts";
import { MAX_DEFAULT_JOBS, renderJobs } from "../lib/render-jobs.ts";
import {
  prepareDownloads,
  recordRelease,
  siteContext,
  writeDownloads,
  type PreparedDownloads,
} from "../lib/downloads.ts";
import { buildRecordOf } from "../lib/build-record.ts";
import { budgetFromOptions, finishForHost, HOST_OPTIONS } from "../lib/host-stages.ts";
import { fingerprintWithCopies } from "../lib/precompress.ts";
import { purgeNativeMemoryAtOnce, returnFreedMemory } from "../lib/free-memory.ts";
import { buildFingerprint } from "../lib/fingerprint.ts";
import { checkOutputWhile } from "../lib/output-checks.ts";
import {
  BUILD_RECORD,
  buildFingerprintOf,
  discard,
  outProblem,
  placeBuild,
  publish,
  stagingDir,
} from "../lib/publish.ts";
import { RELEASE_FILES, releasesDirFor, servedReleases, type RecordOutcome } from "../lib/releases.ts";
import { renderSite, startSiteShards, type SiteShards } from "../lib/render.ts";
import { SEARCH_INDEX_FOLDER, writeSearchIndex } from "../lib/search-index.ts";
import { searchSource, type SearchSource } from "../../src/lib/site/search-records.ts";
import type { PackageMeta } from "../../src/lib/schema/datapackage.ts";
import type { SiteConfig } from "../../src/lib/site/config.ts";
import { listFiles } from "../lib/walk.ts";
import { formatProblem, summarise } from "./validate.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The options `anju watch` passes on to every build it runs. */
export const BUILD_TARGET_OPTIONS = {
  out: {
    type: "string",
    value: "DIR",
    default: "dist",
    help: `where the published site appears. DIR becomes a link to the
current build under DIR.builds/`,
  },
  config: {
    type: "string",
    value: "FILE",
    default: "config/site.json",
    help: "the publisher's configuration",
  },
  releases: {
    type: "string",
    value: "DIR",
    help: `the release history to read and record into (default: ANJU_RELEASES_DIR, else
releases/ of this checkout when DIR is its own data/, else none)`,
  },
  jobs: {
    type: "string",
    value: "N",
    help: `render the pages on N threads at once (default: the cores there are, at most
${MAX_DEFAULT_JOBS}, and fewer when the free memory cannot hold them; 1: in the build's own thread
only). The output is the same bytes either way`,
  },
} as const satisfies OptionSpecs;

/** Reports the data's problems (errors first 20) and stops the build before anything is published. */
function refuse(effects: Effects, problems: Problem[]): number {
  const errors = problems.filter((p) => p.severity === "error");
  effects.log(summarise(problems));
  for (const problem of errors.slice(0, 20)) effects.log(formatProblem(problem));
  if (errors.length > 20)
    effects.log(`… and ${errors.length - 20} more: run anju validate for the full list.`);
  effects.log("Nothing was published; the site stays as it was.");
  return EXIT.dataProblems;
}

/** What the release stage found, in words (a fresh clone's first build finds its release recorded). */
const RELEASE_OUTCOMES: Record<RecordOutcome, string> = {
  unchanged: "already in the release history with the same data; its files are reused",
  recorded: "new; recorded in the release history once the site is published",
};

/**
 * Starts a stage: a plain line in CI and logs; on a terminal, the line also counts the seconds
 * while the stage runs. Returns the function that closes the stage with its outcome.
 */
function stage(effects: Effects, name: string) {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const live = effects.log === terminalEffects.log && process.stderr.isTTY && !process.env.CI;
  let ticker: NodeJS.Timeout | undefined;
  if (live) {
    process.stderr.write(`▸ ${name}…`);
    ticker = setInterval(() => process.stderr.write(`\r▸ ${name}… ${seconds()} s`), 500);
  } else {
    effects.log(`▸ ${name}…`);
  }
  return (detail: string) => {
    if (ticker) {
      clearInterval(ticker);
      process.stderr.write("\r\x1b[K");
    }
    effects.log(`${live ? "✓" : " "} ${name}: ${detail} (${seconds()} s)`);
  };
}

/** What the build keeps of its data once the pages and downloads are in the staging folder. */
interface StagedSite {
  /** The release the site publishes, and whether the history has it already. */
  downloads: Pick<PreparedDownloads, "release" | "outcome">;
  /** The tables the site pages' search records are written from. */
  search: SearchSource;
  meta: PackageMeta;
}

/**
 * The stages that read the data — validate, compute, release, render, downloads — into
 * `staging`. Returns what the later stages read and nothing more, so the rows, the values and
 * what Astro's build left are garbage once it returns: at national scale the build held 2.2 GB
 * resident when Pagefind started, 0.9 GB of it live objects; now 1.4 GB, 0.2 GB live. Returns
 * the exit status instead when the data has errors (reported, and the staging folder removed).
 */
async function stageSite(
  effects: Effects,
  options: {
    dataDir: string;
    config: SiteConfig;
    configPath: string;
    staging: string;
    out: string;
    releasesDir: string | null;
    shards: SiteShards | null;
    jobs: number;
  },
): Promise<StagedSite | number> {
  const { dataDir, config, configPath, staging, out, releasesDir, shards, jobs } = options;
  let done = stage(effects, "validate");
  const loaded = await loadDataDirectory(dataDir, { cwd: effects.cwd });
  if (loaded.problems.some((p) => p.severity === "error")) {
    await discard(staging);
    return refuse(effects, loaded.problems);
  }
  const rows = (Object.values(loaded.dataset) as unknown[][]).reduce((sum, table) => sum + table.length, 0);
  done(`${rows.toLocaleString("en")} rows in ${loaded.files.length} files, ${summarise(loaded.problems)}`);

  done = stage(effects, "compute");
  // In memory the shards read too, when there are shards; it cannot change from then on.
  const values = computeValueStore(loaded.dataset, INDICATORS, { sharedMemory: shards !== null });
  shards?.share(values);
  const model = await modelFromLoaded(dataDir, loaded, config, values);
  done(`${model.values.length.toLocaleString("en")} indicator values`);

  // The release and the downloads' sizes and hashes are known before rendering, so the pages
  // can show them; the files go straight into the staging site (Astro is told to keep them),
  // and the release is recorded in releases/ only once the site is published.
  done = stage(effects, "release");
  const downloads = await prepareDownloads(model, {
    record: false,
    spool: join(staging, "data"),
    releasesDir,
    served: await servedReleases(out, effects.cwd),
    signingKey: process.env.ANJU_SIGNING_KEY || null,
    build: await buildRecordOf(ROOT, dataDir, configPath),
  });
  done(`${downloads.release.manifest.id}: ${RELEASE_OUTCOMES[downloads.outcome]}`);

  done = stage(effects, "render");
  // The release stage's garbage (every download made once) given back before the render's.
  returnFreedMemory();
  const lag = await renderSite(ROOT, staging, siteContext(downloads), shards);
  const pages = (await listFiles(staging)).filter((file) => file.endsWith(".html")).length;
  done(
    `${pages.toLocaleString("en")} pages` +
      (lag === null
        ? ""
        : ` on ${jobs} threads, the site pages and notices from the release stage on; ` +
          `the render threads ended ${Math.abs(lag).toFixed(1)} s ${lag >= 0 ? "after" : "before"} this one`),
  );

  done = stage(effects, "downloads");
  await writeDownloads(downloads, staging, effects);
  done("written, with SHA256SUMS");

  return {
    // Not the prepared downloads themselves: they hold the model.
    downloads: { release: downloads.release, outcome: downloads.outcome },
    search: searchSource(model.dataset),
    meta: model.meta,
  };
}

export const buildCommand = defineCommand({
  name: "build",
  summary: "build the whole site from a data directory",
  operand: { name: "DIR", what: "data directory" },
  options: {
    ...BUILD_TARGET_OPTIONS,
    force: { type: "boolean", help: "rebuild even when the data, configuration and code are unchanged" },
    ...HOST_OPTIONS,
  },
  description: `Builds the whole site from a data directory (default: data/) in stages:
validate → compute → release → render → downloads → search index and output checks
(side by side) → publish.
The new site is built aside and swapped into --out with one atomic rename only when every
stage passed; after any failure the previously published site is exactly as it was.`,
  epilogue: `Unchanged inputs (the same data, configuration and code as the published build) skip the
rebuild: the output is reproducible, so it would be the same bytes.

Refused: different data under the version of a release in the history or on the published site
(exit 1: a release never changes; give the data a new version); an --out that is not an Anju
build (exit 2: Anju never deletes what it did not make).

Exit status: 0 published, 1 the data or the built site has problems, 2 wrong usage.
Example: anju build data --out dist && npx astro preview`,
  async run({ options: values, operand }, effects) {
    const dataDir = await resolveDataDir(operand, effects.cwd);
    const out = resolve(effects.cwd, values.out);
    const configPath = resolve(effects.cwd, values.config);
    const releasesDir = await releasesDirFor(
      dataDir,
      values.releases ?? (process.env.ANJU_RELEASES_DIR || undefined),
      effects.cwd,
    );
    const started = performance.now();
    // Sizes alone (no file is read yet): they weigh the data for the render threads and the cap.
    const sizes = await inputSizes(dataDir);
    const { jobs, limitedBy } = renderJobs(values.jobs, {
      cores: availableParallelism(),
      availableBytes: process.availableMemory(),
      dataBytes: [...sizes.values()].reduce((sum, size) => sum + size, 0),
    });
    // The configuration is checked first: a bad one is a usage error, found before any data is read.
    let config;
    try {
      config = await loadSiteConfig(configPath);
    } catch (error) {
      throw new CliError((error as Error).message, EXIT.usage);
    }
    const outIssue = await outProblem(out);
    if (outIssue !== null) throw new CliError(outIssue, EXIT.usage);

    // Sizes before bytes: the fingerprint reads every data file, so an oversized one is refused first.
    const display = (name: string) => relative(effects.cwd, join(dataDir, name)) || name;
    const oversized = oversizedInputs(sizes, DEFAULT_MAX_FILE_BYTES, display);
    if (oversized.length > 0) return refuse(effects, oversized);

    const host = budgetFromOptions(values);
    const fingerprint = fingerprintWithCopies(
      await buildFingerprint({ dataDir, configPath, projectRoot: ROOT }),
      host.precompress,
    );
    if (!values.force && (await buildFingerprintOf(out)) === fingerprint) {
      effects.log(
        `Nothing changed since the published build (${fingerprint.slice(0, 12)}): ${out} is up to date.`,
      );
      return EXIT.ok;
    }

    const id = `${String(Date.now()).padStart(14, "0")}-${process.pid}`;
    const staging = await stagingDir(ROOT, id);
    let placed: string | null = null;
    // Site pages need only the model: with --jobs > 1 the render shards (worker threads) start
    // now, validating the data beside this thread, take the values it computes and render while
    // the release is prepared (scripts/lib/render.ts). Bad data stops them with the build.
    const shardWork = `${staging}.shards`;
    if (limitedBy !== null) effects.log(`Rendering on ${jobs} thread${jobs === 1 ? "" : "s"}: ${limitedBy}.`);
    // Before any thread loads Astro, whose native tools read it then (see free-memory.ts).
    purgeNativeMemoryAtOnce();
    const shards = startSiteShards({ root: ROOT, work: shardWork, dataDir, configPath, jobs });
    try {
      const staged = await stageSite(effects, {
        dataDir,
        config,
        configPath,
        staging,
        out,
        releasesDir,
        shards,
        jobs,
      });
      if (typeof staged === "number") return staged;
      const { downloads, search, meta } = staged;
      // The rows, the values and Astro's build are garbage now: given back before Pagefind (a
      // process of its own) needs the memory.
      returnFreedMemory();

      let done = stage(effects, "search index and output checks");
      // A new release remembers the whole site as first published, before the host's copies and
      // the build record are added (`anju rebuild` compares a rebuild with this list): the checks
      // read every file anyway, so they hash them on the way. Pagefind indexes on about one core:
      // the checks of every other file run on the others meanwhile, and on all once it is done.
      const recorded = downloads.outcome === "recorded";
      const searchStarted = performance.now();
      const {
        written: indexed,
        check: { files, findings, sums },
      } = await checkOutputWhile(
        staging,
        {
          siteHost: new URL(config.siteUrl).host,
          // The tile server the map loads from (config.tiles) may be named in the pages.
          allowedHosts: [
            ...config.guards.allowedHosts,
            ...(config.tiles ? [tileSource(config.tiles.url).host] : []),
          ],
          deniedPhrases: config.guards.deniedPhrases,
        },
        SEARCH_INDEX_FOLDER,
        async () => {
          const indexed = await writeSearchIndex(staging, search);
          return { ...indexed, seconds: (performance.now() - searchStarted) / 1000 };
        },
        { hash: recorded },
      );
      const searched =
        `search index of ${indexed.pages.toLocaleString("en")} pages from their HTML and ` +
        `${indexed.sites.toLocaleString("en")} site pages from the data in ${indexed.seconds.toFixed(1)} s`;
      if (findings.length > 0) {
        done(`${searched}; ${findings.length} problems in ${files} files`);
        for (const finding of findings.slice(0, 30))
          effects.log(`${finding.file}: ${finding.code}: ${finding.detail}`);
        effects.log("Nothing was published; the site stays as it was.");
        await discard(staging);
        return EXIT.dataProblems;
      }
      done(
        `${searched}; ${files.toLocaleString("en")} files clean` +
          (recorded ? `; ${sums.length.toLocaleString("en")} files hashed for the release record` : ""),
      );

      if (recorded) {
        const release = downloads.release;
        release.site = formatSha256Sums(sums);
        await writeFile(join(staging, "releases", release.manifest.id, RELEASE_FILES.site), release.site);
        if (release.manifest.build?.clean === false)
          effects.log(
            `  release ${release.manifest.id} is built from a checkout with uncommitted changes: its manifest and page say so, and nobody can rebuild it from the commit alone.`,
          );
      }

      // After the checks, so they never see the .gz copies; the budget weighs what is uploaded.
      if (!(await finishForHost(staging, host, (name) => stage(effects, name), effects.log))) {
        effects.log("Nothing was published; the site stays as it was.");
        await discard(staging);
        return EXIT.dataProblems;
      }

      // Written last, so only a complete build carries the record that lets the next one skip.
      await writeFile(
        join(staging, BUILD_RECORD),
        `${JSON.stringify({ fingerprint, data: meta.version, created: meta.created }, null, 2)}\n`,
      );

      done = stage(effects, "publish");
      placed = await placeBuild(out, staging);
      await publish(out, placed);
      done(`${out} → ${placed}`);
      // Published: the build belongs to the site now, whatever happens next.
      placed = null;
      if (releasesDir !== null) await recordRelease(downloads, releasesDir, effects.log);
      else
        effects.log(
          `  release ${downloads.release.manifest.id} recorded in no history: ${dataDir} is not this checkout's data/ (give --releases DIR to keep one)`,
        );
    } catch (error) {
      await discard(staging);
      if (placed !== null) await discard(placed);
      throw error;
    } finally {
      await shards?.stop();
      await rm(shardWork, { recursive: true, force: true });
    }
    effects.log(`Built and published in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return EXIT.ok;
  },
});
