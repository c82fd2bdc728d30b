import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import {
  canonicalCsv,
  excelCsv,
  excelFromCanonical,
  textColumns,
} from "../../../src/lib/downloads/formats.ts";
import {
  figureCsvEditions,
  figureRows,
  indicatorFiguresTable,
  latestSiteRows,
  latestSitesTable,
  newFigureScratch,
  placeNamer,
  splitFigures,
  valuesAt,
  wideColumn,
} from "../../../src/lib/downloads/indicator-tables.ts";
import { ValueStore, type IndicatorValue } from "../../../src/lib/indicators/index.ts";
import type { CountiesRow, SitesRow } from "../../../src/lib/schema/index.ts";

const counties = [{ county_code: "420323", name_zh: "竹山县", name_en: "Zhushan County" }] as CountiesRow[];
const sites = [
  {
    site_id: "420323-0001",
    name_zh: "麻家渡安置小区",
    name_en: "Majiadu",
    county_code: "420323",
    township_code: "420323100",
    township_name: "麻家渡镇",
  },
  {
    site_id: "420323-0002",
    name_zh: "城关安置点",
    name_en: null,
    county_code: "420323",
    township_code: "420323100",
    township_name: "麻家渡镇",
  },
] as SitesRow[];
const INDICATORS = [
  { id: "household-employment", title: { zh: "有劳动力家庭就业率", en: "Household employment" } },
  { id: "training-coverage", title: { zh: "培训覆盖率", en: "Training coverage" } },
];

function value(over: Partial<IndicatorValue>): IndicatorValue {
  return {
    indicator: "household-employment",
    level: "site",
    code: "420323-0001",
    period: "2025Q4",
    numerator: 2,
    denominator: 3,
    value: 2 / 3,
    target: 1,
    status: "behind",
    reporting: { reporting: 1, expected: 1 },
    ...over,
  };
}

const names = placeNamer({ counties, sites });

// The figures' editions come as UTF-8 bytes; read back as they are (the Excel edition's BOM kept).
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const texts = (editions: { canonical: Uint8Array; excel: Uint8Array }) => ({
  canonical: decoder.decode(editions.canonical),
  excel: decoder.decode(editions.excel),
});

describe("the figures' CSV editions written line by line", () => {
  // Names a spreadsheet would run, or that need quoting, and a site the data does not know.
  const awkward = [
    { ...sites[0]!, site_id: "420323-0003", name_zh: "=1+2", name_en: 'Say "hi", then\nleave' },
    { ...sites[1]!, site_id: "420323-0004", name_zh: "\tTabbed", name_en: "+86, a,b" },
    { ...sites[0]!, site_id: "420323-0005", name_zh: "@SUM(A1)", name_en: "-3" },
  ] as SitesRow[];
  const namer = placeNamer({ counties, sites: [...sites, ...awkward] });
  const values = [
    value({ level: "city", code: "420300", reporting: null, target: null, status: "no-target" }),
    value({ level: "county", code: "420323" }),
    value({ level: "township", code: "420323100", period: "2025Q3" }),
    value({ code: "420323-0003" }),
    value({ code: "420323-0003", period: "2026Q1", numerator: 1, denominator: 7, value: 1 / 7 }),
    value({ code: "420323-0004", value: null, numerator: 0, denominator: 0, reason: "zero-denominator" }),
    value({ indicator: "training-coverage", code: "420323-0005", target: 0.9 }),
    // A series seen again after another one: its cells are made again, not taken from the last.
    value({ code: "420323-0003", period: "2026Q2" }),
    value({ code: "420399-0001", indicator: "unknown-indicator", status: "no-data", value: null }),
    // A period a spreadsheet would run: the rest of the line differs between the two editions.
    value({ code: "420323-0004", period: "=2025Q4" }),
  ];

  test("are the bytes of the texts the row-by-row writer makes, from a store or a list, in any order of positions", () => {
    const store = ValueStore.from(values);
    const scratch = newFigureScratch();
    for (const positions of [values.map((_, i) => i), [7, 3, 0, 8, 4], [], [5], [9, 5]]) {
      const rows = figureRows(valuesAt(values, positions), INDICATORS, namer);
      const bytes = {
        canonical: new TextEncoder().encode(canonicalCsv(indicatorFiguresTable, rows)),
        excel: new TextEncoder().encode(excelCsv(indicatorFiguresTable, rows)),
      };
      expect(figureCsvEditions(values, positions, INDICATORS, namer)).toEqual(bytes);
      expect(figureCsvEditions(store, positions, INDICATORS, namer)).toEqual(bytes);
      // Room used for the calls before, as the release reuses it, holds nothing of theirs.
      expect(figureCsvEditions(store, positions, INDICATORS, namer, scratch)).toEqual(bytes);
    }
  });

  test("write a figure's line and neutralise a formula only in the Excel edition", () => {
    const { canonical, excel } = texts(figureCsvEditions(values, [3, 6], INDICATORS, namer));
    expect(canonical.split("\n")[1]).toBe(
      'household-employment,有劳动力家庭就业率,Household employment,site,420323-0003,=1+2,"Say ""hi"", then',
    );
    expect(excel).toContain(
      "\r\nhousehold-employment,有劳动力家庭就业率,Household employment,site,420323-0003,'=1+2,",
    );
    expect(canonical).toContain(
      "training-coverage,培训覆盖率,Training coverage,site,420323-0005,@SUM(A1),-3,420323,竹山县,Zhushan County,2025Q4,2,3,0.6666666666666666,0.9,behind,,1,1\n",
    );
    expect(excel).toContain(
      "training-coverage,培训覆盖率,Training coverage,site,420323-0005,'@SUM(A1),'-3,420323,竹山县,Zhushan County,2025Q4,2,3,0.6666666666666666,0.9,behind,,1,1\r\n",
    );
    expect(excel.startsWith("\uFEFFindicator,")).toBe(true);
  });
});

