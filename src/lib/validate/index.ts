/**
 * Validates a whole data directory's tables: every file, then keys, references and the rules
 * that span rows and tables. Returns the typed dataset and every problem; never stops at the first.
 */
import { compareProblems, problem, type Problem } from "../problems.ts";
import { TABLE_NAMES, tableByName, type Dataset, type TableName } from "../schema/index.ts";
import type { Table } from "../schema/table.ts";
import { decodeCsvBytes } from "./decode.ts";
import type { CellValue } from "./cells.ts";
import { validateTableText, type LocatedRow } from "./table.ts";

/** One input file: its bytes, or null when the file is absent. */
export type TableFiles = Record<TableName, Uint8Array | null>;

export interface ValidateOptions {
  /** How a file is named in problems, such as `data/sites.csv`. */
  displayPath?: (table: Table) => string;
  /**
   * Whether a point lies inside a county's boundary; null when no boundary is known for the
   * county. Passed in so this module stays free of geometry data.
   */
  insideCounty?: (countyCode: string, lon: number, lat: number) => boolean | null;
}

export interface ValidationResult {
  /** The rows that were read completely, typed; only meaningful when there are no errors. */
  dataset: Dataset;
  problems: Problem[];
  /** How each file was decoded, for the report. */
  encodings: Partial<Record<TableName, string>>;
}

type Rows = Record<TableName, LocatedRow[]>;

/** Validates every table of the contract and the rules between them. */
export function validateTables(files: TableFiles, options: ValidateOptions = {}): ValidationResult {
  const displayPath = options.displayPath ?? ((table: Table) => table.path);
  const problems: Problem[] = [];
  const encodings: Partial<Record<TableName, string>> = {};
  const rows = {} as Rows;
  // Tables that could not be read are left out of reference checks, so one bad file does not
  // turn every row that points to it into a problem of its own.
  const unreadable = new Set<TableName>();

  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    const file = displayPath(table);
    const bytes = files[name];
    rows[name] = [];
    if (bytes === null) {
      unreadable.add(name);
      problems.push(
        problem(
          file,
          null,
          null,
          "file-missing",
          `${table.path} is missing. Add it with its header row (${table.columns.join(",")}), even if it has no data.`,
        ),
      );
      continue;
    }
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) {
      unreadable.add(name);
      problems.push(problem(file, null, null, "encoding-invalid", `${decoded.reason}. ${decoded.fix}`));
      continue;
    }
    encodings[name] = decoded.encoding;
    if (decoded.encoding === "gb18030") {
      problems.push(
        problem(
          file,
          null,
          null,
          "encoding-gb18030",
          `the file is encoded as GB18030/GBK (what Excel on Chinese Windows writes); it was read, and will be published as UTF-8. Next time save as “CSV UTF-8 (Comma delimited)”.`,
        ),
      );
    }
    const result = validateTableText(file, decoded.text, table);
    rows[name] = result.rows;
    if (!result.usable) unreadable.add(name);
    problems.push(...result.problems);
  }

  const path = (name: TableName) => displayPath(tableByName(name));
  problems.push(...checkKeys(rows, path, unreadable));
  problems.push(...checkRowRules(rows, path));
  problems.push(...checkSites(rows, path, options.insideCounty));

  problems.sort(compareProblems);
  const dataset = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, rows[name].filter((row) => row.complete).map((row) => row.values)]),
  ) as unknown as Dataset;
  return { dataset, problems, encodings };
}

function keyOf(values: Record<string, CellValue>, fields: string[]): string | null {
  const parts: string[] = [];
  for (const field of fields) {
    const value = values[field];
    if (value === null || value === undefined) return null;
    parts.push(String(value));
  }
  return parts.join("\u0000");
}

function checkKeys(rows: Rows, path: (name: TableName) => string, unreadable: Set<TableName>): Problem[] {
  const problems: Problem[] = [];
  const keySets = new Map<string, Set<string>>();
  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    const seen = new Map<string, number>();
    for (const { row, values } of rows[name]) {
      const key = keyOf(values, table.primaryKey);
      if (key === null) continue;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(
          problem(
            path(name),
            row,
            table.primaryKey.join("+"),
            "duplicate-key",
            `${table.primaryKey.map((f) => `${f} ${String(values[f])}`).join(", ")} already appears in row ${first}. Each must appear once: merge or delete one of the rows.`,
          ),
        );
      } else {
        seen.set(key, row);
      }
    }
    if (!unreadable.has(name)) keySets.set(`${name}:${table.primaryKey.join("+")}`, new Set(seen.keys()));
  }
  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    for (const foreignKey of table.foreignKeys) {
      const target = keySets.get(`${foreignKey.reference.resource}:${foreignKey.reference.fields.join("+")}`);
      if (!target) continue;
      const targetPath = `${foreignKey.reference.resource}.csv`;
      for (const { row, values } of rows[name]) {
        const key = keyOf(values, foreignKey.fields);
        if (key === null || target.has(key)) continue;
        problems.push(
          problem(
            path(name),
            row,
            foreignKey.fields.join("+"),
            "foreign-key",
            `${foreignKey.fields.map((f) => String(values[f])).join(", ")} is not in ${targetPath}. Correct the code or add the missing row to ${targetPath}.`,
          ),
        );
      }
    }
  }
  return problems;
}

