import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { writeAtomically } from "../../../scripts/commands/compute.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import type { IndicatorsDocument } from "../../../src/lib/indicators/index.ts";
import type { QualityReport } from "../../../src/lib/quality/index.ts";

const CLEAN = join(import.meta.dirname, "../../fixtures/validate/clean");
let dir = "";

async function workspace() {
  dir = await mkdtemp(join(tmpdir(), "anju-compute-"));
  await cp(CLEAN, join(dir, "data"), { recursive: true });
  return dir;
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const pick = (document: IndicatorsDocument, indicator: string, level: string, code: string) =>
  document.values.find((v) => v.indicator === indicator && v.level === level && v.code === code);

describe("anju compute", () => {
  test("prints the indicators JSON to standard output when --out is absent", async () => {
    const effects = recordingEffects(await workspace());
    expect(await main(["compute"], effects)).toBe(0);
    const document = JSON.parse(effects.stdout.join("")) as IndicatorsDocument;
    // The clean fixture: 2 sites in 2 counties and townships, one period (2019Q4).
    // 16 site indicators × 5 places (city, 2 counties, 2 townships) = 80; site values: 14 × 2 + 1 + 1
    // (only the 14,980-person site counts for the 200+ and 800+ measures) = 30; funds 2019: city + 2
    // counties = 3; rectification: city + 2 counties + the inspected site = 4. Total 117.
    expect(document.values).toHaveLength(117);
    // household-employment, city: (50 + 3,800) / (55 + 3,900).
    expect(pick(document, "household-employment", "city", "420300")).toMatchObject({
      numerator: 3850,
      denominator: 3955,
      value: 3850 / 3955,
      status: "behind",
      reporting: { reporting: 2, expected: 2 },
    });
    // benefit-linkage-rate, city: only Zhushan's site reports it: 40 of its 60 households.
    expect(pick(document, "benefit-linkage-rate", "city", "420300")).toMatchObject({
      numerator: 40,
      denominator: 60,
    });
    const sites = await readFile(join(dir, "data", "sites.csv"));
    expect(document.inputs.find((f) => f.name === "sites.csv")).toEqual({
      name: "sites.csv",
      bytes: sites.byteLength,
      sha256: createHash("sha256").update(sites).digest("hex"),
    });
    expect(document.inputs).toHaveLength(11);
  });

  test("writes to --out and reports what it wrote on standard error", async () => {
    const effects = recordingEffects(await workspace());
    expect(await main(["compute", "data", "--out", "out/indicators.json"], effects)).toBe(0);
    expect(effects.stdout).toEqual([]);
    expect(effects.stderr.join("")).toContain("Computed 117 values of 18 indicators for 1 periods");
    const document = JSON.parse(
      await readFile(join(dir, "out/indicators.json"), "utf8"),
    ) as IndicatorsDocument;
    expect(document.values).toHaveLength(117);
  });

  test("writes the data-quality report with --quality", async () => {
    const effects = recordingEffects(await workspace());
    await writeFile(
      join(dir, "figures.csv"),
      "id,scope,scope_code,measure,value,unit,as_of,source_title,source_url,note\nzs,竹山县,420323,planned_persons,200,persons,2019-07-12,t,,\n",
    );
    const args = ["compute", "data", "--out", "i.json", "--quality", "q.json", "--reference", "figures.csv"];
    expect(await main(args, effects)).toBe(0);
    const report = JSON.parse(await readFile(join(dir, "q.json"), "utf8")) as QualityReport;
    // Zhushan reported 190 persons for 2019Q4; its one site has 190. Yunyang reported 4,155 households; its site has 4,155.
    expect(
      report.reported_totals.map((c) => [c.county_code, c.measure, c.reported, c.site_sum, c.difference]),
    ).toEqual([
      ["420304", "households", 4155, 4155, 0],
      ["420323", "persons", 190, 190, 0],
    ]);
    // 190 persons against 200 published: −10, −5%, at the edge of the 5% tolerance.
    expect(report.published_figures[0]).toMatchObject({
      data_value: 190,
      difference: -10,
      within_tolerance: true,
    });
  });

  test("refuses data with errors and says how to list them", async () => {
    const effects = recordingEffects(await workspace());
    await writeFile(
      join(dir, "data", "counties.csv"),
      "county_code,name_zh,name_en\n420323,竹山县,Zhushan\n",
    );
    expect(await main(["compute"], effects)).toBe(1);
    expect(effects.stderr.join("")).toMatch(/\d+ errors? in the data — run anju validate data for the list/);
  });

  test("refuses an unknown option with exit 2", async () => {
    const effects = recordingEffects(await workspace());
    expect(await main(["compute", "--output", "x.json"], effects)).toBe(2);
    expect(effects.stderr.join("")).toContain("anju compute --help");
  });
});

describe("writeAtomically", () => {
  test("is done with each chunk before the second after it is made, so two buffers can take turns", async () => {
    const root = await workspace();
    const size = 1 << 16;
    const count = 200;
    // Chunk i is filled with the byte 33 + i % 90 in buffer i % 2, overwriting chunk i - 2.
    const buffers = [new Uint8Array(size), new Uint8Array(size)];
    function* turns() {
      for (let i = 0; i < count; i++) yield buffers[i % 2]!.fill(33 + (i % 90));
    }
    const path = join(root, "out", "turns.bin");
    await writeAtomically(path, turns());
    const written = await readFile(path);
    expect(written.byteLength).toBe(size * count);
    for (let i = 0; i < count; i++) {
      const chunk = written.subarray(i * size, (i + 1) * size);
      expect(
        chunk.every((byte) => byte === 33 + (i % 90)),
        `chunk ${i}`,
      ).toBe(true);
    }
  });
});
