import { describe, expect, test } from "vitest";
import { problemsView } from "../../../src/lib/check/view.ts";
import { problem, type Problem } from "../../../src/lib/problems.ts";

const required = (row: number): Problem =>
  problem("sites.csv", row, "name_zh", "required", {
    zh: "name_zh 是空的。请填上安置点的名称。",
    en: "name_zh is empty. Fill in the site's name.",
  });

describe("problemsView", () => {
  test("groups by file, then by code in the order codes first appear, and counts errors and warnings", () => {
    const view = problemsView(
      [
        required(2),
        problem("sites.csv", 3, "lat", "normalised", {
          zh: "lat 32,5 已按 32.5 读取。请用小数点。",
          en: "lat 32,5 was read as 32.5. Write a point.",
        }),
        required(4),
        problem("employment.csv", null, null, "file-missing", {
          zh: "缺少 employment.csv。",
          en: "employment.csv is missing.",
        }),
      ],
      () => "",
      "en",
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
    const view = problemsView([2, 3, 4, 5, 6].map(required), () => "", "en", 3);
    const [kind] = view.files[0]!.kinds;
    expect(kind!.count).toBe(5);
    expect(kind!.shown.map((p) => p.row)).toEqual([2, 3, 4]);
  });

  test("gives each shown problem its value and splits the message from the fix, in the page's language", () => {
    const view = problemsView([required(2)], (p) => `value of row ${p.row}`, "en");
    expect(view.files[0]!.kinds[0]!.shown).toEqual([
      {
        row: 2,
        column: "name_zh",
        value: "value of row 2",
        message: "name_zh is empty.",
        fix: "Fill in the site's name.",
      },
    ]);
    const chinese = problemsView([required(2)], () => "", "zh").files[0]!.kinds[0]!;
    expect(chinese.shown[0]).toMatchObject({ message: "name_zh 是空的。", fix: "请填上安置点的名称。" });
    expect([chinese.title, chinese.why]).toEqual(["缺少必填的值", "这一列每一行都必须填写。"]);
  });

  test("is empty when there are no problems", () => {
    expect(problemsView([], () => "", "zh")).toEqual({ errors: 0, warnings: 0, files: [] });
  });
});
