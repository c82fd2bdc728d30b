/**
 * Validates a whole data directory's tables: every file, then keys, references and the rules
 * that span rows and tables. Returns the typed dataset and every problem; never stops at the first.
 */
import type { Bilingual } from "../i18n/index.ts";
import { compareProblems, problem, type Problem } from "../problems.ts";
import { TABLE_NAMES, tableByName, type Dataset, type TableName } from "../schema/index.ts";
import type { Table } from "../schema/table.ts";
import { decodeCsvBytes } from "./decode.ts";
import { headerName, validateTableText, type RowValues, type TableResult } from "./table.ts";

/**
 * Gives one input file's bytes, or null when the file is absent. Asked for one table at a time,
 * so only one file's bytes and text are held in memory at once.
 */
export type ReadTable = (name: TableName) => Uint8Array | null;

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

/** A table's rows with the spreadsheet row each came from, for locating problems across tables. */
type Rows = Record<TableName, Pick<TableResult, "rows" | "rowNumbers">>;

/** Visits every row of a table with its spreadsheet row number. */
function eachRow(table: Rows[TableName], visit: (values: RowValues, row: number) => void): void {
  for (let i = 0; i < table.rows.length; i++) visit(table.rows[i]!, table.rowNumbers[i]!);
}

/**
 * Adds every problem of `more` to `problems`. A loop, not `push(...more)`: spreading passes each
 * problem as an argument, which overflows the stack at about 130,000 of them.
 */
export function append(problems: Problem[], more: readonly Problem[]): void {
  for (const item of more) problems.push(item);
}

/** Validates every table of the contract and the rules between them. */
export function validateTables(read: ReadTable, options: ValidateOptions = {}): ValidationResult {
  const displayPath = options.displayPath ?? ((table: Table) => table.path);
  const problems: Problem[] = [];
  const encodings: Partial<Record<TableName, string>> = {};
  const rows = {} as Rows;
  const complete: Partial<Record<TableName, RowValues[]>> = {};
  // Tables that could not be read are left out of reference checks, so one bad file does not
  // turn every row that points to it into a problem of its own.
  const unreadable = new Set<TableName>();

  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    const file = displayPath(table);
    const bytes = read(name);
    rows[name] = { rows: [], rowNumbers: [] };
    if (bytes === null) {
      unreadable.add(name);
      problems.push(
        problem(file, null, null, "file-missing", {
          zh: `缺少 ${table.path}。即使没有数据，也请提交这个文件，第 1 行写表头（${table.columns.join(",")}）。`,
          en: `${table.path} is missing. Add it with its header row (${table.columns.join(",")}), even if it has no data.`,
        }),
      );
      continue;
    }
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) {
      unreadable.add(name);
      const at = decoded.at;
      problems.push(
        problem(
          file,
          at === null ? null : at.index + 1,
          at === null ? null : headerName(bytes, at.field),
          "encoding-invalid",
          { zh: `${decoded.reason.zh}。${decoded.fix.zh}`, en: `${decoded.reason.en}. ${decoded.fix.en}` },
        ),
      );
      continue;
    }
    encodings[name] = decoded.encoding;
    if (decoded.encoding === "gb18030") {
      problems.push(
        problem(file, null, null, "encoding-gb18030", {
          zh: `文件是 GB18030/GBK 编码（中文版 Windows 的 Excel 默认这样保存）；已经读出，发布时会转成 UTF-8。下次请“另存为”“CSV UTF-8（逗号分隔）”。`,
          en: `the file is encoded as GB18030/GBK (what Excel on Chinese Windows writes); it was read, and will be published as UTF-8. Next time save as “CSV UTF-8 (Comma delimited)”.`,
        }),
      );
    }
    const result = validateTableText(file, decoded.text, table, {
      rows: decoded.foreign,
      severity: decoded.encoding === "gb18030" ? "warning" : "error",
    });
    rows[name] = result;
    complete[name] = result.rows.filter((_, index) => !result.incomplete.has(index));
    if (!result.usable) unreadable.add(name);
    append(problems, result.problems);
  }

  const path = (name: TableName) => displayPath(tableByName(name));
  append(problems, checkKeys(rows, path, unreadable));
  append(problems, checkRowRules(rows, path));
  append(problems, checkSites(rows, path, options.insideCounty));
  append(problems, checkSiteCounties(rows, path));

  problems.sort(compareProblems);
  const dataset = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, complete[name] ?? []]),
  ) as unknown as Dataset;
  return { dataset, problems, encodings };
}

