/**
 * The check page's script: collects the chosen or dropped files, has the worker check them, and
 * shows the answer in the error-summary pattern: "There is a problem", focus on the summary, a
 * link to each file's problems, then the problems grouped by file and kind.
 */
import { t, langOf, type Lang } from "../../lib/i18n/index.ts";
import { SHOWN_PER_CODE } from "../../lib/validate/report.ts";
import type { Problem } from "../../lib/problems.ts";
import { el, table } from "../verify/dom.ts";
import type { DroppedFile } from "../verify/protocol.ts";
import type { Reply } from "./protocol.ts";

/** A download link for text made here, never fetched. */
function download(name: string, text: string, label: string): HTMLElement {
  const link = el("a", {}, label);
  link.setAttribute("href", URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" })));
  link.setAttribute("download", name);
  return el("li", {}, link);
}

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

/** The problems of one file, grouped by code in the order they first appear. */
function byCode(problems: readonly Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.code) ?? [];
    group.push(problem);
    groups.set(problem.code, group);
  }
  return groups;
}

function start(root: HTMLElement): void {
  const lang: Lang = langOf(root.dataset.lang);
  const inputs = [...root.querySelectorAll<HTMLInputElement>("input[type=file]")];
  const dropZone = root.querySelector<HTMLElement>("[data-drop]")!;
  const runButton = root.querySelector<HTMLButtonElement>("[data-run]")!;
  const statusLine = root.querySelector<HTMLElement>("[data-status]")!;
  const output = root.querySelector<HTMLElement>("[data-result]")!;
  const worker = new Worker(new URL("./check-worker.ts", import.meta.url), { type: "module" });
  let dropped: File[] = [];
  root.hidden = false;
  root.dataset.state = "ready";

  const run = async (files: File[]) => {
    if (files.length === 0) return;
    root.dataset.state = "running";
    runButton.disabled = true;
    output.replaceChildren();
    statusLine.textContent = t(lang, "check.reading");
    const named = await Promise.all(
      files.map(async (file): Promise<DroppedFile> => ({
        name: file.webkitRelativePath || file.name,
        bytes: await file.arrayBuffer(),
      })),
    );
    worker.postMessage(
      { files: named, annotatedColumn: t(lang, "check.annotatedColumn") },
      named.map((file) => file.bytes),
    );
  };

  runButton.addEventListener("click", () => {
    const chosen = dropped.length > 0 ? dropped : inputs.flatMap((input) => [...(input.files ?? [])]);
    void run(chosen);
  });
  for (const input of inputs)
    input.addEventListener("change", () => {
      dropped = [];
    });
  dropZone.addEventListener("dragover", (event) => {
    event.preventDefault();
    dropZone.classList.add("over");
  });
  dropZone.addEventListener("dragleave", () => {
    dropZone.classList.remove("over");
  });
  dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    dropZone.classList.remove("over");
    const entries = [...(event.dataTransfer?.items ?? [])]
      .map((item) => item.webkitGetAsEntry())
      .filter((entry): entry is FileSystemEntry => entry !== null);
    void Promise.all(entries.map(entryFiles)).then((lists) => {
      dropped = lists.flat();
      return run(dropped);
    });
  });

  worker.addEventListener("message", (event: MessageEvent<Reply>) => {
    const reply = event.data;
    if (reply.type === "progress") {
      statusLine.textContent = t(lang, "check.progress", {
        file: reply.file,
        index: String(reply.index),
        total: String(reply.total),
      });
      return;
    }
    runButton.disabled = false;
    root.dataset.state = "done";
    if (reply.type === "failed") {
      statusLine.textContent = t(lang, "check.failed", { message: reply.message });
      return;
    }
    statusLine.textContent = t(lang, "check.done", { seconds: reply.seconds.toFixed(1) });
    const { problems, ignored, skipped } = reply.outcome;
    const errors = problems.filter((p) => p.severity === "error").length;
    const summary = el("div");
    summary.className = "error-summary";
    summary.tabIndex = -1;
    summary.setAttribute("aria-labelledby", "check-summary-title");
    const files = [...new Set(problems.map((p) => p.file))];
    if (problems.length === 0) {
      summary.append(el("h2", {}, t(lang, "check.noProblems")));
      summary.firstElementChild!.id = "check-summary-title";
    } else {
      const heading = el("h2", {}, t(lang, "check.problemTitle"));
      heading.id = "check-summary-title";
      const links = el("ul");
      files.forEach((file, index) => {
        const link = el("a", {}, `${file}: ${problems.filter((p) => p.file === file).length}`);
        link.setAttribute("href", `#check-file-${index}`);
        links.append(el("li", {}, link));
      });
      summary.append(
        heading,
        el(
          "p",
          {},
          t(lang, "check.summary", { errors: String(errors), warnings: String(problems.length - errors) }),
        ),
        links,
      );
    }
    const downloads = el("ul");
    downloads.append(download("problems.csv", reply.problemsCsv, t(lang, "check.downloadProblems")));
    for (const file of reply.annotated)
      downloads.append(
        download(
          file.name.replace(/\.csv$/, ".problems.csv"),
          file.csv,
          t(lang, "check.downloadAnnotated", { file: file.name }),
        ),
      );
    output.append(summary, downloads);
    if (ignored.length > 0) {
      const list = el("ul");
      for (const file of ignored)
        list.append(
          el(
            "li",
            {},
            file.reason === "duplicate" ? `${file.name} ${t(lang, "check.duplicate")}` : file.name,
          ),
        );
      output.append(el("p", {}, t(lang, "check.ignored")), list);
    }
    if (skipped.length > 0) {
      const list = el("ul");
      for (const check of skipped)
        list.append(
          el(
            "li",
            {},
            t(lang, "check.skippedItem", {
              table: `${check.table}.csv`,
              column: check.column,
              needs: `${check.needs}.csv`,
            }),
          ),
        );
      output.append(el("p", {}, t(lang, "check.skipped")), list);
    }
    files.forEach((file, index) => {
      const section = el("section");
      section.className = "check-file";
      section.dataset.file = file;
      const heading = el("h2", {}, file);
      heading.id = `check-file-${index}`;
      section.append(heading);
      for (const [code, group] of byCode(problems.filter((p) => p.file === file))) {
        const severity = t(
          lang,
          group[0]!.severity === "error" ? "check.severity.error" : "check.severity.warning",
        );
        section.append(el("h3", {}, `${code} (${severity}): ${group.length}`));
        section.append(
          table(
            `${file}: ${code}`,
            [t(lang, "check.row"), t(lang, "check.column"), t(lang, "check.message")],
            group
              .slice(0, SHOWN_PER_CODE)
              .map((p) => [p.row === null ? "" : String(p.row), p.column ?? "", p.message]),
          ),
        );
        if (group.length > SHOWN_PER_CODE)
          section.append(
            el("p", {}, t(lang, "check.more", { count: String(group.length - SHOWN_PER_CODE) })),
          );
      }
      output.append(section);
    });
    summary.focus();
  });
}

const root = document.querySelector<HTMLElement>("[data-check]");
if (root) start(root);
