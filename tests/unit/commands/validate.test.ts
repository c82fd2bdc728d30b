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

  test("--lang zh prints the summary and every message in Chinese", async () => {
    const effects = recordingEffects(await dataset({ "counties.csv": BAD_COUNTIES }));
    expect(await main(["validate", "data", "--lang", "zh"], effects)).toBe(1);
    const lines = effects.stdout.join("").split("\n");
    expect(lines[0]).toMatch(/^\d+ 个文件中有 \d+ 个错误、0 个提醒$/);
    expect(lines).toContain(
      "data/counties.csv:3:county_code: duplicate-key: county_code 420323 在第 2 行已经出现过。每个只能出现一次：请合并这两行，或删除其中一行。",
    );
  });

  test("--format json prints an array of {file, row, column, code, severity, message, message_zh}", async () => {
    const effects = recordingEffects(await dataset({ "counties.csv": BAD_COUNTIES }));
    expect(await main(["validate", "--format", "json"], effects)).toBe(1);
    const problems = JSON.parse(effects.stdout.join("")) as Record<string, unknown>[];
    expect(Object.keys(problems[0]!)).toEqual([
      "file",
      "row",
      "column",
      "code",
      "severity",
      "message",
      "message_zh",
    ]);
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

  describe(
    "with 200,000 problems in one file (more than a spread call can pass)",
    { timeout: 120_000 },
    () => {
      // Every county code breaks its pattern: one constraint problem a row, and the sites then point
      // to counties that are not there.
      const rows = Array.from({ length: 200_000 }, (_, i) => `x${i},县${i},County ${i}`);
      const counties = `county_code,name_zh,name_en\n${rows.join("\n")}\n`;

      test("--format json lists every problem", async () => {
        const effects = recordingEffects(await dataset({ "counties.csv": counties }));
        expect(await main(["validate", "--format", "json"], effects)).toBe(1);
        const problems = JSON.parse(effects.stdout.join("")) as { file: string; code: string }[];
        const own = problems.filter((p) => p.file === "data/counties.csv");
        expect(own).toHaveLength(200_000);
        expect(own.every((p) => p.code === "constraint")).toBe(true);
      });

      test("the text shows the first 100 of the code in the file, then one line with the count of the rest", async () => {
        const effects = recordingEffects(await dataset({ "counties.csv": counties }));
        expect(await main(["validate"], effects)).toBe(1);
        const lines = effects.stdout.join("").split("\n");
        const own = lines.filter((line) => line.startsWith("data/counties.csv:"));
        expect(own).toHaveLength(101);
        expect(own.slice(0, 100).every((line) => line.includes(": constraint: "))).toBe(true);
        expect(own[0]).toMatch(/^data\/counties\.csv:2:county_code: constraint: /);
        expect(own[100]).toBe(
          "data/counties.csv::: constraint: … and 199,900 more constraint problems in this file. Run with --format json to list every one.",
        );
        expect(lines[0]).toMatch(/^2\d{5} errors, 0 warnings in \d+ files$/);
      });
    },
  );

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
