/**
 * `anju build` on a data directory whose datapackage.json is missing or wrong stops at the
 * validate stage with the validator's message and exit 1: no stack trace, nothing published.
 */
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURE = join(ROOT, "tests/fixtures/site-small");
let work = "";

afterEach(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The two-site fixture with its descriptor changed by `spoil`. */
async function spoiled(spoil: (path: string) => Promise<void>): Promise<string> {
  work = await mkdtemp(join(tmpdir(), "anju-build-package-"));
  await cp(FIXTURE, join(work, "data"), { recursive: true });
  await spoil(join(work, "data", "datapackage.json"));
  return work;
}

async function withAnju(path: string, anju: unknown): Promise<void> {
  const descriptor = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  await writeFile(path, JSON.stringify({ ...descriptor, anju }));
}

const CASES: [string, (path: string) => Promise<void>, string][] = [
  ["is missing", (path) => rm(path), "datapackage-missing"],
  ["is a folder", (path) => rm(path).then(() => mkdir(path)), "datapackage-unreadable"],
  ["is not JSON", (path) => writeFile(path, '{"anju": {"version": "1.0.0",}'), "datapackage-unreadable"],
  ["is not a descriptor", (path) => writeFile(path, '"data"'), "datapackage-invalid"],
  ["has no anju section", (path) => withAnju(path, undefined), "datapackage-anju"],
  [
    "has an anju section without a date",
    (path) => withAnju(path, { version: "1.0.0", sample: false }),
    "datapackage-anju",
  ],
];

describe("anju build with a bad datapackage.json", { timeout: 60_000 }, () => {
  test.each(CASES)(
    "stops with exit 1 and the validator's message when the file %s",
    async (_, spoil, code) => {
      const dir = await spoiled(spoil);
      const effects = recordingEffects(dir);
      const config = join(ROOT, "config/site.json");
      const exit = await main(["build", "data", "--out", "site", "--config", config], effects);
      const log = [...effects.stdout, ...effects.stderr].join("\n");
      expect(exit, log).toBe(1);
      expect(log).toContain(`data/datapackage.json::: ${code}: `);
      expect(log).toContain("Nothing was published");
      expect(log).not.toMatch(/^\s+at /m);
      await expect(stat(join(dir, "site"))).rejects.toThrow();
    },
  );
});
