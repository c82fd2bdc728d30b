import { describe, expect, test } from "vitest";
import { rowCounty, rowsByCounty, siteCounties } from "../../../src/lib/downloads/county.ts";
import { formatSha256Sums, sha256Hex } from "../../../src/lib/downloads/checksums.ts";
import {
  canonicalCsv,
  csvEditions,
  excelCsv,
  neutraliseFormula,
  newCsvScratch,
  rowsJson,
  rowsJsonLines,
  sitesGeoJson,
  writeRowsJson,
} from "../../../src/lib/downloads/formats.ts";
import { ByteText } from "../../../src/lib/text/byte-text.ts";
import { deterministicZip, zipTimestamp } from "../../../src/lib/downloads/package.ts";
import { unzipSync } from "fflate";
import type { Dataset } from "../../../src/lib/schema/index.ts";
import type { TableSchemaField } from "../../../src/lib/schema/field.ts";

const field = (name: string, type: TableSchemaField["type"]) => ({ name, type }) as TableSchemaField;
const TABLE = {
  columns: ["id", "note", "delta"],
  fields: [field("id", "string"), field("note", "string"), field("delta", "integer")],
};

describe("the Excel edition", () => {
  const text = excelCsv(TABLE, [
    { id: "a", note: '=HYPERLINK("x")', delta: -3 },
    { id: "b", note: "+1", delta: 4 },
    { id: "c", note: "-2", delta: null },
    { id: "d", note: "@SUM(A1)", delta: 0 },
    { id: "e", note: "\tTab", delta: 1 },
    { id: "f", note: "竹山县，安置点", delta: 2 },
  ]);

  test("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(8);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\n]/);
  });

  test("neutralises text cells that would run as formulas and leaves negative numbers alone", () => {
    expect(text).toBe(
      "\uFEFFid,note,delta\r\n" +
        'a,"\'=HYPERLINK(""x"")",-3\r\n' +
        "b,'+1,4\r\n" +
        "c,'-2,\r\n" +
        "d,'@SUM(A1),0\r\n" +
        "e,'\tTab,1\r\n" +
        "f,竹山县，安置点,2\r\n",
    );
  });

  test("decodes as UTF-8 with its Chinese intact", () => {
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes)).toContain(
      "竹山县，安置点",
    );
  });

  test("neutraliseFormula leaves ordinary text as it is", () => {
    expect(neutraliseFormula("麻家渡")).toBe("麻家渡");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula("\rx")).toBe("'\rx");
  });

  test.each([
    ["a formula behind a no-break space", "\u00A0=1"],
    ["a formula behind U+3000", "\u3000+1"],
    ["a full-width equals sign", "＝SUM(A1)"],
    ["a formula behind a zero-width space", "\u200B@cmd"],
  ])("neutraliseFormula neutralises %s, as the validator reads it", (_, text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
});

describe("both CSV editions in one pass", () => {
  const decoded = (editions: { canonical: Uint8Array; excel: Uint8Array }) => ({
    canonical: new TextDecoder("utf-8", { ignoreBOM: true }).decode(editions.canonical),
    excel: new TextDecoder("utf-8", { ignoreBOM: true }).decode(editions.excel),
  });

  test("are the canonical CSV and the Excel edition, formulas, quotes and line breaks included", () => {
    const rows = [
      { id: "a", note: '=HYPERLINK("x")', delta: -3 },
      { id: "b", note: 'two\nlines, "quoted"', delta: null },
      { id: "c", note: "plain", delta: 0 },
    ];
    const { canonical, excel } = decoded(csvEditions(TABLE, rows));
    expect(canonical).toBe(
      'id,note,delta\na,"=HYPERLINK(""x"")",-3\nb,"two\nlines, ""quoted""",\nc,plain,0\n',
    );
    expect(canonical).toBe(canonicalCsv(TABLE, rows));
    expect(excel).toBe(excelCsv(TABLE, rows));
    expect(decoded(csvEditions(TABLE, []))).toEqual({
      canonical: "id,note,delta\n",
      excel: "\uFEFFid,note,delta\r\n",
    });
  });

  test("are the bytes the string writers make, for every kind of cell, in room reused from call to call", () => {
    const table = {
      columns: ["name", "count", "share", "lat", "flag", "missing"],
      fields: [
        field("name", "string"),
        field("count", "integer"),
        field("share", "number"),
        field("lat", "number"),
        field("flag", "boolean"),
        field("missing", "string"),
      ],
    };
    const rows = [
      { name: "竹山县，麻家渡", count: 0, share: 0.1, lat: 32.1875, flag: true, missing: null },
      { name: "@SUM(A1)", count: 4294967295, share: -3.25, lat: 32, flag: false, missing: undefined },
      { name: "\u3000＝1+1", count: 4294967296, share: 1e21, lat: -0.0000004, flag: null, missing: "𝟏" },
      { name: 'a "quote"', count: -7, share: -0, lat: 110.33, flag: true, missing: "\r\nx" },
    ];
    const scratch = newCsvScratch(4);
    for (const part of [rows, rows.slice(2), [], rows.slice(0, 1)]) {
      const editions = csvEditions(table, part, scratch);
      expect(decoded(editions)).toEqual({
        canonical: canonicalCsv(table, part),
        excel: excelCsv(table, part),
      });
    }
    expect(() => csvEditions(table, [{ ...rows[0]!, count: Number.NaN }])).toThrow(RangeError);
  });
});

