/**
 * The downloads as `anju build` publishes them, checked independently: `sha256sum -c` and
 * `openssl` on the real files, frictionless-js on the published package, and Anju's own validator
 * reading the published CSVs back to exactly the validated data.
 */
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Package } from "datapackage";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PortalModel } from "../../../src/data/context.ts";
import { loadDataDirectory } from "../../../scripts/lib/load-data.ts";
import { loadSiteConfig, modelFromLoaded } from "../../../scripts/lib/model.ts";
import { prepareDownloads, writeDownloads } from "../../../scripts/lib/downloads.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { TABLE_NAMES, tableByName } from "../../../src/lib/schema/index.ts";

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
const RELEASE = "2026-01-15-v1.0.0";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-downloads-"));
  site = join(work, "site");
  const pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" });
  await writeFile(join(work, "key.pem"), pem);
  model = await fixtureModel(CLEAN);
  const prepared = await prepareDownloads(model, {
    releasesDir: join(work, "releases"),
    record: true,
    signingKey: join(work, "key.pem"),
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
    expect(listed).toHaveLength(11 * 3 + 1 + 2 * 11 + 4);
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
