/**
 * The verify and receipt pages' worker: fetches the published CSVs (or takes dropped ones),
 * validates them with the site's validator (PapaParse inside), recomputes with the site's
 * indicator engine and compares with the published values, off the page's main thread.
 */
// Must come first: see jitless.ts.
import "./jitless.ts";
import { describeIndicator, indexSites, indicatorById, INDICATORS } from "../../lib/indicators/index.ts";
import { figureReceipt } from "../../lib/indicators/receipt.ts";
import { checkData } from "../../lib/receipts/check.ts";
import { receiptRowsCsv } from "../../lib/receipts/rows-csv.ts";
import { compactValueAt, findCompact, type CompactValues } from "../../lib/receipts/compact.ts";
import type { ReceiptAddress } from "../../lib/receipts/href.ts";
import { countyUrl, MANIFEST_PATH, valuesUrl, type VerifyManifest } from "../../lib/receipts/manifest.ts";
import { TABLE_NAMES, tableByName, type TableName } from "../../lib/schema/index.ts";
import { validateTables } from "../../lib/validate/index.ts";
import type { DroppedFile, FileUse, Reply, Request } from "./protocol.ts";

const post = (reply: Reply) => {
  self.postMessage(reply);
};

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

let manifest: Promise<VerifyManifest> | undefined;
const getManifest = () =>
  (manifest ??= fetchOk(MANIFEST_PATH).then((r) => r.json() as Promise<VerifyManifest>));

// Published values are kept once fetched, so a second check (or a check of dropped files) works offline.
const values = new Map<string, Promise<CompactValues | null>>();
function publishedValues(m: VerifyManifest, id: string): Promise<CompactValues | null> {
  let pending = values.get(id);
  if (!pending) {
    pending = fetchOk(valuesUrl(m, id))
      .then((r) => r.json() as Promise<CompactValues>)
      .catch(() => null);
    values.set(id, pending);
  }
  return pending;
}

const published = new Map<string, Promise<Uint8Array>>();
function publishedBytes(path: string): Promise<Uint8Array> {
  let pending = published.get(path);
  if (!pending) {
    pending = fetchOk(path).then(async (r) => new Uint8Array(await r.arrayBuffer()));
    pending.catch(() => published.delete(path));
    published.set(path, pending);
  }
  return pending;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Reads every table, from the dropped files where given, else from `pathOf`. */
async function readTables(
  m: VerifyManifest,
  pathOf: (name: TableName) => string,
  dropped: ReadonlyMap<string, Uint8Array>,
  hashAgainst: boolean,
): Promise<{ bytes: Map<TableName, Uint8Array>; files: FileUse[] }> {
  const bytes = new Map<TableName, Uint8Array>();
  const files = await Promise.all(
    TABLE_NAMES.map(async (name): Promise<FileUse> => {
      const table = tableByName(name);
      const own = dropped.get(table.path);
      const path = pathOf(name);
      const data = own ?? (await publishedBytes(path));
      bytes.set(name, data);
      return {
        name: table.path,
        path,
        source: own ? "dropped" : "published",
        sha256: await sha256(data),
        publishedSha256: hashAgainst ? (m.tables.find((t) => t.name === name)?.sha256 ?? null) : null,
      };
    }),
  );
  return { bytes, files };
}

async function check(dropped: readonly DroppedFile[]): Promise<void> {
  const started = performance.now();
  post({ type: "progress", stage: "fetch" });
  const m = await getManifest();
  const known = new Set(TABLE_NAMES.map((name) => tableByName(name).path));
  const own = new Map(dropped.filter((f) => known.has(f.name)).map((f) => [f.name, new Uint8Array(f.bytes)]));
  const ignored = dropped.filter((f) => !known.has(f.name)).map((f) => f.name);
  // Start fetching every indicator's published values now; they arrive while the data is validated.
  for (const indicator of INDICATORS) void publishedValues(m, indicator.id);
  const pathOf = (name: TableName) => m.tables.find((t) => t.name === name)!.path;
  const { bytes, files } = await readTables(m, pathOf, own, true);
  const result = await checkData(
    (name) => bytes.get(name) ?? null,
    (id) => publishedValues(m, id),
    {
      progress: (stage) => {
        post({ type: "progress", stage });
      },
    },
  );
  post({ type: "checked", result, files, ignored, seconds: (performance.now() - started) / 1000 });
}

function countyOf(address: ReceiptAddress): string | null {
  if (address.level === "city") return null;
  return address.code.slice(0, 6);
}

async function receipt(address: ReceiptAddress): Promise<void> {
  const indicator = indicatorById(address.indicator);
  if (!indicator) {
    post({ type: "unknown-indicator", id: address.indicator });
    return;
  }
  post({ type: "progress", stage: "fetch" });
  const m = await getManifest();
  const theirs = publishedValues(m, indicator.id);
  const county = countyOf(address);
  const whole = (name: TableName) => m.tables.find((t) => t.name === name)!.path;
  // A county's slices hold every row a place inside it needs; the city needs the whole tables.
  const slice = county !== null && countyUrl(m, county, "sites") !== null;
  const attempt = async (useSlice: boolean) => {
    const pathOf = useSlice ? (name: TableName) => countyUrl(m, county!, name)! : whole;
    const { bytes, files } = await readTables(m, pathOf, new Map(), !useSlice);
    post({ type: "progress", stage: "validate" });
    const { dataset, problems } = validateTables((name) => bytes.get(name) ?? null);
    post({ type: "progress", stage: "compute" });
    return {
      result: figureReceipt(indicator, dataset, address, indexSites(dataset)),
      dataset,
      files,
      problems,
    };
  };
  let made = await attempt(slice);
  // A county slice lacks the quarters that only other counties reported; the whole tables have them.
  if (made.result.value === null && slice) made = await attempt(false);
  const c = await theirs;
  const at = c ? findCompact(c, address.level, address.code, address.period) : -1;
  const table = tableByName(made.result.source.table);
  post({
    type: "receipt",
    meta: describeIndicator(indicator),
    receipt: made.result,
    published: c && at >= 0 ? compactValueAt(c, at) : null,
    csv: receiptRowsCsv(
      table,
      made.result.rows.map((r) => r.row),
      made.dataset,
    ),
    csvName: `${address.indicator}_${address.level}_${address.code}_${address.period}_${table.name}.csv`,
    files: made.files,
    manifest: m,
    problems: made.problems.filter((p) => p.severity === "error"),
  });
}

self.addEventListener("message", (event: MessageEvent<Request>) => {
  const request = event.data;
  const run = request.type === "check" ? check(request.dropped) : receipt(request.address);
  run.catch((error: unknown) => {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  });
});
