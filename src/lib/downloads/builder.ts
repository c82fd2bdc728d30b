/**
 * The download builder of `/data/`: one CSV (or its Excel edition) made in the browser from the
 * published files, with the rows and columns a person chose. Pure: the build describes what can be
 * read (`builder-sources.ts`), the page plans which files to fetch (`planFiles`) and names the
 * result (`builderFileName`); the worker writes the rows (`builder-stream.ts`). This module
 * imports nothing, so the page's script stays small and free of the schema (zod would ask the page
 * for `eval`, which its CSP refuses).
 *
 * A choice of everything gives the published file byte for byte: a canonical cell read back is the
 * text it was written from, and every cell is written again by the writers of `formats.ts`.
 */

/** A file the builder may read: its path under `/data/` and its size. */
export interface BuilderFile {
  path: string;
  bytes: number;
}

/** One thing the builder can make a file from: a published CSV, or a county's slices of it. */
export interface BuilderSource {
  /** "employment", "figures", "latest", "sites/household-employment". */
  key: string;
  columns: string[];
  /** The columns that hold text: the only ones the Excel edition may change. */
  text: string[];
  /** The file with every row, when one is published. */
  whole: BuilderFile | null;
  /** Each county's slice, by county code, when the source is published by county. */
  slices: Record<string, BuilderFile> | null;
  /** How a row's time is written, for the period filter: a quarter, a year, a date, or not at all. */
  time: { column: string; kind: "period" | "year" | "date" } | null;
  /** True when the rows name their indicator (column `indicator`), for the indicator filter. */
  byIndicator: boolean;
}

/** What a person chose. Null means "all". */
export interface BuilderChoice {
  source: string;
  counties: readonly string[] | null;
  /** Quarters `YYYYQn`, inclusive. */
  from: string | null;
  to: string | null;
  indicators: readonly string[] | null;
  columns: readonly string[] | null;
  format: "csv" | "excel";
}

/** The files to read for a choice, in order: the whole file when it has every row wanted, else the chosen counties' slices. */
export function planFiles(source: BuilderSource, counties: readonly string[] | null): BuilderFile[] {
  const sliced = source.slices ?? {};
  if (counties === null) {
    if (source.whole) return [source.whole];
    return Object.keys(sliced)
      .sort()
      .map((code) => sliced[code]!);
  }
  if (source.slices) return [...counties].sort().flatMap((code) => (sliced[code] ? [sliced[code]] : []));
  return source.whole ? [source.whole] : [];
}

/** Whether rows must be filtered by their `county_code` (the whole file was read for some counties). */
export function filtersByCountyColumn(source: BuilderSource, counties: readonly string[] | null): boolean {
  return counties !== null && source.slices === null;
}

/** A quarter `YYYYQn` as a number that orders quarters: 2021Q2 → 8086. */
function quarterNumber(period: string): number {
  return Number(period.slice(0, 4)) * 4 + Number(period.slice(5)) - 1;
}

/**
 * Whether a row's time falls in the chosen quarters. A year (funds' `year`, an annual figure) is
 * kept when any of its quarters is; a date when its quarter is; an empty cell only when no range
 * is chosen.
 */
export function inPeriod(
  value: string,
  kind: "period" | "year" | "date",
  from: string | null,
  to: string | null,
): boolean {
  if (from === null && to === null) return true;
  const low = from === null ? -Infinity : quarterNumber(from);
  const high = to === null ? Infinity : quarterNumber(to);
  if (value === "") return false;
  if (kind === "date") {
    const q = Number(value.slice(0, 4)) * 4 + Math.floor((Number(value.slice(5, 7)) - 1) / 3);
    return q >= low && q <= high;
  }
  if (kind === "year" || /^\d{4}$/.test(value)) {
    const year = Number(value.slice(0, 4));
    return year * 4 + 3 >= low && year * 4 <= high;
  }
  const q = quarterNumber(value);
  return q >= low && q <= high;
}

/** The parts of a download's file name: the site, the release, what was chosen. */
export interface FileNameParts {
  site: string;
  version: string;
  source: string;
  counties: readonly string[] | null;
  from: string | null;
  to: string | null;
  format: "csv" | "excel";
}

/**
 * The file name carries the release and what was chosen, so a saved file still says where it came
 * from: `anju_2025.4.3-sample_employment_420323_2021Q1-2025Q4_excel.csv`.
 */
export function builderFileName(parts: FileNameParts): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "");
  const pieces = [safe(parts.site).toLowerCase(), safe(parts.version), safe(parts.source)];
  if (parts.counties !== null)
    pieces.push(
      parts.counties.length > 3 ? `${parts.counties.length}counties` : [...parts.counties].sort().join("-"),
    );
  if (parts.from !== null || parts.to !== null) pieces.push(`${parts.from ?? ""}-${parts.to ?? ""}`);
  if (parts.format === "excel") pieces.push("excel");
  return `${pieces.join("_")}.csv`;
}
