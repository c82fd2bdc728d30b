/**
 * The download builder's page script: reads the form, plans which published files to read, hands
 * them to the worker and saves what it writes, with a README of the release, the choices and how to
 * cite. The words and the sources come from the page (`data-builder`), so the script bundles none.
 */
import { builderFileName, planFiles, type BuilderChoice } from "../../lib/downloads/builder.ts";
import { fillPlaceholders, type Params } from "../../lib/i18n/placeholders.ts";
import type { BuilderManifest } from "../../lib/site/builder-view.ts";
import type { BuildReply, BuildRequest } from "./builder-protocol.ts";

const PROGRESS_EVERY_MS = 2000;

const form = document.querySelector<HTMLFormElement>("form[data-builder]");
if (form) setUp(form);

function setUp(form: HTMLFormElement): void {
  const manifest = JSON.parse(
    form.querySelector("script[type='application/json']")?.textContent ?? "{}",
  ) as BuilderManifest;
  const word = (key: keyof BuilderManifest["words"], params?: Params) =>
    fillPlaceholders(manifest.words[key], params, `"${key}"`);
  const status = form.querySelector<HTMLElement>("[data-builder-status]")!;
  const results = form.querySelector<HTMLElement>("[data-builder-results]")!;
  const columnsBox = form.querySelector<HTMLElement>("[data-builder-columns]")!;
  const sourceSelect = form.elements.namedItem("source") as HTMLSelectElement;
  const sourceOf = (key: string) => manifest.sources.find((source) => source.key === key)!;
  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  const all = (name: string) => form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).length;
  let worker: Worker | null = null;
  let urls: string[] = [];

  // The columns, the period and the indicator follow the chosen source.
  const showSource = () => {
    const source = sourceOf(sourceSelect.value);
    columnsBox.replaceChildren(
      ...source.columns.map((column) => {
        const label = document.createElement("label");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = "column";
        box.value = column;
        box.checked = true;
        const name = document.createElement("code");
        name.textContent = column;
        label.append(box, " ", name);
        return label;
      }),
    );
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>("[data-builder-time]")) {
      fieldset.disabled = source.time === null;
    }
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>("[data-builder-indicator]")) {
      fieldset.disabled = !source.byIndicator;
    }
  };
  sourceSelect.addEventListener("change", showSource);
  showSource();

  const say = (text: string) => {
    status.textContent = text;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const source = sourceOf(sourceSelect.value);
    const counties = checked("county");
    const columns = checked("column");
    if (counties.length === 0 || columns.length === 0) {
      say(word(counties.length === 0 ? "builder.noCounty" : "builder.noColumn"));
      return;
    }
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value || null;
    const time = source.time !== null;
    const indicator = source.byIndicator ? value("indicator") : null;
    const choice: BuilderChoice = {
      source: source.key,
      counties: counties.length === all("county") ? null : counties,
      from: time ? value("from") : null,
      to: time ? value("to") : null,
      indicators: indicator === null ? null : [indicator],
      columns: columns.length === source.columns.length ? null : columns,
      format: (form.elements.namedItem("format") as RadioNodeList).value === "excel" ? "excel" : "csv",
    };
    // The first and last quarters are "all": the file name then says nothing of periods.
    const periods = [...(form.elements.namedItem("from") as HTMLSelectElement).options].map((o) => o.value);
    if (choice.from === periods[0]) choice.from = null;
    if (choice.to === periods.at(-1)) choice.to = null;
    const files = planFiles(source, choice.counties);
    // A range open at one end is named with the period at that end: "2025Q4-2025Q4", not "2025Q4-".
    const ranged = choice.from !== null || choice.to !== null;
    const name = builderFileName({
      ...choice,
      site: manifest.site,
      version: manifest.version,
      source: source.key,
      from: ranged ? (choice.from ?? periods[0]!) : null,
      to: ranged ? (choice.to ?? periods.at(-1)!) : null,
    });
    for (const url of urls) URL.revokeObjectURL(url);
    urls = [];
    results.replaceChildren();
    worker?.terminate();
    worker = new Worker(new URL("./builder-worker.ts", import.meta.url), { type: "module" });
    form.setAttribute("aria-busy", "true");
    let lastProgress = -Infinity;
    worker.addEventListener("message", (message: MessageEvent<BuildReply>) => {
      const reply = message.data;
      if (reply.type === "progress") {
        // A status region read aloud at every piece of the file would never stop talking.
        if (performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = performance.now();
        say(
          word("builder.reading", {
            file: reply.file,
            done: megabytes(reply.done),
            total: megabytes(reply.total),
          }),
        );
        return;
      }
      form.removeAttribute("aria-busy");
      worker?.terminate();
      worker = null;
      if (reply.type === "error") {
        say(word("builder.failed", { reason: reply.reason }));
        return;
      }
      const readme = [
        manifest.readmeHead,
        `${word("builder.readmeChoice")}${describeChoice(form, word("builder.all"))}`,
        word("builder.readmeRows", { rows: reply.rows.toLocaleString(document.documentElement.lang) }),
        word("builder.readmeFiles"),
        ...files.map((file) => `  ${new URL(file.path, dataBase(form)).href}`),
        "",
      ].join("\n");
      const csvLink = saveLink(reply.blob, name, word("builder.save", { name }));
      const readmeLink = saveLink(
        new Blob([`\uFEFF${readme.replaceAll("\n", "\r\n")}`], { type: "text/plain;charset=utf-8" }),
        name.replace(/\.csv$/, "_README.txt"),
        word("builder.readme"),
      );
      results.replaceChildren(listItem(csvLink), listItem(readmeLink));
      say(word("builder.done", { rows: reply.rows.toLocaleString(document.documentElement.lang) }));
      csvLink.click();
    });
    const request: BuildRequest = {
      base: dataBase(form),
      files,
      source,
      choice,
    };
    worker.postMessage(request);
  });

  function saveLink(blob: Blob, name: string, text: string): HTMLAnchorElement {
    const url = URL.createObjectURL(blob);
    urls.push(url);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.textContent = text;
    return link;
  }
}

function listItem(child: Node): HTMLLIElement {
  const item = document.createElement("li");
  item.append(child);
  return item;
}

/** The `/data/` folder's address, which the published paths are relative to. */
function dataBase(form: HTMLFormElement): string {
  return new URL(form.dataset.base ?? "/data/", location.href).href;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The choices as the form labels them, for the README: "县（市、区）：竹山县; 时期：…". */
function describeChoice(form: HTMLFormElement, all: string): string {
  const parts: string[] = [];
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>("fieldset[data-describe]")) {
    if (fieldset.disabled) continue;
    const legend = fieldset.querySelector("legend")?.textContent.trim() ?? "";
    const boxes = [...fieldset.querySelectorAll<HTMLInputElement>("input[type='checkbox']")];
    const values =
      boxes.length > 0 && boxes.every((box) => box.checked)
        ? [all]
        : [...fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input:checked, select")].map(
            (input) =>
              input instanceof HTMLSelectElement
                ? (input.selectedOptions[0]?.textContent ?? "")
                : (input.closest("label")?.textContent.trim() ?? input.value),
          );
    parts.push(`${legend}: ${values.join(", ")}`);
  }
  return parts.join("; ");
}