/** Words for the rows' own context in messages: "for 420323-0042 in 2021Q2". */
function rowContext(values: Record<string, CellValue>): string {
  const where = values.site_id ?? values.county_code ?? values.workshop_id ?? values.inspection_id;
  const when = values.period ?? values.date;
  return `${where ? ` for ${String(where)}` : ""}${when ? ` in ${String(when)}` : ""}`;
}

function checkRowRules(rows: Rows, path: (name: TableName) => string): Problem[] {
  const problems: Problem[] = [];
  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    for (const rule of table.rules) {
      const other = rule.atMost ?? rule.atLeast!;
      for (const { row, values } of rows[name]) {
        const part = values[rule.field];
        const whole = values[other];
        if (typeof part !== "number" || typeof whole !== "number") continue;
        const broken = rule.atMost ? part > whole : part < whole;
        if (!broken) continue;
        problems.push(
          problem(
            path(name),
            row,
            rule.field,
            "row-rule",
            rule.atMost
              ? `${rule.field} is ${part} but ${other} is only ${whole}; it cannot be more. Check both counts${rowContext(values)}.`
              : `${rule.field} is ${part} but ${other} is ${whole}; it cannot be less. Check both counts${rowContext(values)}.`,
          ),
        );
      }
    }
  }
  const spans = [
    ["industries", "started", "ended"],
    ["workshops", "opened", "closed"],
  ] as const;
  for (const [name, start, end] of spans) {
    for (const { row, values } of rows[name]) {
      const from = values[start];
      const to = values[end];
      if (typeof from === "string" && typeof to === "string" && to < from) {
        problems.push(
          problem(
            path(name),
            row,
            end,
            "row-rule",
            `${end} ${to} is before ${start} ${from}. Check both dates${rowContext(values)}.`,
          ),
        );
      }
    }
  }
  return problems;
}

function checkSites(
  rows: Rows,
  path: (name: TableName) => string,
  insideCounty: ValidateOptions["insideCounty"],
): Problem[] {
  const problems: Problem[] = [];
  const file = path("sites");
  for (const { row, values } of rows.sites) {
    const county = values.county_code;
    const siteId = values.site_id;
    const township = values.township_code;
    if (typeof county === "string" && typeof siteId === "string" && !siteId.startsWith(`${county}-`)) {
      problems.push(
        problem(
          file,
          row,
          "county_code",
          "county-mismatch",
          `county_code is ${county} but site_id ${siteId} starts with ${siteId.slice(0, 6)}. They must be the same county.`,
        ),
      );
    }
    if (typeof county === "string" && typeof township === "string" && !township.startsWith(county)) {
      problems.push(
        problem(
          file,
          row,
          "township_code",
          "county-mismatch",
          `township_code ${township} is not in county ${county} (its first six digits must be ${county}).`,
        ),
      );
    }
    if (
      values.industry_plan_level !== "none" &&
      values.industry_plan_level !== undefined &&
      values.industry_plan_adopted === null
    ) {
      problems.push(
        problem(
          file,
          row,
          "industry_plan_adopted",
          "plan-date",
          `industry_plan_level is ${String(values.industry_plan_level)} but the adoption date is empty. Give the date the plan was adopted, or set the level to none.`,
        ),
      );
    }
    const { lat, lon } = values;
    if (insideCounty && typeof county === "string" && typeof lat === "number" && typeof lon === "number") {
      const inside = insideCounty(county, lon, lat);
      if (inside === false) {
        problems.push(
          problem(
            file,
            row,
            "lat",
            "outside-county",
            `the point lat ${lat}, lon ${lon} lies outside county ${county}. Check the coordinates (WGS-84, decimal degrees; latitude and longitude not swapped).`,
          ),
        );
      } else if (inside === null) {
        problems.push(
          problem(
            file,
            row,
            "county_code",
            "outside-county",
            `no boundary is known for county ${county}, so the site cannot be placed. Add the county to geo/counties.geojson.`,
          ),
        );
      }
    }
  }
  return problems;
}
