/**
 * The downloads as `anju build` publishes them, checked independently: `sha256sum -c` and
 * `openssl` on the real files, frictionless-js on the published package, and Anju's own validator
 * reading the published CSVs back to exactly the validated data.
 */
import { execFileSync } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Package } from "datapackage";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PortalModel } from "../../../src/data/context.ts";
import { loadDataDirectory } from "../../../scripts/lib/load-data.ts";
import { loadSiteConfig, modelFromLoaded } from "../../../scripts/lib/model.ts";
import { prepareDownloads, writeDownloads, type PreparedDownloads } from "../../../scripts/lib/downloads.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { TABLE_NAMES, tableByName } from "../../../src/lib/schema/index.ts";
import { excelFromCanonical } from "../../../src/lib/downloads/formats.ts";
import type { CsvDownload } from "../../../src/lib/downloads/plan.ts";
import type { IndicatorsDocument } from "../../../src/lib/indicators/index.ts";

const ROOT = join(import.meta.dirname, "../../..");
const CLEAN = join(ROOT, "tests/fixtures/validate/clean");
const META = { version: "1.0.0", created: "2026-01-15", sample: false };

async function fixtureModel(dir: string): Promise<PortalModel> {
  const loaded = await loadDataDirectory(dir, { cwd: dir });
  return modelFromLoaded(
    dir,
    { ...loaded, meta: META },
    await loadSiteConfig(join(ROOT, "config/site.json")),
  );
}

