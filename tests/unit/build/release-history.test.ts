/**
 * Releases are permanent, whichever directory is built. A build of a directory other than the
 * checkout's own data/ records its release where --releases says, or nowhere: never in the
 * checkout's releases/ (a test build once replaced the committed sample release's zip). Data that
 * differs from a published release under its version is refused with exit 1, whether the release
 * is in the history or served by the site at --out.
 */
import { cp, mkdtemp, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { listFiles } from "../../../scripts/lib/walk.ts";
import { treeHashes } from "./support/tree-hashes.ts";

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURE = join(ROOT, "tests/fixtures/site-small");
// The committed sample release: 2026-01-15, version 2025.4.0-sample.
const SAMPLE_ID = "2026-01-15-v2025.4.0-sample";
let work = "";
let saved: string | undefined;

/** Copies the two-site fixture under the committed sample release's version and date. */
async function underSampleVersion(name: string): Promise<string> {
  const dir = join(work, name);
  await cp(FIXTURE, dir, { recursive: true });
  const descriptor = await readFile(join(dir, "datapackage.json"), "utf8");
  await writeFile(
    join(dir, "datapackage.json"),
    descriptor.replaceAll('"test-1"', '"2025.4.0-sample"').replaceAll('"2026-01-01"', '"2026-01-15"'),
  );
  return dir;
}

async function build(data: string, ...args: string[]) {
  const effects = recordingEffects(work);
  const code = await main(["build", data, "--config", join(ROOT, "config/site.json"), ...args], effects);
  return { code, log: effects.stderr.join("\n") };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-release-history-"));
  saved = process.env.ANJU_RELEASES_DIR;
  delete process.env.ANJU_RELEASES_DIR;
});
afterAll(async () => {
  if (saved !== undefined) process.env.ANJU_RELEASES_DIR = saved;
  await rm(work, { recursive: true, force: true });
});

describe("anju build and the release history", { timeout: 240_000 }, () => {
  test("records nothing in the checkout's releases/ when it builds another directory, even under the same version", async () => {
    const committed = await treeHashes(join(ROOT, "releases"));
    const { code, log } = await build(await underSampleVersion("other"), "--out", join(work, "site"));
    expect(code, log).toBe(0);
    expect(log).toMatch(new RegExp(`release ${SAMPLE_ID} recorded in no history`));
    expect(await treeHashes(join(ROOT, "releases"))).toEqual(committed);
  });

  test("refuses with exit 1 different data under a version --releases already holds, and changes nothing", async () => {
    const history = join(work, "history");
    await cp(join(ROOT, "releases"), history, { recursive: true });
    const before = await treeHashes(history);
    const { code, log } = await build(
      await underSampleVersion("other-2"),
      "--out",
      join(work, "site-2"),
      "--releases",
      history,
    );
    expect(code, log).toBe(1);
    expect(log).toMatch(new RegExp(`the data differs from release ${SAMPLE_ID}, which is already published`));
    expect(log).toMatch(/Give the new data its own version and date in datapackage\.json/);
    expect(log).toMatch(/record an erratum/);
    expect(await treeHashes(history)).toEqual(before);
    expect(await listFiles(work)).not.toContain("site-2/index.html");
  });

  test("refuses with exit 1 different data under a version the site at --out serves, with no history", async () => {
    const site = join(work, "site");
    const published = await readlink(site);
    const changed = await underSampleVersion("changed");
    const employment = await readFile(join(changed, "employment.csv"), "utf8");
    await writeFile(join(changed, "employment.csv"), employment.replace(",70,40\n", ",75,40\n"));
    const { code, log } = await build(changed, "--out", site);
    expect(code, log).toBe(1);
    expect(log).toMatch(
      new RegExp(`release ${SAMPLE_ID}, which is already published \\(site/releases/${SAMPLE_ID}/\\)`),
    );
    expect(await readlink(site)).toBe(published);
  });
});
