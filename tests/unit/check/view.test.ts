import { describe, expect, test } from "vitest";
import { problemsView } from "../../../src/lib/check/view.ts";
import { problem, type Problem } from "../../../src/lib/problems.ts";

const required = (row: number): Problem =>
  problem("sites.csv", row, "name_zh", "required", `name_zh is empty. Fill in the site's name.`);

describe("problemsView", () => {
  test("groups by file, then by code in the order codes first appear, and counts errors and warnings", () => {
    const view = problemsView(
      [
        required(2),
        problem("sites.csv", 3, "lat", "normalised", "lat 32,5 was read as 32.5. Write a point."),
        required(4),
        problem("employment.csv", null, null, "file-missing", "employment.csv is missing."),
      ],
      () => "",
    );
    expect(view.errors).toBe(3);
    expect(view.warnings).toBe(1);
    expect(
      view.files.map((f) => [f.file, f.count, f.kinds.map((k) => [k.code, k.severity, k.count])]),
    ).toEqual([
      [
        "sites.csv",
        3,
        [
          ["required", "error", 2],
          ["normalised", "warning", 1],
        ],
      ],
      ["employment.csv", 1, [["file-missing", "error", 1]]],
    ]);
  });

  test("writes out the first `limit` problems of a kind and only counts the rest", () => {
    const view = problemsView([2, 3, 4, 5, 6].map(required), () => "", 3);
    const [kind] = view.files[0]!.kinds;
    expect(kind!.count).toBe(5);
    expect(kind!.shown.map((p) => p.row)).toEqual([2, 3, 4]);
  });

  test("gives each shown problem its value and splits the message from the fix", () => {
    const view = problemsView([required(2)], (p) => `value of row ${p.row}`);
    expect(view.files[0]!.kinds[0]!.shown).toEqual([
      {
        row: 2,
        column: "name_zh",
        value: "value of row 2",
        message: "name_zh is empty.",
        fix: "Fill in the site's name.",
      },
    ]);
  });

  test("is empty when there are no problems", () => {
    expect(problemsView([], () => "")).toEqual({ errors: 0, warnings: 0, files: [] });
  });
});
