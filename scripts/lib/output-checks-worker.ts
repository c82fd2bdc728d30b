/**
 * A worker of the output checks (see output-checks.ts): asks for a batch of files, reads each
 * once, checks the text files, hashes every file when asked, posts what it found and asks again,
 * until it is given null.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { checkOutputText, denyRules, type GuardFinding } from "../../src/lib/publish/guards.ts";
import { isCheckedText, type CheckBatch, type CheckJob, type CheckResult } from "./output-checks.ts";

const { dir, rules, hash } = workerData as CheckJob;
const deny = denyRules(rules.deniedPhrases);
const port = parentPort!;

port.on("message", (batch: CheckBatch | null) => {
  if (batch === null) {
    port.close();
    return;
  }
  const findings: GuardFinding[] = [];
  const sums: string[] = [];
  for (const file of batch.files) {
    // Synchronous: this thread has nothing else to do, and fs/promises' readFile (open, stat, read
    // and close, each a round trip through libuv's thread pool) took 5–8× as long on small pages.
    const bytes = readFileSync(join(dir, file));
    if (hash) sums.push(createHash("sha256").update(bytes).digest("hex"));
    if (!isCheckedText(file)) continue;
    for (const finding of checkOutputText(file, bytes.toString("utf8"), rules, deny)) findings.push(finding);
  }
  port.postMessage({ start: batch.start, findings, sums } satisfies CheckResult);
});
port.postMessage(null);
