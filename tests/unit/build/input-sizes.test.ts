/**
 * Sizes before bytes: a file of any size in a data folder never crashes the build. A table over
 * the size cap is refused from its size alone before the fingerprint reads anything, and the
 * fingerprint hashes by streaming, so a 2 GiB file (more than Node reads whole) is hashed too.
 * The large files are sparse (made by truncate), so they take no disk space.
 */
import { cp, mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { buildFingerprint } from "../../../scripts/lib/fingerprint.ts";

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURE = join(ROOT, "tests/fixtures/site-small");
// One byte more than Node's limit for reading a file whole (2 GiB - 1).
const TWO_GIB = 2 ** 31;
let work = "";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-sizes-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("a 2 GiB file in the data folder", { timeout: 180_000 }, () => {
  test("makes anju build refuse the table as too large, by its size, before hashing or reading it", async () => {
    const data = join(work, "oversized-table");
    await cp(FIXTURE, data, { recursive: true });
    await writeFile(join(data, "employment.csv"), "");
    await truncate(join(data, "employment.csv"), TWO_GIB);
    const effects = recordingEffects(work);
    const started = performance.now();
    const code = await main(
      ["build", data, "--out", join(work, "site"), "--config", join(ROOT, "config/site.json")],
      effects,
    );
    const log = effects.stderr.join("\n");
    expect(code, log).toBe(1);
    expect(log).toMatch(
      /oversized-table\/employment\.csv:+ file-too-large: the file is 2048\.0 MB, over the 512 MB cap/,
    );
    expect(log).not.toMatch(/▸ validate/);
    expect(log).toMatch(/Nothing was published/);
    // Reading 2 GiB would take far longer than looking at the file's size.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test("that no table holds is hashed into the fingerprint by streaming", async () => {
    const data = join(work, "stray-file");
    await cp(FIXTURE, data, { recursive: true });
    const options = { dataDir: data, configPath: join(ROOT, "config/site.json"), projectRoot: ROOT };
    const without = await buildFingerprint(options);
    await mkdir(join(data, "backup"));
    await writeFile(join(data, "backup/export.zip"), "");
    await truncate(join(data, "backup/export.zip"), TWO_GIB);
    const withLarge = await buildFingerprint(options);
    expect(withLarge).toMatch(/^[0-9a-f]{64}$/);
    expect(withLarge).not.toBe(without);
  });
});