describe("the tidy indicator rows", () => {
  test("name the indicator and the place in both languages, with the place's county", () => {
    const [row] = figureRows([value({})], INDICATORS, names);
    expect(row).toMatchObject({
      indicator: "household-employment",
      indicator_zh: "有劳动力家庭就业率",
      indicator_en: "Household employment",
      level: "site",
      code: "420323-0001",
      name_zh: "麻家渡安置小区",
      name_en: "Majiadu",
      county_code: "420323",
      county_zh: "竹山县",
      county_en: "Zhushan County",
      period: "2025Q4",
      reporting: 1,
      expected: 1,
    });
  });

  test("give a county its own name and a township its pinyin and county; the city has no county", () => {
    const rows = figureRows(
      [
        value({ level: "city", code: "420300", reporting: null }),
        value({ level: "county", code: "420323" }),
        value({ level: "township", code: "420323100" }),
      ],
      INDICATORS,
      names,
    );
    expect(rows.map((r) => [r.name_zh, r.county_code])).toEqual([
      ["十堰市", null],
      ["竹山县", "420323"],
      ["麻家渡镇", "420323"],
    ]);
    expect(rows[1]!.name_en).toBe("Zhushan County");
    expect(rows[2]!.name_en).toMatch(/^Majiadu/);
    expect(rows[0]!.reporting).toBeNull();
  });

  test("write a missing value as an empty cell with its reason, never 0", () => {
    const [row] = figureRows(
      [value({ numerator: 0, denominator: 0, value: null, status: "no-data", reason: "zero-denominator" })],
      INDICATORS,
      names,
    );
    const line = canonicalCsv(indicatorFiguresTable, [row!]).split("\n")[1]!;
    expect(line).toContain(",0,0,,1,no-data,zero-denominator,");
  });

  test("carry the unrounded value, which reads back to the very same number", () => {
    const values = [value({}), value({ numerator: 1, denominator: 7, value: 1 / 7 })];
    const csv = canonicalCsv(indicatorFiguresTable, figureRows(values, INDICATORS, names));
    const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(data.map((r) => Number(r.value))).toEqual([2 / 3, 1 / 7]);
  });

  test("are split into the areas' figures and each county's sites by indicator", () => {
    const values = [
      value({ level: "county", code: "420323" }),
      value({}),
      value({ indicator: "training-coverage" }),
      value({ code: "420324-0001" }),
    ];
    const { areas, sites } = splitFigures(values, (site) => site.slice(0, 6));
    expect(valuesAt(values, areas).map((v) => v.code)).toEqual(["420323"]);
    expect([...sites.keys()]).toEqual(["420323", "420324"]);
    expect([...sites.get("420323")!.keys()]).toEqual(["household-employment", "training-coverage"]);
    // Sites' values come as positions in the input, made into values by valuesAt.
    expect(sites.get("420323")!.get("training-coverage")).toEqual([2]);
    expect(valuesAt(values, sites.get("420324")!.get("household-employment")!)).toEqual([values[3]]);
    // The same from a value store.
    const fromStore = splitFigures(ValueStore.from(values), (site) => site.slice(0, 6));
    expect(fromStore.areas).toEqual([0]);
    expect(fromStore.sites).toEqual(sites);
  });
});

