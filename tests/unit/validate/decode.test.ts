import { describe, expect, test } from "vitest";
import { decodeCsvBytes, type Decoded } from "../../../src/lib/validate/decode.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
// GBK bytes, worked out from the GBK code table (青龙泉社区, 城关镇, 麻家渡).
const GBK = {
  青龙泉社区: [0xc7, 0xe0, 0xc1, 0xfa, 0xc8, 0xaa, 0xc9, 0xe7, 0xc7, 0xf8],
  城关镇: [0xb3, 0xc7, 0xb9, 0xd8, 0xd5, 0xf2],
  麻家渡: [0xc2, 0xe9, 0xbc, 0xd2, 0xb6, 0xc9],
};

/** Joins pieces of a file: strings as UTF-8, arrays as raw bytes. */
function file(...parts: (string | number[])[]): Uint8Array {
  return new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...utf8(part)] : part)));
}

function summary(decoded: Decoded) {
  return decoded.ok
    ? {
        encoding: decoded.encoding,
        foreign: decoded.foreign.map(({ index, field, bytes, asOther }) => ({
          index,
          field,
          bytes,
          asOther,
        })),
      }
    : { at: decoded.at, reason: decoded.reason.en };
}

describe("decodeCsvBytes decides the encoding from the whole file", () => {
  test("a UTF-8 file with one row in GBK is UTF-8, with that row (and its cell) as the error", () => {
    const bytes = file(
      "id,name,town\n1,麻家渡,城关镇\n2,",
      GBK.青龙泉社区,
      ",",
      GBK.城关镇,
      "\n3,青龙泉社区,城关镇\n",
    );
    const decoded = decodeCsvBytes(bytes);
    // Of the 16 GBK bytes, C8 AA and C7 B9 happen to be well-formed UTF-8: 12 cannot be decoded.
    expect(summary(decoded)).toEqual({
      encoding: "utf-8",
      foreign: [{ index: 2, field: 1, bytes: 12, asOther: "青龙泉社区" }],
    });
    // The UTF-8 rows are read as written, not garbled by a guess.
    expect(decoded.ok && decoded.text.split("\n")[1]).toBe("1,麻家渡,城关镇");
    expect(decoded.ok && decoded.text.split("\n")[3]).toBe("3,青龙泉社区,城关镇");
  });

  test("a wholly GBK file is read as GB18030, as before", () => {
    const bytes = file("id,name\n1,", GBK.麻家渡, "\n2,", GBK.青龙泉社区, "\n");
    const decoded = decodeCsvBytes(bytes);
    expect(summary(decoded)).toEqual({ encoding: "gb18030", foreign: [] });
    expect(decoded.ok && decoded.text).toBe("id,name\n1,麻家渡\n2,青龙泉社区\n");
  });

  test("a GBK file with a row that is UTF-8 is read as GB18030 and that row is named", () => {
    const bytes = file("id,name\n1,", GBK.麻家渡, "\n2,", GBK.城关镇, "\n3,x,中文\n");
    expect(summary(decodeCsvBytes(bytes))).toEqual({
      encoding: "gb18030",
      foreign: [{ index: 3, field: 2, bytes: 0, asOther: "中文" }],
    });
  });

  test("as many UTF-8 rows as GBK rows is UTF-8: an error is safer than garbling the UTF-8 rows", () => {
    const bytes = file("id,name\n1,麻家渡\n2,", GBK.城关镇, "\n");
    expect(summary(decodeCsvBytes(bytes))).toMatchObject({
      encoding: "utf-8",
      foreign: [{ index: 2, field: 1 }],
    });
  });

  test("a BOM says UTF-8 whatever the rows", () => {
    const bytes = file([0xef, 0xbb, 0xbf], "id,name\n1,", GBK.城关镇, "\n");
    expect(summary(decodeCsvBytes(bytes))).toMatchObject({
      encoding: "utf-8-bom",
      foreign: [{ index: 1, field: 1 }],
    });
  });

  test("rows are counted as records: a line break inside quotes does not start a row", () => {
    const bytes = file('id,note,name\n1,"two\nlines",麻家渡\n2,x,', GBK.城关镇, "\n3,y,青龙泉\n");
    expect(summary(decodeCsvBytes(bytes))).toMatchObject({
      encoding: "utf-8",
      foreign: [{ index: 2, field: 2 }],
    });
  });
});

describe("decodeCsvBytes locates bytes it cannot decode", () => {
  test("gives the row and cell of the first bad byte and counts the bad bytes and rows", () => {
    // 0xFF never occurs in UTF-8 or GB18030.
    const bytes = file("id,a,b\n1,x,y\n2,x,", [0xff, 0xff], "\n3,", [0xff], ",z\n");
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.at).toEqual({ index: 2, field: 2 });
    expect(!decoded.ok && decoded.reason.en).toContain("3 bytes in 2 rows");
    expect(!decoded.ok && decoded.reason.en).toContain("row 3");
  });

  test("says when a file that is mostly GBK has UTF-8 rows that GB18030 cannot read", () => {
    // Row 4 is UTF-8; read as GB18030 its bytes end a two-byte character on a comma, which fails.
    const bytes = file("id,name,town\n1,", GBK.麻家渡, ",x\n2,", GBK.城关镇, ",y\n3,中文名,z\n");
    const decoded = decodeCsvBytes(bytes);
    expect(!decoded.ok && decoded.at).toEqual({ index: 1, field: 1 });
    expect(!decoded.ok && decoded.reason.en).toContain("1 row, the first row 4, are UTF-8");
  });

  test("still refuses UTF-16 and workbooks as whole files", () => {
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatchObject({ ok: false, at: null });
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toMatchObject({ ok: false, at: null });
  });

  test("reads valid UTF-8 as it is, whatever its characters", () => {
    const text = "id,name\n1,麻家渡😀\n2,Zhúshān\n";
    expect(decodeCsvBytes(utf8(text))).toEqual({ ok: true, text, encoding: "utf-8", foreign: [] });
  });
});
