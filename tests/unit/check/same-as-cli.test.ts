/**
 * The check page's core gives what `anju validate --format json` gives, for every defect fixture:
 * the fixture's folder (the clean dataset with its defect) is validated by the command, and the
 * same files, read into memory under their names, by `checkFiles`.
 */
import { readFileSync } from "node:fs";
import { cp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { JSON_FIELDS } from "../../../scripts/commands/validate.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { BUNDLED_BOUNDARIES } from "../../../scripts/lib/load-data.ts";
import { checkFiles } from "../../../src/lib/check/index.ts";
import { insideCountyOf, type CountyBoundaries } from "../../../src/lib/geo/boundaries.ts";
import { defectNames, FIXTURES, withDefect as withDefectIn } from "../defect-fixture.ts";

const DEFECTS = await defectNames();
const boundaries = JSON.parse(readFileSync(BUNDLED_BOUNDARIES, "utf8")) as CountyBoundaries;
const scratch: string[] = [];

/** The clean dataset with a defect laid over it, in a fresh folder. */
const withDefect = (defect: string) => withDefectIn(defect, scratch);

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("checkFiles gives the problems anju validate --format json gives", () => {
  test("there are defect fixtures to compare", () => {
    expect(DEFECTS.length).toBeGreaterThan(60);
  });

  test.each(DEFECTS)("%s", async (defect) => {
    const dir = await withDefect(defect);
    const effects = recordingEffects(dir);
    await main(["validate", ".", "--format", "json"], effects);
    const cli: unknown = JSON.parse(effects.stdout.join(""));
    const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => ({ name: entry.name, bytes: readFileSync(join(entry.parentPath, entry.name)) }));
    const outcome = checkFiles(files, { insideCounty: insideCountyOf(boundaries) });
    expect(JSON.parse(JSON.stringify(outcome.problems, JSON_FIELDS))).toEqual(cli);
    expect(outcome.ignored).toEqual([]);
  });
});

describe("checkFiles without a datapackage.json", () => {
  const published = readFileSync(join(import.meta.dirname, "../../../data/datapackage.json"));

  test.each(["datapackage.missing", "sites.duplicate-id"])(
    "%s: checks against the published contract, as the CLI does for the folder with it added",
    async (defect) => {
      const dir = await withDefect(defect);
      await rm(join(dir, "datapackage.json"), { force: true });
      const files = (await readdir(dir)).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
      await cp(join(import.meta.dirname, "../../../data/datapackage.json"), join(dir, "datapackage.json"));
      const effects = recordingEffects(dir);
      await main(["validate", ".", "--format", "json"], effects);
      const outcome = checkFiles(files, {
        insideCounty: insideCountyOf(boundaries),
        publishedDescriptor: published,
      });
      expect(outcome.publishedDescriptor).toBe(true);
      expect(outcome.problems.some((p) => p.file === "datapackage.json")).toBe(false);
      expect(JSON.parse(JSON.stringify(outcome.problems, JSON_FIELDS))).toEqual(
        JSON.parse(effects.stdout.join("")),
      );
    },
  );

  test("reports the descriptor missing when no published one is supplied either, as the CLI does", () => {
    const outcome = checkFiles([]);
    expect(outcome.publishedDescriptor).toBe(false);
    expect(outcome.problems.filter((p) => p.file === "datapackage.json").map((p) => p.code)).toEqual([
      "datapackage-missing",
    ]);
  });
});

describe("checkFiles on a partial set", () => {
  const clean = join(FIXTURES, "clean");
  const read = (name: string) => ({ name: `导出/${name}`, bytes: readFileSync(join(clean, name)) });

  test("names files by their base name, ignores files of other names and second copies", () => {
    const outcome = checkFiles([
      read("sites.csv"),
      read("sites.csv"),
      { name: "备注.txt", bytes: new Uint8Array() },
    ]);
    expect(outcome.checked).toEqual(["sites.csv"]);
    expect(outcome.ignored).toEqual([
      { name: "导出/sites.csv", reason: "duplicate" },
      { name: "备注.txt", reason: "unknown" },
    ]);
  });

  test("says which references were not checked because their table was not given", () => {
    // employment.csv points to sites (site_id) and sites to counties (county_code); neither is given.
    const outcome = checkFiles([read("employment.csv")]);
    expect(outcome.skipped).toEqual([{ table: "employment", column: "site_id", needs: "sites" }]);
    const both = checkFiles([read("employment.csv"), read("sites.csv")]);
    expect(both.skipped).toEqual([{ table: "sites", column: "county_code", needs: "counties" }]);
  });
});
