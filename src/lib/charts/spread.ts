/**
 * What a page script needs to redraw a trend chart's series after hiding some: the series' dash
 * patterns and the pushing of end labels apart so none overlap (used at build time too). No
 * imports, so a page script can use it without bundling d3.
 */

/** Dash patterns (`stroke-dasharray`) for series 0, 1, 2, 3, repeating; `""` is a solid line. */
export const SERIES_DASHES: readonly string[] = ["", "7 4", "2 3", "10 3 2 3"];

/** The dash pattern of the series at `index` (0-based). */
export function seriesDash(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length] ?? "";
}

/**
 * Positions, in their order top to bottom, each moved down only as far as needed to sit at least
 * `gap` below the one above it; returned in the order given.
 */
export function spreadApart(positions: readonly number[], gap: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const result = new Array<number>(positions.length);
  let previous = -Infinity;
  for (const { p, i } of order) {
    previous = Math.max(p, previous + gap);
    result[i] = previous;
  }
  return result;
}

/**
 * Like `spreadApart`, and kept between `low` and `high` (baselines): when the lowest would pass
 * `high`, the run above it is pushed up instead, as far as `low` allows.
 */
export function spreadWithin(positions: readonly number[], gap: number, low: number, high: number): number[] {
  const down = spreadApart(
    positions.map((p) => Math.max(low, p)),
    gap,
  );
  const order = down.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || b.i - a.i);
  let next = Infinity;
  for (const { p, i } of order) {
    next = Math.max(low, Math.min(p, high, next - gap));
    down[i] = next;
  }
  return down;
}
