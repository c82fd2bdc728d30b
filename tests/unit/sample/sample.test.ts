import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { isInsideCounty, type CountyBoundaries } from "../../../src/lib/geo/boundaries.ts";
import { TABLE_NAMES, TABLES, type Dataset } from "../../../src/lib/schema/index.ts";
import { collectSample } from "../../../src/lib/sample/generate.ts";
import { PERIODS } from "../../../src/lib/sample/periods.ts";
import { SHIYAN_PLAN } from "../../../src/lib/sample/plan.ts";
import { BOUNDARIES_FILE, DEFAULT_SEED, loadShiyanDivisions } from "../../../scripts/commands/sample.ts";

const SITE_PERIOD_TABLES = ["employment", "services", "property", "welfare"] as const;
const PERIOD_END = new Map(PERIODS.map((p) => [p.id, p.end]));

let data: Dataset;
let boundaries: CountyBoundaries;

beforeAll(() => {
  boundaries = JSON.parse(readFileSync(BOUNDARIES_FILE, "utf8")) as CountyBoundaries;
  const divisions = loadShiyanDivisions();
  data = collectSample({
    seed: DEFAULT_SEED,
    plan: SHIYAN_PLAN,
    divisions: () => divisions,
    boundaries,
  }).dataset;
});

const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);

describe("the Shiyan sample's scale and mix", () => {
  test("holds 355,000 persons (±3%) in about 110,000 households (±5%)", () => {
    const persons = sum(data.sites.map((s) => s.persons));
    const households = sum(data.sites.map((s) => s.households));
    expect(Math.abs(persons - 355_000)).toBeLessThanOrEqual(355_000 * 0.03);
    expect(Math.abs(households - 110_000)).toBeLessThanOrEqual(110_000 * 0.05);
  });

  test("has 1,800–2,600 sites, mostly small, some medium and a few large", () => {
    const n = data.sites.length;
    const small = data.sites.filter((s) => s.persons < 200).length;
    const large = data.sites.filter((s) => s.persons >= 800).length;
    expect(n).toBeGreaterThanOrEqual(1_800);
    expect(n).toBeLessThanOrEqual(2_600);
    expect(small / n).toBeGreaterThan(0.6);
    expect(large).toBeGreaterThanOrEqual(5);
    expect(n - small - large).toBeGreaterThan(0);
  });

  test("puts 青龙泉社区 in Yunyang with about 15,000 persons in 4,155 households", () => {
    const site = data.sites.find((s) => s.name_zh === "青龙泉社区");
    expect(site).toMatchObject({ county_code: "420304", households: 4_155 });
    expect(site!.persons).toBeGreaterThanOrEqual(14_000);
    expect(site!.persons).toBeLessThanOrEqual(16_000);
  });

  test("gives Zhushan about 700 mostly small sites and Yunxi about 195 sites for about 48,800 persons", () => {
    const zhushan = data.sites.filter((s) => s.county_code === "420323");
    expect(zhushan.length).toBeGreaterThanOrEqual(650);
    expect(zhushan.length).toBeLessThanOrEqual(750);
    expect(zhushan.filter((s) => s.persons < 200).length / zhushan.length).toBeGreaterThan(0.8);
    const yunxi = data.sites.filter((s) => s.county_code === "420322");
    expect(yunxi.length).toBe(195);
    expect(Math.abs(sum(yunxi.map((s) => s.persons)) - 48_800)).toBeLessThanOrEqual(48_800 * 0.03);
  });

  test("places large sites mostly in cities and towns and small ones mostly in central villages", () => {
    const large = data.sites.filter((s) => s.persons >= 800);
    const small = data.sites.filter((s) => s.persons < 200);
    expect(large.filter((s) => s.placement !== "central_village").length / large.length).toBeGreaterThan(0.9);
    expect(small.filter((s) => s.placement === "central_village").length / small.length).toBeGreaterThan(0.6);
  });
});

