/**
 * The whole `anju build` pipeline on a data directory: each stage's time (from the build's own
 * log) and the peak memory of the build and its helpers (Pagefind runs as a separate process).
 * Goal at national scale (issue 8): the whole pipeline ≤ 5 min and ≤ 4 GB peak on 2 cores.
 *
 *   node bench/pipeline.ts [DATA_DIR] [--heap MB] [--jobs N]
 *
 * Make the national sample first: node bin/anju.mjs sample --scale national --out bench/out/national
 * `--heap` raises Node's heap limit for the build (its default is about 4 GB), to measure a
 * pipeline that does not yet fit; `--jobs` is passed to the build (its render shards). Linux
 * only: memory and CPU time are read from /proc every 100 ms, summed over the build's process
 * tree; each stage's line says how many cores were busy on average while it ran (CPU seconds over
 * wall seconds: 2.00 is both cores of this machine all the time), which a noisy machine changes
 * less than the seconds themselves, and the most memory the tree held while it ran. The peak is
 * also broken down by process (the build with its worker threads, render shards included; Pagefind),
 * to show which one to make smaller.
 *
 * The build publishes into a scratch folder with no size limits (`--max-size none --max-files
 * none`): the national site (9.4 GB, 231,000 files) is over the default limits of a small host,
 * and a build refused by them spends its last 40 s deleting what it built, which is not the
 * pipeline's work. Runs before 2026-12-07 (stop 50) measured that refused build.
 */
import { execFileSync, spawn } from "node:child_process";
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

/** Clock ticks a second, the unit of /proc/<pid>/stat's CPU times. */
const TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

/** The last CPU time (user + system, in ticks) seen of each process of the tree, ended ones too. */
const cpuTicks = new Map<number, number>();

/** A process of the build's tree at one reading: what it runs, and its resident memory in bytes. */
interface ProcessMemory {
  name: string;
  rss: number;
}

/**
 * What a process of the tree is, for the memory breakdown: the build itself (its render shards
 * are threads of it), Pagefind, or its command's first words.
 */
function processName(pid: number): string {
  try {
    const words = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const line = words.join(" ");
    if (/pagefind/i.test(line)) return "pagefind";
    if (line.includes("anju.mjs")) return "build";
    return words.slice(0, 2).join(" ").slice(0, 40);
  } catch {
    return "ended";
  }
}

/**
 * Reads a process and all its descendants: returns each one's resident memory (none once all
 * have exited), and notes each one's CPU time in `cpuTicks`.
 */
function sampleTree(root: number): ProcessMemory[] {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // After the name (field 2, which may hold spaces): state, parent's pid … utime, stime (14, 15).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree: ProcessMemory[] = [];
  for (const pid of parents.keys()) {
    let p: number | undefined = pid;
    while (p !== undefined && p !== root && p > 1) p = parents.get(p);
    if (p !== root) continue;
    cpuTicks.set(pid, ticks.get(pid)!);
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      tree.push({ name: processName(pid), rss });
    } catch {
      // Ended meanwhile.
    }
  }
  return tree;
}

/** CPU seconds the build's process tree has used so far. */
const cpuSeconds = () => [...cpuTicks.values()].reduce((sum, t) => sum + t, 0) / TICKS;

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
    "--max-size",
    "none",
    "--max-files",
    "none",
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
// A stage's start ("▸ name…") and its end ("  name: what it did (12.3 s)") in the build's log.
const STAGE_START = /^▸ (.+)…$/;
const STAGE_END = /^ {2}(\S[^:]*): (.*) \(([\d.]+) s\)$/;
// When each stage began, in wall and CPU seconds, and the cores it kept busy; read line by line,
// as the lines end (a chunk of output may stop mid-line).
const began = new Map<string, { wall: number; cpu: number }>();
const cores = new Map<string, number>();
// The stage running now, and the largest memory of the tree seen while each ran.
let current: string | null = null;
const stagePeak = new Map<string, number>();
let read = 0;
const noteStages = (text: string) => {
  log += text;
  const now = { wall: performance.now() / 1000, cpu: cpuSeconds() };
  const end = log.lastIndexOf("\n") + 1;
  for (const line of log.slice(read, end).split("\n")) {
    const started = STAGE_START.exec(line)?.[1];
    if (started !== undefined) {
      began.set(started, now);
      current = started;
    }
    const ended = STAGE_END.exec(line)?.[1];
    const start = ended === undefined ? undefined : began.get(ended);
    if (start) cores.set(ended!, (now.cpu - start.cpu) / Math.max(0.001, now.wall - start.wall));
  }
  read = end;
};
child.stdout.on("data", (chunk: Buffer) => {
  noteStages(chunk.toString());
});
child.stderr.on("data", (chunk: Buffer) => {
  noteStages(chunk.toString());
  process.stderr.write(chunk);
});
let peak = 0;
// The processes at the peak, summed by what they are: which of them to make smaller.
let atPeak = new Map<string, number>();
const poll = setInterval(() => {
  if (child.pid === undefined) return;
  const tree = sampleTree(child.pid);
  const total = tree.reduce((sum, process) => sum + process.rss, 0);
  if (current !== null) stagePeak.set(current, Math.max(stagePeak.get(current) ?? 0, total));
  if (total <= peak) return;
  peak = total;
  atPeak = new Map();
  for (const { name, rss } of tree) atPeak.set(name, (atPeak.get(name) ?? 0) + rss);
}, 100);
const code = await new Promise<number | null>((done) => child.on("close", done));
clearInterval(poll);
const seconds = (performance.now() - started) / 1000;

const out = (line: string) => process.stdout.write(`${line}\n`);
const gigabytes = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
out(
  `pipeline: ${data}${nodeOptions ? ` (NODE_OPTIONS=${nodeOptions})` : ""}${values.jobs ? ` --jobs ${values.jobs}` : ""}`,
);
// The seconds the stages' lines account for; the rest is in no stage.
let staged = 0;
for (const line of log.split("\n")) {
  const match = STAGE_END.exec(line);
  if (match === null) continue;
  staged += Number(match[3]);
  const busy = cores.get(match[1]!);
  const memory = stagePeak.get(match[1]!);
  out(
    `  ${match[1]!.padEnd(14)} ${match[3]!.padStart(7)} s  ${busy === undefined ? "          " : `${busy.toFixed(2)} cores`}  ` +
      `${memory === undefined ? "       " : `${gigabytes(memory)} GB`}   ${match[2]!}`,
  );
}
out(
  `  ${"(no stage)".padEnd(14)} ${(seconds - staged).toFixed(1).padStart(7)} s  starting Node and loading the code, exiting`,
);
out(
  `exit ${code}, ${seconds.toFixed(1)} s in all (goal ≤ 300 s at national scale), ` +
    `${(cpuSeconds() / seconds).toFixed(2)} cores busy on average`,
);
out(`peak memory of the build and its helpers: ${gigabytes(peak)} GB (goal ≤ 4 GB)`);
out(
  `  at the peak: ${[...atPeak]
    .sort((a, b) => b[1] - a[1])
    .map(([name, rss]) => `${name} ${gigabytes(rss)} GB`)
    .join(", ")}`,
);
await rm(scratch, { recursive: true, force: true });
