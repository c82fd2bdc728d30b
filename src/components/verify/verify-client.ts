/** The verify page's script: starts the worker, sends it the published or dropped files, shows what it found. */
// Must come first: see jitless.ts.
import "./jitless.ts";
import { INDICATORS } from "../../lib/indicators/registry.ts";
import type { Figure, Level } from "../../lib/indicators/index.ts";
import type { CheckResult } from "../../lib/receipts/check.ts";
import { receiptHref } from "../../lib/receipts/href.ts";
import { word } from "./page-words.ts";
import { langOf, pick, type Lang } from "../../lib/i18n/index.ts";
import { shortenReport } from "../../lib/validate/report.ts";
import { count, el, levelName, share, table, watchDrops } from "./dom.ts";
import type { DroppedFile, FileUse, Reply } from "./protocol.ts";

// At most this many mismatches are drawn; the summary counts all of them.
const SHOWN = 500;

function start(root: HTMLElement): void {
  const lang: Lang = langOf(root.dataset.lang);
  const checkButton = root.querySelector<HTMLButtonElement>("[data-check-published]")!;
  const ownButton = root.querySelector<HTMLButtonElement>("[data-check-own]")!;
  const input = root.querySelector<HTMLInputElement>("[data-files]")!;
  const dropZone = root.querySelector<HTMLElement>("[data-drop]")!;
  const chosen = root.querySelector<HTMLElement>("[data-chosen]")!;
  const statusLine = root.querySelector<HTMLElement>("[data-status]")!;
  const output = root.querySelector<HTMLElement>("[data-result]")!;
  const titles = new Map(INDICATORS.map((i) => [i.id, pick(i.title, lang)]));
  let dropped: File[] = [];

  // Created at once, so the worker's code is loaded with the page and a later check needs no download of code.
  const worker = new Worker(new URL("./verify-worker.ts", import.meta.url), { type: "module" });
  root.hidden = false;
  root.dataset.state = "ready";

  const busy = (on: boolean) => {
    checkButton.disabled = on;
    ownButton.disabled = on || dropped.length === 0;
    root.dataset.state = on ? "running" : "done";
  };

  const choose = (files: File[]) => {
    dropped = files;
    chosen.textContent = files.map((f) => f.name).join(", ");
    ownButton.disabled = files.length === 0;
  };

  checkButton.addEventListener("click", () => {
    busy(true);
    output.replaceChildren();
    worker.postMessage({ type: "check", dropped: [] });
  });
  ownButton.addEventListener("click", () => {
    busy(true);
    output.replaceChildren();
    void Promise.all(
      dropped.map(async (f): Promise<DroppedFile> => ({ name: f.name, bytes: await f.arrayBuffer() })),
    ).then((files) => {
      worker.postMessage(
        { type: "check", dropped: files },
        files.map((f) => f.bytes),
      );
    });
  });
  input.addEventListener("change", () => {
    choose([...(input.files ?? [])]);
  });
  watchDrops(dropZone, (data) => {
    choose([...data.files]);
  });

  worker.addEventListener("message", (event: MessageEvent<Reply>) => {
    const reply = event.data;
    if (reply.type === "progress") {
      const key =
        reply.stage === "fetch"
          ? "stageFetch"
          : reply.stage === "validate"
            ? "stageValidate"
            : "stageCompute";
      statusLine.textContent = word(key);
    } else if (reply.type === "checked") {
      statusLine.textContent = headline(reply.result);
      output.replaceChildren(
        ...render(reply.result, reply.files, reply.ignored, reply.seconds, lang, titles),
      );
      // Where the worker's time went, in milliseconds, for bench/verify.ts.
      const { validate, compute, compare } = reply.result.timings;
      root.dataset.timings = [validate, compute, compare].map(Math.round).join(" ");
      busy(false);
    } else if (reply.type === "failed") {
      statusLine.textContent = `${word("failed")}${reply.message}`;
      busy(false);
      root.dataset.state = "failed";
    }
  });
}

function headline(result: CheckResult): string {
  if (!result.valid) return word("dataProblems");
  return result.mismatchCount === 0 ? word("allMatch") : word("someDiffer");
}

function figureText(f: Figure | null, lang: Lang): string {
  if (!f) return word("absent");
  return `${count(f.numerator, lang)} / ${count(f.denominator, lang)} = ${share(f.value, lang)}`;
}

function render(
  result: CheckResult,
  files: FileUse[],
  ignored: string[],
  seconds: number,
  lang: Lang,
  titles: Map<string, string>,
): Node[] {
  const nodes: Node[] = [];
  const fact = (key: Parameters<typeof word>[0], value: string, name: string) => [
    el("dt", {}, word(key)),
    el("dd", { "data-count": name }, value),
  ];
  nodes.push(
    el(
      "dl",
      { class: "facts", "data-summary": "" },
      ...fact("checked", count(result.checked, lang), "checked"),
      ...fact("matched", count(result.matched, lang), "matched"),
      ...fact("mismatched", count(result.mismatchCount, lang), "mismatched"),
      ...fact("seconds", `${seconds.toFixed(1)} s`, "seconds"),
    ),
  );
  if (ignored.length > 0)
    nodes.push(el("p", { class: "note" }, `${word("unknownFile")}${ignored.join(", ")}`));
  const problems = result.problems.filter((p) => p.severity === "error");
  if (problems.length > 0) {
    nodes.push(
      table(
        word("problemsCaption"),
        [word("file"), word("row"), word("column"), word("message")],
        // The first problems of each code in each file, then how many more: the table stays readable.
        shortenReport(problems).map((line) =>
          line.kind === "problem"
            ? [
                el("bdi", {}, line.problem.file),
                line.problem.row === null ? "" : String(line.problem.row),
                el("bdi", {}, line.problem.column ?? ""),
                el("bdi", {}, line.problem.message),
              ]
            : [
                el("bdi", {}, line.file),
                "",
                "",
                word("moreProblems", { n: count(line.count, lang), code: line.code }),
              ],
        ),
      ),
    );
  }
  if (result.mismatches.length > 0) {
    const rows = result.mismatches
      .slice(0, SHOWN)
      .map((m) => [
        titles.get(m.indicator) ?? m.indicator,
        levelName(m.level),
        m.code,
        m.period,
        figureText(m.published, lang),
        figureText(m.recomputed, lang),
        el("a", { href: receiptHref(lang, { ...m, level: m.level as Level }) }, word("receiptLink")),
      ]);
    nodes.push(
      table(
        word("mismatchCaption"),
        [
          word("indicator"),
          word("level"),
          word("code"),
          word("period"),
          word("published"),
          word("recomputed"),
          word("receiptLink"),
        ],
        rows,
      ),
    );
    if (result.mismatchCount > rows.length)
      nodes.push(el("p", {}, word("moreMismatches", { n: rows.length })));
  }
  nodes.push(
    table(
      word("files"),
      [word("file"), word("source"), "SHA-256", word("published")],
      files.map((f) => [
        f.name,
        word(f.source === "dropped" ? "yours" : "published"),
        el("code", {}, f.sha256),
        f.publishedSha256 === null
          ? ""
          : word(f.publishedSha256 === f.sha256 ? "sameAsPublished" : "differsFromPublished"),
      ]),
    ),
  );
  return nodes;
}

const root = document.querySelector<HTMLElement>("[data-verify]");
if (root) start(root);
