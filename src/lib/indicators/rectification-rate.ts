import type { InspectionsRow } from "../schema/index.ts";
import type { PlaceIndicator, RowPlace, Tally } from "./core.ts";
import { countsFor, rowsReason, valueOf } from "./core.ts";
import { SUM_NOTE } from "./notes.ts";
import { CITY_CODE, type IndicatorValue, type Level, tableColumns } from "./types.ts";

// Findings, rectified and inspections for one place, accumulated period by period.
interface Running {
  findings: Float64Array;
  rectified: Float64Array;
  inspections: Int32Array;
}

function running(width: number): Running {
  return {
    findings: new Float64Array(width),
    rectified: new Float64Array(width),
    inspections: new Int32Array(width),
  };
}

// An inspection counts from the first period whose end is on or after its date, and in every
// later one (a running total); -1 when it is dated after the last period.
const firstPeriodOf = (inspection: InspectionsRow, ends: readonly string[]) =>
  ends.findIndex((end) => inspection.date <= end);

// An inspection's part: problems rectified over problems found.
const partOf = (inspection: InspectionsRow): Tally => [inspection.rectified, inspection.findings];

// An inspection counts for the city, its county, and the site it names, if any.
const placesOf = (inspection: InspectionsRow): RowPlace[] => [
  ["city", CITY_CODE],
  ["county", inspection.county_code],
  ...(inspection.site_id === null ? [] : [["site", inspection.site_id] as const]),
];

/**
 * Measure 16: problems rectified over problems found, for every inspection dated on or before the
 * period's end (a running total), per county, for the city, and for each site an inspection names.
 */
export const rectificationRate: PlaceIndicator<"rectification-rate"> = {
  kind: "place",
  id: "rectification-rate",
  measure: 16,
  title: { zh: "督查问题整改率", en: "Rectification rate" },
  description: {
    zh: "督查检查发现的问题中已整改到位的比例（截至期末累计）。",
    en: "Share of the problems found by inspections that have been rectified (running total up to the period's end).",
  },
  formula: {
    zh: "Σ inspections.rectified ÷ Σ inspections.findings，计入 date 不晚于期末的全部检查",
    en: "Σ inspections.rectified ÷ Σ inspections.findings over inspections whose date is on or before the period's end",
  },
  numerator: { zh: "已整改问题数", en: "Problems rectified" },
  denominator: { zh: "发现问题数", en: "Problems found" },
  target: { kind: "at-least", value: 1 },
  tables: ["inspections"],
  levels: ["city", "county", "site"],
  periodKind: "quarter",
  receipt: {
    table: "inspections",
    numerator: tableColumns("inspections", "rectified", "date"),
    denominator: tableColumns("inspections", "findings", "date"),
  },
  headline: { home: 8 },
  notes: [
    {
      zh: "累计计算：每个季度计入截至该季度末的全部检查。县级按检查记录的县计；注明安置点的检查同时计入该安置点。",
      en: "A running total: each quarter counts every inspection up to its end. Counties count the inspection's own county; an inspection naming a site also counts for that site.",
    },
    {
      zh: "一个安置点从其第一次检查所在季度起才有数值。",
      en: "A site has values from the quarter of its first inspection on.",
    },
    SUM_NOTE,
  ],
  values: function* (dataset, index) {
    const { periods, ends } = index;
    const width = periods.length;
    const counties = [
      ...new Set([...index.counties, ...dataset.inspections.map((i) => i.county_code)]),
    ].sort();
    const city = running(width);
    const byCounty = new Map(counties.map((c) => [c, running(width)]));
    const bySite = new Map<string, Running>();
    for (const inspection of dataset.inspections) {
      const first = firstPeriodOf(inspection, ends);
      if (first < 0) continue;
      const places = placesOf(inspection).map(([level, code]) => {
        if (level === "city") return city;
        if (level === "county") return byCounty.get(code)!;
        let site = bySite.get(code);
        if (!site) bySite.set(code, (site = running(width)));
        return site;
      });
      const [rectified, findings] = partOf(inspection);
      for (const place of places) {
        place.findings[first]! += findings;
        place.rectified[first]! += rectified;
        place.inspections[first]! += 1;
      }
    }
    for (const place of [city, ...byCounty.values(), ...bySite.values()]) {
      for (let p = 1; p < width; p++) {
        place.findings[p]! += place.findings[p - 1]!;
        place.rectified[p]! += place.rectified[p - 1]!;
        place.inspections[p]! += place.inspections[p - 1]!;
      }
    }
    const emit = (place: Running, level: Level, code: string, p: number): IndicatorValue =>
      valueOf(
        rectificationRate,
        level,
        code,
        periods[p]!,
        place.rectified[p]!,
        place.findings[p]!,
        null,
        rowsReason(place.inspections[p]!),
      );
    for (let p = 0; p < width; p++) yield emit(city, "city", CITY_CODE, p);
    for (const code of counties)
      for (let p = 0; p < width; p++) yield emit(byCounty.get(code)!, "county", code, p);
    for (const code of [...bySite.keys()].sort()) {
      const site = bySite.get(code)!;
      for (let p = 0; p < width; p++) if (site.inspections[p]! > 0) yield emit(site, "site", code, p);
    }
  },
  rowsOf: (dataset, index, { level, code, period }) => {
    const p = index.periods.indexOf(period);
    if (p < 0) return [];
    return dataset.inspections
      .filter((inspection) => {
        const first = firstPeriodOf(inspection, index.ends);
        return first >= 0 && first <= p && countsFor(placesOf(inspection), level, code);
      })
      .map((inspection) => {
        const [numerator, denominator] = partOf(inspection);
        return { site_id: inspection.site_id, numerator, denominator, row: inspection };
      });
  },
};
