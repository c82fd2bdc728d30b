import { describe, expect, test } from "vitest";
import { consistencySignals } from "../../../src/lib/quality/index.ts";
import { dataset, employment, property, services, site, welfare } from "../../fixtures/indicators/build.ts";

const codes = (signals: ReturnType<typeof consistencySignals>) =>
  signals.map((s) => [s.code, s.site_id, s.period, s.table, s.column]);

describe("consistencySignals", () => {
  test("flags employment by channel adding up to more than the labour force", () => {
    // Site 1: 6 outside + 5 inside = 11 > 10. Site 2: 5 + 5 = 10, not more.
    const signals = consistencySignals(
      dataset({
        sites: [site("420323-0001"), site("420323-0002")],
        employment: [
          employment("420323-0001", "2020Q2", {
            labour_persons: 10,
            employed_outside_county: 6,
            employed_in_county: 5,
          }),
          employment("420323-0002", "2020Q2", {
            labour_persons: 10,
            employed_outside_county: 5,
            employed_in_county: 5,
          }),
        ],
      }),
    ).filter((s) => s.code === "channels-exceed-labour");
    expect(codes(signals)).toEqual([
      ["channels-exceed-labour", "420323-0001", "2020Q2", "employment", "labour_persons"],
    ]);
    expect(signals[0]!.values).toEqual({
      labour_persons: 10,
      employed_outside_county: 6,
      employed_in_county: 5,
    });
  });

  test("flags workshop and public-welfare jobs exceeding in-county employment", () => {
    // 3 + 3 = 6 > 5.
    const signals = consistencySignals(
      dataset({
        sites: [site("420323-0001")],
        employment: [
          employment("420323-0001", "2020Q2", {
            employed_in_county: 5,
            employed_in_workshops: 3,
            public_welfare_jobs: 3,
          }),
        ],
      }),
    );
    expect(signals.map((s) => s.code)).toContain("parts-exceed-in-county");
  });

  test("flags a count falling by more than 20% and at least 10 between consecutive quarters", () => {
    // Site 1: 100 → 79 (−21: more than 20% and ≥ 10) flagged. Site 2: 100 → 80 (exactly 20%) not.
    // Site 3: 20 → 11 (−9, under 10) not.
    const rows = (id: string, before: number, after: number) => [
      employment(id, "2020Q1", { labour_persons: before }),
      employment(id, "2020Q2", { labour_persons: after }),
    ];
    const signals = consistencySignals(
      dataset({
        sites: [site("420323-0001"), site("420323-0002"), site("420323-0003")],
        employment: [
          ...rows("420323-0001", 100, 79),
          ...rows("420323-0002", 100, 80),
          ...rows("420323-0003", 20, 11),
        ],
      }),
    ).filter((s) => s.code === "sharp-drop");
    expect(codes(signals)).toEqual([["sharp-drop", "420323-0001", "2020Q2", "employment", "labour_persons"]]);
    expect(signals[0]!.values).toEqual({ before: 100, after: 79 });
  });

  test("flags a site reporting in one table and silent in another in the same period", () => {
    const signals = consistencySignals(
      dataset({
        sites: [site("420323-0001")],
        employment: [employment("420323-0001", "2020Q2")],
        services: [services("420323-0001", "2020Q2")],
        welfare: [welfare("420323-0001", "2020Q2")],
      }),
    );
    expect(codes(signals)).toEqual([["silent-in-table", "420323-0001", "2020Q2", "property", null]]);
  });

  test("flags rows of a quarter that ended before the site moved in", () => {
    const signals = consistencySignals(
      dataset({
        sites: [site("420323-0001", { moved_in: "2020-07-01" })],
        employment: [employment("420323-0001", "2020Q2")],
        services: [services("420323-0001", "2020Q2")],
        property: [property("420323-0001", "2020Q2"), property("420323-0001", "2020Q3")],
        welfare: [welfare("420323-0001", "2020Q2")],
      }),
    ).filter((s) => s.code === "reported-before-moved-in");
    expect(signals.map((s) => [s.period, s.table])).toEqual([
      ["2020Q2", "employment"],
      ["2020Q2", "services"],
      ["2020Q2", "property"],
      ["2020Q2", "welfare"],
    ]);
  });
});
