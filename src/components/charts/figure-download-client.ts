/**
 * Fills each chart's download line (FigureDownloads.astro): the chart's table as CSV, and the
 * drawing on screen as SVG, with the page's styles written into it so it looks the same on its
 * own, and as PNG at twice its size.
 */
import { saveFile as save, tableElementCsv as csvOf } from "./table-csv.ts";

// The properties the chart's CSS sets on its drawing: copied onto a standalone SVG.
const STYLED = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  // Series a page hides (the indicator page's place picker) stay hidden in the file.
  "display",
  // Labels have a white halo painted under them (paint-order: stroke); without it the halo hides them.
  "paint-order",
] as const;

for (const place of document.querySelectorAll<HTMLElement>("[data-figure-downloads]")) {
  const figure = place.closest("figure");
  if (figure) fill(place, figure);
}

function fill(place: HTMLElement, figure: HTMLElement): void {
  const words = JSON.parse(place.dataset.words ?? "{}") as Record<string, string>;
  const name = place.dataset.figureDownloads ?? "chart";
  const button = (label: string, action: () => Promise<void> | void) => {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.addEventListener("click", () => {
      void action();
    });
    return element;
  };
  const csv = button(words["figure.csv"] ?? "CSV", () => {
    const table = figure.querySelector("table");
    if (table) save(new Blob([csvOf(table)], { type: "text/csv;charset=utf-8" }), `${name}.csv`);
  });
  if (place.dataset.tableOnly !== undefined) place.replaceChildren(words["figure.download"] ?? "", " ", csv);
  else
    place.replaceChildren(
      words["figure.download"] ?? "",
      " ",
      csv,
      " ",
      button(words["figure.svg"] ?? "SVG", () => {
        const svg = visibleDrawing(figure);
        if (svg) save(new Blob([standalone(svg)], { type: "image/svg+xml" }), `${name}.svg`);
      }),
      " ",
      button(words["figure.png"] ?? "PNG", async () => {
        const svg = visibleDrawing(figure);
        if (svg) save(await png(svg), `${name}.png`);
      }),
    );
  place.hidden = false;
}

/** The drawing CSS shows at this width (a chart has a wide and a narrow one). */
function visibleDrawing(figure: HTMLElement): SVGSVGElement | null {
  return (
    [...figure.querySelectorAll<SVGSVGElement>("svg.chart-svg, svg[data-drawing]")].find(
      (svg) => svg.getClientRects().length > 0,
    ) ?? null
  );
}

/** The drawing as an SVG file: each element's computed look written into its own style. */
function standalone(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = copies[i] as SVGElement;
    target.removeAttribute("class");
    // Through the CSSOM: a style attribute set as text would break the page's CSP.
    for (const property of STYLED) target.style.setProperty(property, style.getPropertyValue(property));
  });
  const box = svg.viewBox.baseVal;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(box.width));
  copy.setAttribute("height", String(box.height));
  return new XMLSerializer().serializeToString(copy);
}

/** The drawing as PNG at twice its size on white. */
async function png(svg: SVGSVGElement): Promise<Blob> {
  const box = svg.viewBox.baseVal;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standalone(svg))}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = box.width * 2;
  canvas.height = box.height * 2;
  const context = canvas.getContext("2d")!;
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error("The browser could not make the PNG."));
    }, "image/png");
  });
}
