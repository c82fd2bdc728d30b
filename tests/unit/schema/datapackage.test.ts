/**
 * The Table Schemas in datapackage.json and the zod schemas must never drift apart: both come
 * from src/lib/schema, the committed descriptor must equal what that code generates, and an
 * independent Frictionless implementation (frictionless-js `datapackage` + `tableschema`) must
 * accept the descriptor and read the clean fixture through it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Package } from "datapackage";
import { Schema } from "tableschema";
import { describe, expect, test } from "vitest";
import { loadDataDirectory } from "../../../scripts/lib/load-data.ts";
import { describePackage, PackageMetaSchema } from "../../../src/lib/schema/datapackage.ts";
import { employmentTable } from "../../../src/lib/schema/employment.ts";
import { fundsTable } from "../../../src/lib/schema/funds.ts";
import { TABLE_NAMES, tableByName } from "../../../src/lib/schema/index.ts";

const ROOT = join(import.meta.dirname, "../../..");
const CLEAN = join(ROOT, "tests/fixtures/validate/clean");
const META = { version: "test", created: "2026-01-01", sample: true };

/** The contract written out by hand, so a change to a schema must be made here too, on purpose: table → columns in order, ✱ marking required ones. */
const CONTRACT_COLUMNS: Record<string, string> = {
  counties: "✱county_code ✱name_zh ✱name_en",
  sites:
    "✱site_id ✱name_zh name_en ✱county_code ✱township_code ✱township_name village_name ✱placement ✱lat ✱lon ✱households ✱persons moved_in ✱industry_plan_level industry_plan_adopted",
  industries:
    "✱industry_id ✱site_id ✱category ✱name_zh ✱is_leading ✱operator_type operator_name ✱started ended",
  workshops: "✱workshop_id ✱site_id ✱name_zh ✱opened closed ✱jobs ✱relocated_employees",
  employment:
    "✱site_id ✱period labour_persons households_with_labour households_with_labour_employed households_benefit_linked employed_outside_county employed_in_county employed_in_workshops public_welfare_jobs trained_persons skilled_persons",
  services:
    "✱site_id ✱period employment_service has_office has_staff has_rules independent_community party_organization police_post water power road network vegetable_plots livestock_pens tool_storage",
  property: "✱site_id ✱period houses certificates_issued transfer_restriction_years",
  welfare:
    "✱site_id ✱period persons medical_insured serious_illness_insured pension_eligible pension_insured dibao_persons hukou_transferred",
  funds: "✱fund_id ✱county_code ✱year ✱source ✱category site_id ✱amount_yuan description",
  inspections: "✱inspection_id ✱date ✱county_code site_id ✱findings ✱rectified summary",
  reported_totals: "✱county_code ✱period ✱measure ✱value source",
};

