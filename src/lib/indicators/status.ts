/** Turns a numerator and a denominator into a value and a status, never NaN, 0% or 100% for nothing. */
import type { NoDataReason, Status, Target } from "./types.ts";

/** A value and its status; `reason` only when the value is null. */
export interface Outcome {
  value: number | null;
  status: Status;
  reason?: NoDataReason;
}

/**
 * The share numerator ÷ denominator (unrounded) and its status against the target. A zero
 * denominator gives a null value with `emptyReason`. The comparison is made on the integers
 * (numerator ≥ target × denominator), so a share of exactly 100% is met.
 */
export function outcome(
  numerator: number,
  denominator: number,
  target: Target,
  emptyReason: NoDataReason,
): Outcome {
  if (denominator === 0) return { value: null, status: "no-data", reason: emptyReason };
  return { value: numerator / denominator, status: statusOf(numerator, denominator, target) };
}

/** The status `outcome` gives, without making its object (the value store's path, per value). */
export function statusOf(numerator: number, denominator: number, target: Target): Status {
  if (denominator === 0) return "no-data";
  switch (target.kind) {
    case "none":
      return "no-target";
    case "at-least":
      return numerator >= target.value * denominator ? "met" : "behind";
    case "at-most":
      return numerator <= target.value * denominator ? "met" : "behind";
  }
}

/** The number a value row carries as its target: the share, or null when there is none. */
export function targetNumber(target: Target): number | null {
  return target.kind === "none" ? null : target.value;
}
