import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

// WCAG 2.2 relative luminance and contrast ratio: https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const css = readFileSync(join(process.cwd(), "src/components/charts/charts.css"), "utf8");

/** The `--chart-*` colours set in the part of charts.css that starts at `marker`, up to the next `@media`. */
function colours(marker: string): Map<string, string> {
  const start = css.indexOf(marker);
  const next = css.indexOf("@media", start + 1);
  const block = css.slice(start, next === -1 ? undefined : next);
  return new Map([...block.matchAll(/--chart-([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

// Lines and bars only need 3:1 (WCAG 1.4.11); series, status and text colours are also used for text.
const GRAPHICS_ONLY = new Set(["axis", "target", "bar"]);
const DECORATIVE = new Set(["bg", "grid"]);

test("the contrast formula gives the known ratios", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
});

describe.each([
  ["the default colours", ".chart {"],
  ["the high-contrast colours", "@media (prefers-contrast: more)"],
  ["the print colours", "@media print"],
])("%s", (_, marker) => {
  const set = colours(marker);

  test("are found in charts.css", () => {
    expect(set.size).toBeGreaterThanOrEqual(8);
  });

  test.each([...set].filter(([name]) => !DECORATIVE.has(name)))(
    "--chart-%s (%s) stands out enough against white",
    (name, hex) => {
      expect(contrast(hex, "#ffffff")).toBeGreaterThanOrEqual(GRAPHICS_ONLY.has(name) ? 3 : 4.5);
    },
  );
});
