import { expect, test } from "vitest";
import { columnNames, expandRows, tableCsv } from "../../../src/lib/charts/export.ts";

const cell = (text: string, colspan = 1, rowspan = 1) => ({ text, colspan, rowspan });

test("a table with one header row names its columns as they read", () => {
  expect(columnNames([[cell("时期"), cell("比值"), cell("状态")]])).toEqual(["时期", "比值", "状态"]);
});

test("a grouped header puts each group's label before its columns; a header over both rows stays as it is", () => {
  const names = columnNames([
    [cell("时期", 1, 2), cell("竹山县", 2), cell("房县", 2)],
    [cell("比值"), cell("状态"), cell("比值"), cell("状态")],
  ]);
  expect(names).toEqual(["时期", "竹山县 比值", "竹山县 状态", "房县 比值", "房县 状态"]);
});

test("a cell spanning quarters is repeated in each", () => {
  expect(expandRows([[cell("是"), cell("否", 3)]])).toEqual([["是", "否", "否", "否"]]);
});

test("the CSV is the Excel edition: BOM, CRLF, quoted where needed, a formula-like cell neutralised, names unique", () => {
  expect(
    tableCsv(
      ["时期", "值", "值"],
      [
        ["2021年第1季度", "84.6%", "=1"],
        ["2021年第2季度", "1,234", ""],
      ],
    ),
  ).toBe('\uFEFF时期,值,值 (2)\r\n2021年第1季度,84.6%,\'=1\r\n2021年第2季度,"1,234",\r\n');
});
