import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sampleCommand } from "../../../scripts/commands/sample.ts";
import { CliError } from "../../../scripts/lib/cli-error.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { describePackage } from "../../../src/lib/schema/datapackage.ts";

const DATA = resolve(import.meta.dirname, "../../../data");

function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
    )
    .sort();
}

let temp: string;
const run = async (...args: string[]) => {
  const effects = recordingEffects(temp);
  const code = await sampleCommand.run(args, effects);
  return { code, effects };
};

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), "anju-sample-"));
  await run("--out", "a");
  await run("--out", "b");
  await run("--out", "c", "--seed", "7");
}, 120_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe("anju sample", () => {
  test("writes the same bytes for the same seed", () => {
    const files = filesUnder(join(temp, "a"));
    expect(filesUnder(join(temp, "b"))).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(temp, "b", file)).equals(readFileSync(join(temp, "a", file))), file).toBe(
        true,
      );
    }
  });

  test("writes different data for a different seed", () => {
    expect(readFileSync(join(temp, "c/sites.csv")).equals(readFileSync(join(temp, "a/sites.csv")))).toBe(
      false,
    );
  });

  test("the committed data/ is exactly the default output", () => {
    const files = filesUnder(join(temp, "a"));
    // reference/ holds independently published figures, which travel with data/ but are not generated.
    expect(filesUnder(DATA).filter((file) => !file.startsWith("reference/"))).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(DATA, file)).equals(readFileSync(join(temp, "a", file))), file).toBe(true);
    }
  });

  test("writes the 11 tables, the package descriptor, the README and the boundaries", () => {
    expect(filesUnder(join(temp, "a"))).toEqual(
      [
        "README.md",
        "counties.csv",
        "datapackage.json",
        "employment.csv",
        "funds.csv",
        "geo/README.md",
        "geo/counties.geojson",
        "industries.csv",
        "inspections.csv",
        "property.csv",
        "reported_totals.csv",
        "services.csv",
        "sites.csv",
        "welfare.csv",
        "workshops.csv",
      ].sort(),
    );
  });

  test("marks the package and the README as sample data", () => {
    const pkg = JSON.parse(readFileSync(join(temp, "a/datapackage.json"), "utf8")) as ReturnType<
      typeof describePackage
    >;
    expect(pkg.anju.sample).toBe(true);
    expect(pkg.version).toBe("2025.4.3-sample");
    expect(pkg.created).toBe("2026-12-02");
    expect(readFileSync(join(temp, "a/README.md"), "utf8")).toContain("This is sample data");
  });

  test("writes UTF-8 CSV with LF line ends and a header row", () => {
    const text = readFileSync(join(temp, "a/counties.csv"), "utf8");
    expect(text.startsWith("county_code,name_zh,name_en\n")).toBe(true);
    expect(text).not.toContain("\r");
    expect(text).toContain("420323,竹山县,Zhushan County\n");
  });

  test.each([
    [["--scale", "moon"], "--scale must be shiyan or national"],
    [["--seed=-1"], "--seed must be a whole number"],
    [["--seed", "1.5"], "--seed must be a whole number"],
    [["--colour"], "unknown option --colour"],
  ])("refuses %j with exit status 2", async (args, message) => {
    const error = await run(...args).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toContain(message);
  });

  test("explains its usage, options, exit codes and an example in --help", () => {
    expect(sampleCommand.help).toMatch(/Usage: anju sample/);
    expect(sampleCommand.help).toMatch(/--scale/);
    expect(sampleCommand.help).toMatch(/Exit status/);
    expect(sampleCommand.help).toMatch(/Example/);
  });
});
