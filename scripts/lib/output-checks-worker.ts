/**
 * A worker of the output checks (see output-checks.ts): reads each file of its share once, checks
 * the text files, hashes every file when asked, and posts what it found.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { checkOutputText, denyRules, type GuardFinding } from "../../src/lib/publish/guards.ts";
import { isCheckedText, type CheckJob, type CheckResult } from "./output-checks.ts";

const { dir, files, rules, hash } = workerData as CheckJob;
const deny = denyRules(rules.deniedPhrases);
const findings: GuardFinding[] = [];
const sums: string[] = [];
for (const file of files) {
  const bytes = await readFile(join(dir, file));
  if (hash) sums.push(createHash("sha256").update(bytes).digest("hex"));
  if (!isCheckedText(file)) continue;
  // A loop, not push(...): spreading a very long list of findings overflows the stack.
  for (const finding of checkOutputText(file, bytes.toString("utf8"), rules, deny)) findings.push(finding);
}
parentPort!.postMessage({ findings, sums } satisfies CheckResult);
