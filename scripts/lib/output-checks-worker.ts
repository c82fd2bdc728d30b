/**
 * A worker of the output checks (see output-checks.ts): asks for a batch of files, reads each
 * once (check-file.ts), checks the text files, hashes every file when asked, posts what it found
 * and asks again, until it is given null.
 */
import { parentPort, workerData } from "node:worker_threads";
import { denyRules, type GuardFinding } from "../../src/lib/publish/guards.ts";
import { checkFile } from "./check-file.ts";
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
    const checked = checkFile(dir, file, { text: isCheckedText(file), hash, rules, deny });
    if (hash) sums.push(checked.sha256!);
    for (const finding of checked.findings) findings.push(finding);
  }
  port.postMessage({ start: batch.start, findings, sums } satisfies CheckResult);
});
port.postMessage(null);
