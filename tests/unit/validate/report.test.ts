import { describe, expect, test } from "vitest";
import { problem, type Problem, type ProblemCode } from "../../../src/lib/problems.ts";
import { shortenReport } from "../../../src/lib/validate/report.ts";

function many(file: string, code: ProblemCode, n: number, firstRow = 2): Problem[] {
  return Array.from({ length: n }, (_, i) => problem(file, firstRow + i, "x", code, { zh: "问题", en: "m" }));
}

/** A report line as a short tuple: a problem's file, row and code, or the count left out. */
function shape(problems: Problem[], limit?: number) {
  return shortenReport(problems, limit).map((line) =>
    line.kind === "problem"
      ? [line.problem.file, line.problem.row, line.problem.code]
      : [line.file, "more", line.code, line.count],
  );
}

describe("shortenReport", () => {
  test("keeps a report that has no more than the limit of any code as it is", () => {
    const problems = [...many("a.csv", "type", 3), ...many("b.csv", "type", 3)];
    expect(shape(problems, 3)).toEqual(problems.map((p) => [p.file, p.row, p.code]));
  });

  test("shows the first problems of each code in each file, then one line counting the rest", () => {
    const problems = [
      ...many("a.csv", "type", 5),
      ...many("a.csv", "required", 2, 10),
      ...many("b.csv", "type", 4),
    ];
    expect(shape(problems, 3)).toEqual([
      ["a.csv", 2, "type"],
      ["a.csv", 3, "type"],
      ["a.csv", 4, "type"],
      ["a.csv", 10, "required"],
      ["a.csv", 11, "required"],
      ["a.csv", "more", "type", 2],
      ["b.csv", 2, "type"],
      ["b.csv", 3, "type"],
      ["b.csv", 4, "type"],
      ["b.csv", "more", "type", 1],
    ]);
  });

  test("counts each file's codes on their own, even when the files' problems are interleaved", () => {
    const problems = [
      ...many("a.csv", "type", 2),
      ...many("b.csv", "type", 2),
      ...many("a.csv", "type", 2, 9),
    ];
    expect(shape(problems, 1)).toEqual([
      ["a.csv", 2, "type"],
      ["a.csv", "more", "type", 3],
      ["b.csv", 2, "type"],
      ["b.csv", "more", "type", 1],
    ]);
  });

  test("shows 100 of each code by default", () => {
    const lines = shortenReport(many("a.csv", "type", 250));
    expect(lines).toHaveLength(101);
    expect(lines[100]).toEqual({ kind: "more", file: "a.csv", code: "type", count: 150 });
  });
});
