import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startRenderer, type AstroRenderer } from "./render-helpers.ts";

// Tries both ways out: a tag in text, and a quote to leave an attribute value.
const HOSTILE = '"><img src=x onerror=alert(1)>';
const percent = (v: number): string => `${(v * 100).toFixed(1)}%`;

let renderer: AstroRenderer;
beforeAll(async () => {
  renderer = await startRenderer();
});
afterAll(async () => {
  await renderer.close();
});

const trendProps = {
  id: "trend-test",
  title: `Household employment ${HOSTILE}`,
  description: `Rose from 40.0% to 80.0% ${HOSTILE}`,
  periods: [
    { key: "2025Q1", label: "2025Q1" },
    { key: "2025Q2", label: `Q2 ${HOSTILE}` },
    { key: "2025Q3", label: "2025Q3" },
  ],
  series: [
    {
      name: `Shiyan ${HOSTILE}`,
      points: [
        { period: "2025Q1", value: 0.4, status: "behind" },
        { period: "2025Q2", value: null, status: "no-data" },
        { period: "2025Q3", value: 1, status: "met" },
      ],
    },
    {
      name: "Yunyang",
      points: [
        { period: "2025Q1", value: 0.5, status: "behind" },
        { period: "2025Q2", value: 0.6, status: "behind" },
        { period: "2025Q3", value: 0.7, status: "behind" },
      ],
    },
  ],
  target: 1,
  targetLabel: "target 100%",
  yLabel: "Share of households",
  xLabel: "Quarter",
  formatValue: percent,
  lang: "en",
  tableCaption: "Household employment by quarter",
  columnLabels: { period: "Quarter", value: "Value", status: "Status" },
};

const barProps = {
  id: "bars-test",
  title: "By county",
  description: "Two of three counties reported.",
  bars: [
    { label: `Zhangwan ${HOSTILE}`, value: 0.95, status: "behind" },
    { label: "Fangxian", value: null, status: "no-data" },
    { label: "Zhushan", value: 1, status: "met" },
  ],
  target: 1,
  targetLabel: "target 100%",
  xLabel: "Share of households",
  formatValue: percent,
  lang: "en",
  tableCaption: "By county, 2025Q4",
  columnLabels: { place: "County", value: "Value", status: "Status" },
};

/**
 * No tag or event handler from the data outside attribute values. Inside a quoted attribute value
 * `<` is inert (Astro escapes `"` and `&` there, text content fully), so values are blanked first;
 * a value that broke out of its quotes would leave its tail outside and be caught.
 */
function expectNoInjectedMarkup(html: string): void {
  const outsideValues = html.replace(/="[^"]*"/g, '=""');
  expect(outsideValues).not.toContain("<img");
  expect(outsideValues).not.toMatch(/<[a-z][^>]*\sonerror=/i);
}

/** The checks every chart's markup must pass: accessible name, no inline style, data escaped. */
function expectSafeAccessibleSvg(html: string): void {
  expect(html).toContain('role="img"');
  expect(html).toMatch(/<title id="[^"]+">/);
  expect(html).toMatch(/<desc id="[^"]+">/);
  for (const [, ids] of html.matchAll(/aria-labelledby="([^"]+)"/g)) {
    for (const id of ids!.split(" ")) expect(html).toContain(`id="${id}"`);
  }
  expect(html).not.toContain("style=");
  expectNoInjectedMarkup(html);
  // Responsive: drawn in a viewBox, sized by CSS, never a fixed pixel width.
  expect(html).not.toMatch(/<svg[^>]*\swidth=/);
  expect(html).toMatch(/<svg[^>]*viewBox="0 0 \d+ \d+"/);
}

