/** `anju validate [DIR] [--format text|json] [--lang en|zh]`: checks a data directory against the contract. */
import type { Lang } from "../../src/lib/i18n/index.ts";
import { problemMessage, type Problem } from "../../src/lib/problems.ts";
import { shortenReport, SHOWN_PER_CODE, type ReportLine } from "../../src/lib/validate/report.ts";
import { CliError, EXIT } from "../lib/cli-error.ts";
import { defineCommand } from "../lib/command.ts";
import { resolveDataDir } from "../lib/data-dir.ts";
import { DEFAULT_MAX_FILE_BYTES, loadDataDirectory } from "../lib/load-data.ts";

/** Counts errors, warnings and files for the summary line: "3 errors, 1 warning in 2 files". */
export function summarise(problems: Problem[], lang: Lang = "en"): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines: Record<Lang, string> =
    problems.length === 0
      ? { en: "No problems: the data fits the contract.", zh: "没有问题：数据符合数据规范。" }
      : {
          en: `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}`,
          zh: `${files} 个文件中有 ${errors} 个错误、${warnings} 个提醒`,
        };
  return lines[lang];
}

/** The fields of a problem in `--format json`, in order: `message` in English, `message_zh` in Chinese. */
export const JSON_FIELDS = ["file", "row", "column", "code", "severity", "message", "message_zh"];

/** One problem as a line: FILE:ROW:COLUMN: CODE: message (row and column empty when not known). */
export function formatProblem(p: Problem, lang: Lang = "en"): string {
  return `${p.file}:${p.row ?? ""}:${p.column ?? ""}: ${p.code}: ${problemMessage(p, lang)}`;
}

/** A line of the shortened text report: a problem, or how many more of a code the file has. */
export function formatReportLine(line: ReportLine, lang: Lang = "en"): string {
  if (line.kind === "problem") return formatProblem(line.problem, lang);
  const more: Record<Lang, string> = {
    en: `… and ${line.count.toLocaleString("en")} more ${line.code} problems in this file. Run with --format json to list every one.`,
    zh: `……本文件还有 ${line.count} 个 ${line.code} 问题。用 --format json 运行可列出全部。`,
  };
  return `${line.file}::: ${line.code}: ${more[lang]}`;
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
json: every problem, as an array of
{file, row, column, code, severity, message, message_zh}
(message in English, message_zh the same in Chinese)`,
    },
    lang: {
      type: "string",
      choices: ["en", "zh"],
      default: "en",
      help: "the language of the text output's messages: en English, zh Chinese",
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
      effects.out(JSON.stringify(problems, JSON_FIELDS, 2));
    } else {
      const lang = options.lang as Lang;
      const lines = [summarise(problems, lang)];
      for (const line of shortenReport(problems)) lines.push(formatReportLine(line, lang));
      effects.out(lines.join("\n"));
    }
    return problems.some((p) => p.severity === "error") ? EXIT.dataProblems : EXIT.ok;
  },
});
