/**
 * The `.xlsx` reader: real workbooks built in the test, their first sheet read as CSV text with
 * every cell as stored (no date or number conversion), and what it refuses.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { checkFiles } from "../../../src/lib/check/index.ts";
import { columnIndex, xlsxToCsv, xmlText } from "../../../src/lib/check/xlsx.ts";
import { textRow, workbook } from "./workbook.ts";

const csvOf = (bytes: Uint8Array) => {
  const result = xlsxToCsv(bytes);
  if (!result.ok) throw new Error(result.reason.en);
  return result.csv;
};

describe("xlsxToCsv", () => {
  // The first sheet by the workbook's order is in the file sheet2.xml; sheet1.xml is the second tab.
  const book = workbook(
    [
      {
        name: "安置点",
        file: "worksheets/sheet2.xml",
        data:
          // Shared strings, an inline string, a rich-text string with a phonetic run, an entity.
          `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>` +
          // A date serial (a number cell, style 1 = a date format), a long number in scientific form, a gap in columns (C).
          `<row r="2"><c r="A2" s="1"><v>45123</v></c><c r="B2"><v>1.23456789012E+17</v></c><c r="D2" t="b"><v>1</v></c></row>` +
          // A gap in rows: rows 3 and 4 are absent; then a formula's string result, an error, a quoted cell.
          `<row r="5"><c r="A5" t="str"><f>A1&amp;"x"</f><v>站点x</v></c><c r="B5" t="e"><v>#N/A</v></c><c r="C5" t="inlineStr"><is><t>a, "b"</t></is></c><c r="D5" t="b"><v>0</v></c></row>`,
      },
      { name: "说明", file: "worksheets/sheet1.xml", data: textRow(1, ["ignored"]) },
    ],
    [
      "<t>站点</t>",
      '<r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh>',
      "<t>A &amp; B &#x4E2D;&#20013; _x000D_</t>",
    ],
  );

  test("reads the first sheet by the workbook's order, every cell as stored, gaps kept", () => {
    expect(csvOf(book)).toBe(
      [
        '站点,名称,富文本,"A & B 中中 \r"',
        "45123,1.23456789012E+17,,TRUE",
        ",,,",
        ",,,",
        '站点x,#N/A,"a, ""b""",FALSE',
        "",
      ].join("\n"),
    );
  });

  test("reads self-closing rows and cells and elements with a namespace prefix", () => {
    const data =
      `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" s="2"/><c r="C1"><v>3</v></c></row>` +
      `<row r="2" spans="1:3"/><x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>`;
    expect(csvOf(workbook([{ name: "s", file: "worksheets/sheet1.xml", data }]))).toBe("a,,3\n,,\n,b,\n");
  });

  test("column letters count from A = 0, past Z", () => {
    expect([columnIndex("A1"), columnIndex("Z9"), columnIndex("AA3"), columnIndex("AB12")]).toEqual([
      0, 25, 26, 27,
    ]);
  });

  test("decodes entities and Excel's _xHHHH_ escapes", () => {
    expect(xmlText("&lt;&gt;&quot;&apos;&amp;lt; &#65;&#x42; _x0009_")).toBe(`<>"'&lt; AB \t`);
  });

  test("finds a sheet whose target is absolute", () => {
    const absolute = workbook([{ name: "s", file: "/xl/worksheets/data.xml", data: textRow(1, ["x", "y"]) }]);
    expect(csvOf(absolute)).toBe("x,y\n");
  });

  test("refuses a legacy or encrypted file, a non-workbook, a zip without a sheet and a zip bomb", () => {
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const refusal = (bytes: Uint8Array, max?: number) => {
      const result = xlsxToCsv(bytes, max);
      return result.ok ? null : result.reason;
    };
    expect(refusal(compound)?.en).toMatch(/^the file is an encrypted workbook or an old \.xls file/);
    expect(refusal(compound)?.zh).toMatch(/另存为/);
    expect(refusal(strToU8("site_id,name_zh\n"))?.en).toMatch(/^the file is not an Excel workbook/);
    expect(refusal(zipSync({ "a.txt": strToU8("x") }))?.en).toMatch(/^no worksheet was found/);
    // 2 MB of zeros compresses to a few KB; with a 1 MB cap it is refused before it is inflated.
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(refusal(bomb, 1024 * 1024)?.en).toMatch(/unpacks to more than 1 MB/);
  });
});

describe("a workbook dropped on the check page", () => {
  const data = join(import.meta.dirname, "../../../data");
  const lines = readFileSync(join(data, "sites.csv"), "utf8").trimEnd().split("\n");
  const header = lines[0]!.split(",");
  const first = lines[1]!.split(",");
  const movedIn = header.indexOf("moved_in");
  const persons = header.indexOf("persons");
  const letter = (index: number) => String.fromCharCode(65 + index);
  // Row 2 is left empty; row 3 is the clean data's first row, but moved_in holds Excel's serial
  // 43382 (a number cell) and persons a long number Excel stored in scientific form.
  const row3 = textRow(
    3,
    first.map((cell, index) => (index === movedIn || index === persons ? "" : cell)),
  ).replace(
    "</row>",
    `<c r="${letter(persons)}3"><v>1.23456789012E+17</v></c><c r="${letter(movedIn)}3" s="1"><v>43382</v></c></row>`,
  );
  const others = [
    "datapackage.json",
    ...readFileSync(join(data, "datapackage.json"), "utf8")
      .match(/"path":\s*"[^"]+\.csv"/g)!
      .map((path) => path.split('"')[3]!),
  ]
    .filter((name) => name !== "sites.csv")
    .map((name) => ({ name, bytes: readFileSync(join(data, name)) }));

  test("is checked as its table, problems at the row and column Excel shows, named by the workbook", () => {
    const book = workbook([
      { name: "sites", file: "worksheets/sheet1.xml", data: textRow(1, header) + row3 },
    ]);
    const outcome = checkFiles([{ name: "导出/sites.xlsx", bytes: book }, ...others]);
    expect(outcome.checked).toContain("sites.xlsx");
    expect(outcome.workbooks.map((item) => [item.name, item.table])).toEqual([["sites.xlsx", "sites.csv"]]);
    const own = outcome.problems.filter((item) => item.file === "sites.xlsx");
    expect(own.map((item) => [item.row, item.column, item.code])).toEqual([
      [3, "moved_in", "type"],
      [3, "persons", "type"],
    ]);
    expect(own[0]!.message).toMatch(/“43382” looks like an Excel date serial number/);
    expect(own[1]!.message).toMatch(/“1.23456789012E\+17” is in scientific notation/);
  });

  test("a file that is not a workbook is one located problem in both languages, not also a missing file", () => {
    const outcome = checkFiles([{ name: "sites.xlsx", bytes: strToU8("site_id\n") }, ...others]);
    const own = outcome.problems.filter((item) => item.file === "sites.xlsx");
    expect(own.map((item) => [item.row, item.column, item.code])).toEqual([[null, null, "file-unreadable"]]);
    expect(own[0]!.message_zh).toMatch(/不是 Excel 工作簿.*另存为/);
    expect(outcome.problems.some((item) => item.code === "file-missing")).toBe(false);
  });

  test("a workbook beside the CSV of the same table is ignored as a duplicate", () => {
    const book = workbook([{ name: "sites", file: "worksheets/sheet1.xml", data: textRow(1, header) }]);
    const outcome = checkFiles([
      { name: "sites.csv", bytes: readFileSync(join(data, "sites.csv")) },
      { name: "sites.xlsx", bytes: book },
      ...others,
    ]);
    expect(outcome.ignored).toEqual([{ name: "sites.xlsx", reason: "duplicate" }]);
  });
});
