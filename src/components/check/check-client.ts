/**
 * The check page's script: collects the chosen or dropped files, has the worker check them, and
 * shows the answer in the error-summary pattern (GOV.UK): "There is a problem" with focus moved
 * to it, a link to each file's problems, then the problems grouped by file and kind. Everything
 * from the files is written with textContent (through el()).
 */
import { PROBLEM_COLUMNS } from "../../lib/check/report.ts";
import type { ProblemsView } from "../../lib/check/view.ts";
import { langOf } from "../../lib/i18n/index.ts";
import { el, table, watchDrops } from "../verify/dom.ts";
import type { DroppedFile } from "../verify/protocol.ts";
import { word } from "./page-words.ts";
import type { Download, Reply, Request } from "./protocol.ts";

/** Every file under a dropped folder, read through the entries API. */
async function entryFiles(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile)
    return [
      await new Promise<File>((resolve, reject) => {
        (entry as FileSystemFileEntry).file(resolve, reject);
      }),
    ];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const files: File[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => {
      reader.readEntries(resolve, reject);
    });
    if (batch.length === 0) return files;
    for (const child of batch) files.push(...(await entryFiles(child)));
  }
}

/** A list of short lines under a lead sentence, or nothing when there are no lines. */
function notice(lead: string, lines: readonly string[]): HTMLElement[] {
  if (lines.length === 0) return [];
  return [el("p", {}, lead), el("ul", {}, ...lines.map((line) => el("li", {}, line)))];
}

/** The error summary: a heading, the counts, and a link to each file's problems. */
function summary(view: ProblemsView): HTMLElement {
  const box = el("div", { class: "error-summary", tabindex: "-1", "aria-labelledby": "check-summary-title" });
  if (view.files.length === 0) {
    box.classList.add("error-summary-clean");
    box.append(el("h2", { id: "check-summary-title" }, word("noProblems")));
    return box;
  }
  box.append(
    el("h2", { id: "check-summary-title" }, word("problemTitle")),
    el("p", {}, word("summary", { errors: view.errors, warnings: view.warnings })),
    el(
      "ul",
      {},
      ...view.files.map((file, index) =>
        el(
          "li",
          {},
          el(
            "a",
            { href: `#check-file-${index}` },
            word("fileProblems", { file: file.file, count: file.count }),
          ),
        ),
      ),
    ),
  );
  return box;
}

/** Each file's problems: a heading per kind, why it matters, a table of the first ones, and how many more. */
function fileSections(view: ProblemsView): HTMLElement[] {
  return view.files.map((file, index) => {
    const section = el(
      "section",
      { class: "check-file", "data-file": file.file, "aria-labelledby": `check-file-${index}` },
      el("h2", { id: `check-file-${index}` }, word("fileProblems", { file: file.file, count: file.count })),
    );
    for (const kind of file.kinds) {
      const severity = word(kind.severity === "error" ? "severity.error" : "severity.warning");
      section.append(
        el(
          "h3",
          { "data-code": kind.code },
          word("kind", { title: kind.title, code: kind.code, severity, count: kind.count }),
        ),
        el("p", { class: "check-why" }, kind.why),
        table(
          `${file.file}: ${kind.code}`,
          [word("row"), word("column"), word("value"), word("message"), word("fix")],
          kind.shown.map((p) => [
            p.row === null ? "" : String(p.row),
            p.column ?? "",
            p.value,
            p.message,
            p.fix,
          ]),
        ),
      );
      if (kind.count > kind.shown.length)
        section.append(el("p", { "data-more": "" }, word("more", { count: kind.count - kind.shown.length })));
    }
    return section;
  });
}

/** Links to the files the worker made; each is a blob: address, never fetched from the site. */
function downloadList(downloads: readonly Download[]): HTMLElement {
  const links = downloads.map((download, index) => {
    const label = index === 0 ? word("downloadProblems") : word("downloadAnnotated", { file: download.name });
    return el(
      "li",
      {},
      el("a", { href: URL.createObjectURL(download.blob), download: download.name }, label),
    );
  });
  return el(
    "section",
    { "aria-labelledby": "check-downloads" },
    el("h2", { id: "check-downloads" }, word("downloads")),
    el("ul", {}, ...links),
  );
}

