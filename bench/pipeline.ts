/**
 * The whole `anju build` pipeline on a data directory: each stage's time (from the build's own
 * log) and the peak memory of the build and its helpers (Pagefind runs as a separate process).
 * Goal at national scale (issue 8): the whole pipeline ≤ 5 min and ≤ 4 GB peak on 2 cores.
 *
 *   node bench/pipeline.ts [DATA_DIR] [--heap MB] [--jobs N]
 *
 * Make the national sample first: node bin/anju.mjs sample --scale national --out bench/out/national
 * `--heap` raises Node's heap limit for the build (its default is about 4 GB), to measure a
 * pipeline that does not yet fit; `--jobs` is passed to the build (its render processes). Linux only: memory is read from /proc every 100 ms, summed
 * over the build's process tree.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { heap: { type: "string" }, jobs: { type: "string" } },
});
const data = resolve(positionals[0] ?? "data");
const scratch = join(ROOT, ".anju", "bench-pipeline");
await rm(scratch, { recursive: true, force: true });

/** Resident memory of a process and all its descendants, in bytes (0 once it has exited). */
function treeRss(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent's pid; the name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  for (const pid of parents.keys()) {
    let p: number | undefined = pid;
    while (p !== undefined && p !== root && p > 1) p = parents.get(p);
    if (p !== root) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

const nodeOptions = values.heap ? `--max-old-space-size=${values.heap}` : "";
const started = performance.now();
const child = spawn(
  process.execPath,
  [
    "bin/anju.mjs",
    "build",
    data,
    "--out",
    join(scratch, "site"),
    "--force",
    ...(values.jobs ? ["--jobs", values.jobs] : []),
  ],
  {
    cwd: ROOT,
    env: {
      ...process.env,
      ANJU_RELEASES_DIR: join(scratch, "releases"),
      CI: "true",
      NODE_OPTIONS: nodeOptions,
    },
    stdio: ["ignore", "pipe", "pipe"],
  },
);
let log = "";
child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
child.stderr.on("data", (chunk: Buffer) => {
  log += chunk.toString();
  process.stderr.write(chunk);
});
let peak = 0;
const poll = setInterval(() => {
  if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
}, 100);
const code = await new Promise<number | null>((done) => child.on("close", done));
clearInterval(poll);
const seconds = (performance.now() - started) / 1000;

const out = (line: string) => process.stdout.write(`${line}\n`);
out(
  `pipeline: ${data}${nodeOptions ? ` (NODE_OPTIONS=${nodeOptions})` : ""}${values.jobs ? ` --jobs ${values.jobs}` : ""}`,
);
for (const match of log.matchAll(/^ {2}(\S[^:]*): (.*) \(([\d.]+) s\)$/gm)) {
  out(`  ${match[1]!.padEnd(14)} ${match[3]!.padStart(7)} s   ${match[2]!}`);
}
out(`exit ${code}, ${seconds.toFixed(1)} s in all (goal ≤ 300 s at national scale)`);
out(`peak memory of the build and its helpers: ${(peak / 2 ** 30).toFixed(2)} GB (goal ≤ 4 GB)`);
await rm(scratch, { recursive: true, force: true });
