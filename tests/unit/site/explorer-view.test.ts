import { describe, expect, test } from "vitest";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { describeIndicator, INDICATORS, type IndicatorValue } from "../../../src/lib/indicators/index.ts";
import { countiesDrawing } from "../../../src/lib/map/outline.ts";
import { explorerModel } from "../../../src/lib/site/explorer-view.ts";
import type { IndicatorPage } from "../../../src/lib/site/indicator-view.ts";

const meta = describeIndicator(INDICATORS.find((indicator) => indicator.id === "household-employment")!);

function value(
  level: "city" | "county",
  code: string,
  period: string,
  numerator: number,
  denominator: number,
) {
  const share = numerator / denominator;
  return {
    indicator: meta.id,
    level,
    code,
    period,
    numerator,
    denominator,
    value: share,
    target: 1,
    status: share >= 1 ? "met" : "behind",
    reporting: null,
  } satisfies IndicatorValue;
}

const QUARTERS = ["2020Q2", "2020Q3", "2020Q4", "2021Q1", "2021Q2"];
// The city: 80 of 100 households a year before the latest quarter, 90 of 100 at it.
// County A: 40 of 50, then 50 of 50 (met). County B reports only the latest quarter: 40 of 50.
const page: IndicatorPage = {
  meta,
  city: QUARTERS.map((period, i) => value("city", "420300", period, i === 4 ? 90 : 80, 100)),
  periods: QUARTERS,
  latestPeriod: "2021Q2",
  counties: [],
  countySeries: [
    {
      code: "420301",
      name: { zh: "甲县", en: "Jia County" },
      series: QUARTERS.map((period, i) => value("county", "420301", period, i === 4 ? 50 : 40, 50)),
    },
    {
      code: "420302",
      name: { zh: "乙县", en: "Yi County" },
      series: [value("county", "420302", "2021Q2", 40, 50)],
    },
  ],
  sites: [],
  furthestBehind: [],
};

// Two unit squares side by side at the equator, and a third far off that the page has no row for.
const square = (id: string, west: number): Feature<Polygon | MultiPolygon> => ({
  type: "Feature",
  id,
  properties: {},
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [west, 0],
        [west + 1, 0],
        [west + 1, 1],
        [west, 1],
        [west, 0],
      ],
    ],
  },
});

describe("explorerModel", () => {
  const drawing = countiesDrawing([square("420301", 0), square("420302", 1)] as never, 216);
  const model = explorerModel(page, drawing, "en", (path) => `/en${path}`);

  test("offers the city, then each county, with the city alone chosen", () => {
    expect(model.places).toEqual([
      { code: "420300", name: "Shiyan City", chosen: true },
      { code: "420301", name: "Jia County", chosen: false },
      { code: "420302", name: "Yi County", chosen: false },
    ]);
    expect(model.series.map((series) => [series.key, series.points.length])).toEqual([
      ["420300", 5],
      ["420301", 5],
      ["420302", 1],
    ]);
  });

  test("tables each place's latest value against the value four quarters before", () => {
    expect(model.rowKeys).toEqual(["420300", "420301", "420302"]);
    expect(model.table.columns.map((column) => column.label)).toEqual([
      "Place",
      "Q2 2021",
      "Numerator",
      "Denominator",
      "Q2 2020",
      "Change over a year",
      "Sites reporting",
    ]);
    const [city, a, b] = model.table.rows;
    // 90% − 80% = +10.0 points; 100% − 80% = +20.0 points; county B has no value a year before.
    expect([city!.numerator, city!.denominator, city!.before, city!.change]).toEqual([
      "90",
      "100",
      "80.0%",
      "+10.0 points",
    ]);
    expect([a!.before, a!.change]).toEqual(["80.0%", "+20.0 points"]);
    expect([b!.before, b!.change]).toEqual(["no data", "—"]);
    expect(a!.value).toMatchObject({ valueStatus: { value: "100.0%", status: "met" } });
  });

  test("colours each county on the map by its latest status and names it for screen readers", () => {
    // 216 units wide with an 8-unit margin: each square is 100 units, side by side.
    expect(model.map!.width).toBe(216);
    expect(model.map!.height).toBe(116);
    expect(model.map!.counties.map((county) => [county.code, county.status, county.description])).toEqual([
      ["420301", "met", "Jia County: 100.0%, Met"],
      ["420302", "behind", "Yi County: 80.0%, Behind"],
    ]);
    expect(model.map!.counties[0]!.path).toBe("M8,108L108,108L108,8L8,8L8,108Z");
    expect(model.map!.counties[0]!.label).toEqual({ x: 58, y: 58 });
    // The table under the map says what each county's colour and label say.
    expect(model.map!.table.rows.map((row) => row.value)).toEqual(["● 100.0%", "✗ 80.0%"]);
  });

  test("has no map without boundaries", () => {
    expect(explorerModel(page, null, "zh", (path) => path).map).toBeNull();
  });
});
