/**
 * The output-checks stage of `anju build`: runs the guards of src/lib/publish/guards.ts over every
 * text file of a built site. The files are shared out among worker threads, one per core (up to
 * four): a national build is about 75,000 files and 6 GB of text, and the checks are pure
 * computation. Findings come back in file order whatever the number of workers.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { GuardFinding, GuardRules } from "../../src/lib/publish/guards.ts";
import { listFiles } from "./walk.ts";

/** What a check worker is given: the site folder, its share of the files, the rules. */
export interface CheckJob {
  dir: string;
  files: string[];
  rules: GuardRules;
}

const TEXT_FILE = /\.(?:html|json|xml|txt|csv|geojson|svg|js|css|webmanifest|atom|rss|xsl)$/i;

/** Checks every text file of a built site (Pagefind's index excepted); returns findings in file order. */
export async function checkOutput(
  dir: string,
  rules: GuardRules,
  workers = Math.min(4, availableParallelism()),
): Promise<{ files: number; findings: GuardFinding[] }> {
  const files = (await listFiles(dir)).filter(
    (file) => TEXT_FILE.test(file) && !file.startsWith("pagefind/"),
  );
  const shares = Array.from({ length: Math.max(1, workers) }, (_, w) =>
    files.filter((_, i) => i % workers === w),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<GuardFinding[]>((resolve, reject) => {
          const job: CheckJob = { dir, files: share, rules };
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
  const findings = results.flat().sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { files: files.length, findings };
}
