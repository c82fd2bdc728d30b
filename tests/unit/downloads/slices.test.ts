import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { spooledWriter } from "../../../scripts/lib/downloads.ts";
import { buildDownloads, type DownloadFile, type DownloadsIndex } from "../../../src/lib/downloads/plan.ts";
import { computeIndicators } from "../../../src/lib/indicators/index.ts";
import type { QualityReport } from "../../../src/lib/quality/types.ts";
import { dataset, employment, site } from "../../fixtures/indicators/build.ts";

// Two counties with a township each and three quarters: 100-odd city, county and township figures.
const data = dataset({
  sites: [site("420323-0001"), site("420304-0001", { township_code: "420304100" })],
  employment: ["2021Q1", "2021Q2", "2021Q3"].flatMap((period) => [
    employment("420323-0001", period, { households_with_labour_employed: 1, households_with_labour: 3 }),
    employment("420304-0001", period, { households_with_labour_employed: 2, households_with_labour: 2 }),
  ]),
});

const input = {
  meta: { version: "2021.3.0", created: "2021-10-15", sample: true },
  dataset: data,
  files: [],
  quality: {} as QualityReport,
  values: computeIndicators(data),
};
// The BOM is kept: it is part of the Excel edition.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

async function files(sliceRows: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await buildDownloads(
    input,
    (file: DownloadFile) => void out.set(file.path, decoder.decode(file.bytes)),
    // Every Excel edition stored, so both editions of the areas' file are compared.
    Number.POSITIVE_INFINITY,
    sliceRows,
  );
  return out;
}

describe("large files, made a slice of rows at a time", () => {
  test("every file of /data/ is the same bytes whatever the slice", async () => {
    const whole = await files(1_000_000);
    // The tables' CSV, Excel and JSON editions and the figures are each made in slices.
    expect(whole.get("json/employment.json")!.match(/^\{/gm)).toHaveLength(6);
    for (const slice of [1, 2, 5, 6]) expect(await files(slice), `slices of ${slice}`).toEqual(whole);
  });

  test("are the same bytes whatever the slice, with one header and every row", async () => {
    const whole = await files(1_000_000);
    const areas = whole.get("indicators/areas.csv")!;
    const rows = areas.trimEnd().split("\n").length - 1;
    expect(rows).toBeGreaterThan(20);
    for (const slice of [1, 7, rows - 1, rows]) {
      const sliced = await files(slice);
      expect(sliced.get("indicators/areas.csv"), `slices of ${slice}`).toBe(areas);
      expect(sliced.get("excel/indicators/areas.csv"), `slices of ${slice}`).toBe(
        whole.get("excel/indicators/areas.csv"),
      );
    }
    expect(whole.get("excel/indicators/areas.csv")!.match(/\uFEFF/g)).toHaveLength(1);
    expect(areas.match(/^indicator,/gm)).toHaveLength(1);
  });
});

describe("large files written to disk part by part, as the build spools them", () => {
  // Every size of the Excel editions' rule: none stored but the tables' own, some (their CSV
  // crosses the limit in a later slice, after its first parts were held back), and all.
  test.each([0, 2_000, Number.POSITIVE_INFINITY])(
    "the same files, sizes and hashes as made in memory (Excel editions stored up to %d bytes)",
    async (excelStoredUpTo) => {
      const inMemory = new Map<string, string>();
      const whole = await buildDownloads(
        input,
        (file) => void inMemory.set(file.path, decoder.decode(file.bytes)),
        excelStoredUpTo,
      );
      const dir = await mkdtemp(join(tmpdir(), "anju-spool-"));
      try {
        const emitted = new Map<string, string>();
        const spooled: DownloadsIndex = await buildDownloads(
          input,
          (file) => void emitted.set(file.path, decoder.decode(file.bytes)),
          excelStoredUpTo,
          3,
          (path, store) => spooledWriter(path, store ? join(dir, path) : null),
        );
        expect(spooled).toEqual(whole);
        // Each stored file reached either the writer (on disk) or emit (whole).
        const written = new Map(emitted);
        for (const { path } of spooled.files) {
          if (emitted.has(path)) continue;
          written.set(path, decoder.decode(await readFile(join(dir, path))));
        }
        expect(written).toEqual(inMemory);
        expect(written.size).toBe(spooled.files.length);
        // Some files did go to disk part by part, and some Excel editions were only summed.
        expect(written.size - emitted.size).toBeGreaterThan(0);
        if (excelStoredUpTo === 2_000) {
          expect(spooled.figures.areas.excelStored).toBe(false);
          expect(spooled.slices["420323"]!.sites.excelStored).toBe(true);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
