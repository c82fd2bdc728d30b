/**
 * The county office's check: a set of dropped files (any names, any folders) validated exactly as
 * `anju validate` validates a data directory holding them, plus what the page must also say —
 * which files were not the contract's and were ignored, and which cross-table checks could not
 * run because the table they need was not among the files.
 */
import type { Problem } from "../problems.ts";
import { TABLE_NAMES, tableByName, type TableName } from "../schema/index.ts";
import { validateDataFiles } from "../validate/files.ts";
import type { ValidateOptions } from "../validate/index.ts";

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

/**
 * Checks the given files against the contract. A file counts by its base name (`export/sites.csv`
 * is `sites.csv`); the first of two with one name is checked and the second ignored. A table not
 * given is a `file-missing` problem, as for the CLI: the city's build needs every table.
 */
export function checkFiles(files: readonly NamedFile[], options: CheckOptions = {}): CheckOutcome {
  const known = new Set<string>([DESCRIPTOR, ...TABLE_NAMES.map((name) => tableByName(name).path)]);
  const given = new Map<string, Uint8Array>();
  const ignored: IgnoredFile[] = [];
  for (const file of files) {
    const name = baseName(file.name);
    if (!known.has(name)) ignored.push({ name: file.name, reason: "unknown" });
    else if (given.has(name)) ignored.push({ name: file.name, reason: "duplicate" });
    else given.set(name, file.bytes);
  }
  const { problems } = validateDataFiles(
    (name) => {
      const path = tableByName(name).path;
      options.progress?.(path, TABLE_NAMES.indexOf(name) + 1, TABLE_NAMES.length);
      return given.get(path) ?? null;
    },
    { bytes: given.get(DESCRIPTOR) ?? options.publishedDescriptor ?? null },
    DESCRIPTOR,
    options.insideCounty ? { insideCounty: options.insideCounty } : {},
  );
  const present = (name: TableName) => given.has(tableByName(name).path);
  const skipped: SkippedCheck[] = [];
  for (const name of TABLE_NAMES.filter(present)) {
    for (const key of tableByName(name).foreignKeys) {
      const needs = key.reference.resource as TableName;
      if (!present(needs)) skipped.push({ table: name, column: key.fields.join("+"), needs });
    }
  }
  const checked = [...known].filter((name) => given.has(name));
  const publishedDescriptor = !given.has(DESCRIPTOR) && options.publishedDescriptor !== undefined;
  return { problems, checked, ignored, skipped, publishedDescriptor };
}