describe("the JSON and GeoJSON editions", () => {
  test("JSON holds typed rows with keys in column order and null for empty cells", () => {
    const text = rowsJson(TABLE, [{ delta: -3, note: null, id: "a" }]);
    expect(text).toBe('[\n{"id":"a","note":null,"delta":-3}\n]\n');
    expect(rowsJson(TABLE, [])).toBe("[]\n");
  });

  test("JSON rows written as bytes are the text of rowsJsonLines, for every kind of cell", () => {
    const rows = [
      { id: "竹山县\u2028“引号”", note: 'a "q"\\\n\u0001\ud800', delta: 0 },
      { id: "b", note: undefined, delta: -0 },
      { id: "c", note: null, delta: 4294967296 },
      { id: "d", note: "", delta: 0.1 },
      { id: "e", note: "x", delta: Number.NaN },
      { id: "f", note: "y", delta: -12.5e-7 },
    ];
    for (const part of [rows, rows.slice(1, 2), []]) {
      const out = new ByteText(8);
      writeRowsJson(out, TABLE, part);
      expect(new TextDecoder().decode(out.done())).toBe(rowsJsonLines(TABLE, part));
    }
  });

  test("GeoJSON puts longitude first and the whole row in the properties", () => {
    const site = { site_id: "420323-0001", lat: 32.187, lon: 110.33 };
    const parsed = JSON.parse(sitesGeoJson({ columns: ["site_id", "lat", "lon"] }, [site as never])) as {
      type: string;
      features: { id: string; geometry: { type: string; coordinates: number[] }; properties: object }[];
    };
    expect(parsed.type).toBe("FeatureCollection");
    expect(parsed.features[0]).toEqual({
      type: "Feature",
      id: "420323-0001",
      geometry: { type: "Point", coordinates: [110.33, 32.187] },
      properties: { site_id: "420323-0001", lat: 32.187, lon: 110.33 },
    });
  });
});

describe("county slices", () => {
  const dataset = {
    sites: [
      { site_id: "420323-0001", county_code: "420323" },
      { site_id: "420304-0001", county_code: "420304" },
    ],
    employment: [
      { site_id: "420323-0001", period: "2019Q4" },
      { site_id: "420304-0001", period: "2019Q4" },
    ],
    funds: [{ fund_id: "f1", county_code: "420304", site_id: null }],
  } as unknown as Dataset;

  test("a row belongs to its own county_code, else to its site's county", () => {
    const map = siteCounties(dataset);
    expect(rowCounty({ county_code: "420304", site_id: "420323-0001" }, map)).toBe("420304");
    expect(rowCounty({ site_id: "420323-0001" }, map)).toBe("420323");
    expect(rowCounty({ site_id: "999999-0001" }, map)).toBeNull();
  });

  test("rowsByCounty groups each county's rows in their order and leaves out rows of no known county", () => {
    const employment = rowsByCounty(
      {
        ...dataset,
        employment: [
          { site_id: "420323-0001", period: "2019Q4" },
          { site_id: "420304-0001", period: "2019Q4" },
          { site_id: "999999-0001", period: "2019Q4" },
          { site_id: "420323-0001", period: "2020Q1" },
        ],
      } as unknown as Dataset,
      "employment",
    );
    expect([...employment.keys()]).toEqual(["420323", "420304"]);
    expect(employment.get("420323")).toEqual([
      { site_id: "420323-0001", period: "2019Q4" },
      { site_id: "420323-0001", period: "2020Q1" },
    ]);
    expect(employment.get("420304")).toEqual([{ site_id: "420304-0001", period: "2019Q4" }]);
    // A fund with its own county_code counts there even without a site.
    expect(rowsByCounty(dataset, "funds").get("420304")).toEqual([
      { fund_id: "f1", county_code: "420304", site_id: null },
    ]);
    expect(rowsByCounty(dataset, "funds").get("420323")).toBeUndefined();
  });
});

describe("checksums", () => {
  test("sha256Hex gives the standard digest", async () => {
    // Known answer: SHA-256("abc") from FIPS 180-2, appendix B.1.
    expect(await sha256Hex(new TextEncoder().encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  test("SHA256SUMS lists hash, two spaces and path, sorted by path", () => {
    expect(
      formatSha256Sums([
        { path: "sites.csv", sha256: "bb" },
        { path: "county/420323/sites.csv", sha256: "aa" },
        { path: "SHA.txt", sha256: "cc" },
      ]),
    ).toBe("cc  SHA.txt\naa  county/420323/sites.csv\nbb  sites.csv\n");
  });
});

describe("the package zip", () => {
  const files = { "b.csv": new TextEncoder().encode("b\n"), "a.csv": new TextEncoder().encode("a\n") };

  test("is the same bytes every time for the same files and date", () => {
    expect(deterministicZip(files, "2026-01-15")).toEqual(deterministicZip({ ...files }, "2026-01-15"));
  });

  test("holds its entries sorted by path, stamped with the release date", () => {
    const zip = deterministicZip(files, "2026-01-15");
    expect(Object.keys(unzipSync(zip))).toEqual(["a.csv", "b.csv"]);
    // DOS date of the first local header (offset 12): (2026-1980)<<9 | 1<<5 | 15.
    expect(zip[12]! | (zip[13]! << 8)).toBe((46 << 9) | (1 << 5) | 15);
    expect(zipTimestamp("2026-01-15").getDate()).toBe(15);
  });
});
