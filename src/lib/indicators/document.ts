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
  const code = PLAIN.test(v.code) ? v.code : JSON.stringify(v.code).slice(1, -1);
  const reporting =
    v.reporting === null
      ? "null"
      : `{"reporting":${v.reporting.reporting},"expected":${v.reporting.expected}}`;
  return (
    `{"indicator":"${v.indicator}","level":"${v.level}","code":"${code}",` +
    `"period":"${v.period}","numerator":${v.numerator},"denominator":${v.denominator},` +
    `"value":${v.value === null ? "null" : String(v.value)},"target":${v.target === null ? "null" : v.target},` +
    `"status":"${v.status}","reporting":${reporting}` +
    (v.reason === undefined ? "}" : `,"reason":"${v.reason}"}`)
  );
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
  for (const value of values) {
    const line = valueJson(value);
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
