/**
 * The county office's check: a set of dropped files (any names, any folders) validated exactly as
 * `anju validate` validates a data directory holding them, plus what the page must also say —
 * which files were not the contract's and were ignored, and which cross-table checks could not
 * run because the table they need was not among the files.
 */
import { compareProblems, problem, type Problem } from "../problems.ts";
import { TABLE_NAMES, tableByName, type TableName } from "../schema/index.ts";
import { validateDataFiles } from "../validate/files.ts";
import type { ValidateOptions } from "../validate/index.ts";
import { xlsxToCsv } from "./xlsx.ts";

/** A file as the user gave it: its path (perhaps inside a folder or zip) and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/** The descriptor's name, beside the tables' own file names. */
export const DESCRIPTOR = "datapackage.json";

/** A file that was not checked, and why: not a file of the contract, or a second file of one name. */
export interface IgnoredFile {
  name: string;
  reason: "unknown" | "duplicate";
}

/** A check between tables that did not run: `table`'s `column` points to `needs`, which was not given. */
export interface SkippedCheck {
  table: TableName;
  column: string;
  needs: TableName;
}

export interface CheckOutcome {
  /** Every problem, as `anju validate --format json` lists them for a folder of the same files. */
  problems: Problem[];
  /** The contract's files that were given, as the contract names them. */
  checked: string[];
  ignored: IgnoredFile[];
  skipped: SkippedCheck[];
  /** True when no `datapackage.json` was given and the published contract's was used instead. */
  publishedDescriptor: boolean;
  /**
   * Each workbook read in place of a table's CSV (`sites.xlsx` for `sites.csv`): problems name the
   * workbook, and `csv` is its first sheet as the CSV text that was checked.
   */
  workbooks: { name: string; table: string; csv: Uint8Array }[];
}

export interface CheckOptions extends Pick<ValidateOptions, "insideCounty"> {
  /** Called as each table is read (in the contract's order), for a progress line. */
  progress?: (file: string, index: number, total: number) => void;
  /**
   * The published contract's `datapackage.json`, checked in place of one the user did not give:
   * a county office sends only CSVs. Without it, a missing descriptor is a problem, as for the CLI.
   */
  publishedDescriptor?: Uint8Array;
}

/** The last part of a path, whether the folder separator is `/` or `\`. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** The table file an Excel workbook stands for (`sites.xlsx` → `sites.csv`), or null. */
export function workbookTable(name: string): string | null {
  return /\.xlsx$/i.test(name) ? name.replace(/\.xlsx$/i, ".csv") : null;
}

/**
 * Checks the given files against the contract. A file counts by its base name (`export/sites.csv`
 * is `sites.csv`, and `sites.xlsx` stands for it, read from its first sheet); the first of two
 * with one name is checked and the second ignored. A table not given is a `file-missing` problem,
 * as for the CLI: the city's build needs every table.
 */
export function checkFiles(files: readonly NamedFile[], options: CheckOptions = {}): CheckOutcome {
  const known = new Set<string>([DESCRIPTOR, ...TABLE_NAMES.map((name) => tableByName(name).path)]);
  const given = new Map<string, Uint8Array>();
  const ignored: IgnoredFile[] = [];
  const workbooks: CheckOutcome["workbooks"] = [];
  const refused: Problem[] = [];
  const shownAs = new Map<string, string>();
  for (const file of files) {
    const base = baseName(file.name);
    const name = workbookTable(base) ?? base;
    if (!known.has(name)) ignored.push({ name: file.name, reason: "unknown" });
    else if (given.has(name) || shownAs.has(name)) ignored.push({ name: file.name, reason: "duplicate" });
    else if (name === base) given.set(name, file.bytes);
    else {
      shownAs.set(name, base);
      const read = xlsxToCsv(file.bytes);
      if (!read.ok) {
        refused.push(problem(base, null, null, "file-unreadable", read.reason));
        continue;
      }
      const csv = new TextEncoder().encode(read.csv);
      workbooks.push({ name: base, table: name, csv });
      given.set(name, csv);
    }
  }
  const { problems } = validateDataFiles(
    (name) => {
      const path = tableByName(name).path;
      options.progress?.(path, TABLE_NAMES.indexOf(name) + 1, TABLE_NAMES.length);
      return given.get(path) ?? null;
    },
    { bytes: given.get(DESCRIPTOR) ?? options.publishedDescriptor ?? null },
    DESCRIPTOR,
    {
      displayPath: (table) => shownAs.get(table.path) ?? table.path,
      ...(options.insideCounty ? { insideCounty: options.insideCounty } : {}),
    },
  );
  // A refused workbook is its own problem, not also a missing file.
  const refusedFiles = new Set(refused.map((item) => item.file));
  const all = problems.filter((item) => !(item.code === "file-missing" && refusedFiles.has(item.file)));
  for (const item of refused) all.push(item);
  all.sort(compareProblems);
  const present = (name: TableName) => given.has(tableByName(name).path);
  const skipped: SkippedCheck[] = [];
  for (const name of TABLE_NAMES.filter(present)) {
    for (const key of tableByName(name).foreignKeys) {
      const needs = key.reference.resource as TableName;
      if (!present(needs)) skipped.push({ table: name, column: key.fields.join("+"), needs });
    }
  }
  const checked = [...known].filter((name) => given.has(name)).map((name) => shownAs.get(name) ?? name);
  const publishedDescriptor = !given.has(DESCRIPTOR) && options.publishedDescriptor !== undefined;
  return { problems: all, checked, ignored, skipped, publishedDescriptor, workbooks };
}