let work: string;
let site: string;
let model: PortalModel;
let prepared: PreparedDownloads;
// Low enough that the fixture's larger CSVs get an Excel edition made in the browser, not stored.
const EXCEL_STORED_UP_TO = 1000;
const RELEASE = "2026-01-15-v1.0.0";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-downloads-"));
  site = join(work, "site");
  const pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" });
  await writeFile(join(work, "key.pem"), pem);
  model = await fixtureModel(CLEAN);
  prepared = await prepareDownloads(model, {
    releasesDir: join(work, "releases"),
    record: true,
    signingKey: join(work, "key.pem"),
    excelStoredUpTo: EXCEL_STORED_UP_TO,
  });
  await writeDownloads(prepared, site, recordingEffects(work));
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("the published files", () => {
  test("SHA256SUMS in /data/ and in the release folder pass `sha256sum -c`", () => {
    for (const folder of [join(site, "data"), join(site, "releases", RELEASE)]) {
      const output = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: folder, encoding: "utf8" });
      expect(output).not.toMatch(/FAILED/);
      expect(output).toMatch(/sites\.csv: OK/);
    }
  });

  test("SHA256SUMS lists every file of /data/ and its signature verifies with openssl", async () => {
    const sums = await readFile(join(site, "data", "SHA256SUMS"), "utf8");
    const listed = sums
      .trim()
      .split("\n")
      .map((line) => line.slice(66));
    expect(listed).toContain("datapackage.zip");
    expect(listed).toContain("indicators.json.gz");
    expect(listed).toContain("county/420323/employment.csv");
    expect(listed).toContain("excel/sites.csv");
    expect(listed).toContain("sites.geojson");
    expect(listed).toContain("indicators/areas.csv");
    expect(listed).toContain("indicators/sites-latest.csv");
    expect(listed).toContain("county/420323/indicators/household-employment.csv");
    expect(listed).toContain("excel/county/420323/counties.csv");
    expect([...listed].sort()).toEqual(prepared.index.files.map((f) => f.path).sort());
    const output = execFileSync(
      "openssl",
      [
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        "SHA256SUMS.pub.pem",
        "-rawin",
        "-in",
        "SHA256SUMS",
        "-sigfile",
        "SHA256SUMS.sig",
      ],
      { cwd: join(site, "data"), encoding: "utf8" },
    );
    expect(output).toMatch(/Signature Verified Successfully/);
  });

  test("each canonical CSV reads back through the validator as exactly the validated data", async () => {
    const again = await loadDataDirectory(join(site, "data"), { cwd: site });
    expect(again.problems).toEqual([]);
    expect(again.dataset).toEqual(model.dataset);
    expect(again.meta).toEqual(META);
  });

  test("a CSV already in canonical form is published byte for byte; others are rewritten canonically", async () => {
    expect(await readFile(join(site, "data", "counties.csv"))).toEqual(
      await readFile(join(CLEAN, "counties.csv")),
    );
    // The fixture writes 32.187; the canonical form has six decimals.
    expect(await readFile(join(site, "data", "sites.csv"), "utf8")).toContain(",32.187000,110.330000,");
  });

  // The neutralising of formula-like cells is tested on hostile cells in formats.test.ts; the
  // validator refuses such cells in real data, so here every cell is checked as published.
  test("the Excel edition has a BOM, correct Chinese, and no text cell a spreadsheet would run", async () => {
    for (const name of TABLE_NAMES) {
      const bytes = await readFile(join(site, "data", "excel", `${name}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      const table = tableByName(name);
      const textColumns = table.fields.flatMap((f, i) => (f.type === "string" ? [i] : []));
      for (const row of rows.slice(1)) {
        for (const i of textColumns) expect(row[i] ?? "").not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const sites = new TextDecoder().decode(await readFile(join(site, "data", "excel", "sites.csv")));
    expect(sites).toContain("麻家渡安置小区");
    expect(sites).toContain("\r\n");
  });

  test("a release's manifest is published with the same bytes the release history keeps", async () => {
    const published = await readFile(join(site, "releases", RELEASE, "manifest.json"));
    expect(published).toEqual(await readFile(join(work, "releases", RELEASE, "manifest.json")));
    expect(published.toString("utf8")).toContain('"id": "2026-01-15-v1.0.0"');
  });

  test("the published datapackage.json gives each resource its bytes and sha256 hash", async () => {
    const descriptor = JSON.parse(await readFile(join(site, "data", "datapackage.json"), "utf8")) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      "counties.csv",
      "sites.csv",
      "industries.csv",
      "workshops.csv",
      "employment.csv",
      "services.csv",
      "property.csv",
      "welfare.csv",
      "funds.csv",
      "inspections.csv",
      "reported_totals.csv",
    ]);
    for (const resource of descriptor.resources) {
      const bytes = await readFile(join(site, "data", resource.path));
      expect(resource.bytes).toBe(bytes.byteLength);
      const sha = execFileSync("sha256sum", [resource.path], { cwd: join(site, "data"), encoding: "utf8" });
      expect(resource.hash).toBe(`sha256:${sha.slice(0, 64)}`);
    }
  });

  test("frictionless-js accepts the published package and reads every table with keys and references", async () => {
    const descriptor = JSON.parse(await readFile(join(site, "data", "datapackage.json"), "utf8")) as {
      resources: { profile?: string }[];
    };
    for (const resource of descriptor.resources) resource.profile = "tabular-data-resource";
    const pkg = await Package.load(descriptor, { basePath: join(site, "data") });
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const resource of pkg.resources) {
      counts[resource.name] = (await resource.read({ cast: true, relations: true })).length;
    }
    expect(counts).toEqual(Object.fromEntries(TABLE_NAMES.map((name) => [name, model.dataset[name].length])));
  });

  test("the release folder holds the same data files as /data/", async () => {
    for (const name of ["sites.csv", "employment.csv", "datapackage.json", "datapackage.zip"]) {
      expect(await readFile(join(site, "releases", RELEASE, name))).toEqual(
        await readFile(join(site, "data", name)),
      );
    }
  });
});

/** Every CSV beyond the whole tables, with its Excel edition as the index describes it. */
function csvDownloads(): CsvDownload[] {
  const { slices, figures } = prepared.index;
  return [
    ...Object.values(slices).flatMap((slice) => Object.values(slice)),
    figures.areas,
    figures.latest,
    ...Object.values(figures.sites).flatMap((byIndicator) => Object.values(byIndicator)),
  ];
}

/** The Excel edition of a published CSV as a reader gets it: the stored file, or made as the browser makes it. */
async function excelEditionOf(path: string): Promise<Uint8Array> {
  const download = csvDownloads().find((d) => d.csv.path === path);
  if (!download || download.excelStored) return readFile(join(site, "data", "excel", path));
  const csv = await readFile(join(site, "data", path), "utf8");
  return new TextEncoder().encode(excelFromCanonical(csv, download.textColumns));
}

/** Every canonical CSV that SHA256SUMS lists (the Excel editions left out). */
async function publishedCsvs(): Promise<string[]> {
  const sums = await readFile(join(site, "data", "SHA256SUMS"), "utf8");
  return sums
    .trim()
    .split("\n")
    .map((line) => line.slice(66))
    .filter((path) => path.endsWith(".csv") && !path.startsWith("excel/"));
}

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

describe("the Excel editions", () => {
  test("every published CSV has one, stored or made in the browser, and both kinds occur", async () => {
    const csvs = await publishedCsvs();
    expect(csvs.length).toBeGreaterThan(11 + 2 * 11);
    const byPath = new Map(csvDownloads().map((d) => [d.csv.path, d]));
    for (const path of csvs) {
      const download = byPath.get(path);
      const stored = await stat(join(site, "data", "excel", path)).then(
        () => true,
        () => false,
      );
      // The whole tables keep their stored editions; every other CSV is in the index.
      expect(stored || download?.excelStored === false, path).toBe(true);
      if (download) expect(stored, path).toBe(download.excelStored);
    }
    expect(csvDownloads().some((d) => d.excelStored)).toBe(true);
    expect(csvDownloads().some((d) => !d.excelStored)).toBe(true);
  });

  test("each decodes as strict UTF-8 after its BOM, ends every line with CRLF and holds the CSV's cells", async () => {
    const csvs = await publishedCsvs();
    for (const path of csvs) {
      const bytes = await excelEditionOf(path);
      expect([...bytes.subarray(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
      const text = strict.decode(bytes.subarray(3));
      expect(text.endsWith("\r\n"), path).toBe(true);
      expect(text.replaceAll("\r\n", ""), path).not.toMatch(/[\r\n]/);
      const canonical = await readFile(join(site, "data", path), "utf8");
      const excelCells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      const canonicalCells = Papa.parse<string[]>(canonical, { skipEmptyLines: true }).data;
      // The sample data holds no formula-like cell, so the cells are the same.
      expect(excelCells, path).toEqual(canonicalCells);
    }
    const zhushan = strict.decode(
      (await excelEditionOf("county/420323/indicators/household-employment.csv")).subarray(3),
    );
    expect(zhushan).toContain("竹山县");
  });

  test("one made in the browser is byte for byte the edition the build summed: its listed size and SHA-256", async () => {
    const made = csvDownloads().filter((d) => !d.excelStored);
    for (const download of made) {
      const csv = await readFile(join(site, "data", download.csv.path), "utf8");
      const bytes = new TextEncoder().encode(excelFromCanonical(csv, download.textColumns));
      expect(bytes.byteLength, download.csv.path).toBe(download.excel.bytes);
      expect(createHash("sha256").update(bytes).digest("hex"), download.csv.path).toBe(download.excel.sha256);
    }
  });
});

describe("the indicator CSVs", () => {
  let document: IndicatorsDocument;
  const key = (r: { indicator: string; level: string; code: string; period: string }) =>
    `${r.indicator} ${r.level} ${r.code} ${r.period}`;
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

  beforeAll(async () => {
    const gz = await readFile(join(site, "data", "indicators.json.gz"));
    document = JSON.parse(gunzipSync(gz).toString("utf8")) as IndicatorsDocument;
  });

  async function rowsOf(path: string): Promise<Record<string, string>[]> {
    const text = await readFile(join(site, "data", path), "utf8");
    return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  }

  test("hold every value of indicators.json.gz once, with the same numbers, status and reason", async () => {
    const { figures } = prepared.index;
    const paths = [
      figures.areas.csv.path,
      ...Object.values(figures.sites).flatMap((byIndicator) =>
        Object.values(byIndicator).map((d) => d.csv.path),
      ),
    ];
    const rows = new Map<string, Record<string, string>>();
    for (const path of paths) {
      for (const row of await rowsOf(path)) {
        expect(rows.has(key(row as never)), key(row as never)).toBe(false);
        rows.set(key(row as never), row);
      }
    }
    expect(rows.size).toBe(document.values.length);
    for (const v of document.values) {
      const row = rows.get(key(v));
      expect(row, key(v)).toBeDefined();
      expect(
        [row!.numerator, row!.denominator, row!.value, row!.target, row!.status, row!.reason],
        key(v),
      ).toEqual([
        cell(v.numerator),
        cell(v.denominator),
        cell(v.value),
        cell(v.target),
        v.status,
        v.reason ?? "",
      ]);
      expect([row!.reporting, row!.expected]).toEqual([
        cell(v.reporting?.reporting),
        cell(v.reporting?.expected),
      ]);
      // The value reads back to the very same number.
      if (v.value !== null) expect(Number(row!.value)).toBe(v.value);
    }
  });

  test("name each site and its county in both languages", async () => {
    const rows = await rowsOf("county/420323/indicators/household-employment.csv");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const site = model.dataset.sites.find((s) => s.site_id === row.code)!;
      expect([row.name_zh, row.name_en, row.county_zh, row.county_en]).toEqual([
        site.name_zh,
        site.name_en ?? "",
        "竹山县",
        "Zhushan County",
      ]);
    }
  });

  test("the wide table holds every site's figures in each indicator's latest period", async () => {
    const rows = await rowsOf(prepared.index.figures.latest.csv.path);
    expect(rows.map((r) => r.site_id).sort()).toEqual(model.dataset.sites.map((s) => s.site_id).sort());
    const siteValues = document.values.filter((v) => v.level === "site");
    const ids = [...new Set(siteValues.map((v) => v.indicator))];
    for (const id of ids) {
      const latest = siteValues
        .filter((v) => v.indicator === id)
        .map((v) => v.period)
        .sort()
        .at(-1)!;
      for (const row of rows) {
        const v = siteValues.find((x) => x.indicator === id && x.code === row.site_id && x.period === latest);
        expect(
          [row[`${id}.period`], row[`${id}.numerator`], row[`${id}.denominator`], row[`${id}.value`]],
          `${id} ${row.site_id}`,
        ).toEqual(v ? [latest, cell(v.numerator), cell(v.denominator), cell(v.value)] : ["", "", "", ""]);
      }
    }
  });
});
