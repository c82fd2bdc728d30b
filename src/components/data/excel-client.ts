/**
 * Makes an Excel edition that is not stored, at click: fetches the canonical CSV the link points
 * to and writes it, with the text columns the page lists under the link's key, by `excelFromCanonical` — the same function, so the same bytes, as a stored
 * copy. Without this script the link downloads the canonical CSV.
 */
import { excelFromCanonical } from "../../lib/downloads/formats.ts";

/** The text columns listed under `key` by ExcelColumns.astro. */
function textColumns(key: string): string[] {
  for (const item of document.querySelectorAll<HTMLElement>("[data-excel-columns] [data-key]")) {
    if (item.dataset.key === key) return (item.dataset.text ?? "").split(",");
  }
  throw new Error(`No text columns are listed for ${key}.`);
}

async function makeExcel(link: HTMLAnchorElement): Promise<void> {
  link.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(`${link.href}: HTTP ${response.status}`);
    const csv = new TextDecoder("utf-8", { fatal: true }).decode(await response.arrayBuffer());
    const text = excelFromCanonical(csv, textColumns(link.dataset.excel ?? ""));
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const save = document.createElement("a");
    save.href = url;
    save.download = link.download;
    document.body.append(save);
    save.click();
    save.remove();
    // The download has started once click() returns; the address is kept a little for slow browsers.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 60_000);
  } catch {
    // The canonical CSV is the next best thing: the link's own address.
    window.location.assign(link.href);
  } finally {
    link.removeAttribute("aria-busy");
  }
}

document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target.closest("a[data-excel]") : null;
  if (!(target instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  void makeExcel(target);
});
