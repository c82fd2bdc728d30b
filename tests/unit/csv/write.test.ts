import { describe, expect, test } from "vitest";
import { csvCell, formatCsv, writeCsvCell, type CellValue } from "../../../src/lib/csv/write.ts";
import { ByteText } from "../../../src/lib/text/byte-text.ts";

const CELLS: [string, CellValue, string][] = [
  ["null as an empty cell", null, ""],
  ["zero as 0, not empty", 0, "0"],
  ["an integer without decimals", 4155, "4155"],
  ["a decimal plainly", 12.5, "12.5"],
  ["a negative number", -3, "-3"],
  ["an integer past 2^32", 5_000_000_000, "5000000000"],
  ["true", true, "true"],
  ["false", false, "false"],
  ["plain text unquoted", "青龙泉社区", "青龙泉社区"],
  ["text with a comma quoted", "茶叶,蔬菜", '"茶叶,蔬菜"'],
  ["text with quotes quoted and doubled", 'say "hi"', '"say ""hi"""'],
  ["text with a line break quoted", "a\nb", '"a\nb"'],
];

describe("csvCell", () => {
  test.each(CELLS)("writes %s", (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test("refuses a number that is not finite", () => {
    expect(() => csvCell(Number.NaN)).toThrow(RangeError);
  });
});

describe("writeCsvCell", () => {
  test.each(CELLS)("appends the bytes of %s", (_, value, expected) => {
    const out = new ByteText(4);
    out.text("x,");
    writeCsvCell(out, value);
    expect(new TextDecoder().decode(out.done())).toBe(`x,${expected}`);
  });

  test("refuses a number that is not finite", () => {
    expect(() => {
      writeCsvCell(new ByteText(), Number.POSITIVE_INFINITY);
    }).toThrow(RangeError);
  });
});

describe("formatCsv", () => {
  test("writes the header and rows in the table's column order with LF line ends", () => {
    const table = { columns: ["site_id", "name_zh", "persons"] };
    const text = formatCsv(table, [{ persons: 12, site_id: "420323-0001", name_zh: "a,b" }]);
    expect(text).toBe('site_id,name_zh,persons\n420323-0001,"a,b",12\n');
  });

  test("writes coordinates with exactly six decimals", () => {
    const table = { columns: ["lat", "lon"] };
    expect(formatCsv(table, [{ lat: 32.5, lon: 110.1234567 }])).toBe("lat,lon\n32.500000,110.123457\n");
  });

  test("writes only the header for a table without rows", () => {
    expect(formatCsv({ columns: ["a", "b"] }, [])).toBe("a,b\n");
  });
});
