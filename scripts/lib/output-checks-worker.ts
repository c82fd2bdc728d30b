/** A worker of the output checks (see output-checks.ts): checks its share of the files, posts the findings. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { checkOutputText, denyRules, type GuardFinding } from "../../src/lib/publish/guards.ts";
import type { CheckJob } from "./output-checks.ts";

const { dir, files, rules } = workerData as CheckJob;
const deny = denyRules(rules.deniedPhrases);
const findings: GuardFinding[] = [];
// A loop, not push(...): spreading a very long list of findings overflows the stack.
for (const file of files)
  for (const finding of checkOutputText(file, await readFile(join(dir, file), "utf8"), rules, deny))
    findings.push(finding);
parentPort!.postMessage(findings);
