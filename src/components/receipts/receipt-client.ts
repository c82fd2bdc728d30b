/** The receipt page's script: reads the figure from the address, asks the worker for its receipt and draws it. */
// Must come first: see jitless.ts.
import "../verify/jitless.ts";
import type { CellValue } from "../../lib/csv/write.ts";
import { receiptTotals } from "../../lib/indicators/receipt.ts";
import type { IndicatorValue } from "../../lib/indicators/index.ts";
import { parseReceiptAddress, type ReceiptAddress } from "../../lib/receipts/href.ts";
import { word } from "../verify/page-words.ts";
import { formatPeriod, href, langOf, pick, type Lang } from "../../lib/i18n/index.ts";
import { count, el, levelName, share, status, table } from "../verify/dom.ts";
import type { Reply } from "../verify/protocol.ts";

// Rows drawn on the page; the download has all of them.
const SHOWN = 500;

type ReceiptReply = Extract<Reply, { type: "receipt" }>;

function fill(form: HTMLFormElement, address: ReceiptAddress): void {
  for (const name of ["indicator", "level", "code", "period"] as const) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = address[name];
  }
}

function cell(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return word(value ? "yes" : "no");
  return String(value);
}

function render(reply: ReceiptReply, lang: Lang): Node[] {
  const { meta, receipt, published, manifest } = reply;
  const { query, source, value, rows, leftOut } = receipt;
  const sums = receiptTotals(rows);
  const nodes: Node[] = [];
  const title = `${pick(meta.title, lang)} · ${levelName(query.level)} ${query.code} · ${formatPeriod(query.period, lang)}`;
  nodes.push(el("h2", { id: "figure" }, title));
  if (reply.problems.length > 0) {
    nodes.push(
      el("p", { class: "note" }, `${word("dataProblems")}: `, el("bdi", {}, reply.problems[0]!.message)),
    );
  }
  if (!value) {
    nodes.push(el("p", { class: "note", "data-not-published": "" }, word("notPublished")));
    return nodes;
  }
  const target = value.target === null ? word("noTarget") : share(value.target, lang);
  const fact = (key: Parameters<typeof word>[0], ...content: (Node | string)[]) => [
    el("dt", {}, word(key)),
    el("dd", {}, ...content),
  ];
  nodes.push(
    el(
      "dl",
      { class: "facts" },
      ...fact("indicator", el("a", { href: href(lang, `/indicators/${meta.id}/`) }, pick(meta.title, lang))),
      ...fact("place", `${levelName(query.level)} ${query.code}`),
      ...fact("period", formatPeriod(query.period, lang)),
      ...fact("formula", pick(meta.formula, lang)),
      ...fact("numerator", pick(meta.numerator, lang), " — ", el("code", {}, source.numerator.join(", "))),
      ...fact(
        "denominator",
        pick(meta.denominator, lang),
        " — ",
        el("code", {}, source.denominator.join(", ")),
      ),
      ...fact("target", target),
      ...fact("status", status(value.status)),
      ...(value.reporting
        ? fact(
            "reporting",
            `${count(value.reporting.reporting, lang)} / ${count(value.reporting.expected, lang)}`,
          )
        : []),
    ),
  );
  const line = (label: string, v: Pick<IndicatorValue, "numerator" | "denominator"> | null, name: string) => {
    if (!v) return [label, word("absent"), "", ""];
    const share_ = v.denominator === 0 ? null : v.numerator / v.denominator;
    return [
      label,
      el("span", { "data-numerator": name }, count(v.numerator, lang)),
      el("span", { "data-denominator": name }, count(v.denominator, lang)),
      share(share_, lang),
    ];
  };
  const agree =
    published !== null &&
    published.numerator === value.numerator &&
    published.denominator === value.denominator &&
    published.status === value.status &&
    sums.numerator === value.numerator &&
    sums.denominator === value.denominator;
  nodes.push(
    table(
      word("figure"),
      ["", word("numerator"), word("denominator"), word("value")],
      [
        line(word("publishedFigure"), published, "published"),
        line(word("recomputedFigure"), value, "recomputed"),
        line(word("rowsSum"), sums, "rows"),
      ],
    ),
  );
  nodes.push(el("p", { "data-agree": String(agree) }, word(agree ? "agree" : "disagree")));

  const blob = new Blob([reply.csv], { type: "text/csv;charset=utf-8" });
  nodes.push(
    el(
      "p",
      {},
      el(
        "a",
        { href: URL.createObjectURL(blob), download: reply.csvName, "data-download": "" },
        word("downloadRows"),
      ),
    ),
  );
  const columns = rows[0] ? Object.keys(rows[0].row) : [];
  const shown = rows.slice(0, SHOWN);
  nodes.push(
    table(
      `${word("rowsCaption")} (${source.table}.csv)`,
      [word("site"), word("partNumerator"), word("partDenominator"), ...columns],
      shown.map((r) => [
        r.site_id ?? "",
        count(r.numerator, lang),
        count(r.denominator, lang),
        ...columns.map((c) => cell(r.row[c])),
      ]),
    ),
  );
  if (rows.length > shown.length) {
    nodes.push(el("p", {}, word("rowsShown", { n: shown.length, total: rows.length })));
  }
  if (leftOut.length > 0) {
    nodes.push(
      table(
        word("leftOutCaption"),
        [word("site"), word("message")],
        leftOut.slice(0, SHOWN).map((l) => [l.site_id, word(l.row ? "leftOutEmpty" : "leftOutNoRow")]),
      ),
    );
  }
  const release = manifest.release;
  nodes.push(
    el(
      "dl",
      { class: "facts" },
      ...fact("release", `${release.version ?? ""} (${release.created ?? ""})`),
      ...fact("method", manifest.method_version),
    ),
  );
  const tables = new Set([...meta.tables, "sites", "counties"].map((t) => `${t}.csv`));
  nodes.push(
    table(
      word("inputs"),
      [word("file"), "SHA-256"],
      manifest.inputs
        .filter((f) => tables.has(f.name.split("/").pop()!))
        .map((f) => [f.name, el("code", {}, f.sha256)]),
    ),
  );
  nodes.push(
    table(
      word("fetched"),
      [word("file"), "SHA-256"],
      reply.files
        .filter((f) => tables.has(f.name))
        .map((f) => [el("a", { href: f.path }, f.path), el("code", {}, f.sha256)]),
    ),
  );
  return nodes;
}