function keyOf(values: RowValues, fields: string[]): string | null {
  if (fields.length === 1) {
    const value = values[fields[0]!];
    return value === null || value === undefined ? null : String(value);
  }
  const parts: string[] = [];
  for (const field of fields) {
    const value = values[field];
    if (value === null || value === undefined) return null;
    parts.push(String(value));
  }
  return parts.join("\u0000");
}

/**
 * Remembers the first row of each key. Composite keys are nested maps (site → period → row), so
 * millions of site × period rows never build a joined string each.
 */
class KeyIndex {
  private readonly root = new Map<unknown, unknown>();
  private readonly fields: string[];
  constructor(fields: string[]) {
    this.fields = fields;
  }

  /** Records a row's key; returns the earlier row with the same key, null if none, or undefined when a key cell is empty. */
  add(values: RowValues, row: number): number | null | undefined {
    let level = this.root;
    const last = this.fields.length - 1;
    for (let i = 0; i < last; i++) {
      const value = values[this.fields[i]!];
      if (value === null || value === undefined) return undefined;
      let next = level.get(value) as Map<unknown, unknown> | undefined;
      if (!next) level.set(value, (next = new Map()));
      level = next;
    }
    const value = values[this.fields[last]!];
    if (value === null || value === undefined) return undefined;
    const first = level.get(value) as number | undefined;
    if (first !== undefined) return first;
    level.set(value, row);
    return null;
  }

  /** The keys of a one-field index, for checking references to it. */
  values(): Set<string> {
    return new Set([...this.root.keys()].map(String));
  }
}

function checkKeys(rows: Rows, path: (name: TableName) => string, unreadable: Set<TableName>): Problem[] {
  const problems: Problem[] = [];
  const keySets = new Map<string, Set<string>>();
  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    const index = new KeyIndex(table.primaryKey);
    eachRow(rows[name], (values, row) => {
      const first = index.add(values, row);
      if (first === null || first === undefined) return;
      problems.push(
        problem(path(name), row, table.primaryKey.join("+"), "duplicate-key", {
          zh: `${table.primaryKey.map((f) => `${f} ${String(values[f])}`).join("、")} 在第 ${first} 行已经出现过。每个只能出现一次：请合并这两行，或删除其中一行。`,
          en: `${table.primaryKey.map((f) => `${f} ${String(values[f])}`).join(", ")} already appears in row ${first}. Each must appear once: merge or delete one of the rows.`,
        }),
      );
    });
    // Every reference in the contract points to a one-field key (site_id, county_code).
    if (!unreadable.has(name) && table.primaryKey.length === 1)
      keySets.set(`${name}:${table.primaryKey[0]!}`, index.values());
  }
  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    for (const foreignKey of table.foreignKeys) {
      const target = keySets.get(`${foreignKey.reference.resource}:${foreignKey.reference.fields.join("+")}`);
      if (!target) continue;
      const targetPath = `${foreignKey.reference.resource}.csv`;
      eachRow(rows[name], (values, row) => {
        const key = keyOf(values, foreignKey.fields);
        if (key === null || target.has(key)) return;
        problems.push(
          problem(path(name), row, foreignKey.fields.join("+"), "foreign-key", {
            zh: `${foreignKey.fields.map((f) => String(values[f])).join("、")} 在 ${targetPath} 里找不到。请改正代码，或在 ${targetPath} 里补上缺的那一行。`,
            en: `${foreignKey.fields.map((f) => String(values[f])).join(", ")} is not in ${targetPath}. Correct the code or add the missing row to ${targetPath}.`,
          }),
        );
      });
    }
  }
  return problems;
}