describe("the wide table of sites' latest figures", () => {
  const values = [
    value({ period: "2025Q3", numerator: 1, denominator: 3, value: 1 / 3 }),
    value({ period: "2025Q4" }),
    // Site 2 reported only in an earlier quarter: no figure in the latest one.
    value({ code: "420323-0002", period: "2025Q3" }),
    value({ indicator: "training-coverage", period: "2025", numerator: 5, denominator: 5, value: 1 }),
    value({ indicator: "training-coverage", code: "420323-0002", period: "2025", value: null }),
  ];
  const table = latestSitesTable(INDICATORS);
  const rows = latestSiteRows(values, INDICATORS, ["420323-0001", "420323-0002"], names);

  test("has the site's names and four columns an indicator", () => {
    expect(table.columns.slice(0, 6)).toEqual([
      "site_id",
      "name_zh",
      "name_en",
      "county_code",
      "county_zh",
      "county_en",
    ]);
    expect(table.columns).toHaveLength(6 + 4 * INDICATORS.length);
    expect(rows[0]).toMatchObject({ site_id: "420323-0001", name_zh: "麻家渡安置小区", county_zh: "竹山县" });
  });

  test("takes each indicator's latest period, quarter or year", () => {
    expect(rows[0]![wideColumn("household-employment", "period")]).toBe("2025Q4");
    expect(rows[0]![wideColumn("household-employment", "numerator")]).toBe(2);
    expect(rows[0]![wideColumn("training-coverage", "period")]).toBe("2025");
    expect(rows[0]![wideColumn("training-coverage", "value")]).toBe(1);
  });

  test("leaves a site's cells empty when it has no figure in the latest period", () => {
    expect(rows[1]![wideColumn("household-employment", "period")]).toBeNull();
    expect(rows[1]![wideColumn("household-employment", "value")]).toBeNull();
    expect(rows[1]![wideColumn("training-coverage", "value")]).toBeNull();
  });

  test("reads a value store as it reads a list, whatever order the periods come in", () => {
    // The latest quarter first: the earlier one after it must not replace it.
    const shuffled = [values[1]!, values[0]!, values[4]!, values[2]!, values[3]!];
    const sites = ["420323-0001", "420323-0002"];
    expect(latestSiteRows(shuffled, INDICATORS, sites, names)).toEqual(rows);
    expect(latestSiteRows(ValueStore.from(shuffled), INDICATORS, sites, names)).toEqual(rows);
    expect(latestSiteRows(ValueStore.from(values), INDICATORS, sites, names)).toEqual(rows);
  });
});

describe("the Excel edition made from a published CSV", () => {
  const hostile = [
    {
      indicator: '=HYPERLINK("x")',
      name_zh: '竹山县，"安置点"',
      name_en: "line\nbreak",
      numerator: -3,
      value: 0.1,
    },
    { indicator: "+1", name_zh: "@SUM(A1)", name_en: "\tTab", numerator: 4, value: null },
    { indicator: "a", name_zh: "", name_en: null, numerator: null, value: 2 / 3 },
  ];

  test("is byte for byte what excelCsv writes from the rows, hostile cells included", () => {
    const canonical = canonicalCsv(indicatorFiguresTable, hostile);
    expect(excelFromCanonical(canonical, textColumns(indicatorFiguresTable))).toBe(
      excelCsv(indicatorFiguresTable, hostile),
    );
  });

  test("is byte for byte what excelCsv writes for the wide table", () => {
    const table = latestSitesTable(INDICATORS);
    const rows = latestSiteRows([value({})], INDICATORS, ["420323-0001", "420323-0002"], names);
    expect(excelFromCanonical(canonicalCsv(table, rows), textColumns(table))).toBe(excelCsv(table, rows));
  });
});
