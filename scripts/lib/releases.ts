/**
 * The release history kept in the repository under `releases/`: one folder per release with its
 * manifest, the whole data package as a zip (the permanent copy of its data) and what changed
 * since the release before; errata the publisher writes in `releases/errata/<id>.md`.
 * A build from changed data records a new release here before the site is rendered.
 */
import { mkdir, readdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import type { ReleaseChanges } from "../../src/lib/releases/diff.ts";
import { diffTable, indicatorMoves } from "../../src/lib/releases/diff.ts";
import { manifestJson, sortReleases, type ReleaseManifest } from "../../src/lib/releases/manifest.ts";
import { TABLE_NAMES, tableByName } from "../../src/lib/schema/index.ts";
import { CliError, EXIT } from "./cli-error.ts";

/** How many changed keys and cells a release keeps per table, and how many indicator moves. */
export const CHANGE_LIMIT = 500;

/** A release as the site shows it. */
export interface ReleaseRecord {
  manifest: ReleaseManifest;
  /** What changed since the release before; null for the first release. */
  changes: ReleaseChanges | null;
  /** The publisher's errata for this release, as written (Markdown-like text), or null. */
  errata: string | null;
  /** The zip of the release's data package (kept in the repository). */
  zip: Uint8Array;
  /**
   * The hash list of the whole site as first published with this release (`sha256sum` format),
   * for `anju rebuild`; absent for releases published before Anju recorded one.
   */
  site?: string;
}

/** The checkout Anju runs from: its own `data/` and `releases/` belong together. */
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function sameFolder(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/**
 * Where a build of `dataDir` keeps its release history: the folder given (`--releases DIR`, else
 * ANJU_RELEASES_DIR), else the checkout's own `releases/` when `dataDir` is the checkout's own
 * `data/`. For any other data directory null: no history is read and nothing is recorded, so a
 * trial or test build can never touch the committed releases.
 */
export async function releasesDirFor(
  dataDir: string,
  given?: string,
  cwd: string = process.cwd(),
): Promise<string | null> {
  if (given !== undefined) return resolve(cwd, given);
  return (await sameFolder(dataDir, join(PROJECT_ROOT, "data"))) ? join(PROJECT_ROOT, "releases") : null;
}

/** A release a site already serves, and where (for messages). */
export interface ServedRelease {
  manifest: ReleaseManifest;
  where: string;
}

/**
 * The releases the site published at `site` serves (`/releases/<id>/manifest.json`), so a build
 * into the same place never changes one of them; none when nothing is published there.
 */
export async function servedReleases(site: string, cwd: string = process.cwd()): Promise<ServedRelease[]> {
  const dir = join(site, "releases");
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
  const served: ServedRelease[] = [];
  for (const name of names.sort()) {
    const text = await readText(join(dir, name, RELEASE_FILES.manifest));
    if (text === null) continue;
    served.push({
      manifest: JSON.parse(text) as ReleaseManifest,
      where: `${relative(cwd, join(dir, name)) || "."}/`,
    });
  }
  return served;
}

/** File names inside a release folder. */
export const RELEASE_FILES = {
  manifest: "manifest.json",
  changes: "changes.json",
  zip: "datapackage.zip",
  site: "site.sha256",
} as const;

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Reads every release under `dir`, oldest first; a missing folder is an empty history. */
export async function loadReleaseHistory(dir: string): Promise<ReleaseRecord[]> {
  let names: string[];
  try {
    // Each release is a folder; README.md and errata/ sit beside them.
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && entry.name !== "errata")
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const records: ReleaseRecord[] = [];
  for (const name of names) {
    const manifest = await readText(join(dir, name, RELEASE_FILES.manifest));
    if (manifest === null) continue;
    const changes = await readText(join(dir, name, RELEASE_FILES.changes));
    const site = await readText(join(dir, name, RELEASE_FILES.site));
    records.push({
      manifest: JSON.parse(manifest) as ReleaseManifest,
      changes: changes === null ? null : (JSON.parse(changes) as ReleaseChanges),
      errata: await readText(join(dir, "errata", `${name}.md`)),
      zip: await readFile(join(dir, name, RELEASE_FILES.zip)),
      ...(site === null ? {} : { site }),
    });
  }
  const order = sortReleases(records.map((r) => r.manifest)).map((m) => m.id);
  return records.sort((a, b) => order.indexOf(a.manifest.id) - order.indexOf(b.manifest.id));
}

/** The files inside a release's zip, by path. */
export function unzipRelease(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

/**
 * What changed from `previous` to a new release, from the canonical CSVs in its zip and the
 * indicator snapshots. `csvOf` gives the new release's canonical CSV of a table's path (undefined
 * for none); it is read one table at a time, and only when there is a release before.
 */
export function releaseChanges(
  previous: ReleaseRecord | null,
  manifest: ReleaseManifest,
  csvOf: (path: string) => string | undefined,
): ReleaseChanges | null {
  if (!previous) return null;
  const old = unzipRelease(previous.zip);
  const decoder = new TextDecoder();
  const tables = TABLE_NAMES.map((name) => {
    const table = tableByName(name);
    const before = old[table.path];
    const header = `${table.columns.join(",")}\n`;
    return diffTable(
      table,
      before ? decoder.decode(before) : header,
      csvOf(table.path) ?? header,
      CHANGE_LIMIT,
    );
  });
  const moves = indicatorMoves(previous.manifest.indicators, manifest.indicators);
  return {
    from: previous.manifest.id,
    to: manifest.id,
    tables,
    indicators: moves.slice(0, CHANGE_LIMIT),
    indicatorsMoved: moves.length,
  };
}

/** The outcome of placing a release in the history: new, or already there with the same data. */
export type RecordOutcome = "recorded" | "unchanged";

function sameData(a: ReleaseManifest, b: ReleaseManifest): boolean {
  return (
    a.tables.length === b.tables.length &&
    a.tables.every((t, i) => t.name === b.tables[i]?.name && t.sha256 === b.tables[i].sha256)
  );
}

/** The refusal to change release `id`, published at `where`. */
function releaseChanged(id: string, where: string, hint = ""): CliError {
  return new CliError(
    `the data differs from release ${id}, which is already published (${where}) and must never change. ` +
      `Give the new data its own version and date in datapackage.json ("anju": {"version", "created"}) and build again; ` +
      `to correct the published release itself, record an erratum in errata/${id}.md of the release history.${hint}`,
    EXIT.dataProblems,
  );
}

/**
 * Decides what the current data means for the history: unchanged (its release is already
 * recorded with the same data) or a new release. A published release never changes, sample or
 * not: new data under the id of a release in the history, or of one the site at the output
 * already serves (`served`), is refused.
 */
export function placeRelease(
  history: readonly ReleaseRecord[],
  manifest: ReleaseManifest,
  zip: Uint8Array,
  csvOf: (path: string) => string | undefined,
  served: readonly ServedRelease[] = [],
  historyDir = "the release history",
): { outcome: RecordOutcome; record: ReleaseRecord; history: ReleaseRecord[] } {
  const existing = history.find((r) => r.manifest.id === manifest.id);
  if (existing && !sameData(existing.manifest, manifest)) {
    throw releaseChanged(
      manifest.id,
      join(historyDir, manifest.id),
      existing.manifest.sample
        ? ` It is sample data: if the sample was regenerated on purpose, delete ${join(historyDir, manifest.id)} yourself (it was never official) and build again.`
        : "",
    );
  }
  const live = served.find((r) => r.manifest.id === manifest.id);
  if (live && !sameData(live.manifest, manifest)) {
    throw releaseChanged(
      manifest.id,
      live.where,
      live.manifest.sample
        ? " It is sample data: if the sample was regenerated on purpose, publish it to a new --out (or remove the old site yourself)."
        : "",
    );
  }
  if (existing) return { outcome: "unchanged", record: existing, history: [...history] };
  const others = history;
  const earlier = sortReleases([...others.map((r) => r.manifest), manifest]);
  const position = earlier.findIndex((m) => m.id === manifest.id);
  const previousId = position > 0 ? earlier[position - 1]!.id : null;
  const previous = others.find((r) => r.manifest.id === previousId) ?? null;
  const record: ReleaseRecord = {
    manifest,
    changes: releaseChanges(previous, manifest, csvOf),
    errata: null,
    zip,
  };
  const order = earlier.map((m) => m.id);
  const next = [...others, record].sort(
    (a, b) => order.indexOf(a.manifest.id) - order.indexOf(b.manifest.id),
  );
  return { outcome: "recorded", record, history: next };
}

/**
 * The text files of a release (manifest, and changes when there are any), as kept in the
 * history folder and published under `/releases/<id>/`: the same bytes in both places.
 */
export function releaseTexts(record: ReleaseRecord): [string, string][] {
  const texts: [string, string][] = [[RELEASE_FILES.manifest, manifestJson(record.manifest)]];
  if (record.changes) texts.push([RELEASE_FILES.changes, `${JSON.stringify(record.changes, null, 1)}\n`]);
  return texts;
}

/**
 * Writes a release's folder aside and renames it into place, so a half-written release never
 * exists. A release already there is never replaced (the rename fails instead).
 */
export async function saveRelease(dir: string, record: ReleaseRecord): Promise<void> {
  const target = join(dir, record.manifest.id);
  const aside = join(dir, `.${record.manifest.id}.${process.pid}.tmp`);
  await rm(aside, { recursive: true, force: true });
  await mkdir(aside, { recursive: true });
  await writeFile(join(aside, RELEASE_FILES.zip), record.zip);
  for (const [path, text] of releaseTexts(record)) await writeFile(join(aside, path), text);
  if (record.site !== undefined) await writeFile(join(aside, RELEASE_FILES.site), record.site);
  await rename(aside, target);
}