/** Words for the rows' own context in messages: "for 420323-0042 in 2021Q2". */
function rowContext(values: RowValues): Bilingual {
  const where = values.site_id ?? values.county_code ?? values.workshop_id ?? values.inspection_id;
  const when = values.period ?? values.date;
  return {
    zh: where || when ? `（${[where, when].filter(Boolean).map(String).join("，")}）` : "",
    en: `${where ? ` for ${String(where)}` : ""}${when ? ` in ${String(when)}` : ""}`,
  };
}

/** A column as a Chinese message names it: its name, then its title in brackets. */
function titled(table: Table, column: string): string {
  const title = table.fields.find((field) => field.name === column)?.title;
  return title ? `${column}（${title}）` : column;
}

function checkRowRules(rows: Rows, path: (name: TableName) => string): Problem[] {
  const problems: Problem[] = [];
  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    for (const rule of table.rules) {
      const other = rule.atMost ?? rule.atLeast!;
      eachRow(rows[name], (values, row) => {
        const part = values[rule.field];
        const whole = values[other];
        if (typeof part !== "number" || typeof whole !== "number") return;
        const broken = rule.atMost ? part > whole : part < whole;
        if (!broken) return;
        const context = rowContext(values);
        problems.push(
          problem(
            path(name),
            row,
            rule.field,
            "row-rule",
            rule.atMost
              ? {
                  zh: `${titled(table, rule.field)} 是 ${part}，但 ${titled(table, other)} 只有 ${whole}；前者不能比后者大。请核对这两个数${context.zh}。`,
                  en: `${rule.field} is ${part} but ${other} is only ${whole}; it cannot be more. Check both counts${context.en}.`,
                }
              : {
                  zh: `${titled(table, rule.field)} 是 ${part}，但 ${titled(table, other)} 是 ${whole}；前者不能比后者小。请核对这两个数${context.zh}。`,
                  en: `${rule.field} is ${part} but ${other} is ${whole}; it cannot be less. Check both counts${context.en}.`,
                },
          ),
        );
      });
    }
  }
  const spans = [
    ["industries", "started", "ended"],
    ["workshops", "opened", "closed"],
  ] as const;
  for (const [name, start, end] of spans) {
    eachRow(rows[name], (values, row) => {
      const from = values[start];
      const to = values[end];
      if (typeof from === "string" && typeof to === "string" && to < from) {
        problems.push(
          problem(path(name), row, end, "row-rule", {
            zh: `${titled(tableByName(name), end)} ${to} 早于 ${titled(tableByName(name), start)} ${from}。请核对这两个日期${rowContext(values).zh}。`,
            en: `${end} ${to} is before ${start} ${from}. Check both dates${rowContext(values).en}.`,
          }),
        );
      }
    });
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
  eachRow(rows.sites, (values, row) => {
    const county = values.county_code;
    const siteId = values.site_id;
    const township = values.township_code;
    if (typeof county === "string" && typeof siteId === "string" && !siteId.startsWith(`${county}-`)) {
      problems.push(
        problem(file, row, "county_code", "county-mismatch", {
          zh: `county_code（县级代码）是 ${county}，但 site_id ${siteId} 以 ${siteId.slice(0, 6)} 开头。两者必须是同一个县。`,
          en: `county_code is ${county} but site_id ${siteId} starts with ${siteId.slice(0, 6)}. They must be the same county.`,
        }),
      );
    }
    if (typeof county === "string" && typeof township === "string" && !township.startsWith(county)) {
      problems.push(
        problem(file, row, "township_code", "county-mismatch", {
          zh: `township_code（乡镇代码）${township} 不在县 ${county} 内（它的前 6 位必须是 ${county}）。请核对。`,
          en: `township_code ${township} is not in county ${county} (its first six digits must be ${county}).`,
        }),
      );
    }
    // A cell that could not be read is undefined (already reported), an empty one null.
    if (
      typeof values.industry_plan_level === "string" &&
      values.industry_plan_level !== "none" &&
      values.industry_plan_adopted === null
    ) {
      problems.push(
        problem(file, row, "industry_plan_adopted", "plan-date", {
          zh: `industry_plan_level（产业规划级别）是 ${values.industry_plan_level}，但通过日期是空的。请填上规划通过的日期，或把级别改为 none（无）。`,
          en: `industry_plan_level is ${values.industry_plan_level} but the adoption date is empty. Give the date the plan was adopted, or set the level to none.`,
        }),
      );
    }
    const { lat, lon } = values;
    if (insideCounty && typeof county === "string" && typeof lat === "number" && typeof lon === "number") {
      const inside = insideCounty(county, lon, lat);
      if (inside === false) {
        // Where both values could be either, a swapped pair that lands inside the county says why.
        const swapped = Math.abs(lon) <= 90 && insideCounty(county, lat, lon) === true;
        problems.push(
          problem(
            file,
            row,
            "lat",
            "outside-county",
            swapped
              ? {
                  zh: `坐标 lat ${lat}、lon ${lon} 在县 ${county} 以外，而 lat ${lon}、lon ${lat} 在县内：纬度和经度像是填反了。请把这两个单元格对调。`,
                  en: `the point lat ${lat}, lon ${lon} lies outside county ${county}, but lat ${lon}, lon ${lat} lies inside it: latitude and longitude look swapped. Swap the two cells.`,
                }
              : {
                  zh: `坐标 lat ${lat}、lon ${lon} 在县 ${county} 以外。请核对坐标（WGS-84，十进制的度；纬度和经度没有填反）。`,
                  en: `the point lat ${lat}, lon ${lon} lies outside county ${county}. Check the coordinates (WGS-84, decimal degrees; latitude and longitude not swapped).`,
                },
          ),
        );
      } else if (inside === null) {
        problems.push(
          problem(file, row, "county_code", "outside-county", {
            zh: `没有县 ${county} 的边界，无法确定安置点的位置。请把这个县加进 geo/counties.geojson。`,
            en: `no boundary is known for county ${county}, so the site cannot be placed. Add the county to geo/counties.geojson.`,
          }),
        );
      }
    }
  });
  return problems;
}

