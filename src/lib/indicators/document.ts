/**
 * The indicators file that `anju compute` writes and `anju verify` reads: method version, the
 * release and input files it was computed from, the indicators' metadata, then every value.
 */
import type { Dataset } from "../schema/index.ts";
import { ByteText, utf8 } from "../text/byte-text.ts";
import { publishedPeriods } from "./periods.ts";
import { describeIndicator, INDICATORS } from "./registry.ts";
import { fieldsOf, isValueStore, valueFields, type ValueFields, type Values } from "./store.ts";
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
function headJson(v: Pick<IndicatorValue, "indicator" | "level" | "code">): string {
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

const NULL = utf8("null");
const DENOMINATOR = utf8(',"denominator":');
const VALUE = utf8(',"value":');
const REPORTING = utf8('{"reporting":');
const EXPECTED = utf8(',"expected":');
const SEPARATOR = utf8(",\n");
const CLOSE = 0x7d; // }

/**
 * Writes values' JSON as bytes, exactly as `valueJson` writes it (tested), with the pieces values
 * share encoded once: the place (a series' periods share it), the period, the target and status.
 * At national scale (14.7 M values, 3.1 GB) making each line as a string of a dozen pieces,
 * joining them and encoding the whole was most of `anju compute`'s time.
 */
class ValueWriter {
  #indicator = "";
  #level = "";
  #code = "";
  #head: Uint8Array = new Uint8Array();
  readonly #periods = new Map<string, Uint8Array>();
  readonly #tails = new Map<string, Uint8Array>();
  readonly #reasons = new Map<string | undefined, Uint8Array>();

  write(out: ByteText, v: ValueFields): void {
    if (v.code !== this.#code || v.indicator !== this.#indicator || v.level !== this.#level) {
      this.#indicator = v.indicator;
      this.#level = v.level;
      this.#code = v.code;
      this.#head = utf8(headJson(v));
    }
    out.bytes(this.#head);
    out.bytes(this.#piece(this.#periods, v.period, () => `"period":"${v.period}","numerator":`));
    out.number(v.numerator);
    out.bytes(DENOMINATOR);
    out.number(v.denominator);
    out.bytes(VALUE);
    if (v.value === null) out.bytes(NULL);
    else out.number(v.value);
    const target = v.target === null ? "null" : String(v.target);
    out.bytes(
      this.#piece(
        this.#tails,
        `${target} ${v.status}`,
        () => `,"target":${target},"status":"${v.status}","reporting":`,
      ),
    );
    if (v.reporting === null) out.bytes(NULL);
    else {
      out.bytes(REPORTING);
      out.number(v.reporting);
      out.bytes(EXPECTED);
      out.number(v.expected);
      out.byte(CLOSE);
    }
    out.bytes(
      this.#piece(this.#reasons, v.reason, () => (v.reason === undefined ? "}" : `,"reason":"${v.reason}"}`)),
    );
  }

  /** A piece's bytes, encoded the first time its key is seen. */
  #piece<K>(pieces: Map<K, Uint8Array>, key: K, text: () => string): Uint8Array {
    let bytes = pieces.get(key);
    if (bytes === undefined) {
      bytes = utf8(text());
      pieces.set(key, bytes);
    }
    return bytes;
  }
}

/**
 * The indicators file as UTF-8 chunks of about `chunkSize` bytes, each ending in a newline, one
 * value a line: writing them in order gives valid JSON without ever holding it all in memory.
 * `parts` are the values in order, a store or an array at a time (`anju compute` makes one
 * indicator's store at a time).
 *
 * By default each chunk is a buffer of its own (a stream may hold several at once). A consumer
 * done with each chunk by the time it asks for the second after it (one write in flight) passes
 * `buffers: 2`: the chunks then take turns in two buffers. At national scale the 3,000 buffers of
 * a megabyte that were otherwise allocated and dropped cost the collector six full collections.
 */
export function* indicatorsJsonBytes(
  header: IndicatorsHeader,
  parts: Iterable<Values>,
  { chunkSize = 1 << 20, buffers = Infinity }: { chunkSize?: number; buffers?: number } = {},
): Generator<Uint8Array> {
  const json = JSON.stringify(header, null, 2);
  // Room for a chunk and the line that takes it past `chunkSize` (it grows if a line is longer).
  const room = chunkSize + 4096;
  const turns: ByteText[] = [];
  let chunks = 0;
  const nextBuffer = (): ByteText => {
    const turn = chunks++;
    if (!Number.isFinite(buffers)) return new ByteText(room);
    if (turns.length < buffers) turns.push(new ByteText(room));
    const out = turns[turn % buffers]!;
    out.clear();
    return out;
  };
  let out = nextBuffer();
  out.text(`${json.slice(0, json.lastIndexOf("}")).trimEnd()},\n  "values": [\n`);
  const writer = new ValueWriter();
  const fields = valueFields();
  let any = false;
  for (const part of parts) {
    const store = isValueStore(part) ? part : null;
    for (let i = 0; i < part.length; i++) {
      if (any) {
        // The separator goes before each value but the first, so a chunk ends where a line does.
        out.bytes(SEPARATOR);
        if (out.length >= chunkSize) {
          yield out.since(0);
          out = nextBuffer();
        }
      }
      any = true;
      writer.write(
        out,
        store === null
          ? fieldsOf((part as readonly IndicatorValue[])[i]!, fields)
          : store.readInto(i, fields),
      );
    }
  }
  out.text(any ? "\n]\n}\n" : "]\n}\n");
  yield out.since(0);
}
