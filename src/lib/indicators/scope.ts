/** Size classes, scope and activity: the readings of the policy every indicator shares. */
import type { SitesRow } from "../schema/index.ts";

/** Large ≥ 800 persons, medium 200–799, small < 200 (`sites.persons`); stated on the methodology page. */
export type SizeClass = "large" | "medium" | "small";

/** Persons from which a site is large. */
export const LARGE_FROM = 800;
/** Persons from which a site is medium. */
export const MEDIUM_FROM = 200;

/** The size class of a site with this many persons. */
export function sizeClass(persons: number): SizeClass {
  if (persons >= LARGE_FROM) return "large";
  if (persons >= MEDIUM_FROM) return "medium";
  return "small";
}

/** Whether a site counts at a period ending on `end` (`YYYY-MM-DD`): it moved in by then, or the date is empty. */
export function inScope(site: Pick<SitesRow, "moved_in">, end: string): boolean {
  return site.moved_in === null || site.moved_in <= end;
}

/** Whether something that started on `start` and ended on `stop` (null: still running) is active at `end`. */
export function isActive(start: string, stop: string | null, end: string): boolean {
  return start <= end && (stop === null || stop > end);
}
