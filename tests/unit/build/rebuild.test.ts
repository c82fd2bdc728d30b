/**
 * `anju rebuild` on a release built from the two-site fixture: the honest rebuild matches every
 * file of the site as first published, and a published page changed by one byte after the build
 * (the list then records what went out) is reported, alone, with exit 1.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { compareWithRelease, readReleaseToRebuild } from "../../../scripts/lib/rebuild.ts";
import { sha256File } from "../../../scripts/lib/build-record.ts";

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURE = join(ROOT, "tests/fixtures/site-small");
// The fixture's datapackage.json: version test-1, created 2026-01-01.
const ID = "2026-01-01-vtest-1";
const PAGE = "en/about/index.html";
let work = "";
let saved: { releases: string | undefined; key: string | undefined } = {
  releases: undefined,
  key: undefined,
};

async function anju(...args: string[]) {
  const effects = recordingEffects(work);
  const code = await main(args, effects);
  return { code, out: effects.stdout.join("\n"), log: effects.stderr.join("\n") };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-rebuild-"));
  saved = { releases: process.env.ANJU_RELEASES_DIR, key: process.env.ANJU_SIGNING_KEY };
  delete process.env.ANJU_RELEASES_DIR;
  delete process.env.ANJU_SIGNING_KEY;
});
afterAll(async () => {
  if (saved.releases !== undefined) process.env.ANJU_RELEASES_DIR = saved.releases;
  if (saved.key !== undefined) process.env.ANJU_SIGNING_KEY = saved.key;
  await rm(work, { recursive: true, force: true });
});

describe("anju rebuild", { timeout: 600_000 }, () => {
  test("reports exactly the page changed after the build, and the honest rebuild matches every file", async () => {
    const history = join(work, "history");
    const site = join(work, "site");
    const built = await anju(
      "build",
      FIXTURE,
      "--out",
      site,
      "--config",
      join(ROOT, "config/site.json"),
      "--releases",
      history,
    );
    expect(built.code, built.log).toBe(0);

    const release = join(history, ID);
    const manifest = JSON.parse(await readFile(join(release, "manifest.json"), "utf8")) as {
      build: { data: string };
    };
    expect(manifest.build.data).toBe("tests/fixtures/site-small");
    const honestList = await readFile(join(release, "site.sha256"), "utf8");
    expect(honestList).toContain(`  ${PAGE}\n`);
    expect(honestList).toContain("  data/SHA256SUMS\n");
    expect(honestList).toContain(`  releases/${ID}/manifest.json\n`);

    // The publisher edits one byte of a published page by hand; the list records what went out.
    const page = join(site, PAGE);
    const html = await readFile(page, "utf8");
    await writeFile(page, html.replace("</h1>", "!</h1>"));
    const tampered = honestList.replace(
      /^[0-9a-f]{64}(?= {2}en\/about\/index\.html$)/m,
      await sha256File(page),
    );
    expect(tampered).not.toBe(honestList);
    await writeFile(join(release, "site.sha256"), tampered);

    const rebuilt = await anju("rebuild", release, "--code", ROOT, "--keep");
    expect(rebuilt.code, rebuilt.log).toBe(1);
    expect(rebuilt.out).toBe(`differs  ${PAGE}`);

    // The same rebuilt site against the honest list: nothing differs.
    const scratch = /scratch folder kept: (.+)$/m.exec(rebuilt.log)![1]!;
    await writeFile(join(release, "site.sha256"), honestList);
    const honest = await compareWithRelease(await readReleaseToRebuild(release), join(scratch, "site"));
    await rm(scratch, { recursive: true, force: true });
    expect(honest).toEqual({ differing: [], missing: [], extra: [], unreproducible: [] });
  });

  test("refuses a release published before Anju recorded how it was built", async () => {
    const { code, log } = await anju("rebuild", join(ROOT, "releases/2026-01-15-v2025.4.0-sample"));
    expect(code).toBe(1);
    expect(log).toMatch(/published before Anju recorded how a release is built/);
  });

  test("says a URL is not supported and what to do instead", async () => {
    const { code, log } = await anju("rebuild", "https://anju.example.org/releases/x/");
    expect(code).toBe(2);
    expect(log).toMatch(/download the release folder/);
  });
});
