/**
 * Benchmark: `anju validate` against a bare PapaParse parse of the same files, side by side in one
 * run (each in its own process, so peak memory is measured apart). Uses the national-scale sample
 * (3.6 million rows), generating it first if needed.
 *
 *   node bench/validate.ts [DIR]      (default: bench/out/national)
 *
 * Goal (issue 2): validation at ≥ 0.5× the bare parse's throughput, ≤ 1.5 GB peak.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import { loadDataDirectory } from "../scripts/lib/load-data.ts";
import { TABLE_NAMES, tableByName } from "../src/lib/schema/index.ts";

const dir = process.argv[3] ?? "bench/out/national";

async function bare(): Promise<number> {
  let rows = 0;
  for (const name of TABLE_NAMES) {
    const text = await readFile(join(dir, tableByName(name).path), "utf8");
    rows += Papa.parse<string[]>(text, { delimiter: ",", header: false }).data.length;
  }
  return rows;
}

async function validate(): Promise<number> {
  const { dataset, problems } = await loadDataDirectory(dir);
  if (problems.some((p) => p.severity === "error")) throw new Error("the benchmark data has errors");
  return (Object.values(dataset) as unknown[][]).reduce((sum, table) => sum + table.length, 0);
}

const mode = process.argv[2];
if (mode === "bare" || mode === "validate") {
  const started = performance.now();
  const rows = await (mode === "bare" ? bare() : validate());
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ rows, seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  if (!existsSync(join(dir, "sites.csv"))) {
    process.stderr.write(`generating the national-scale sample in ${dir}…\n`);
    execFileSync(process.execPath, ["bin/anju.mjs", "sample", "--scale", "national", "--out", dir], {
      stdio: "inherit",
    });
  }
  let bytes = 0;
  for (const name of TABLE_NAMES) bytes += (await stat(join(dir, tableByName(name).path))).size;
  const run = (which: string) =>
    JSON.parse(execFileSync(process.execPath, [import.meta.filename, which, dir], { encoding: "utf8" })) as {
      rows: number;
      seconds: number;
      peakMB: number;
    };
  const parse = run("bare");
  const check = run("validate");
  const mb = bytes / 1048576;
  process.stdout.write(
    [
      `data: ${dir}, ${mb.toFixed(1)} MB, ${check.rows.toLocaleString("en")} data rows`,
      `bare PapaParse:  ${parse.seconds.toFixed(2)} s  ${(mb / parse.seconds).toFixed(1)} MB/s  peak ${parse.peakMB.toFixed(0)} MB`,
      `anju validate:   ${check.seconds.toFixed(2)} s  ${(mb / check.seconds).toFixed(1)} MB/s  peak ${check.peakMB.toFixed(0)} MB`,
      `throughput ratio (validate / bare): ${(parse.seconds / check.seconds).toFixed(2)}  (goal ≥ 0.50)`,
      `peak memory of validate: ${(check.peakMB / 1024).toFixed(2)} GB  (goal ≤ 1.5 GB)`,
    ].join("\n") + "\n",
  );
}
