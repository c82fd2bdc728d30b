import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import type { IndicatorsDocument } from "../../../src/lib/indicators/index.ts";

const CLEAN = join(import.meta.dirname, "../../fixtures/validate/clean");
let dir = "";

// A workspace with the clean fixture in data/ and its indicators published as published.json.
async function published() {
  dir = await mkdtemp(join(tmpdir(), "anju-verify-"));
  await cp(CLEAN, join(dir, "data"), { recursive: true });
  expect(await main(["compute", "data", "--out", "published.json"], recordingEffects(dir))).toBe(0);
  return dir;
}

async function edit(file: string, change: (text: string) => string) {
  await writeFile(join(dir, file), change(await readFile(join(dir, file), "utf8")));
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("anju verify", () => {
  test("exits 0 and says how many figures it checked when all match", async () => {
    const effects = recordingEffects(await published());
    expect(await main(["verify", "data", "--against", "published.json"], effects)).toBe(0);
    expect(effects.stdout.join("")).toBe("117 figures checked, 117 match.");
  });

  test("lists a published figure that differs from the recomputed one and exits 1", async () => {
    const effects = recordingEffects(await published());
    await edit("published.json", (text) => {
      const document = JSON.parse(text) as IndicatorsDocument;
      const city = document.values.find((v) => v.indicator === "household-employment" && v.level === "city")!;
      city.numerator = 3851;
      return JSON.stringify(document);
    });
    expect(await main(["verify", "--against", "published.json"], effects)).toBe(1);
    const lines = effects.stdout.join("").split("\n");
    expect(lines[0]).toBe("117 figures checked, 116 match, 1 differ.");
    expect(lines[1]).toMatch(
      /^household-employment city 420300 2019Q4: published 3851\/3955 = .*; recomputed 3850\/3955 = /,
    );
  });

  test("names the input files that differ from those the published figures came from", async () => {
    const effects = recordingEffects(await published());
    // Zhushan's site now reports 45 employed households instead of 50.
    await edit("data/employment.csv", (text) =>
      text.replace("420323-0001,2019Q4,110,55,50,", "420323-0001,2019Q4,110,55,45,"),
    );
    expect(await main(["verify", "--against", "published.json"], effects)).toBe(1);
    const output = effects.stdout.join("");
    expect(output).toContain("household-employment site 420323-0001 2019Q4: published 50/55");
    expect(output).toMatch(
      /^input employment\.csv differs: published sha256 [0-9a-f]{64}, data [0-9a-f]{64}$/m,
    );
    expect(output).not.toContain("input sites.csv");
  });

  test("fetches the published file over http", async () => {
    await published();
    const body = await readFile(join(dir, "published.json"));
    const server = createServer((_, response) => response.end(body));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const { port } = server.address() as AddressInfo;
      const effects = recordingEffects(dir);
      expect(await main(["verify", "--against", `http://127.0.0.1:${port}/indicators.json`], effects)).toBe(
        0,
      );
    } finally {
      server.close();
    }
  });

  test.each([
    ["without --against", ["verify"]],
    ["for a URL that is not http(s)", ["verify", "--against", "ftp://example.org/indicators.json"]],
    ["for a file that is not an indicators file", ["verify", "--against", "data/counties.csv"]],
  ])("exits 2 %s", async (_, args) => {
    const effects = recordingEffects(await published());
    expect(await main(args, effects)).toBe(2);
    expect(effects.stderr.join("")).toMatch(/^anju verify: /);
  });
});
