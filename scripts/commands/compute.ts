/** `anju compute [DIR] [--out FILE] [--quality FILE]`: computes every indicator of a data directory. */
import { open, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, resolve, basename } from "node:path";
import { mkdir } from "node:fs/promises";
import Papa from "papaparse";
import {
  INDICATORS,
  indicatorsHeader,
  indicatorsJsonBytes,
  indicatorValueParts,
  type ReleaseInfo,
  type Values,
} from "../../src/lib/indicators/index.ts";
import { crossCheck, referenceFigures, type ReferenceFigure } from "../../src/lib/quality/index.ts";
import type { PackageMeta } from "../../src/lib/schema/datapackage.ts";
import type { Dataset } from "../../src/lib/schema/index.ts";
import { CliError, EXIT } from "../lib/cli-error.ts";
import { defineCommand } from "../lib/command.ts";
import { resolveDataDir } from "../lib/data-dir.ts";
import type { Effects } from "../lib/effects.ts";
import { loadDataDirectory, type LoadedData } from "../lib/load-data.ts";

/** The release an indicators file says it was computed from, from the package metadata. */
export function releaseInfo(meta: PackageMeta | null): ReleaseInfo {
  return { version: meta?.version ?? null, created: meta?.created ?? null, sample: meta?.sample ?? null };
}

/** Loads and validates a data directory for compute and verify; data errors end the command with exit 1. */
export async function loadValidData(dirArgument: string | undefined, effects: Effects): Promise<LoadedData> {
  const dir = await resolveDataDir(dirArgument, effects.cwd);
  const loaded = await loadDataDirectory(dir, { cwd: effects.cwd });
  const errors = loaded.problems.filter((p) => p.severity === "error").length;
  if (errors > 0) {
    throw new CliError(
      `${errors} error${errors === 1 ? "" : "s"} in the data — run anju validate ${dirArgument ?? "data"} for the list.`,
      EXIT.dataProblems,
    );
  }
  return loaded;
}

/**
 * Writes chunks to a file aside and renames it into place, so a failure never leaves half a file.
 * A chunk is written while the next one is made, and is done with before the one after that is
 * asked for: a source may make every other chunk in the same buffer (`indicatorsJsonBytes`'s
 * `buffers: 2`).
 */
export async function writeAtomically(path: string, chunks: Iterable<Uint8Array>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const aside = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = await open(aside, "w");
  try {
    // Each chunk is made while the one before is being written (the writes run on libuv's
    // threads): at national scale the file is 3.1 GB and this command waited on the disk for 9 s.
    let writing: Promise<unknown> | null = null;
    for (const chunk of chunks) {
      await writing;
      writing = file.write(chunk);
    }
    await writing;
    await file.close();
    await rename(aside, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(aside, { force: true });
    throw error;
  }
}

async function readReference(path: string, required: boolean): Promise<ReferenceFigure[] | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new CliError(`cannot read the published figures at ${path}: ${(error as Error).message}.`);
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  return referenceFigures(parsed.data);
}

/** Counts values while they stream past, a store or an array at a time, for the closing summary. */
function* counted(parts: Iterable<Values>, tally: { values: number }): Generator<Values> {
  for (const part of parts) {
    tally.values += part.length;
    yield part;
  }
}

async function writeQuality(dataset: Dataset, path: string, reference: ReferenceFigure[], effects: Effects) {
  const report = crossCheck(dataset, reference);
  await writeAtomically(path, [Buffer.from(`${JSON.stringify(report, null, 2)}\n`)]);
  const outside = report.reported_totals.filter((c) => c.within_tolerance === false).length;
  effects.log(
    `Quality: ${report.reported_totals.length} reported totals checked (${outside} outside tolerance), ` +
      `${report.published_figures.filter((c) => c.comparable).length} of ${report.published_figures.length} published figures compared, ` +
      `${report.signals.length} consistency signals → ${path}`,
  );
}

export const computeCommand = defineCommand({
  name: "compute",
  summary: "compute the policy's indicators",
  operand: { name: "DIR", what: "data directory" },
  options: {
    out: {
      type: "string",
      value: "FILE",
      help: `write the indicators JSON to FILE (written aside, then renamed into place);
without --out it is printed to standard output`,
    },
    quality: {
      type: "string",
      value: "FILE",
      help: `also write the data-quality report: site sums against reported_totals.csv
(1% tolerance), the data against published figures (5%), consistency signals`,
    },
    reference: {
      type: "string",
      value: "FILE",
      help: `the independently published figures for --quality
(default: DIR/reference/published-figures.csv, if present)`,
    },
  },
  description: `Validates a data directory (default: data/) and computes the policy's ${INDICATORS.length} indicators for every
site, township, county and the city (420300), for every period: numerator, denominator, value
(numerator ÷ denominator, unrounded), target, status and how many sites reported. The JSON also
holds the method version, the data release and the SHA-256 of every input file.`,
  epilogue: `Exit status: 0 computed, 1 the data has errors (run anju validate DIR for the list), 2 wrong usage.
Example: anju compute data --out dist-data/indicators.json --quality dist-data/quality.json`,
  async run({ options: values, operand }, effects) {
    const loaded = await loadValidData(operand, effects);
    const header = indicatorsHeader(loaded.dataset, loaded.files, releaseInfo(loaded.meta));
    const tally = { values: 0 };
    const chunks = indicatorsJsonBytes(header, counted(indicatorValueParts(loaded.dataset), tally), {
      buffers: 2,
    });
    if (values.out === undefined) {
      // Every chunk ends a line, so none splits a character.
      const decoder = new TextDecoder();
      for (const chunk of chunks) effects.out(decoder.decode(chunk));
    } else {
      await writeAtomically(resolve(effects.cwd, values.out), chunks);
    }
    effects.log(
      `Computed ${tally.values} values of ${INDICATORS.length} indicators for ${header.periods.length} periods` +
        (values.out === undefined ? "." : ` → ${values.out}`),
    );
    if (values.quality !== undefined) {
      const dir = await resolveDataDir(operand, effects.cwd);
      const referencePath =
        values.reference === undefined
          ? join(dir, "reference", "published-figures.csv")
          : resolve(effects.cwd, values.reference);
      const reference = await readReference(referencePath, values.reference !== undefined);
      if (reference === null) effects.log(`No published figures at ${referencePath}; none compared.`);
      await writeQuality(loaded.dataset, resolve(effects.cwd, values.quality), reference ?? [], effects);
    }
    return EXIT.ok;
  },
});
