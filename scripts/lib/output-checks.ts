/**
 * The output-checks stage of `anju build`: runs the guards of src/lib/publish/guards.ts over every
 * text file of a built site and, when asked, hashes every file of it for the release record. The
 * files are handed out in small batches to worker threads, one per core (up to four), each asking
 * for the next batch when done: a national build is about 237,000 files and 12 GB, and the checks
 * are pure computation. (Dealt out in advance, one file in two to each, one worker had every
 * site's page and the other its small notice, and it worked alone for half the stage.) Each file
 * is read once for both: hashing in a second pass after the checks took as long as the checks.
 * A large download is read a slice of lines at a time (check-file.ts).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileSum } from "../../src/lib/downloads/checksums.ts";
import type { GuardFinding, GuardRules } from "../../src/lib/publish/guards.ts";
import { SEARCH_INDEX_FOLDER } from "./search-index.ts";
import { listFiles } from "./walk.ts";

/** What a check worker is started with: the site folder, the rules, whether to hash. */
export interface CheckJob {
  dir: string;
  rules: GuardRules;
  hash: boolean;
}

/** A batch of files for a worker: files `start` to `start + files.length - 1` of the list. */
export interface CheckBatch {
  start: number;
  files: string[];
}

/** What a check worker posts back for a batch: its findings, and each file's SHA-256 when asked. */
export interface CheckResult {
  start: number;
  findings: GuardFinding[];
  sums: string[];
}

/** Files a worker is handed at a time: few enough to keep the workers even to the end. */
const BATCH = 32;

/** What the checks found, and the hash of every file of the site (empty unless asked for). */
export interface OutputCheck {
  /** How many text files were checked. */
  files: number;
  findings: GuardFinding[];
  /** Every file of the site with its SHA-256, in path order, when `hash` was asked for. */
  sums: Pick<FileSum, "path" | "sha256">[];
  /** How many threads checked: from the start, and added once the writing beside them ended. */
  threads: { first: number; added: number };
}

const TEXT_FILE = /\.(?:html|json|xml|txt|csv|geojson|svg|js|css|webmanifest|atom|rss|xsl)$/i;

/** Whether the guards read a file: text, and not Pagefind's own (binary-like) index. */
export function isCheckedText(file: string): boolean {
  return TEXT_FILE.test(file) && !file.startsWith(`${SEARCH_INDEX_FOLDER}/`);
}

/** How many threads check, and whether they hash every file for the release record. */
export interface CheckOptions {
  workers?: number;
  hash?: boolean;
}

/**
 * Checks every text file of a built site; returns the findings in file order and, with `hash`,
 * the SHA-256 of every file (text or not) in path order.
 */
export async function checkOutput(
  dir: string,
  rules: GuardRules,
  options: CheckOptions = {},
): Promise<OutputCheck> {
  return checkFiles(dir, await listFiles(dir), rules, options);
}

/**
 * `checkOutput` while `write` writes one more folder of the site: the search index, which Pagefind
 * builds on one core for minutes at national scale while the other core would wait. Every file
 * already there is checked meanwhile, the folder's own once it is written; the outcome is the
 * same as `checkOutput` after the writing (tested). `write` may write into `folder` alone: a file
 * that appears elsewhere would not have been checked, and fails the checks.
 *
 * While `write` runs, the checks take one thread fewer than the cores allow (at least one), and
 * the rest once it has ended. Pagefind and the thread that feeds it take turns on about one core;
 * with a check thread on every core beside them, each request to Pagefind waited for a core and
 * Pagefind's own threads, woken for each, spent three times the CPU: the national search stage
 * took 143–158 s (the checks alone 66 s on two threads, Pagefind alone 57 s). Alone on a built
 * national site: 135.6 s with one thread fewer against 157.9 s with both; none beside Pagefind
 * (the checks after it) 157.5 s.
 */