function start(root: HTMLElement): void {
  const lang = langOf(root.dataset.lang);
  const filesInput = root.querySelector<HTMLInputElement>("#check-files")!;
  const folderInput = root.querySelector<HTMLInputElement>("#check-folder")!;
  const dropZone = root.querySelector<HTMLElement>("[data-drop]")!;
  const chosenLine = root.querySelector<HTMLElement>("[data-chosen]")!;
  const runButton = root.querySelector<HTMLButtonElement>("[data-run]")!;
  const statusLine = root.querySelector<HTMLElement>("[data-status]")!;
  const output = root.querySelector<HTMLElement>("[data-result]")!;
  // Set here, not in the markup: the attribute is not in the HTML standard, and the property is
  // what Chromium, Firefox and Safari read to let the picker choose a folder.
  folderInput.webkitdirectory = true;
  const worker = new Worker(new URL("./check-worker.ts", import.meta.url), { type: "module" });
  let chosen: File[] = [];
  let links: string[] = [];

  const choose = (files: File[]) => {
    chosen = files;
    chosenLine.textContent = word("chosen", { count: files.length });
    runButton.disabled = files.length === 0;
  };

  const run = async () => {
    if (chosen.length === 0) return;
    root.dataset.state = "running";
    runButton.disabled = true;
    for (const link of links) URL.revokeObjectURL(link);
    links = [];
    output.replaceChildren();
    statusLine.textContent = word("reading");
    let named: DroppedFile[];
    try {
      named = await Promise.all(
        chosen.map(async (file): Promise<DroppedFile> => ({
          name: file.webkitRelativePath || file.name,
          bytes: await file.arrayBuffer(),
        })),
      );
    } catch (error) {
      // A file moved or deleted since it was chosen cannot be read.
      statusLine.textContent = word("failed", {
        message: error instanceof Error ? error.message : String(error),
      });
      root.dataset.state = "done";
      runButton.disabled = false;
      return;
    }
    const request: Request = {
      files: named,
      lang,
      annotatedColumn: word("annotatedColumn"),
      headings: Object.fromEntries(
        PROBLEM_COLUMNS.map((column) => [column, word(`csv.${column}`)]),
      ) as Request["headings"],
    };
    worker.postMessage(
      request,
      named.map((file) => file.bytes),
    );
  };

  for (const input of [filesInput, folderInput])
    input.addEventListener("change", () => {
      choose([...(input.files ?? [])]);
    });
  runButton.addEventListener("click", () => void run());
  watchDrops(dropZone, (data) => {
    // A folder comes only as an entry; a file made by a script (not from the disk) has none.
    const lists = [...data.items]
      .filter((item) => item.kind === "file")
      .map((item) => {
        const entry = item.webkitGetAsEntry();
        const file = item.getAsFile();
        return entry ? entryFiles(entry) : Promise.resolve(file ? [file] : []);
      });
    void Promise.all(lists).then((lists) => {
      choose(lists.flat());
      return run();
    });
  });

  worker.addEventListener("message", (event: MessageEvent<Reply>) => {
    const reply = event.data;
    if (reply.type === "progress") {
      statusLine.textContent = word("progress", { file: reply.file, index: reply.index, total: reply.total });
      return;
    }
    runButton.disabled = chosen.length === 0;
    root.dataset.state = "done";
    if (reply.type === "failed") {
      statusLine.textContent = word("failed", { message: reply.message });
      return;
    }
    statusLine.textContent = word("done", { seconds: reply.seconds.toFixed(1) });
    const box = summary(reply.view);
    const downloads = downloadList(reply.downloads);
    links = [...downloads.querySelectorAll("a")].map((a) => a.href);
    output.append(
      box,
      ...(reply.publishedDescriptor ? [el("p", {}, word("publishedContract"))] : []),
      ...notice(
        word("ignored"),
        reply.ignored.map((file) =>
          file.reason === "duplicate" ? word("duplicate", { file: file.name }) : file.name,
        ),
      ),
      ...notice(
        word("skipped"),
        reply.skipped.map((check) =>
          word("skippedItem", {
            table: `${check.table}.csv`,
            column: check.column,
            needs: `${check.needs}.csv`,
          }),
        ),
      ),
      downloads,
      ...fileSections(reply.view),
    );
    box.focus();
  });

  root.hidden = false;
  root.dataset.state = "ready";
}

const root = document.querySelector<HTMLElement>("[data-check]");
if (root) start(root);
