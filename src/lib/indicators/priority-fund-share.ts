import { PRIORITY_FUND_CATEGORIES } from "../schema/funds.ts";
import type { FundsRow } from "../schema/index.ts";
import type { PlaceIndicator, RowPlace, Tally } from "./core.ts";
import { countsFor, rowsReason, valueOf } from "./core.ts";
import { SUM_NOTE } from "./notes.ts";
import { CITY_CODE, type IndicatorValue, tableColumns } from "./types.ts";

const PRIORITY = new Set<string>(PRIORITY_FUND_CATEGORIES);

// A fund's part: its yuan on both sides, and on the numerator when its category is a priority.
const partOf = (fund: FundsRow): Tally => [
  PRIORITY.has(fund.category) ? fund.amount_yuan : 0,
  fund.amount_yuan,
];

// A fund counts in the year it was allocated, for the city and for its county.
const yearOf = (fund: FundsRow) => String(fund.year);
const placesOf = (fund: FundsRow): RowPlace[] => [
  ["city", CITY_CODE],
  ["county", fund.county_code],
];

// Sums are kept in fen (hundredths of a yuan) as integers so that adding decimals stays exact.
const toFen = (yuan: number) => Math.round(yuan * 100);

/**
 * Measure 14: yuan allocated to workshops, industrial parks, facility agriculture and employment
 * subsidies over all yuan allocated, per county and year and for the city. Numerator and
 * denominator are in yuan; no target.
 */
export const priorityFundShare: PlaceIndicator<"priority-fund-share"> = {
  kind: "place",
  id: "priority-fund-share",
  measure: 14,
  title: { zh: "重点方向资金占比", en: "Priority fund share" },
  description: {
    zh: "后续扶持资金中投向扶贫车间、产业园区、设施农业和就业补贴的比例。",
    en: "Share of follow-up support funds going to workshops, industrial parks, facility agriculture and employment subsidies.",
  },
  formula: {
    zh: "Σ funds.amount_yuan（category 为 workshop、industrial_park、facility_agriculture、employment_subsidy）÷ Σ funds.amount_yuan，按 year",
    en: "Σ funds.amount_yuan where category is workshop, industrial_park, facility_agriculture or employment_subsidy ÷ Σ funds.amount_yuan, per year",
  },
  numerator: { zh: "投向四个重点方向的资金（元）", en: "Yuan allocated to the four priorities" },
  denominator: { zh: "安排的资金总额（元）", en: "All yuan allocated" },
  target: { kind: "none" },
  tables: ["funds"],
  levels: ["city", "county"],
  periodKind: "year",
  receipt: {
    table: "funds",
    numerator: tableColumns("funds", "amount_yuan", "category", "year"),
    denominator: tableColumns("funds", "amount_yuan", "year"),
  },
  notes: [
    {
      zh: "按资金安排年度统计（统计期为年份，如 2020），只发布县级和全市数值。政策未规定比例目标。",
      en: "Counted per year of allocation (the period is the year, e.g. 2020), for counties and the city only. The policy sets no share to reach.",
    },
    {
      zh: "金额按分精确相加，分子、分母以元为单位。",
      en: "Amounts are added exactly to the fen; numerator and denominator are in yuan.",
    },
    SUM_NOTE,
  ],
  values: function* (dataset, index) {
    const years = [...new Set(dataset.funds.map(yearOf))].sort();
    const counties = [...new Set([...index.counties, ...dataset.funds.map((f) => f.county_code)])].sort();
    const yearNumber = new Map(years.map((y, i) => [y, i]));
    const countyNumber = new Map(counties.map((c, i) => [c, i]));
    const width = years.length;
    // Slot 0 is the city; counties follow.
    const priority = new Float64Array((counties.length + 1) * width);
    const total = new Float64Array((counties.length + 1) * width);
    const rows = new Int32Array((counties.length + 1) * width);
    for (const fund of dataset.funds) {
      const y = yearNumber.get(yearOf(fund))!;
      const [numerator, denominator] = partOf(fund);
      for (const [level, code] of placesOf(fund)) {
        const slot = (level === "city" ? 0 : countyNumber.get(code)! + 1) * width + y;
        total[slot]! += toFen(denominator);
        priority[slot]! += toFen(numerator);
        rows[slot]! += 1;
      }
    }
    const emit = (slot: number, level: "city" | "county", code: string, year: string): IndicatorValue =>
      valueOf(
        priorityFundShare,
        level,
        code,
        year,
        priority[slot]! / 100,
        total[slot]! / 100,
        null,
        rowsReason(rows[slot]!),
      );
    for (let y = 0; y < width; y++) yield emit(y, "city", CITY_CODE, years[y]!);
    for (let c = 0; c < counties.length; c++) {
      for (let y = 0; y < width; y++) yield emit((c + 1) * width + y, "county", counties[c]!, years[y]!);
    }
  },
  rowsOf: (dataset, _index, { level, code, period }) =>
    dataset.funds
      .filter((fund) => yearOf(fund) === period && countsFor(placesOf(fund), level, code))
      .map((fund) => {
        const [numerator, denominator] = partOf(fund);
        return { site_id: fund.site_id, numerator, denominator, row: fund };
      }),
};
