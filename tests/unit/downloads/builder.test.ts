import { describe, expect, test } from "vitest";
import {
  builderFileName,
  inPeriod,
  planFiles,
  type BuilderChoice,
  type BuilderSource,
} from "../../../src/lib/downloads/builder.ts";
import { BuilderError, BuilderWriter, RecordSplitter } from "../../../src/lib/downloads/builder-stream.ts";
import { canonicalCsv, excelCsv } from "../../../src/lib/downloads/formats.ts";
import { tableByName } from "../../../src/lib/schema/index.ts";
import { site } from "../../fixtures/indicators/build.ts";

const ALL: BuilderChoice = {
  source: "t",
  counties: null,
  from: null,
  to: null,
  indicators: null,
  columns: null,
  format: "csv",
};

/** A small source: a site, a quarter and a name (text). */
const SOURCE: BuilderSource = {
  key: "t",
  columns: ["site_id", "period", "name"],
  text: ["name"],
  whole: { path: "t.csv", bytes: 100 },
  slices: {
    "420323": { path: "county/420323/t.csv", bytes: 40 },
    "420302": { path: "county/420302/t.csv", bytes: 60 },
  },
  time: { column: "period", kind: "period" },
  byIndicator: false,
};

/** Feeds `text` through a splitter in pieces of `size` characters and writes it as `choice` asks. */
function build(text: string, choice: BuilderChoice, size = 7, source = SOURCE): string {
  const splitter = new RecordSplitter();
  const records: string[][] = [];
  for (let i = 0; i < text.length; i += size) records.push(...splitter.push(text.slice(i, i + size)));
  records.push(...splitter.end());
  const [header = [], ...rows] = records;
  const writer = new BuilderWriter(source, choice);
  writer.startFile("t.csv", header);
  return writer.header() + writer.write(rows);
}

describe("RecordSplitter", () => {
  test("returns whole records only, keeping a line break inside quotes in its cell", () => {
    const splitter = new RecordSplitter();
    expect(splitter.push('a,b\n1,"x')).toEqual([["a", "b"]]);
    expect(splitter.push('\ny"\n2')).toEqual([["1", "x\ny"]]);
    expect(splitter.push(",z\n")).toEqual([["2", "z"]]);
    expect(splitter.end()).toEqual([]);
  });

  test("gives the last record at the end when the text has no final line break", () => {
    const splitter = new RecordSplitter();
    expect(splitter.push('a,"say ""hi"""')).toEqual([]);
    expect(splitter.end()).toEqual([["a", 'say "hi"']]);
  });
});

describe("inPeriod", () => {
  test("keeps quarters inside the range, ends included", () => {
    expect(inPeriod("2021Q1", "period", "2021Q1", "2021Q3")).toBe(true);
    expect(inPeriod("2021Q3", "period", "2021Q1", "2021Q3")).toBe(true);
    expect(inPeriod("2021Q4", "period", "2021Q1", "2021Q3")).toBe(false);
    expect(inPeriod("2020Q4", "period", "2021Q1", null)).toBe(false);
    expect(inPeriod("2030Q4", "period", "2021Q1", null)).toBe(true);
  });

  test("keeps a year when any of its quarters is in the range, a date when its quarter is", () => {
    // 2021 has 2021Q3 and Q4 in a range from 2021Q3; 2020 has none.
    expect(inPeriod("2021", "year", "2021Q3", "2022Q1")).toBe(true);
    expect(inPeriod("2020", "year", "2021Q3", "2022Q1")).toBe(false);
    expect(inPeriod("2023", "year", "2021Q3", "2022Q1")).toBe(false);
    // An annual figure in a quarterly column reads as its year.
    expect(inPeriod("2022", "period", "2021Q3", "2022Q1")).toBe(true);
    // 1 July 2021 is in 2021Q3; 30 June in 2021Q2.
    expect(inPeriod("2021-07-01", "date", "2021Q3", "2021Q3")).toBe(true);
    expect(inPeriod("2021-06-30", "date", "2021Q3", "2021Q3")).toBe(false);
  });

  test("keeps an empty time only when no range is chosen", () => {
    expect(inPeriod("", "period", null, null)).toBe(true);
    expect(inPeriod("", "period", "2021Q1", null)).toBe(false);
  });
});

