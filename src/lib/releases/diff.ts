/**
 * What changed between two releases: rows added, removed and changed in each table (with the
 * changed cells), and indicators whose value or status moved. Rows are matched on the table's
 * primary key and compared cell by cell as the canonical CSV writes them, so a change is exactly
 * a change in the published bytes.
 */
import Papa from "papaparse";
import type { Status } from "../indicators/types.ts";
import type { Table } from "../schema/table.ts";
import { compareText, snapshotKey, type SnapshotValue } from "./manifest.ts";

/** One cell that changed: the row's key (primary-key values joined by " / "), the column, old → new ("" = empty). */
export interface CellChange {
  key: string;
  column: string;
  old: string;
  new: string;
}

/** The changes to one table. The key and cell lists hold at most `limit` items; the counts are exact. */
export interface TableChanges {
  name: string;
  added: number;
  removed: number;
  /** Rows present in both releases with at least one changed cell. */
  changed: number;
  /** Cells that changed, over all changed rows. */
  cellsChanged: number;
  addedKeys: string[];
  removedKeys: string[];
  cells: CellChange[];
}

/** An indicator value before and after; null on the side where it did not exist. */
export interface IndicatorMove {
  indicator: string;
  level: SnapshotValue["level"];
  code: string;
  period: string;
  old: { value: number | null; status: Status } | null;
  new: { value: number | null; status: Status } | null;
}

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: true });
  return parsed.data;
}

interface Keyed {
  columns: string[];
  rows: Map<string, string[]>;
}

function keyed(table: Pick<Table, "primaryKey">, text: string): Keyed {
  const [header = [], ...body] = parseCsv(text);
  const keyIndexes = table.primaryKey.map((column) => header.indexOf(column));
  if (keyIndexes.some((i) => i < 0))
    throw new Error(`the CSV lacks a primary-key column (${table.primaryKey.join(", ")}).`);
  const rows = new Map<string, string[]>();
  for (const row of body) rows.set(keyIndexes.map((i) => row[i] ?? "").join(" / "), row);
  return { columns: header, rows };
}

/** Compares two CSV texts of one table, row by row on its primary key and cell by cell. */
export function diffTable(
  table: Pick<Table, "name" | "primaryKey">,
  oldCsv: string,
  newCsv: string,
  limit = Number.POSITIVE_INFINITY,
): TableChanges {
  const before = keyed(table, oldCsv);
  const after = keyed(table, newCsv);
  // Columns may be added to the contract (as optional ones): compare the union, new order first.
  const columns = [...after.columns, ...before.columns.filter((c) => !after.columns.includes(c))];
  const oldIndex = columns.map((c) => before.columns.indexOf(c));
  const newIndex = columns.map((c) => after.columns.indexOf(c));
  const result: TableChanges = {
    name: table.name,
    added: 0,
    removed: 0,
    changed: 0,
    cellsChanged: 0,
    addedKeys: [],
    removedKeys: [],
    cells: [],
  };
  for (const [key, row] of after.rows) {
    const old = before.rows.get(key);
    if (!old) {
      result.added++;
      if (result.addedKeys.length < limit) result.addedKeys.push(key);
      continue;
    }
    let rowChanged = false;
    for (let i = 0; i < columns.length; i++) {
      const was = oldIndex[i]! < 0 ? "" : (old[oldIndex[i]!] ?? "");
      const now = newIndex[i]! < 0 ? "" : (row[newIndex[i]!] ?? "");
      if (was === now) continue;
      rowChanged = true;
      result.cellsChanged++;
      if (result.cells.length < limit) result.cells.push({ key, column: columns[i]!, old: was, new: now });
    }
    if (rowChanged) result.changed++;
  }
  for (const key of before.rows.keys()) {
    if (after.rows.has(key)) continue;
    result.removed++;
    if (result.removedKeys.length < limit) result.removedKeys.push(key);
  }
  return result;
}

/** Indicator values whose value or status differs between two snapshots, or that appeared or disappeared; sorted by key. */
export function indicatorMoves(
  before: readonly SnapshotValue[],
  after: readonly SnapshotValue[],
): IndicatorMove[] {
  const old = new Map(before.map((v) => [snapshotKey(v), v]));
  const now = new Map(after.map((v) => [snapshotKey(v), v]));
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort(compareText);
  const moves: IndicatorMove[] = [];
  for (const key of keys) {
    const a = old.get(key);
    const b = now.get(key);
    if (a && b && a.value === b.value && a.status === b.status) continue;
    const any = (b ?? a)!;
    moves.push({
      indicator: any.indicator,
      level: any.level,
      code: any.code,
      period: any.period,
      old: a ? { value: a.value, status: a.status } : null,
      new: b ? { value: b.value, status: b.status } : null,
    });
  }
  return moves;
}

/** Everything that changed from one release to the next (`from` null for the first release). */
export interface ReleaseChanges {
  from: string | null;
  to: string;
  tables: TableChanges[];
  /** Indicator moves (at most the stored limit) and how many there were in all. */
  indicators: IndicatorMove[];
  indicatorsMoved: number;
}
