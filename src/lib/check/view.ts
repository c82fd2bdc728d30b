/**
 * What the check page shows of a list of problems: a count of errors and warnings, then each file
 * with its problems grouped by code (in the order the codes first appear), the first
 * `SHOWN_PER_CODE` of each group written out and the rest only counted, as the CLI's text output
 * does. Made in the worker, so a file with a million problems never reaches the page whole.
 */
import type { Lang } from "../i18n/index.ts";
import { PROBLEM_TYPES, problemMessage, type Problem, type ProblemCode, type Severity } from "../problems.ts";
import { SHOWN_PER_CODE } from "../validate/report.ts";
import { splitMessage } from "./report.ts";

/** One problem as the page lists it: where, the value found, what is wrong and how to fix it. */
export interface ShownProblem {
  row: number | null;
  column: string | null;
  value: string;
  message: string;
  fix: string;
}

/** The problems of one code in one file: what they are called and why they matter, how many, and the first of them. */
export interface KindView {
  code: ProblemCode;
  severity: Severity;
  title: string;
  why: string;
  count: number;
  shown: ShownProblem[];
}

/** One file's problems, by code. */
export interface FileView {
  file: string;
  count: number;
  kinds: KindView[];
}

/** The whole answer as the page shows it. */
export interface ProblemsView {
  errors: number;
  warnings: number;
  files: FileView[];
}

/**
 * Groups `problems` (in the validator's order) by file, then by code, keeping the first `limit`
 * of each group, in the page's language; `valueOf` gives the text of the cell a problem points to.
 */
export function problemsView(
  problems: readonly Problem[],
  valueOf: (problem: Problem) => string,
  lang: Lang,
  limit = SHOWN_PER_CODE,
): ProblemsView {
  const files = new Map<string, FileView>();
  let errors = 0;
  for (const problem of problems) {
    if (problem.severity === "error") errors++;
    let file = files.get(problem.file);
    if (!file) files.set(problem.file, (file = { file: problem.file, count: 0, kinds: [] }));
    file.count++;
    let kind = file.kinds.find((k) => k.code === problem.code);
    if (!kind) {
      const type = PROBLEM_TYPES[problem.code];
      kind = {
        code: problem.code,
        severity: problem.severity,
        title: type.title[lang],
        why: type.why[lang],
        count: 0,
        shown: [],
      };
      file.kinds.push(kind);
    }
    kind.count++;
    if (kind.shown.length < limit)
      kind.shown.push({
        row: problem.row,
        column: problem.column,
        value: valueOf(problem),
        ...splitMessage(problemMessage(problem, lang)),
      });
  }
  return { errors, warnings: problems.length - errors, files: [...files.values()] };
}
