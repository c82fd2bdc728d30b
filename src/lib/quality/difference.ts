/** The difference between the data's figure and the figure it is checked against. */
import type { Difference } from "./types.ts";

/**
 * `ours − theirs`, relative to `theirs`, and whether the relative difference is within
 * `tolerance` (inclusive). Null throughout when the data has no figure; when `theirs` is 0, only
 * an exact match is within tolerance.
 */
export function differenceOf(ours: number | null, theirs: number, tolerance: number): Difference {
  if (ours === null) return { difference: null, relative_difference: null, within_tolerance: null };
  const difference = ours - theirs;
  if (theirs === 0) {
    return {
      difference,
      relative_difference: difference === 0 ? 0 : null,
      within_tolerance: difference === 0,
    };
  }
  return {
    difference,
    relative_difference: difference / theirs,
    within_tolerance: Math.abs(difference) <= tolerance * Math.abs(theirs),
  };
}
