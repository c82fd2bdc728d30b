/**
 * The download builder's writing half, run in a worker: cuts the published files' text into
 * records and writes the chosen rows and columns. Apart from `builder.ts` because it needs the CSV
 * parser, which the page's own script does without.
 */
import Papa from "papaparse";
import { csvCell } from "../csv/write.ts";
import { filtersByCountyColumn, inPeriod, type BuilderChoice, type BuilderSource } from "./builder.ts";
import { BOM } from "../text/fold.ts";
import { neutraliseFormula } from "./formats.ts";

/**
 * Cuts a CSV stream into whole records: `push` takes the next piece of text and returns the records
 * it completes, `end` the last one. A line break inside quotes belongs to its cell (RFC 4180).
 */
export class RecordSplitter {
  private rest = "";

  push(chunk: string): string[][] {
    const text = this.rest + chunk;
    let quoted = false;
    let boundary = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) boundary = i;
    }
    if (boundary < 0) {
      this.rest = text;
      return [];
    }
    this.rest = text.slice(boundary + 1);
    return parseRecords(text.slice(0, boundary + 1));
  }

  end(): string[][] {
    const last = this.rest;
    this.rest = "";
    return last === "" ? [] : parseRecords(last);
  }
}

function parseRecords(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

/** Why a file cannot be read as the source it is listed as. */
export class BuilderError extends Error {}

/**
 * Writes the chosen rows of one or more files of a source as one CSV: the header once, then each
 * kept row with the chosen columns in the source's order. The Excel edition adds the BOM, ends
 * lines with CRLF and neutralises text cells a spreadsheet would run as formulas, as the stored
 * editions do.
 */
export class BuilderWriter {
  readonly columns: string[];
  private readonly text: ReadonlySet<string>;
  private readonly end: string;
  private indexes: number[] = [];
  private filters: ((cells: readonly string[]) => boolean)[] = [];
  /** Rows written so far. */
  rows = 0;

  private readonly source: BuilderSource;
  private readonly choice: BuilderChoice;

  constructor(source: BuilderSource, choice: BuilderChoice) {
    this.source = source;
    this.choice = choice;
    const chosen = choice.columns === null ? null : new Set(choice.columns);
    this.columns = source.columns.filter((column) => chosen === null || chosen.has(column));
    if (this.columns.length === 0) throw new BuilderError("no columns chosen");
    this.text = new Set(choice.format === "excel" ? source.text : []);
    this.end = choice.format === "excel" ? "\r\n" : "\n";
  }

  /** The file's first text: the BOM for the Excel edition, then the header line. */
  header(): string {
    return `${this.choice.format === "excel" ? BOM : ""}${this.columns.map(csvCell).join(",")}${this.end}`;
  }

  /** Starts a file: checks its header against the source's columns and prepares the filters. */
  startFile(path: string, header: readonly string[]): void {
    const expected = this.source.columns;
    if (header.length !== expected.length || header.some((column, i) => column !== expected[i])) {
      throw new BuilderError(`${path}: its header is not ${expected.join(",")}`);
    }
    const at = (column: string) => header.indexOf(column);
    this.indexes = this.columns.map(at);
    const { counties, from, to, indicators } = this.choice;
    const filters: ((cells: readonly string[]) => boolean)[] = [];
    // Slices hold one county each; a whole file read for some counties is filtered by its column.
    if (filtersByCountyColumn(this.source, counties) && counties !== null) {
      const wanted = new Set(counties);
      const i = at("county_code");
      if (i >= 0) filters.push((cells) => wanted.has(cells[i] ?? ""));
    }
    const time = this.source.time;
    if (time && (from !== null || to !== null)) {
      const i = at(time.column);
      filters.push((cells) => inPeriod(cells[i] ?? "", time.kind, from, to));
    }
    if (this.source.byIndicator && indicators !== null) {
      const wanted = new Set(indicators);
      const i = at("indicator");
      filters.push((cells) => wanted.has(cells[i] ?? ""));
    }
    this.filters = filters;
  }

  /** The lines of the records that pass the filters, each with its line end. */
  write(records: readonly (readonly string[])[]): string {
    let out = "";
    for (const cells of records) {
      if (!this.filters.every((keep) => keep(cells))) continue;
      let line = "";
      for (let k = 0; k < this.indexes.length; k++) {
        const value = cells[this.indexes[k]!] ?? "";
        const column = this.columns[k]!;
        if (k > 0) line += ",";
        line += csvCell(this.text.has(column) ? neutraliseFormula(value) : value);
      }
      out += line + this.end;
      this.rows++;
    }
    return out;
  }
}