function start(root: HTMLElement): void {
  const lang = langOf(root.dataset.lang);
  const form = document.querySelector<HTMLFormElement>("[data-receipt-form]")!;
  const statusLine = root.querySelector<HTMLElement>("[data-status]")!;
  const output = root.querySelector<HTMLElement>("[data-result]")!;
  // Without an address there is nothing to show but the form.
  if (location.search === "") return;
  root.hidden = false;
  const address = parseReceiptAddress(location.search);
  if (!address) {
    statusLine.textContent = word("badAddress");
    root.dataset.state = "done";
    return;
  }
  fill(form, address);
  statusLine.textContent = word("loading");
  root.dataset.state = "running";
  const worker = new Worker(new URL("../verify/verify-worker.ts", import.meta.url), { type: "module" });
  worker.addEventListener("message", (event: MessageEvent<Reply>) => {
    const reply = event.data;
    if (reply.type === "receipt") {
      statusLine.textContent = "";
      output.replaceChildren(...render(reply, lang));
      root.dataset.state = "done";
    } else if (reply.type === "unknown-indicator") {
      statusLine.textContent = `${word("unknownIndicator")}${reply.id}`;
      root.dataset.state = "done";
    } else if (reply.type === "failed") {
      statusLine.textContent = `${word("failed")}${reply.message}`;
      root.dataset.state = "failed";
    }
  });
  worker.postMessage({ type: "receipt", address });
}

const root = document.querySelector<HTMLElement>("[data-receipt]");
if (root) start(root);
