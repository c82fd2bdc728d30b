/**
 * What a readable report shows of a long list of problems: the first few of each code in each
 * file, then one line per code with how many more there are. The full list stays available
 * (`anju validate --format json`); this only keeps a screen of text from becoming 100,000 lines.
 */
import type { Problem, ProblemCode } from "../problems.ts";

/** How many problems of one code in one file a text report shows before it only counts the rest. */
export const SHOWN_PER_CODE = 100;

/** One line of a shortened report: a problem as it is, or how many of a code were left out. */
export type ReportLine =
  { kind: "problem"; problem: Problem } | { kind: "more"; file: string; code: ProblemCode; count: number };

/**
 * Shortens a report to the first `limit` problems of each code in each file, in the order given.
 * Each file's lines are followed by one `more` line per code that was cut, in the order the codes
 * first appear. Files keep the order of their first problem.
 */
export function shortenReport(problems: readonly Problem[], limit = SHOWN_PER_CODE): ReportLine[] {
  const files = new Map<string, { lines: ReportLine[]; shown: Map<ProblemCode, number> }>();
  for (const problem of problems) {
    let file = files.get(problem.file);
    if (!file) files.set(problem.file, (file = { lines: [], shown: new Map() }));
    const shown = file.shown.get(problem.code) ?? 0;
    file.shown.set(problem.code, shown + 1);
    if (shown < limit) file.lines.push({ kind: "problem", problem });
  }
  const lines: ReportLine[] = [];
  for (const [name, file] of files) {
    for (const line of file.lines) lines.push(line);
    for (const [code, seen] of file.shown)
      if (seen > limit) lines.push({ kind: "more", file: name, code, count: seen - limit });
  }
  return lines;
}