describe("BuilderWriter", () => {
  const text = [
    "site_id,period,name",
    "420323-0001,2021Q1,河东",
    '420323-0001,2021Q2,"A, B"',
    "420323-0002,2021Q2,=1+1",
    "",
  ].join("\n");

  test("writes the chosen columns of the rows in the chosen quarters", () => {
    const out = build(text, { ...ALL, from: "2021Q2", columns: ["name", "site_id"] });
    // Columns keep the source's order; the quoted cell is quoted again.
    expect(out).toBe('site_id,name\n420323-0001,"A, B"\n420323-0002,=1+1\n');
  });

  test("writes the Excel edition: BOM, CRLF, a text cell that would run as a formula neutralised", () => {
    const out = build(text, { ...ALL, from: "2021Q2", to: "2021Q2", format: "excel" });
    expect(out).toBe(
      '\uFEFFsite_id,period,name\r\n420323-0001,2021Q2,"A, B"\r\n420323-0002,2021Q2,\'=1+1\r\n',
    );
  });

  test("refuses a file whose header is not the source's", () => {
    const writer = new BuilderWriter(SOURCE, ALL);
    expect(() => {
      writer.startFile("t.csv", ["site_id", "name"]);
    }).toThrow(BuilderError);
  });

  test("filters by county code only when it reads a whole file for some counties", () => {
    const source: BuilderSource = {
      ...SOURCE,
      columns: ["county_code", "v"],
      text: [],
      slices: null,
      time: null,
    };
    const writer = new BuilderWriter(source, { ...ALL, counties: ["420323"] });
    writer.startFile("t.csv", ["county_code", "v"]);
    expect(
      writer.write([
        ["420323", "1"],
        ["420302", "2"],
      ]),
    ).toBe("420323,1\n");
  });

  test("choosing everything gives the published CSV and Excel edition byte for byte", () => {
    const table = tableByName("sites");
    const rows = [
      site("420323-0001", { name_zh: "河东安置点", name_en: 'East "Bank", phase 1', lat: 32.1, lon: 110.5 }),
      site("420323-0002", { name_zh: "=HYPERLINK(1)", village_name: null }),
    ];
    const source: BuilderSource = {
      ...SOURCE,
      columns: [...table.columns],
      text: table.fields.filter((f) => f.type === "string").map((f) => f.name),
      time: null,
    };
    const csv = canonicalCsv(table, rows);
    for (const size of [1, 13, 10_000]) {
      expect(build(csv, { ...ALL }, size, source)).toBe(csv);
      expect(build(csv, { ...ALL, format: "excel" }, size, source)).toBe(excelCsv(table, rows));
    }
  });
});

describe("planFiles", () => {
  test("reads the whole file for every county, and the chosen counties' slices in code order", () => {
    expect(planFiles(SOURCE, null)).toEqual([{ path: "t.csv", bytes: 100 }]);
    expect(planFiles(SOURCE, ["420323", "420302"]).map((f) => f.path)).toEqual([
      "county/420302/t.csv",
      "county/420323/t.csv",
    ]);
    expect(planFiles({ ...SOURCE, whole: null }, null).map((f) => f.path)).toEqual([
      "county/420302/t.csv",
      "county/420323/t.csv",
    ]);
    expect(planFiles({ ...SOURCE, slices: null }, ["420323"])).toEqual([{ path: "t.csv", bytes: 100 }]);
  });
});

test("the file name carries the site, release and what was chosen", () => {
  expect(
    builderFileName({
      site: "Anju",
      version: "2025.4.3-sample",
      source: "employment",
      counties: ["420323"],
      from: "2021Q1",
      to: "2025Q4",
      format: "excel",
    }),
  ).toBe("anju_2025.4.3-sample_employment_420323_2021Q1-2025Q4_excel.csv");
  expect(
    builderFileName({
      site: "Anju",
      version: "2025.4.3",
      source: "sites/household-employment",
      counties: null,
      from: null,
      to: null,
      format: "csv",
    }),
  ).toBe("anju_2025.4.3_sites-household-employment.csv");
});
