/** `anju validate [DIR] [--format text|json]`: checks a data directory against the contract. */
import type { Problem } from "../../src/lib/problems.ts";
import { shortenReport, SHOWN_PER_CODE, type ReportLine } from "../../src/lib/validate/report.ts";
import { CliError, EXIT } from "../lib/cli-error.ts";
import { defineCommand } from "../lib/command.ts";
import { resolveDataDir } from "../lib/data-dir.ts";
import { DEFAULT_MAX_FILE_BYTES, loadDataDirectory } from "../lib/load-data.ts";

/** Counts errors, warnings and files for the summary line: "3 errors, 1 warning in 2 files". */
export function summarise(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (problems.length === 0) return "No problems: the data fits the contract.";
  return `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}`;
}

/** One problem as a line: FILE:ROW:COLUMN: CODE: message (row and column empty when not known). */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.row ?? ""}:${p.column ?? ""}: ${p.code}: ${p.message}`;
}

/** A line of the shortened text report: a problem, or how many more of a code the file has. */
export function formatReportLine(line: ReportLine): string {
  if (line.kind === "problem") return formatProblem(line.problem);
  return `${line.file}::: ${line.code}: … and ${line.count.toLocaleString("en")} more ${line.code} problems in this file. Run with --format json to list every one.`;
}

export const validateCommand = defineCommand({
  name: "validate",
  summary: "check a data directory against the data contract",
  operand: { name: "DIR", what: "data directory" },
  options: {
    format: {
      type: "string",
      choices: ["text", "json"],
      default: "text",
      help: `text: a summary line, then FILE:ROW:COLUMN: CODE: message,
the first ${SHOWN_PER_CODE} of each code in each file and a count of the rest
json: every problem, as an array of {file, row, column, code, severity, message}`,
    },
    "max-file-mb": {
      type: "string",
      value: "N",
      default: String(DEFAULT_MAX_FILE_BYTES / 1048576),
      help: "refuse CSV files larger than N MB",
    },
  },
  description: `Checks every table of a data directory (default: data/) against the data contract and reports
every problem: file, row (as a spreadsheet numbers it: header = 1), column, code and what to do.`,
  epilogue: `Exit status: 0 no errors (warnings allowed), 1 the data has errors, 2 wrong usage.
Example: anju validate data --format json > problems.json`,
  async run({ options, operand }, effects) {
    const mb = Number(options["max-file-mb"]);
    if (!(mb > 0)) throw new CliError(`--max-file-mb takes a positive number of megabytes.`);
    const maxFileBytes = mb * 1048576;
    const dir = await resolveDataDir(operand, effects.cwd);
    const { problems } = await loadDataDirectory(dir, { maxFileBytes, cwd: effects.cwd });
    if (options.format === "json") {
      effects.out(JSON.stringify(problems, ["file", "row", "column", "code", "severity", "message"], 2));
    } else {
      const lines = [summarise(problems)];
      for (const line of shortenReport(problems)) lines.push(formatReportLine(line));
      effects.out(lines.join("\n"));
    }
    return problems.some((p) => p.severity === "error") ? EXIT.dataProblems : EXIT.ok;
  },
});