describe("the Shiyan sample's geography", () => {
  test("places every site inside its own county's boundary", () => {
    const outside = data.sites.filter((s) => !isInsideCounty(s.county_code, s.lon, s.lat, boundaries));
    expect(outside.map((s) => s.site_id)).toEqual([]);
  });

  test("codes every site within its county", () => {
    const miscoded = data.sites.filter(
      (s) => s.site_id.slice(0, 6) !== s.county_code || s.township_code.slice(0, 6) !== s.county_code,
    );
    expect(miscoded).toEqual([]);
  });

  test("names no two sites of a county alike", () => {
    const names = data.sites.map((s) => `${s.county_code} ${s.name_zh}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("the Shiyan sample's rows", () => {
  test("every row parses with its table's row schema", () => {
    for (const name of TABLE_NAMES) {
      const schema = TABLES[name].row;
      for (const row of data[name]) schema.parse(row);
    }
  });

  test("every row keeps its table's within-row rules", () => {
    const broken: string[] = [];
    for (const name of TABLE_NAMES) {
      for (const rule of TABLES[name].rules) {
        const otherField = rule.atMost ?? rule.atLeast!;
        for (const row of data[name] as unknown as Record<string, number | null>[]) {
          const value = row[rule.field];
          const other = row[otherField];
          if (value === null || value === undefined || other === null || other === undefined) continue;
          if ((rule.atMost && value > other) || (rule.atLeast && value < other)) {
            broken.push(`${name} ${rule.field}=${value} vs ${otherField}=${other}`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test("gives an adoption date to every plan whose level is not none", () => {
    const wrong = data.sites.filter(
      (s) => (s.industry_plan_adopted === null) !== (s.industry_plan_level === "none"),
    );
    expect(wrong).toEqual([]);
  });

  test("reports every quarter 2019Q4–2025Q4 in each site × period table", () => {
    for (const name of SITE_PERIOD_TABLES) {
      expect(new Set(data[name].map((row) => row.period))).toEqual(new Set(PERIODS.map((p) => p.id)));
    }
  });

  test("has no quarterly rows for a site before it was occupied, and some sites occupied after 2019Q4", () => {
    const movedIn = new Map(data.sites.map((s) => [s.site_id, s.moved_in]));
    const early = SITE_PERIOD_TABLES.flatMap((name) =>
      data[name]
        .filter((row) => {
          const date = movedIn.get(row.site_id);
          return date !== null && date !== undefined && PERIOD_END.get(row.period)! < date;
        })
        .map((row) => `${name} ${row.site_id} ${row.period}`),
    );
    expect(early).toEqual([]);
    expect(data.sites.some((s) => s.moved_in !== null && s.moved_in > "2019-12-31")).toBe(true);
    expect(data.sites.some((s) => s.moved_in === null)).toBe(true);
  });

  test("leaves some cells and some whole rows unreported", () => {
    const employment = data.employment;
    expect(employment.some((row) => row.labour_persons === null)).toBe(true);
    const inScope = data.sites.length * PERIODS.length;
    expect(employment.length).toBeLessThan(inScope);
  });

  test("has industries and workshops that close as well as open", () => {
    expect(data.industries.some((row) => row.ended !== null)).toBe(true);
    expect(data.workshops.some((row) => row.closed !== null)).toBe(true);
    expect(data.workshops.length).toBeGreaterThan(0);
  });

  test("starts no text cell with a character a spreadsheet would run as a formula", () => {
    const risky: string[] = [];
    for (const name of TABLE_NAMES) {
      for (const row of data[name] as unknown as Record<string, unknown>[]) {
        for (const value of Object.values(row)) {
          if (typeof value === "string" && /^[=+\-@]/.test(value)) risky.push(`${name}: ${value}`);
        }
      }
    }
    expect(risky).toEqual([]);
  });
});

describe("the Shiyan sample's reported totals", () => {
  test("mostly equal the site-level sums, sometimes differ slightly, and a few differ badly", () => {
    // Recomputed here from the rows: households with labour employed, per county and quarter.
    const sums = new Map<string, number>();
    for (const row of data.employment) {
      if (row.households_with_labour_employed === null) continue;
      const key = `${row.site_id.slice(0, 6)} ${row.period}`;
      sums.set(key, (sums.get(key) ?? 0) + row.households_with_labour_employed);
    }
    const persons = new Map<string, number>();
    for (const site of data.sites) {
      for (const period of PERIODS) {
        if (site.moved_in !== null && site.moved_in > period.end) continue;
        const key = `${site.county_code} ${period.id}`;
        persons.set(key, (persons.get(key) ?? 0) + site.persons);
      }
    }
    const gaps = data.reported_totals
      .filter((row) => row.measure === "households_with_labour_employed" || row.measure === "persons")
      .map((row) => {
        const key = `${row.county_code} ${row.period}`;
        const truth = (row.measure === "persons" ? persons : sums).get(key) ?? 0;
        return Math.abs(row.value - truth) / Math.max(1, truth);
      });
    const exact = gaps.filter((gap) => gap === 0).length;
    const bad = gaps.filter((gap) => gap > 0.1).length;
    expect(exact / gaps.length).toBeGreaterThan(0.7);
    expect(gaps.length - exact - bad).toBeGreaterThan(0);
    expect(bad).toBeGreaterThan(0);
  });
});