describe("the data contract", () => {
  test.each(TABLE_NAMES)("%s has the contract's columns, in order, with its required marks", (name) => {
    const table = tableByName(name);
    const listed = table.fields.map((f) => `${f.constraints.required ? "✱" : ""}${f.name}`).join(" ");
    expect(listed).toBe(CONTRACT_COLUMNS[name]);
  });

  test.each(TABLE_NAMES)(
    "the zod row schema of %s accepts an empty cell exactly where the Table Schema does",
    (name) => {
      const table = tableByName(name);
      expect(Object.keys(table.row.shape)).toEqual(table.fields.map((f) => f.name));
      for (const field of table.fields) {
        const accepted = table.row.shape[field.name]!.safeParse(null).success;
        expect([field.name, accepted]).toEqual([field.name, !field.constraints.required]);
        for (const value of field.constraints.enum ?? []) {
          expect(table.row.shape[field.name]!.safeParse(value).success).toBe(true);
        }
        if (field.constraints.enum)
          expect(table.row.shape[field.name]!.safeParse("not-a-code").success).toBe(false);
        if (field.type === "integer") {
          expect(table.row.shape[field.name]!.safeParse(-1).success).toBe(false);
          expect(table.row.shape[field.name]!.safeParse(1.5).success).toBe(false);
        }
      }
    },
  );

  test("every field has a title and a description in Chinese and English", () => {
    for (const name of TABLE_NAMES) {
      for (const field of tableByName(name).fields) {
        expect(
          [field.title, field.description, field.title_en, field.description_en].every((t) => t.length > 0),
        ).toBe(true);
      }
    }
  });

  test("rows the validator reads from the clean fixture pass the zod row schemas", async () => {
    const { dataset, problems } = await loadDataDirectory(CLEAN, { cwd: CLEAN });
    expect(problems).toEqual([]);
    for (const name of TABLE_NAMES) {
      expect(dataset[name].length).toBeGreaterThan(0);
      for (const row of dataset[name]) tableByName(name).row.parse(row);
    }
  });

  test("every period column lists exactly the quarters 2019Q4 … 2025Q4 as its allowed values", () => {
    // 2019Q4, then four quarters in each of 2020 … 2025.
    const quarters = ["2019Q4"];
    for (let year = 2020; year <= 2025; year++) for (let q = 1; q <= 4; q++) quarters.push(`${year}Q${q}`);
    expect(quarters).toHaveLength(25);
    const periodFields = describePackage(META).resources.flatMap((resource) =>
      resource.schema.fields
        .filter((field) => field.name === "period")
        .map((field) => [resource.name, field]),
    );
    expect(periodFields.map(([name]) => name)).toEqual([
      "employment",
      "services",
      "property",
      "welfare",
      "reported_totals",
    ]);
    for (const [, field] of periodFields) expect(field).toMatchObject({ constraints: { enum: quarters } });
    expect(employmentTable.row.shape.period.safeParse("2026Q1").success).toBe(false);
    expect(employmentTable.row.shape.period.safeParse("2025Q4").success).toBe(true);
  });

  test("money has at most two decimals, in the zod schema and in the Table Schema", () => {
    const amount = fundsTable.fields.find((field) => field.name === "amount_yuan")!;
    expect(amount.maxDecimals).toBe(2);
    for (const [value, accepted] of [
      [1500000, true],
      [820000.5, true],
      [0.07, true],
      [19.99, true],
      [1500000.125, false],
      [0.001, false],
    ] as const) {
      expect([value, fundsTable.row.shape.amount_yuan.safeParse(value).success]).toEqual([value, accepted]);
    }
  });

  test("the committed data/datapackage.json is exactly what the contract generates", async () => {
    const committed = JSON.parse(await readFile(join(ROOT, "data/datapackage.json"), "utf8")) as {
      anju: unknown;
    };
    const meta = PackageMetaSchema.parse(committed.anju);
    expect(committed).toEqual(describePackage(meta));
  });
});

describe("an independent Frictionless implementation (frictionless-js)", () => {
  test("accepts the package descriptor and every Table Schema", async () => {
    const descriptor = describePackage(META);
    const pkg = await Package.load(descriptor);
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const resource of descriptor.resources) {
      const schema = await Schema.load(resource.schema);
      expect([resource.name, schema.valid]).toEqual([resource.name, true]);
    }
  });

  /** Reads every table of a folder through frictionless-js with types, keys and references. */
  async function readWithFrictionless(dir: string) {
    const descriptor = JSON.parse(JSON.stringify(describePackage(META))) as ReturnType<
      typeof describePackage
    > & {
      resources: { profile?: string }[];
    };
    for (const resource of descriptor.resources) resource.profile = "tabular-data-resource";
    const pkg = await Package.load(descriptor, { basePath: dir });
    const counts: Record<string, number> = {};
    for (const resource of pkg.resources) {
      counts[resource.name] = (await resource.read({ cast: true, relations: true })).length;
    }
    return counts;
  }

  test("reads the clean fixture with types, keys and foreign keys", async () => {
    const counts = await readWithFrictionless(CLEAN);
    expect(counts).toEqual({
      counties: 2,
      sites: 2,
      industries: 2,
      workshops: 1,
      employment: 2,
      services: 2,
      property: 2,
      welfare: 2,
      funds: 2,
      inspections: 1,
      reported_totals: 2,
    });
  });

  test("refuses a period outside the contract's range, as Anju's validator does", async () => {
    const dir = await mkdtemp(join(tmpdir(), "anju-frictionless-"));
    try {
      await cp(CLEAN, dir, { recursive: true });
      const employment = await readFile(join(CLEAN, "employment.csv"), "utf8");
      await writeFile(
        join(dir, "employment.csv"),
        employment.replace("420323-0001,2019Q4", "420323-0001,2026Q1"),
      );
      await expect(readWithFrictionless(dir)).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("refuses a table with a value outside its list, as Anju's validator does", async () => {
    const dir = await mkdtemp(join(tmpdir(), "anju-frictionless-"));
    try {
      await cp(CLEAN, dir, { recursive: true });
      await cp(join(ROOT, "tests/fixtures/validate/sites.bad-enum/sites.csv"), join(dir, "sites.csv"));
      await expect(readWithFrictionless(dir)).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
