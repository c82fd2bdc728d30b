/**
 * The check page's worker: unpacks zips, validates the files with the site's validator exactly as
 * `anju validate` does, and makes the reports, off the page's main thread. Nothing is fetched:
 * the contract and the county boundaries are part of this script.
 */
// Must come first: see jitless.ts.
import "../verify/jitless.ts";
import { unzipSync } from "fflate";
import boundariesText from "../../../data/geo/counties.geojson?raw";
import { baseName, checkFiles, type NamedFile } from "../../lib/check/index.ts";
import { annotatedCsv, fileRecords, problemsCsv } from "../../lib/check/report.ts";
import { insideCountyOf, type CountyBoundaries } from "../../lib/geo/boundaries.ts";
import type { DroppedFile } from "../verify/protocol.ts";
import type { AnnotatedFile, Reply, Request } from "./protocol.ts";

const post = (reply: Reply) => {
  self.postMessage(reply);
};

const insideCounty = insideCountyOf(JSON.parse(boundariesText) as CountyBoundaries);

/** The dropped files, with each zip replaced by the files inside it (folders inside it left out). */
function unpack(dropped: readonly DroppedFile[]): NamedFile[] {
  const files: NamedFile[] = [];
  for (const file of dropped) {
    const bytes = new Uint8Array(file.bytes);
    if (!file.name.toLowerCase().endsWith(".zip")) {
      files.push({ name: file.name, bytes });
      continue;
    }
    for (const [name, content] of Object.entries(unzipSync(bytes)))
      if (!name.endsWith("/")) files.push({ name: `${file.name}/${name}`, bytes: content });
  }
  return files;
}

function check(request: Request): void {
  const started = performance.now();
  const files = unpack(request.files);
  const outcome = checkFiles(files, {
    insideCounty,
    progress: (file, index, total) => {
      post({ type: "progress", file, index, total });
    },
  });
  const byName = new Map<string, Uint8Array>();
  for (const file of files) if (!byName.has(baseName(file.name))) byName.set(baseName(file.name), file.bytes);
  const records = new Map(outcome.checked.map((name) => [name, fileRecords(byName.get(name)!)]));
  const annotated: AnnotatedFile[] = [];
  for (const name of outcome.checked) {
    const rows = records.get(name);
    if (!rows || !name.endsWith(".csv")) continue;
    const own = outcome.problems.filter((problem) => problem.file === name);
    annotated.push({ name, csv: annotatedCsv(rows, own, request.annotatedColumn) });
  }
  post({
    type: "checked",
    outcome,
    problemsCsv: problemsCsv(outcome.problems, (file) => records.get(file) ?? null),
    annotated,
    seconds: (performance.now() - started) / 1000,
  });
}

self.addEventListener("message", (event: MessageEvent<Request>) => {
  try {
    check(event.data);
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
});
