/**
 * The downloads of a build: everything under `/data/` (canonical CSVs, editions for Excel, JSON,
 * GeoJSON, per-county slices, the Data Package and its zip, indicators, quality, SHA256SUMS and
 * an optional Ed25519 signature) and every release's permanent files under `/releases/<id>/`.
 *
 * `anju build` calls `prepareDownloads` after compute and before rendering (it places the
 * release in the history; `siteContext` gives the pages the sizes and hashes they list) and
 * `writeDownloads` after rendering (it writes the files into the staging folder).
 */
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from "node:crypto";
import {
  closeSync,
  createWriteStream,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import type { BuildContext, PortalModel } from "../../src/data/context.ts";
import { formatSha256Sums, type FileSum } from "../../src/lib/downloads/checksums.ts";
import {
  buildDownloads,
  DOWNLOAD_PATHS,
  type DownloadsIndex,
  type PartWriter,
} from "../../src/lib/downloads/plan.ts";
import { indicatorsHeader, indicatorsJsonBytes, METHOD_VERSION } from "../../src/lib/indicators/index.ts";
import {
  indicatorSnapshot,
  releaseId,
  type BuildRecord,
  type ReleaseManifest,
} from "../../src/lib/releases/manifest.ts";
import { tableByName } from "../../src/lib/schema/index.ts";
import { CliError, EXIT } from "./cli-error.ts";
import type { Effects } from "./effects.ts";
import {
  loadReleaseHistory,
  placeRelease,
  RELEASE_FILES,
  releasesDirFor,
  releaseTexts,
  saveRelease,
  unzipRelease,
  type RecordOutcome,
  type ReleaseRecord,
  type ServedRelease,
} from "./releases.ts";

/** Everything the pages and the writer need, made once per build. */
export interface PreparedDownloads {
  model: PortalModel;
  index: DownloadsIndex;
  /** The files of `/data/` by path; empty when they were spooled. */
  files: Map<string, Uint8Array>;
  /** The folder the files were written to as they were made (see `PrepareOptions.spool`), or null. */
  spooled: string | null;
  /** The current release. */
  release: ReleaseRecord;
  /** Every release, oldest first, the current one included. */
  releases: ReleaseRecord[];
  outcome: RecordOutcome;
  /** The Ed25519 private key (a PEM file) that signs SHA256SUMS, or null: unsigned. */
  signingKey: string | null;
}

/** Options of `prepareDownloads`. */
export interface PrepareOptions {
  /** The release history folder; null for none; by default the one `releasesDirFor` names for the model's data. */
  releasesDir?: string | null;
  /** The releases the site at the output already serves: none of them may change. */
  served?: readonly ServedRelease[];
  /** Write a new release into the history (the build does; a preview of the pages does not). */
  record?: boolean;
  /**
   * Write each file into this folder as soon as it is made instead of keeping it in memory until
   * `writeDownloads` (the build spools into its staging `data/` folder: at national scale the
   * files are about 1.5 GB).
   */
  spool?: string;
  /** The Ed25519 private key (a PEM file) to sign SHA256SUMS with; none by default. */
  signingKey?: string | null;
  log?: (text: string) => void;
  /** What the build is made with, recorded in a new release's manifest. */
  build?: BuildRecord;
  /** The largest CSV whose Excel edition is stored (tests lower it); `EXCEL_STORED_UP_TO` by default. */
  excelStoredUpTo?: number;
}

/** Makes the downloads in memory and places the release in the history, recording it when asked. */
export async function prepareDownloads(
  model: PortalModel,
  options: PrepareOptions = {},
): Promise<PreparedDownloads> {
  const releasesDir =
    options.releasesDir === undefined ? await releasesDirFor(model.dataDir) : options.releasesDir;
  const spool = options.spool ?? null;
  const files = new Map<string, Uint8Array>();
  // The release keeps the zip. Its changes since the release before are read from the canonical
  // CSVs, where they were written, one at a time (at national scale they are 0.2 GB, which the
  // release stage held to its end while the first render thread rendered).
  let zip = null as Uint8Array | null;
  // The indicators file is made before the pages, so the catalogue lists its size and SHA-256
  // like every other file's; alongside the other files, since its gzip runs on libuv's threads
  // (Shiyan: 16.5 s → 15.9 s for the stage, and less time idle in its profile).
  const [index, indicators] = await Promise.all([
    buildDownloads(
      model,
      (file) => {
        if (spool === null) files.set(file.path, file.bytes);
        else writeBytes(join(spool, file.path), file.bytes);
        if (file.path === DOWNLOAD_PATHS.zip) zip = file.bytes;
      },
      options.excelStoredUpTo,
      undefined,
      spool === null ? undefined : (path, store) => spooledWriter(path, store ? join(spool, path) : null),
    ),
    gzipIndicators(model, spool === null ? null : join(spool, DOWNLOAD_PATHS.indicators)),
  ]);
  if (indicators.bytes !== null) files.set(DOWNLOAD_PATHS.indicators, indicators.bytes);
  index.files.push(indicators.sum);
  const id = releaseId(model.meta);
  const sumOf = (path: string) => index.files.find((f) => f.path === path)!;
  const manifest: ReleaseManifest = {
    id,
    version: model.meta.version,
    created: model.meta.created,
    sample: model.meta.sample,
    method_version: METHOD_VERSION,
    tables: index.tables.map((t) => ({
      name: t.name,
      rows: t.rows,
      bytes: t.editions.csv!.bytes,
      sha256: t.editions.csv!.sha256,
    })),
    files: [
      ...index.tables.map((t) => t.editions.csv!),
      sumOf(DOWNLOAD_PATHS.datapackage),
      sumOf(DOWNLOAD_PATHS.zip),
    ],
    indicators: indicatorSnapshot(model.values),
    ...(options.build ? { build: options.build } : {}),
  };
  // A table's path in the package (`data/sites.csv`) to its canonical CSV under `/data/`.
  const csvPaths = new Map(index.tables.map((t) => [tableByName(t.name).path, t.editions.csv!.path]));
  const csvOf = (path: string) => {
    const file = csvPaths.get(path);
    if (file === undefined) return undefined;
    return new TextDecoder().decode(spool === null ? files.get(file) : readFileSync(join(spool, file)));
  };
  if (zip === null) throw new Error(`the downloads have no ${DOWNLOAD_PATHS.zip}`);
  const placed = placeRelease(
    releasesDir === null ? [] : await loadReleaseHistory(releasesDir),
    manifest,
    zip,
    csvOf,
    options.served,
    releasesDir ?? undefined,
  );
  const prepared: PreparedDownloads = {
    model,
    index,
    files,
    spooled: spool,
    release: placed.record,
    releases: placed.history,
    outcome: placed.outcome,
    signingKey: options.signingKey ?? null,
  };
  if (options.record && releasesDir !== null)
    await recordRelease(prepared, releasesDir, options.log ?? (() => undefined));
  return prepared;
}

/**
 * Records the prepared release in the history folder unless it is already there (call it after
 * the site was published, so the repository only remembers releases that went out).
 */
export async function recordRelease(
  prepared: Pick<PreparedDownloads, "outcome" | "release">,
  releasesDir: string,
  log: (text: string) => void,
): Promise<void> {
  if (prepared.outcome === "unchanged") return;
  await saveRelease(releasesDir, prepared.release);
  log(`  release ${prepared.release.manifest.id} recorded in ${releasesDir}`);
}

/** The build context of the prepared downloads: what the pages render. */
export function siteContext(prepared: PreparedDownloads): BuildContext {
  return {
    config: prepared.model.config,
    model: prepared.model,
    downloads: {
      index: prepared.index,
      signed: prepared.signingKey !== null,
      release: prepared.release,
      releases: prepared.releases,
    },
  };
}

/**
 * A file of `/data/` written to `file` part by part as the release makes it, and hashed on the
 * way; with `file` null, only hashed (an Excel edition the browser makes). Synchronous writes: a
 * part is a slice of 100,000 rows, and the release waits for each anyway.
 */
export function spooledWriter(path: string, file: string | null): PartWriter {
  const hash = createHash("sha256");
  let bytes = 0;
  let fd: number | null = null;
  if (file !== null) {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(file, "w");
  }
  return {
    write(part) {
      hash.update(part);
      bytes += part.byteLength;
      for (let at = 0; fd !== null && at < part.byteLength;) at += writeSync(fd, part, at);
    },
    end() {
      if (fd !== null) closeSync(fd);
      return Promise.resolve({ path, bytes, sha256: hash.digest("hex") });
    },
  };
}

/**
 * Writes a file of the site at once, making its folder. Synchronous, like `spooledWriter`: a
 * national release writes about 16,000 whole files, most of them a county's slice of some
 * kilobytes, and the promised calls (a folder made, the file opened, written and closed, each a
 * trip through libuv's threads) left the release's thread waiting between them.
 */
function writeBytes(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/**
 * Streams the indicators file (the same document `anju compute` writes) gzipped, hashing the
 * published bytes on the way, into the file at `path`, or into memory when `path` is null. At
 * Shiyan scale the JSON is about 180 MB — over what static hosts accept for one file — and about
 * 5 MB gzipped; `anju verify --against` reads it either way.
 */
async function gzipIndicators(
  model: PortalModel,
  path: string | null,
): Promise<{ sum: FileSum; bytes: Uint8Array | null }> {
  const release = { version: model.meta.version, created: model.meta.created, sample: model.meta.sample };
  const header = indicatorsHeader(model.dataset, model.files, release);
  const hash = createHash("sha256");
  const chunks: Buffer[] = [];
  let bytes = 0;
  // Node's gzip writes no timestamp or file name, so the same JSON gives the same bytes.
  const gzip = createGzip({ level: 6 });
  gzip.on("data", (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.byteLength;
    if (path === null) chunks.push(chunk);
  });
  const source = Readable.from(
    (function* () {
      // Each chunk has a buffer of its own, so the stream may hold several at once.
      for (const chunk of indicatorsJsonBytes(header, [model.values])) {
        yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
    })(),
  );
  if (path !== null) await mkdir(dirname(path), { recursive: true });
  // The chunks are kept by the listener above; in memory the sink only waits for the last one.
  const sink =
    path === null
      ? new Writable({
          write: (_chunk, _encoding, done) => {
            done();
          },
        })
      : createWriteStream(path);
  await pipeline(source, gzip, sink);
  return {
    sum: { path: DOWNLOAD_PATHS.indicators, bytes, sha256: hash.digest("hex") },
    bytes: path === null ? Buffer.concat(chunks) : null,
  };
}

/** The Ed25519 signing key in the PEM file at `path` (ANJU_SIGNING_KEY), or null for none. */
async function signingKey(path: string | null): Promise<KeyObject | null> {
  if (path === null) return null;
  let key: KeyObject;
  try {
    key = createPrivateKey(await readFile(path));
  } catch (error) {
    throw new CliError(
      `cannot read the signing key at ${path} (ANJU_SIGNING_KEY): ${(error as Error).message}.`,
      EXIT.usage,
    );
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new CliError(
      `the signing key at ${path} is ${key.asymmetricKeyType ?? "not an asymmetric key"}, not Ed25519. ` +
        "Make one with: openssl genpkey -algorithm ed25519 -out signing-key.pem",
      EXIT.usage,
    );
  }
  return key;
}

/** Writes SHA256SUMS for a folder's files and, with a key, its detached signature and the public key. */
function writeSums(folder: string, files: readonly FileSum[], key: KeyObject | null): void {
  const sums = Buffer.from(formatSha256Sums(files), "utf8");
  writeBytes(join(folder, DOWNLOAD_PATHS.sums), sums);
  if (!key) return;
  writeBytes(join(folder, DOWNLOAD_PATHS.signature), sign(null, sums, key));
  writeBytes(
    join(folder, DOWNLOAD_PATHS.publicKey),
    createPublicKey(key).export({ type: "spki", format: "pem" }).toString(),
  );
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Writes one release's permanent files into `<site>/releases/<id>/`, checking each against its manifest. */
function writeRelease(site: string, record: ReleaseRecord, key: KeyObject | null): number {
  const folder = join(site, "releases", record.manifest.id);
  const entries = unzipRelease(record.zip);
  const written: FileSum[] = [];
  for (const expected of record.manifest.files) {
    const bytes = expected.path === RELEASE_FILES.zip ? record.zip : entries[expected.path];
    if (!bytes || sha256(bytes) !== expected.sha256) {
      throw new CliError(
        `release ${record.manifest.id}: ${expected.path} does not match its manifest. ` +
          `Restore releases/${record.manifest.id}/ from version control; a published release must never change.`,
        EXIT.dataProblems,
      );
    }
    writeBytes(join(folder, expected.path), bytes);
    written.push(expected);
  }
  for (const [path, text] of releaseTexts(record)) {
    const bytes = Buffer.from(text, "utf8");
    writeBytes(join(folder, path), bytes);
    written.push({ path, bytes: bytes.byteLength, sha256: sha256(bytes) });
  }
  writeSums(folder, written, key);
  // Published beside the release's files but outside its SHA256SUMS, which was signed before the
  // list existed (the list covers the site that holds that SHA256SUMS).
  if (record.site !== undefined) writeBytes(join(folder, RELEASE_FILES.site), record.site);
  return written.length;
}

/**
 * Writes every download into a built site: `/data/**` and `/releases/<id>/**` for every release,
 * each folder with its SHA256SUMS (signed when the downloads were prepared with a signing key).
 */
export async function writeDownloads(
  prepared: PreparedDownloads,
  site: string,
  effects: Effects,
): Promise<void> {
  const key = await signingKey(prepared.signingKey);
  const data = join(site, "data");
  if (prepared.spooled !== null && resolve(prepared.spooled) !== resolve(data)) {
    throw new Error(`the downloads were spooled to ${prepared.spooled}, not to this site's ${data}`);
  }
  for (const [path, bytes] of prepared.files) writeBytes(join(data, path), bytes);
  const files = prepared.index.files;
  writeSums(data, files, key);
  let releaseFiles = 0;
  for (const record of prepared.releases) releaseFiles += writeRelease(site, record, key);
  const megabytes = (files.reduce((sum, f) => sum + f.bytes, 0) / 1048576).toFixed(1);
  effects.log(
    `  downloads: ${files.length} files (${megabytes} MB) in /data/, ` +
      `${prepared.releases.length} releases (${releaseFiles} files)${key ? ", signed" : ""}`,
  );
}
