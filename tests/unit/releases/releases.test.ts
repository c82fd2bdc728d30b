/**
 * Releases: the diff between two hand-made fixture releases lists exactly the rows and cells that
 * changed; the history records a new release, leaves an unchanged one alone, and refuses to
 * change a published one.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PortalModel } from "../../../src/data/context.ts";
import { loadDataDirectory } from "../../../scripts/lib/load-data.ts";
import { loadSiteConfig, modelFromLoaded } from "../../../scripts/lib/model.ts";
import { prepareDownloads, writeDownloads } from "../../../scripts/lib/downloads.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { loadReleaseHistory, releasesDirFor, servedReleases } from "../../../scripts/lib/releases.ts";
import { diffTable, indicatorMoves } from "../../../src/lib/releases/diff.ts";
import { errataBlocks } from "../../../src/lib/releases/errata.ts";
import { releasesFeed } from "../../../src/lib/releases/feed.ts";
import { releaseId, type SnapshotValue } from "../../../src/lib/releases/manifest.ts";
import { routePath, sitemapXml } from "../../../src/lib/releases/sitemap.ts";
import { xmlError } from "../../../src/lib/publish/xml.ts";
import { jsonLdText } from "../../../src/lib/downloads/views.ts";
import { employmentTable } from "../../../src/lib/schema/employment.ts";
import { TABLE_NAMES } from "../../../src/lib/schema/index.ts";
import type { PackageMeta } from "../../../src/lib/schema/datapackage.ts";

const ROOT = join(import.meta.dirname, "../../..");
const CLEAN = join(ROOT, "tests/fixtures/validate/clean");
const CHANGED = join(ROOT, "tests/fixtures/releases/changed");

async function fixtureModel(dir: string, meta: PackageMeta): Promise<PortalModel> {
  const loaded = await loadDataDirectory(dir, { cwd: dir });
  expect(loaded.problems.filter((p) => p.severity === "error")).toEqual([]);
  return modelFromLoaded(dir, { ...loaded, meta }, await loadSiteConfig(join(ROOT, "config/site.json")));
}

describe("diffTable", () => {
  test("lists exactly the row added, the row removed and the cell changed between the fixtures", async () => {
    const before = await readFile(join(CLEAN, "employment.csv"), "utf8");
    const after = await readFile(join(CHANGED, "employment.csv"), "utf8");
    expect(diffTable(employmentTable, before, after)).toEqual({
      name: "employment",
      added: 1,
      removed: 1,
      changed: 1,
      cellsChanged: 1,
      addedKeys: ["420323-0001 / 2020Q1"],
      removedKeys: ["420304-0001 / 2019Q4"],
      cells: [{ key: "420323-0001 / 2019Q4", column: "trained_persons", old: "70", new: "75" }],
    });
  });

  test("finds nothing between a table and itself", async () => {
    const text = await readFile(join(CLEAN, "employment.csv"), "utf8");
    const diff = diffTable(employmentTable, text, text);
    expect([diff.added, diff.removed, diff.changed, diff.cells]).toEqual([0, 0, 0, []]);
  });

  test("keeps exact counts while listing at most `limit` items", () => {
    const table = { name: "t", primaryKey: ["id"] };
    const diff = diffTable(table, "id,v\na,1\nb,1\n", "id,v\na,2\nb,2\nc,1\nd,1\n", 1);
    expect([diff.added, diff.addedKeys, diff.cellsChanged, diff.cells.length]).toEqual([2, ["c"], 2, 1]);
  });

  test("compares a column added to the contract as empty in the older release", () => {
    const diff = diffTable({ name: "t", primaryKey: ["id"] }, "id\na\n", "id,extra\na,\n");
    expect(diff.cellsChanged).toBe(0);
  });
});

describe("indicatorMoves", () => {
  const value = (code: string, v: number | null, status: SnapshotValue["status"]): SnapshotValue => ({
    indicator: "training-coverage",
    level: "county",
    code,
    period: "2019Q4",
    numerator: 0,
    denominator: 0,
    value: v,
    status,
  });

  test("reports values that changed, appeared or disappeared, and not those that stayed", () => {
    const moves = indicatorMoves(
      [value("420301", 0.5, "behind"), value("420302", 1, "met"), value("420303", 0.2, "behind")],
      [value("420301", 0.5, "behind"), value("420302", 0.9, "behind"), value("420304", null, "no-data")],
    );
    expect(moves.map((m) => [m.code, m.old, m.new])).toEqual([
      ["420302", { value: 1, status: "met" }, { value: 0.9, status: "behind" }],
      ["420303", { value: 0.2, status: "behind" }, null],
      ["420304", null, { value: null, status: "no-data" }],
    ]);
  });
});

describe("the release history", () => {
  let dir: string;
  const FIRST = { version: "1.0.0", created: "2026-01-15", sample: false };
  const SECOND = { version: "1.1.0", created: "2026-04-15", sample: false };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "anju-releases-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("records the first release with no changes listed", async () => {
    const prepared = await prepareDownloads(await fixtureModel(CLEAN, FIRST), {
      releasesDir: dir,
      record: true,
    });
    expect(prepared.outcome).toBe("recorded");
    expect(prepared.release.changes).toBeNull();
    const history = await loadReleaseHistory(dir);
    expect(history.map((r) => r.manifest.id)).toEqual(["2026-01-15-v1.0.0"]);
    expect(history[0]!.manifest.tables.find((t) => t.name === "employment")?.rows).toBe(2);
  });

  test("leaves a release alone when the same data is built again", async () => {
    const prepared = await prepareDownloads(await fixtureModel(CLEAN, FIRST), {
      releasesDir: dir,
      record: true,
    });
    expect(prepared.outcome).toBe("unchanged");
  });

  test("refuses new data under the version of a published release", async () => {
    await expect(
      prepareDownloads(await fixtureModel(CHANGED, FIRST), { releasesDir: dir, record: true }),
    ).rejects.toThrow(/must never change/);
  });

  test("records the next release with the rows, cells and indicators that changed", async () => {
    const prepared = await prepareDownloads(await fixtureModel(CHANGED, SECOND), {
      releasesDir: dir,
      record: true,
    });
    expect(prepared.outcome).toBe("recorded");
    const history = await loadReleaseHistory(dir);
    expect(history.map((r) => r.manifest.id)).toEqual(["2026-01-15-v1.0.0", "2026-04-15-v1.1.0"]);
    const changes = history[1]!.changes!;
    expect(changes.from).toBe("2026-01-15-v1.0.0");
    const changed = changes.tables.filter((t) => t.added + t.removed + t.changed > 0);
    expect(changed.map((t) => [t.name, t.addedKeys, t.removedKeys, t.cells])).toEqual([
      [
        "employment",
        ["420323-0001 / 2020Q1"],
        ["420304-0001 / 2019Q4"],
        [{ key: "420323-0001 / 2019Q4", column: "trained_persons", old: "70", new: "75" }],
      ],
    ]);
    expect(changes.tables.map((t) => t.name)).toEqual(TABLE_NAMES);
    // Zhushan (420323) trained 70 of 110 labour persons in 2019Q4, now 75 of 110.
    const zhushan = changes.indicators.find(
      (m) => m.indicator === "training-coverage" && m.code === "420323" && m.period === "2019Q4",
    );
    expect(zhushan?.old?.value).toBeCloseTo(70 / 110, 12);
    expect(zhushan?.new?.value).toBeCloseTo(75 / 110, 12);
  });

  test("reads the changes from the CSVs written to disk as from those kept in memory", async () => {
    // The build spools the downloads into its staging folder and keeps none of the CSVs.
    const history = await mkdtemp(join(tmpdir(), "anju-releases-"));
    const spool = await mkdtemp(join(tmpdir(), "anju-spool-"));
    try {
      await prepareDownloads(await fixtureModel(CLEAN, FIRST), { releasesDir: history, record: true });
      const model = await fixtureModel(CHANGED, SECOND);
      const spooled = await prepareDownloads(model, { releasesDir: history, spool });
      const inMemory = await prepareDownloads(model, { releasesDir: history });
      expect(spooled.files.size).toBe(0);
      expect(spooled.release.changes!.tables.find((t) => t.name === "employment")?.changed).toBe(1);
      expect(spooled.release.changes).toEqual(inMemory.release.changes);
    } finally {
      await Promise.all([history, spool].map((folder) => rm(folder, { recursive: true, force: true })));
    }
  });
});

describe("a published release never changes", () => {
  let dir: string;
  const SAMPLE = { version: "2025.4.0-sample", created: "2026-01-15", sample: true };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "anju-permanent-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("refuses different data under the id of a sample release too, and leaves its files as they were", async () => {
    const history = join(dir, "history");
    await prepareDownloads(await fixtureModel(CLEAN, SAMPLE), { releasesDir: history, record: true });
    const zip = await readFile(join(history, "2026-01-15-v2025.4.0-sample", "datapackage.zip"));
    await expect(
      prepareDownloads(await fixtureModel(CHANGED, SAMPLE), { releasesDir: history, record: true }),
    ).rejects.toThrow(/must never change\. Give the new data its own version.*erratum/);
    expect(await readFile(join(history, "2026-01-15-v2025.4.0-sample", "datapackage.zip"))).toEqual(zip);
  });

  test("refuses different data under the id of a release the published site serves, with no history", async () => {
    const site = join(dir, "site");
    const first = await prepareDownloads(await fixtureModel(CLEAN, SAMPLE), { releasesDir: null });
    await writeDownloads(first, site, recordingEffects(dir));
    const served = await servedReleases(site, dir);
    expect(served.map((r) => [r.manifest.id, r.where])).toEqual([
      ["2026-01-15-v2025.4.0-sample", "site/releases/2026-01-15-v2025.4.0-sample/"],
    ]);
    await expect(
      prepareDownloads(await fixtureModel(CHANGED, SAMPLE), { releasesDir: null, served }),
    ).rejects.toThrow(/release 2026-01-15-v2025\.4\.0-sample, which is already published \(site\/releases\//);
    // The same data is no change.
    const again = await prepareDownloads(await fixtureModel(CLEAN, SAMPLE), { releasesDir: null, served });
    expect(again.outcome).toBe("recorded");
  });
});

describe("releasesDirFor", () => {
  test("gives the checkout's releases/ only to a build of the checkout's own data/", async () => {
    expect(await releasesDirFor(join(ROOT, "data"))).toBe(join(ROOT, "releases"));
    expect(await releasesDirFor(join(ROOT, "tests/fixtures/site-small"))).toBeNull();
    expect(await releasesDirFor(join(tmpdir(), "no-such-folder"))).toBeNull();
  });

  test("uses the folder given (--releases DIR, else ANJU_RELEASES_DIR) for any data directory", async () => {
    expect(await releasesDirFor(join(ROOT, "tests/fixtures/site-small"), "history", "/srv/anju")).toBe(
      "/srv/anju/history",
    );
    expect(await releasesDirFor(join(ROOT, "data"), "given", "/srv")).toBe("/srv/given");
  });
});

describe("release ids, errata, feed, sitemap and JSON-LD", () => {
  test("a release id is the date and the version, safe in a URL", () => {
    expect(releaseId({ created: "2026-01-15", version: "2025.4.0-sample" })).toBe(
      "2026-01-15-v2025.4.0-sample",
    );
    expect(releaseId({ created: "2026-01-15", version: "v2 beta/1" })).toBe("2026-01-15-v2-beta-1");
  });

  test("errata are read as paragraphs and list items, never as markup", () => {
    expect(errataBlocks("# 勘误\n\nThe <b>sites</b> table\nhad a typo.\n\n- first\n- second\n")).toEqual([
      { kind: "paragraph", text: "勘误" },
      { kind: "paragraph", text: "The <b>sites</b> table had a typo." },
      { kind: "list", items: ["first", "second"] },
    ]);
  });

  test("the Atom feed lists releases newest first and escapes text", () => {
    const xml = releasesFeed({
      siteUrl: "https://example.org/",
      title: "A & B",
      releases: [
        { id: "2026-01-15-v1", version: "1", created: "2026-01-15", summary: "<first>" },
        { id: "2026-04-15-v2", version: "2", created: "2026-04-15", summary: "second" },
      ],
    });
    expect(xml.indexOf("2026-04-15-v2")).toBeLessThan(xml.indexOf("2026-01-15-v1"));
    expect(xml).toContain("<title>A &amp; B</title>");
    expect(xml).toContain("<summary>&lt;first&gt;</summary>");
    expect(xml).toContain("<updated>2026-04-15T00:00:00Z</updated>");
  });

  test("the feed stays well-formed XML when the version, title or summary carry characters XML forbids", () => {
    // Every C0 control but tab, line feed and carriage return, U+FFFE, U+FFFF and a lone surrogate.
    const forbidden = "\u0000\u0001\u0008\u000B\u000C\u000E\u001B\u001F\uFFFE\uFFFF\uD800";
    const xml = releasesFeed({
      siteUrl: "https://example.org/",
      title: `安居${forbidden}Anju`,
      releases: [
        { id: "2026-01-15-v1", version: `1${forbidden}.0`, created: "2026-01-15", summary: `a${forbidden}b` },
      ],
    });
    expect(xmlError(xml)).toBeNull();
    expect(xml).toContain("<title>安居Anju</title>");
    expect(xml).toContain("<title>1.0 (2026-01-15)</title>");
    expect(xml).toContain("<summary>ab</summary>");
  });

  test("the sitemap stays well-formed XML when a path carries a control character", () => {
    const xml = sitemapXml("https://example.org/", ["/sites/a\u0001b/"]);
    expect(xmlError(xml)).toBeNull();
    expect(xml).toContain("<loc>https://example.org/sites/ab/</loc>");
  });

  test("routePath turns a page file and its parameters into a neutral path", () => {
    expect(routePath("index.astro", {})).toBe("/");
    expect(routePath("data/index.astro", {})).toBe("/data/");
    expect(routePath("sites/[id].astro", { id: "420323-0001" })).toBe("/sites/420323-0001/");
    expect(routePath("sites/[id].astro", {})).toBeNull();
  });

  test("the sitemap lists each path in both languages with hreflang alternates", () => {
    const xml = sitemapXml("https://example.org/", ["/data/", "/data/"]);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain("<loc>https://example.org/en/data/</loc>");
    expect(xml).toContain('hreflang="zh-CN" href="https://example.org/data/"');
  });

  test("JSON-LD text cannot close its script element and parses back to the same value", () => {
    const value = { name: "</script><script>alert(1)</script> & \u2028" };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
