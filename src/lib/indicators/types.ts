/** The shapes every indicator shares: targets, statuses, the published value and the metadata. */
import type { Bilingual } from "../schema/field.ts";
import type { TableName } from "../schema/index.ts";

/** Where a value is published: one site, a township, a county or the whole city. */
export type Level = "city" | "county" | "township" | "site";

/** Levels in the order values are published. */
export const LEVELS: readonly Level[] = ["city", "county", "township", "site"];

/** Code of the whole city (Shiyan, GB/T 2260). */
export const CITY_CODE = "420300";

/** What counts as meeting the policy: a share at least `value`, at most `value`, or no target at all. */
export type Target =
  { kind: "at-least"; value: number } | { kind: "at-most"; value: number } | { kind: "none" };

/** `met` / `behind` against the target; `no-target` when the policy sets none; `no-data` when there is no value. */
export type Status = "met" | "behind" | "no-target" | "no-data";

/**
 * Why a value is missing: no site was in scope, nothing usable was reported, or what was reported
 * adds up to a zero denominator (e.g. no certificates issued yet).
 */
export type NoDataReason = "no-sites-in-scope" | "not-reported" | "zero-denominator";

/** Sites that contributed a usable row, out of the sites in scope (the indicator's population). */
export interface Reporting {
  reporting: number;
  expected: number;
}

/**
 * One published figure. `value` is numerator ÷ denominator as an unrounded JS number, or null
 * with a `reason` when the denominator is zero; `target` is the target's number (null when none).
 * `reporting` is null for indicators not built from sites (funds, inspections).
 */
export interface IndicatorValue {
  indicator: string;
  level: Level;
  code: string;
  period: string;
  numerator: number;
  denominator: number;
  value: number | null;
  target: number | null;
  status: Status;
  reporting: Reporting | null;
  reason?: NoDataReason;
}

/** What the site and the methodology page say about an indicator, in both languages. */
export interface IndicatorMeta<Id extends string = string> {
  id: Id;
  /** The policy measure (1–16) it tracks. */
  measure: number;
  title: Bilingual;
  /** One sentence: what the share says about the policy. */
  description: Bilingual;
  /** The formula, naming the columns it reads. */
  formula: Bilingual;
  numerator: Bilingual;
  denominator: Bilingual;
  target: Target;
  /** The tables it reads. */
  tables: TableName[];
  /** The levels it is published at. */
  levels: readonly Level[];
  /** Quarters (`2021Q2`) or calendar years (`2021`). */
  periodKind: "quarter" | "year";
  /** How missing cells, scope and edge cases are treated. */
  notes: Bilingual[];
}

/** Where an indicator's figures come from: the table whose rows a receipt lists and the columns each side reads. */
export interface ReceiptSource {
  table: TableName;
  /** Columns the numerator reads, as `table.column`. */
  numerator: string[];
  /** Columns the denominator reads, as `table.column`. */
  denominator: string[];
}

/** Columns of one table, as `table.column`, for a receipt source. */
export function tableColumns(table: TableName, ...columns: string[]): string[] {
  return columns.map((column) => `${table}.${column}`);
}

/**
 * Where an indicator stands among the headlines, 1 first: among the home page's cards, and among
 * the columns of the counties' overview and a county's townships. Absent where it is not one.
 */
export interface HeadlinePlaces {
  home?: number;
  overview?: number;
}
