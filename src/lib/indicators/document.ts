/**
 * The indicators file that `anju compute` writes and `anju verify` reads: method version, the
 * release and input files it was computed from, the indicators' metadata, then every value.
 */
import type { Dataset } from "../schema/index.ts";
import { publishedPeriods } from "./periods.ts";
import { describeIndicator, INDICATORS } from "./registry.ts";
import type { IndicatorMeta, IndicatorValue } from "./types.ts";

/** Version of the calculation method; raised (and noted in the CHANGELOG) whenever a formula changes. */
export const METHOD_VERSION = "1.0.0";

/** An input file: name, size in bytes and SHA-256 (hex) of its bytes. */
export interface InputFileHash {
  name: string;
  bytes: number;
  sha256: string;
}

/** The data release the figures come from (from `datapackage.json`); null fields when unknown. */
export interface ReleaseInfo {
  version: string | null;
  created: string | null;
  sample: boolean | null;
}

/** Everything in an indicators file except the values. */
export interface IndicatorsHeader {
  method_version: string;
  generated_from: ReleaseInfo;
  inputs: InputFileHash[];
  /** Quarters published, sorted. */
  periods: string[];
  indicators: IndicatorMeta[];
}

/** A whole indicators file. */
export interface IndicatorsDocument extends IndicatorsHeader {
  values: IndicatorValue[];
}

/** The header of the indicators file for a dataset, its inputs and its release. */
export function indicatorsHeader(
  dataset: Dataset,
  inputs: InputFileHash[],
  release: ReleaseInfo,
): IndicatorsHeader {
  return {
    method_version: METHOD_VERSION,
    generated_from: release,
    inputs: [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    periods: publishedPeriods(dataset),
    indicators: INDICATORS.map(describeIndicator),
  };
}

// Codes, ids and periods are plain by the schema's patterns; anything else is escaped.
const PLAIN = /^[\w.-]*$/;

/** One value as a JSON object with its keys in the published order (whole numbers stay whole). */
export function valueJson(v: IndicatorValue): string {
  return `${headJson(v)}${middleJson(v)}${tailJson(v)}`;
}

// A value's JSON in three parts: the place (shared by a series' periods), the period and figures,
// and the target, status and reporting (shared by many values; reporting objects are shared too).
function headJson(v: IndicatorValue): string {
  const code = PLAIN.test(v.code) ? v.code : JSON.stringify(v.code).slice(1, -1);
  return `{"indicator":"${v.indicator}","level":"${v.level}","code":"${code}",`;
}

function middleJson(v: IndicatorValue): string {
  return (
    `"period":"${v.period}","numerator":${v.numerator},"denominator":${v.denominator},` +
    `"value":${v.value === null ? "null" : String(v.value)},`
  );
}

function tailJson(v: IndicatorValue): string {
  const reporting =
    v.reporting === null
      ? "null"
      : `{"reporting":${v.reporting.reporting},"expected":${v.reporting.expected}}`;
  return (
    `"target":${v.target === null ? "null" : v.target},"status":"${v.status}","reporting":${reporting}` +
    (v.reason === undefined ? "}" : `,"reason":"${v.reason}"}`)
  );
}

/**
 * Values' JSON lines, made with the parts consecutive values share made once: the values come in
 * series (one place's periods) and most share a reporting object. At national scale (14.7 M
 * values, 3.1 GB) joining lines of a dozen pieces each was most of `anju compute`'s time.
 */
class ValueLines {
  #indicator = "";
  #level = "";
  #code = "";
  #head = "";
  // Tails by reporting object, then by status and reason, for one indicator (whose target is one).
  #tails = new Map<IndicatorValue["reporting"], Map<string, string>>();

  line(v: IndicatorValue): string {
    if (v.indicator !== this.#indicator) this.#tails.clear();
    if (v.code !== this.#code || v.indicator !== this.#indicator || v.level !== this.#level) {
      this.#indicator = v.indicator;
      this.#level = v.level;
      this.#code = v.code;
      this.#head = headJson(v);
    }
    return `${this.#head}${middleJson(v)}${this.#tail(v)}`;
  }

  #tail(v: IndicatorValue): string {
    let byStatus = this.#tails.get(v.reporting);
    if (byStatus === undefined) {
      // Unshared reporting objects would make this grow without end; a few thousand are shared.
      if (this.#tails.size > 10_000) this.#tails.clear();
      byStatus = new Map();
      this.#tails.set(v.reporting, byStatus);
    }
    const key = v.reason === undefined ? v.status : `${v.status} ${v.reason}`;
    let tail = byStatus.get(key);
    if (tail === undefined) {
      tail = tailJson(v);
      byStatus.set(key, tail);
    }
    return tail;
  }
}

/**
 * The indicators file as text chunks of about `chunkSize` characters, each ending in a newline,
 * one value a line; writing them in order gives valid JSON without ever holding it all in memory.
 */
export function* indicatorsJsonChunks(
  header: IndicatorsHeader,
  values: Iterable<IndicatorValue>,
  chunkSize = 1 << 20,
): Generator<string> {
  const json = JSON.stringify(header, null, 2);
  const opening = `${json.slice(0, json.lastIndexOf("}")).trimEnd()},\n  "values": [\n`;
  // Lines are joined once per chunk (appending value by value to one string is several times
  // slower). The last line stays behind so that every chunk can end in ",\n".
  let lines: string[] = [];
  let size = 0;
  let head = opening;
  const valueLines = new ValueLines();
  for (const value of values) {
    const line = valueLines.line(value);
    lines.push(line);
    size += line.length;
    if (size >= chunkSize) {
      const last = lines.pop()!;
      yield `${head}${lines.join(",\n")},\n`;
      head = "";
      lines = [last];
      size = last.length;
    }
  }
  yield `${head}${lines.length > 0 ? `${lines.join(",\n")}\n` : ""}]\n}\n`;
}
