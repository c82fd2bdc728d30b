import { describe, expect, test } from "vitest";
import { annotatedCsv, fileRecords, problemsCsv, splitMessage } from "../../../src/lib/check/report.ts";
import { problem, type Problem } from "../../../src/lib/problems.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const SITES = "site_id,name_zh\n420323-0001,=HYPERLINK(1)\n420323-0002,正常\n";
const records = fileRecords(encode(SITES))!;
const problems: Problem[] = [
  problem("sites.csv", 2, "name_zh", "formula", {
    zh: "单元格以 = 开头。请去掉开头的符号。",
    en: "the cell starts with =. Remove the leading sign.",
  }),
  problem("workshops.csv", null, null, "file-missing", { zh: "缺少文件。", en: "missing." }),
];
const HEADINGS = {
  file: "file",
  row: "row",
  column: "column",
  code: "code",
  value: "value",
  message: "message",
  fix: "fix",
};

describe("splitMessage", () => {
  test("takes the sentences after the first as the fix, and leaves decimals alone", () => {
    expect(splitMessage("lat 32.5 is out. Swap the cells.")).toEqual({
      message: "lat 32.5 is out.",
      fix: "Swap the cells.",
    });
    expect(splitMessage("one sentence only.")).toEqual({ message: "one sentence only.", fix: "" });
  });

  test("splits a Chinese message after its first full stop", () => {
    expect(splitMessage("lat 32.5 在县外。请对调这两个单元格。")).toEqual({
      message: "lat 32.5 在县外。",
      fix: "请对调这两个单元格。",
    });
    expect(splitMessage("只有一句。")).toEqual({ message: "只有一句。", fix: "" });
  });
});

describe("problemsCsv", () => {
  test("is the Excel edition: BOM, CRLF, the value found, formulas neutralised", () => {
    const csv = problemsCsv(problems, (file) => (file === "sites.csv" ? records : null), "en", HEADINGS);
    expect(csv).toBe(
      "\uFEFFfile,row,column,code,value,message,fix\r\n" +
        "sites.csv,2,name_zh,formula,'=HYPERLINK(1),the cell starts with =.,Remove the leading sign.\r\n" +
        "workshops.csv,,,file-missing,,missing.,\r\n",
    );
  });

  test("is written in the page's language, under the headings it gives", () => {
    const headings = { ...HEADINGS, message: "问题", fix: "修改方法" };
    const csv = problemsCsv(problems.slice(0, 1), () => records, "zh", headings);
    expect(csv).toBe(
      "\uFEFFfile,row,column,code,value,问题,修改方法\r\n" +
        "sites.csv,2,name_zh,formula,'=HYPERLINK(1),单元格以 = 开头。,请去掉开头的符号。\r\n",
    );
  });
});

describe("annotatedCsv", () => {
  test("adds one column with each row's problems, empty for rows without", () => {
    const csv = annotatedCsv(records, problems.slice(0, 1), "问题", "en");
    expect(csv).toBe(
      "\uFEFFsite_id,name_zh,问题\r\n" +
        "420323-0001,'=HYPERLINK(1),formula: the cell starts with =. Remove the leading sign.\r\n" +
        "420323-0002,正常,\r\n",
    );
    expect(annotatedCsv(records, problems.slice(0, 1), "问题", "zh").split("\r\n")[1]).toBe(
      `420323-0001,'=HYPERLINK(1),formula: 单元格以 = 开头。请去掉开头的符号。`,
    );
  });
});