/**
 * In every table that names both a county and a site (funds, inspections), the site must lie in
 * that county: otherwise the row is counted in one county's totals and shown on another's site.
 * The site's county is the one sites.csv gives it. Sites whose own codes disagree, and rows
 * naming an unknown site, are reported already and left out here, so one mistake is one problem.
 */
function checkSiteCounties(rows: Rows, path: (name: TableName) => string): Problem[] {
  const problems: Problem[] = [];
  const countyOf = new Map<string, { county: string; row: number }>();
  eachRow(rows.sites, (values, row) => {
    const { site_id: site, county_code: county } = values;
    if (typeof site !== "string" || typeof county !== "string" || countyOf.has(site)) return;
    if (site.startsWith(`${county}-`)) countyOf.set(site, { county, row });
  });
  for (const name of TABLE_NAMES) {
    const table = tableByName(name);
    const namesSite = table.foreignKeys.some(
      (key) => key.fields.length === 1 && key.fields[0] === "site_id" && key.reference.resource === "sites",
    );
    if (!namesSite || !table.columns.includes("county_code")) continue;
    eachRow(rows[name], (values, row) => {
      const { site_id: site, county_code: county } = values;
      if (typeof site !== "string" || typeof county !== "string") return;
      const known = countyOf.get(site);
      if (!known || known.county === county) return;
      problems.push(
        problem(path(name), row, "county_code", "county-mismatch", {
          zh: `county_code（县级代码）是 ${county}，但安置点 ${site} 属于县 ${known.county}（${path("sites")} 第 ${known.row} 行）。请把这一行的 county_code 改为 ${known.county}；如果是安置点填错了，请改正 site_id。`,
          en: `county_code is ${county} but site ${site} is in county ${known.county} (${path("sites")} row ${known.row}). Give the row county_code ${known.county}, or correct site_id if it names the wrong site.`,
        }),
      );
    });
  }
  return problems;
}
