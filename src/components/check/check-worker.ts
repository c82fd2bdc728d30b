/**
 * The check page's worker: unpacks zips, validates the files with the site's validator exactly as
 * `anju validate` does, groups the problems for the page and makes the reports, off the page's
 * main thread. Nothing is fetched: the published contract's descriptor and the county boundaries
 * are part of this script.
 */
// Must come first: see jitless.ts.
import "../verify/jitless.ts";
import { unzipSync } from "fflate";
import boundariesText from "../../../data/geo/counties.geojson?raw";
import descriptorText from "../../../data/datapackage.json?raw";
import { baseName, checkFiles, type NamedFile } from "../../lib/check/index.ts";
import { annotatedCsv, fileRecords, problemsCsv, valueAt } from "../../lib/check/report.ts";
import { problemsView } from "../../lib/check/view.ts";
import { insideCountyOf, type CountyBoundaries } from "../../lib/geo/boundaries.ts";
import type { DroppedFile } from "../verify/protocol.ts";
import type { Download, Reply, Request } from "./protocol.ts";

const post = (reply: Reply) => {
  self.postMessage(reply);
};

const insideCounty = insideCountyOf(JSON.parse(boundariesText) as CountyBoundaries);
const publishedDescriptor = new TextEncoder().encode(descriptorText);

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

const csvBlob = (text: string) => new Blob([text], { type: "text/csv;charset=utf-8" });

function check(request: Request): void {
  const started = performance.now();
  const files = unpack(request.files);
  const outcome = checkFiles(files, {
    insideCounty,
    publishedDescriptor,
    progress: (file, index, total) => {
      post({ type: "progress", file, index, total });
    },
  });
  const byName = new Map<string, Uint8Array>();
  for (const file of files) if (!byName.has(baseName(file.name))) byName.set(baseName(file.name), file.bytes);
  // A workbook's problems are shown against the CSV text its first sheet was checked as.
  for (const workbook of outcome.workbooks) byName.set(workbook.name, workbook.csv);
  // Only files with problems are read again (for the values found and the annotated copy): a
  // file without any would come back unchanged but for an empty column, and re-reading a large
  // clean export took as long as checking it.
  const withProblems = new Set(outcome.problems.map((problem) => problem.file));
  const csvs = outcome.checked.filter((name) => /\.(csv|xlsx)$/i.test(name) && withProblems.has(name));
  const records = new Map(csvs.map((name) => [name, fileRecords(byName.get(name)!)]));
  const recordsOf = (file: string) => records.get(file) ?? null;
  const downloads: Download[] = [
    {
      name: "problems.csv",
      blob: csvBlob(problemsCsv(outcome.problems, recordsOf, request.lang, request.headings)),
    },
  ];
  for (const name of csvs) {
    const rows = records.get(name);
    if (!rows) continue;
    const own = outcome.problems.filter((problem) => problem.file === name);
    downloads.push({
      name: name.replace(/\.(csv|xlsx)$/i, ".problems.csv"),
      blob: csvBlob(annotatedCsv(rows, own, request.annotatedColumn, request.lang)),
    });
  }
  post({
    type: "checked",
    view: problemsView(
      outcome.problems,
      (problem) => valueAt(recordsOf(problem.file), problem),
      request.lang,
    ),
    ignored: outcome.ignored,
    skipped: outcome.skipped,
    publishedDescriptor: outcome.publishedDescriptor,
    downloads,
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
