/**
 * The output-checks stage of `anju build`: runs the guards of src/lib/publish/guards.ts over every
 * text file of a built site and, when asked, hashes every file of it for the release record. The
 * files are shared out among worker threads, one per core (up to four): a national build is about
 * 165,000 files and 12 GB, and the checks are pure computation. Each file is read once for both:
 * hashing in a second pass after the checks took as long as the checks themselves.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileSum } from "../../src/lib/downloads/checksums.ts";
import type { GuardFinding, GuardRules } from "../../src/lib/publish/guards.ts";
import { listFiles } from "./walk.ts";

/** What a check worker is given: the site folder, its share of the files, the rules, whether to hash. */
export interface CheckJob {
  dir: string;
  files: string[];
  rules: GuardRules;
  hash: boolean;
}

/** What a check worker posts back: its findings, and the SHA-256 of each of its files when asked. */
export interface CheckResult {
  findings: GuardFinding[];
  sums: string[];
}

/** What the checks found, and the hash of every file of the site (empty unless asked for). */
export interface OutputCheck {
  /** How many text files were checked. */
  files: number;
  findings: GuardFinding[];
  /** Every file of the site with its SHA-256, in path order, when `hash` was asked for. */
  sums: Pick<FileSum, "path" | "sha256">[];
}

const TEXT_FILE = /\.(?:html|json|xml|txt|csv|geojson|svg|js|css|webmanifest|atom|rss|xsl)$/i;

/** Whether the guards read a file: text, and not Pagefind's own (binary-like) index. */
export function isCheckedText(file: string): boolean {
  return TEXT_FILE.test(file) && !file.startsWith("pagefind/");
}

/**
 * Checks every text file of a built site; returns the findings in file order and, with `hash`,
 * the SHA-256 of every file (text or not) in path order.
 */
export async function checkOutput(
  dir: string,
  rules: GuardRules,
  { workers = Math.min(4, availableParallelism()), hash = false }: { workers?: number; hash?: boolean } = {},
): Promise<OutputCheck> {
  const all = await listFiles(dir);
  const files = hash ? all : all.filter(isCheckedText);
  const count = Math.max(1, workers);
  const shares = Array.from({ length: count }, (_, w) => files.filter((_, i) => i % count === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<CheckResult>((resolve, reject) => {
          const job: CheckJob = { dir, files: share, rules, hash };
          const worker = new Worker(new URL("./output-checks-worker.ts", import.meta.url), {
            workerData: job,
          });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => {
            if (code !== 0) reject(new Error(`an output-check worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  const order = new Map(files.map((file, i) => [file, i]));
  const findings = results
    .flatMap((result) => result.findings)
    .sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  // File i of the list went to worker i % count, as its (i / count)th file.
  const sums = hash
    ? files.map((path, i) => ({ path, sha256: results[i % count]!.sums[Math.floor(i / count)]! }))
    : [];
  return { files: files.filter(isCheckedText).length, findings, sums };
}