export async function checkOutputWhile<T>(
  dir: string,
  rules: GuardRules,
  folder: string,
  write: () => Promise<T>,
  options: CheckOptions = {},
): Promise<{ written: T; check: OutputCheck }> {
  const inFolder = (file: string) => file.startsWith(`${folder}/`);
  const before = await listFiles(dir);
  if (before.some(inFolder))
    throw new Error(`${folder}/ is already in ${dir}: it is written while the rest is checked`);
  // Both run to the end, so no check thread outlives a failed write.
  const writing = write();
  const [written, rest] = await Promise.allSettled([
    writing,
    checkFiles(dir, before, rules, options, writing),
  ]);
  if (written.status === "rejected") throw written.reason;
  if (rest.status === "rejected") throw rest.reason;
  const after = await listFiles(dir);
  const beside = after.filter((file) => !inFolder(file));
  const known = new Set(before);
  if (beside.length !== before.length || beside.some((file) => !known.has(file)))
    throw new Error(
      `files changed outside ${folder}/ while the site was checked: ${beside.find((file) => !known.has(file)) ?? "one was removed"}`,
    );
  const own = await checkFiles(dir, after.filter(inFolder), rules, options);
  const order = new Map(after.map((file, i) => [file, i]));
  const rank = (file: string) => order.get(file)!;
  return {
    written: written.value,
    check: {
      files: rest.value.files + own.files,
      threads: rest.value.threads,
      // Stable sorts: a file's findings keep their order.
      findings: [...rest.value.findings, ...own.findings].sort((a, b) => rank(a.file) - rank(b.file)),
      sums: [...rest.value.sums, ...own.sums].sort((a, b) => rank(a.path) - rank(b.path)),
    },
  };
}

/**
 * Checks the given files of a site (paths relative to `dir`, in path order). While `beside` (work
 * on the same cores) is pending, one thread fewer checks; the others join once it settles, if
 * files are left.
 */
async function checkFiles(
  dir: string,
  all: readonly string[],
  rules: GuardRules,
  { workers = Math.min(4, availableParallelism()), hash = false }: CheckOptions,
  beside: Promise<unknown> | null = null,
): Promise<OutputCheck> {
  const files = hash ? all : all.filter(isCheckedText);
  const count = Math.max(1, Math.min(workers, files.length));
  if (files.length === 0) return { files: 0, findings: [], sums: [], threads: { first: 0, added: 0 } };
  const first = beside === null ? count : Math.max(1, count - 1);
  const threads = { first, added: 0 };
  const findings: GuardFinding[] = [];
  const hashes: string[] = [];
  let next = 0;
  const checking = (length: number) => Promise.all(Array.from({ length }, checkThread));
  const joining = async () => {
    await beside?.catch(() => undefined);
    if (next >= files.length) return;
    threads.added = count - first;
    await checking(threads.added);
  };
  await Promise.all([checking(first), first < count ? joining() : null]);
  const order = new Map(files.map((file, i) => [file, i]));
  findings.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  const sums = hash ? files.map((path, i) => ({ path, sha256: hashes[i]! })) : [];
  return { files: files.filter(isCheckedText).length, findings, sums, threads };

  /** One check thread, taking batches until none are left. */
  function checkThread(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const job: CheckJob = { dir, rules, hash };
      const worker = new Worker(new URL("./output-checks-worker.ts", import.meta.url), {
        workerData: job,
      });
      // The worker posts null when it is ready, then each batch's result; null ends it.
      worker.on("message", (result: CheckResult | null) => {
        if (result !== null) {
          // Loops, not push(...): a very long list would overflow the stack.
          for (const finding of result.findings) findings.push(finding);
          result.sums.forEach((sum, i) => (hashes[result.start + i] = sum));
        }
        const start = next;
        next = Math.min(files.length, start + BATCH);
        worker.postMessage(
          start < files.length ? ({ start, files: files.slice(start, next) } satisfies CheckBatch) : null,
        );
      });
      worker.once("error", reject);
      worker.once("exit", (code) => {
        if (code === 0) resolve();
        else reject(new Error(`an output-check worker stopped with exit code ${code}`));
      });
    });
  }
}
