import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import {
  checkPublishedFigures,
  referenceFigures,
  type ReferenceFigure,
} from "../../../src/lib/quality/index.ts";
import { dataset, site } from "../../fixtures/indicators/build.ts";

const figure = (
  id: string,
  scope_code: string,
  measure: string,
  value: number,
  as_of = "2020-06-30",
): ReferenceFigure => ({
  id,
  scope: "",
  scope_code,
  measure,
  value,
  unit: "",
  as_of,
  source_title: "",
  source_url: null,
  note: null,
});

describe("checkPublishedFigures", () => {
  // Zhushan: 100 persons/30 households (no date) + 250/70 (moved in 2020-07-01).
  // Yunyang: 900/300 and 400/120. City: 1,650 persons.
  const data = dataset({
    sites: [
      site("420323-0001", { persons: 100, households: 30 }),
      site("420323-0002", { persons: 250, households: 70, moved_in: "2020-07-01" }),
      site("420304-0001", { persons: 900, households: 300 }),
      site("420304-0002", { persons: 400, households: 120 }),
    ],
  });
  const checks = checkPublishedFigures(data, [
    figure("city", "420300", "relocated_persons", 1600),
    figure("province", "420000", "relocated_persons", 882300),
    figure("zs-sites", "420323", "centralized_sites", 700),
    figure("zs-households", "420323", "planned_households", 100),
    figure("zs-moved", "420323", "moved_in_persons", 100, "2020-06-30"),
    figure("largest", "420304", "site_households", 300),
    figure("yunxi", "420322", "planned_persons", 48841),
    figure("city-share", "420300", "sites_with_workshop_or_enterprise_share", 0.8),
  ]);
  const byId = (id: string) => checks.find((c) => c.figure.id === id)!;

  test("compares the city's persons with a published total, within 5%", () => {
    // 1,650 − 1,600 = 50; 50 / 1,600 = 3.125%.
    expect(byId("city")).toMatchObject({
      comparable: true,
      basis: "persons-all-sites",
      data_value: 1650,
      difference: 50,
      relative_difference: 0.03125,
      within_tolerance: true,
    });
  });

  test("compares a county's sites and households", () => {
    expect(byId("zs-sites")).toMatchObject({ data_value: 2, difference: -698, within_tolerance: false });
    expect(byId("zs-households")).toMatchObject({ data_value: 100, difference: 0, within_tolerance: true });
  });

  test("counts persons moved in by the figure's date only", () => {
    expect(byId("zs-moved")).toMatchObject({ basis: "persons-moved-in-by-date", data_value: 100 });
  });

  test("compares the largest site's households", () => {
    expect(byId("largest")).toMatchObject({
      basis: "largest-site-households",
      data_value: 300,
      difference: 0,
    });
  });

  test("marks what cannot be compared, with a reason", () => {
    expect(
      [byId("province"), byId("yunxi"), byId("city-share")].map((c) => [c.comparable, c.reason]),
    ).toEqual([
      [false, "outside-coverage"],
      [false, "no-sites-in-place"],
      [false, "no-matching-data"],
    ]);
  });
});

describe("referenceFigures", () => {
  test("reads the published-figures file shipped in data/reference", () => {
    const text = readFileSync(
      new URL("../../../data/reference/published-figures.csv", import.meta.url),
      "utf8",
    );
    const figures = referenceFigures(
      Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data,
    );
    expect(figures).toHaveLength(20);
    expect(figures.find((f) => f.id === "sy-relocated-persons-policy")).toMatchObject({
      scope_code: "420300",
      value: 355000,
      source_url: null,
    });
  });
});
