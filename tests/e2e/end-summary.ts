/**
 * A Playwright reporter that repeats, after the run's summary, what went wrong: each error that
 * was not part of any test, each test that failed, and each that passed only when run again.
 * The list reporter prints them where they happened, hundreds of lines up; a CI log is often read
 * from its end, and a failure once cost a submission because only its last 100 lines were kept,
 * which said "1 error was not a part of any test" but not which.
 */
import { relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { FullConfig, Reporter, Suite, TestError } from "@playwright/test/reporter";

/** Lines kept of one error's text: enough for its message and where it was thrown. */
const ERROR_LINES = 8;

/** What went wrong, as this reporter repeats it. */
export interface Trouble {
  kind: "error outside any test" | "failed" | "flaky";
  /** The test's project, file:line and title path; empty for an error outside any test. */
  where: string;
  /** The error's text (for a flaky test, the error of the attempt that failed). */
  text: string;
}

/** An error's message and stack (or thrown value), without colours, cut to its first lines. */
export function errorText(error: TestError | undefined): string {
  if (error === undefined) return "(no error recorded)";
  // Playwright colours its messages for the terminal.
  const text = stripVTControlCharacters(error.stack ?? error.message ?? error.value ?? "(no message)");
  const lines = text.split("\n");
  return lines.length > ERROR_LINES
    ? [...lines.slice(0, ERROR_LINES), `… ${lines.length - ERROR_LINES} more lines above in the log`].join(
        "\n",
      )
    : text;
}

/** The lines to print at the end, or none when nothing went wrong. */
export function endSummary(troubles: readonly Trouble[]): string[] {
  if (troubles.length === 0) return [];
  const lines = ["", `What went wrong, again (${troubles.length}; each is printed in full above):`];
  for (const trouble of troubles) {
    lines.push(`  ${trouble.kind}${trouble.where === "" ? "" : `: ${trouble.where}`}`);
    for (const line of trouble.text.split("\n")) lines.push(`      ${line}`);
  }
  return lines;
}

export default class EndSummaryReporter implements Reporter {
  readonly #errors: TestError[] = [];
  #suite: Suite | null = null;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.#suite = suite;
  }

  onError(error: TestError): void {
    this.#errors.push(error);
  }

  onEnd(): void {
    const troubles: Trouble[] = this.#errors.map((error) => ({
      kind: "error outside any test",
      where: "",
      text: errorText(error),
    }));
    for (const test of this.#suite?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome !== "unexpected" && outcome !== "flaky") continue;
      const failed = test.results.findLast((result) => result.error !== undefined);
      const project = test.parent.project()?.name ?? "";
      const file = relative(process.cwd(), test.location.file);
      troubles.push({
        kind: outcome === "flaky" ? "flaky" : "failed",
        where: `[${project}] › ${file}:${test.location.line} › ${test.titlePath().slice(3).join(" › ")}`,
        text: errorText(failed?.error),
      });
    }
    for (const line of endSummary(troubles)) process.stdout.write(`${line}\n`);
  }

  printsToStdio(): boolean {
    // Only at the end, and only when something went wrong: the list reporter does the rest.
    return false;
  }
}
