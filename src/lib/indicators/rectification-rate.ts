import type { PlaceIndicator } from "./core.ts";
import { rowsReason, valueOf } from "./core.ts";
import { SUM_NOTE } from "./notes.ts";
import { CITY_CODE, type IndicatorValue, type Level } from "./types.ts";

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

/**
 * Measure 16: problems rectified over problems found, for every inspection dated on or before the
 * period's end (a running total), per county, for the city, and for each site an inspection names.
 */
export const rectificationRate: PlaceIndicator = {
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
      // The first period whose end is on or after the inspection's date; every later one includes it.
      const first = ends.findIndex((end) => inspection.date <= end);
      if (first < 0) continue;
      const places = [city, byCounty.get(inspection.county_code)!];
      if (inspection.site_id !== null) {
        let site = bySite.get(inspection.site_id);
        if (!site) bySite.set(inspection.site_id, (site = running(width)));
        places.push(site);
      }
      for (const place of places) {
        place.findings[first]! += inspection.findings;
        place.rectified[first]! += inspection.rectified;
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
};
