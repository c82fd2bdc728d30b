/**
 * The indicator page's explorer (IndicatorExplorer.astro): the three views become tabs, the
 * place picker shows the chosen places' lines in the chart (coloured and dashed in the order
 * chosen, their end labels pushed apart again) and marks their rows in the table, and the view
 * and places are kept in the address (`?view=map&places=420300,420323`), so a copied link opens
 * the same view. Styles are set through the CSSOM and classes: the pages' CSP forbids style text.
 */
import { seriesDash, spreadWithin } from "../../lib/charts/spread.ts";

const SERIES_COLOURS = 4;

for (const root of document.querySelectorAll<HTMLElement>("[data-explorer]")) setUp(root);

function setUp(root: HTMLElement): void {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panels = [...root.querySelectorAll<HTMLElement>("[data-panel]")];
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="places"]')];
  const city = boxes[0]?.value ?? "";
  const known = new Set(boxes.map((box) => box.value));
  const views = tabs.map((tab) => tab.dataset.view ?? "");

  const params = new URLSearchParams(location.search);
  const asked = (params.get("places") ?? "").split(",").filter((code) => known.has(code));
  const chosen = asked.length > 0 ? asked : [city];
  const view = views.includes(params.get("view") ?? "") ? params.get("view")! : views[0]!;

  for (const box of boxes) box.checked = chosen.includes(box.value);
  for (const element of root.querySelectorAll<HTMLElement>("[data-explorer-controls]"))
    element.hidden = false;
  // The tabs now say which view is shown: the views' own headings are left to screen readers.
  for (const title of root.querySelectorAll(".explorer-view-title")) title.classList.add("visually-hidden");

  const order = (): string[] => {
    // The order chosen is kept: the first place chosen draws the first (solid) line.
    const now = boxes.filter((box) => box.checked).map((box) => box.value);
    for (let i = chosen.length - 1; i >= 0; i--) if (!now.includes(chosen[i]!)) chosen.splice(i, 1);
    for (const code of now) if (!chosen.includes(code)) chosen.push(code);
    return chosen;
  };

  const show = (name: string, focus = false) => {
    tabs.forEach((tab) => {
      const selected = tab.dataset.view === name;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (selected && focus) tab.focus();
    });
    for (const panel of panels) panel.hidden = panel.dataset.panel !== name;
  };

  const remember = (name: string) => {
    const next = new URLSearchParams(location.search);
    if (name === views[0]) next.delete("view");
    else next.set("view", name);
    const places = order();
    if (places.length === 1 && places[0] === city) next.delete("places");
    else next.set("places", places.join(","));
    const query = next.toString();
    history.replaceState(
      history.state,
      "",
      `${location.pathname}${query ? `?${query}` : ""}${location.hash}`,
    );
  };

  let current = view;
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => {
      current = tab.dataset.view ?? current;
      show(current);
      remember(current);
    });
    // Arrow keys move between tabs, as the ARIA tabs pattern has it.
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      current = views[(i + step + views.length) % views.length]!;
      show(current, true);
      remember(current);
    });
  });
  for (const box of boxes) {
    box.addEventListener("change", () => {
      // At least one place stays chosen: an empty chart answers nothing.
      if (!boxes.some((other) => other.checked)) box.checked = true;
      draw(root, order());
      remember(current);
    });
  }

  show(view);
  draw(root, order());
}

/** Shows the chosen places' series in every drawing and legend, and marks their table rows. */
function draw(root: HTMLElement, chosen: readonly string[]): void {
  const rank = new Map(chosen.map((code, i) => [code, i]));
  for (const element of root.querySelectorAll<SVGElement | HTMLElement>("[data-series]")) {
    const code = element.dataset.series ?? "";
    const at = rank.get(code);
    element.style.display = at === undefined ? "none" : "";
    if (at === undefined) continue;
    // Lines, end labels and legend swatches take the colour and dash of their place in the choice.
    if (element.matches("path.chart-line")) restyleLine(element, at);
    else if (element.matches("text")) {
      element.setAttribute(
        "class",
        element
          .getAttribute("class")!
          .replace(/chart-fill-series-\d/, `chart-fill-series-${at % SERIES_COLOURS}`),
      );
    } else if (element.matches("li")) {
      for (const line of element.querySelectorAll<SVGElement>("line.chart-line")) restyleLine(line, at);
    }
  }
  for (const labels of root.querySelectorAll<SVGGElement>("[data-end-labels]")) respread(labels);
  for (const row of root.querySelectorAll<HTMLTableRowElement>("tr[data-key]")) {
    row.classList.toggle("is-picked", rank.has(row.dataset.key ?? ""));
  }
}

function restyleLine(line: Element, at: number): void {
  line.setAttribute(
    "class",
    line.getAttribute("class")!.replace(/chart-series-\d/, `chart-series-${at % SERIES_COLOURS}`),
  );
  const dash = seriesDash(at);
  if (dash === "") line.removeAttribute("stroke-dasharray");
  else line.setAttribute("stroke-dasharray", dash);
}

/** Pushes the shown end labels apart from their natural places, as the build does for all of them. */
function respread(group: SVGGElement): void {
  const { gap, low, high } = JSON.parse(group.dataset.endLabels ?? "{}") as {
    gap: number;
    low: number;
    high: number;
  };
  const shown = [...group.querySelectorAll<SVGTextElement>("text")].filter(
    (text) => text.style.display !== "none",
  );
  const places = spreadWithin(
    shown.map((text) => Number(text.dataset.natural)),
    gap,
    low,
    high,
  );
  shown.forEach((text, i) => {
    text.setAttribute("y", String(Math.round(places[i]! * 100) / 100));
  });
}
