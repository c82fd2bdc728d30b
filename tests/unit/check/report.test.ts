import { describe, expect, test } from "vitest";
import { annotatedCsv, fileRecords, problemsCsv, splitMessage } from "../../../src/lib/check/report.ts";
import type { Problem } from "../../../src/lib/problems.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const SITES = "site_id,name_zh\n420323-0001,=HYPERLINK(1)\n420323-0002,正常\n";
const records = fileRecords(encode(SITES))!;
const problems: Problem[] = [
  {
    file: "sites.csv",
    row: 2,
    column: "name_zh",
    code: "formula",
    severity: "error",
    message: "the cell starts with =. Remove the leading sign.",
  },
  {
    file: "workshops.csv",
    row: null,
    column: null,
    code: "file-missing",
    severity: "error",
    message: "missing.",
  },
];

describe("splitMessage", () => {
  test("takes the sentences after the first as the fix, and leaves decimals alone", () => {
    expect(splitMessage("lat 32.5 is out. Swap the cells.")).toEqual({
      message: "lat 32.5 is out.",
      fix: "Swap the cells.",
    });
    expect(splitMessage("one sentence only.")).toEqual({ message: "one sentence only.", fix: "" });
  });
});

describe("problemsCsv", () => {
  test("is the Excel edition: BOM, CRLF, the value found, formulas neutralised", () => {
    const csv = problemsCsv(problems, (file) => (file === "sites.csv" ? records : null));
    expect(csv).toBe(
      "\uFEFFfile,row,column,code,value,message,fix\r\n" +
        "sites.csv,2,name_zh,formula,'=HYPERLINK(1),the cell starts with =.,Remove the leading sign.\r\n" +
        "workshops.csv,,,file-missing,,missing.,\r\n",
    );
  });
});

describe("annotatedCsv", () => {
  test("adds one column with each row's problems, empty for rows without", () => {
    const csv = annotatedCsv(records, problems.slice(0, 1), "问题");
    expect(csv).toBe(
      "\uFEFFsite_id,name_zh,问题\r\n" +
        "420323-0001,'=HYPERLINK(1),formula: the cell starts with =. Remove the leading sign.\r\n" +
        "420323-0002,正常,\r\n",
    );
  });
});
