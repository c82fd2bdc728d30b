import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";

const CLEAN = join(import.meta.dirname, "../../fixtures/validate/clean");
let dir = "";

async function dataset(changes: Record<string, string> = {}) {
  dir = await mkdtemp(join(tmpdir(), "anju-cli-"));
  await cp(CLEAN, join(dir, "data"), { recursive: true });
  for (const [file, text] of Object.entries(changes)) await writeFile(join(dir, "data", file), text);
  return dir;
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const BAD_COUNTIES = "county_code,name_zh,name_en\n420323,竹山县,Zhushan County\n420323,郧阳区,Yunyang\n";

describe("anju validate", () => {
  test("exits 0 and says so when the data fits the contract", async () => {
    const effects = recordingEffects(await dataset());
    expect(await main(["validate"], effects)).toBe(0);
    expect(effects.stdout.join("")).toBe("No problems: the data fits the contract.");
  });

  test("prints a summary line first, then FILE:ROW:COLUMN: CODE: message, and exits 1 on errors", async () => {
    const effects = recordingEffects(await dataset({ "counties.csv": BAD_COUNTIES }));
    expect(await main(["validate", "data"], effects)).toBe(1);
    const lines = effects.stdout.join("").split("\n");
    // The second 420323 row duplicates the key; 420304 then no longer exists for its site and rows.
    expect(lines[0]).toMatch(/^\d+ errors, 0 warnings in \d+ files$/);
    expect(lines).toContain(
      "data/counties.csv:3:county_code: duplicate-key: county_code 420323 already appears in row 2. Each must appear once: merge or delete one of the rows.",
    );
  });

  test("--format json prints an array of {file, row, column, code, severity, message}", async () => {
    const effects = recordingEffects(await dataset({ "counties.csv": BAD_COUNTIES }));
    expect(await main(["validate", "--format", "json"], effects)).toBe(1);
    const problems = JSON.parse(effects.stdout.join("")) as Record<string, unknown>[];
    expect(Object.keys(problems[0]!)).toEqual(["file", "row", "column", "code", "severity", "message"]);
    expect(problems.map((p) => [p.file, p.row, p.code])).toContainEqual([
      "data/counties.csv",
      3,
      "duplicate-key",
    ]);
  });

  test("warnings alone exit 0", async () => {
    const effects = recordingEffects(
      await dataset({
        "counties.csv": "county_code,name_zh,name_en\n４２０３２３,竹山县,Zhushan\n420304,郧阳区,Yunyang\n",
      }),
    );
    expect(await main(["validate"], effects)).toBe(0);
    expect(effects.stdout.join("")).toMatch(/^0 errors, 1 warning in 1 file\n/);
  });

  test.each([
    [["validate", "--format", "xml"], /--format must be text or json/],
    [["validate", "--bogus"], /unknown option --bogus/],
    [["validate", "a", "b"], /give one data directory/],
    [["validate", "no-such-dir"], /no data directory at no-such-dir/],
  ])("wrong usage %j exits 2 with a message", async (args, message) => {
    const effects = recordingEffects(await dataset());
    expect(await main(args, effects)).toBe(2);
    expect(effects.stderr.join("")).toMatch(message);
  });

  test("--help describes the command and exits 0", async () => {
    const effects = recordingEffects();
    expect(await main(["validate", "--help"], effects)).toBe(0);
    expect(effects.stdout.join("")).toMatch(/^Usage: anju validate \[DIR\]/);
  });
});