describe("TrendChart", () => {
  test("renders an accessible SVG with no inline style and every data text escaped", async () => {
    const html = await renderer.render("/src/components/charts/TrendChart.astro", trendProps);
    expectSafeAccessibleSvg(html);
    expect(html).toContain(
      '<title id="trend-test-wide-title">Household employment &quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(html).toContain("Shiyan &quot;&gt;&lt;img");
    expect(html).toContain("Q2 &quot;&gt;&lt;img");
  });

  test("draws a wide and a narrow version, each with unique ids", async () => {
    const html = await renderer.render("/src/components/charts/TrendChart.astro", trendProps);
    expect(html.match(/role="img"/g)).toHaveLength(2);
    expect(html).toContain('id="trend-test-wide-title"');
    expect(html).toContain('id="trend-test-narrow-title"');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("shows the dashed target line, a gap for the missing value and status markers", async () => {
    const html = await renderer.render("/src/components/charts/TrendChart.astro", trendProps);
    expect(html).toMatch(/class="chart-target"[^>]*stroke-dasharray="6 4"/);
    expect(html).toContain("target 100%");
    // The first series has one value on each side of the gap: two subpaths in each drawing.
    const firstSeries = [...html.matchAll(/class="chart-line chart-series-0" d="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(firstSeries).toHaveLength(2);
    for (const d of firstSeries) expect(d.match(/M/g)).toHaveLength(2);
    expect(html).toContain("chart-marker--met");
    expect(html).toContain("chart-marker--behind");
    // The second series is told apart by its dash, not only its colour.
    expect(html).toMatch(/class="chart-line chart-series-1" d="[^"]+" stroke-dasharray="7 4"/);
  });

  test("puts the figures in a table with caption, scoped headers and 'no data' for the missing value", async () => {
    const html = await renderer.render("/src/components/charts/TrendChart.astro", trendProps);
    expect(html).toContain("<caption>Household employment by quarter</caption>");
    expect(html).toContain('<th scope="colgroup" colspan="2">Shiyan &quot;&gt;&lt;img');
    expect(html).toContain('<th scope="col" rowspan="2">Quarter</th>');
    expect(html).toContain('<th scope="row"><bdi>2025Q1</bdi></th>');
    expect(html).toMatch(
      /<th scope="row"><bdi>Q2 &quot;&gt;&lt;img[^<]*<\/bdi><\/th><td class="chart-num">No data<\/td><td><bdi>No data<\/bdi><\/td>/,
    );
    const table = /<table.*<\/table>/s.exec(html)?.[0] ?? "";
    expect(table).not.toMatch(/>0(\.0)?%</);
    expect(html).toContain(
      'class="table-scroll" tabindex="0" role="region" aria-label="Household employment by quarter"',
    );
  });

  test("has a legend naming each series and each marker shape used", async () => {
    const html = await renderer.render("/src/components/charts/TrendChart.astro", trendProps);
    const legend = /<ul class="chart-legend">(.*?)<\/ul>/s.exec(html)?.[1] ?? "";
    for (const text of ["Shiyan &quot;&gt;&lt;img", "Yunyang", "Met", "Behind", "No data"]) {
      expect(legend).toContain(text);
    }
  });
});

describe("BarChart", () => {
  test("renders an accessible SVG with no inline style and every data text escaped", async () => {
    const html = await renderer.render("/src/components/charts/BarChart.astro", barProps);
    expectSafeAccessibleSvg(html);
    expect(html).toContain("Zhangwan &quot;&gt;&lt;img");
  });

  test("draws a bar only for places with a value and says 'no data' for the others", async () => {
    const html = await renderer.render("/src/components/charts/BarChart.astro", barProps);
    // Two places with a value, in three drawings (wide, stacked, and stacked for care mode).
    expect(html.match(/<rect class="chart-bar"/g)).toHaveLength(6);
    expect(html).toContain("95.0% Behind");
    expect(html).toContain("100.0% Met");
    expect(html).toMatch(
      /<th scope="row"><bdi>Fangxian<\/bdi><\/th><td class="chart-num">No data<\/td><td><bdi>No data<\/bdi><\/td>/,
    );
  });
});

describe("Sparkline", () => {
  test("hides the drawing from screen readers and gives them a sentence instead", async () => {
    const html = await renderer.render("/src/components/charts/Sparkline.astro", {
      points: [
        { period: "2019Q4", value: 0.42 },
        { period: `2025Q4 ${HOSTILE}`, value: 0.913 },
      ],
      formatValue: percent,
      lang: "en",
    });
    expect(html).toMatch(/<span class="chart-spark"><svg [^>]*aria-hidden="true"/);
    expect(html).toContain(
      '<span class="chart-visually-hidden">from 42.0% in 2019Q4 to 91.3% in 2025Q4 &quot;&gt;&lt;img',
    );
    expect(html).not.toContain("style=");
    expectNoInjectedMarkup(html);
  });

  test("reads a given summary instead of the computed one", async () => {
    const html = await renderer.render("/src/components/charts/Sparkline.astro", {
      points: [{ period: "2019Q4", value: 0.42 }],
      formatValue: percent,
      lang: "zh",
      summary: "持续上升",
    });
    expect(html).toContain('<span class="chart-visually-hidden">持续上升</span>');
  });
});

describe("DataTable", () => {
  test("sets text cells in <bdi>, isolated and breakable, and leaves number cells bare", async () => {
    const html = await renderer.render("/src/components/charts/DataTable.astro", {
      caption: "Industries",
      columns: [
        { key: "name", label: "Industry" },
        { key: "operator", label: "Operator" },
        { key: "jobs", label: "Jobs", numeric: true },
      ],
      rows: [{ name: "Tea \u202Egarden", operator: "Co-op", jobs: "12" }],
    });
    expect(html).toContain(
      '<th scope="row"><bdi>Tea \u202Egarden</bdi></th><td><bdi>Co-op</bdi></td><td class="chart-num">12</td>',
    );
  });

  test("escapes cells and makes the first column the row headers", async () => {
    const html = await renderer.render("/src/components/charts/DataTable.astro", {
      caption: `Sites ${HOSTILE}`,
      columns: [
        { key: "name", label: "Site" },
        { key: "persons", label: "Persons", numeric: true },
      ],
      rows: [{ name: HOSTILE, persons: "1,204" }, { name: "Empty" }],
    });
    // The quote is escaped, so the value cannot end early; `<` inside a quoted value is inert.
    expect(html).toContain('aria-label="Sites &quot;><img src=x onerror=alert(1)>"');
    expect(html).toContain('<th scope="col" class="chart-num">Persons</th>');
    expect(html).toMatch(
      /<th scope="row"><bdi>[^<]*&lt;img src=x onerror=alert\(1\)&gt;<\/bdi><\/th><td class="chart-num">1,204<\/td>/,
    );
    expect(html).toContain('<th scope="row"><bdi>Empty</bdi></th><td class="chart-num"></td>');
    expectNoInjectedMarkup(html);
  });
});

test("no chart component writes raw HTML or inline styles", () => {
  const dir = join(process.cwd(), "src/components/charts");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".astro"))) {
    const source = readFileSync(join(dir, file), "utf8");
    expect(source, file).not.toMatch(/set:html|innerHTML|style=/);
  }
});
