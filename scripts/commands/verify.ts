/** `anju verify [DIR] --against FILE|URL`: recomputes every figure and compares it with a published file. */
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { resolve } from "node:path";
import {
  compareInputs,
  compareValues,
  indicatorValues,
  METHOD_VERSION,
  type Figure,
  type IndicatorValue,
  type InputFileHash,
  type Mismatch,
} from "../../src/lib/indicators/index.ts";
import { CliError, EXIT } from "../lib/cli-error.ts";
import { defineCommand } from "../lib/command.ts";
import { loadValidData } from "./compute.ts";

interface Published {
  method_version?: unknown;
  inputs?: InputFileHash[];
  values: IndicatorValue[];
}

async function readPublished(against: string, cwd: string): Promise<string> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(against)) {
    if (!/^https?:\/\//i.test(against))
      throw new CliError(`only http:// and https:// URLs can be fetched, not ${against}.`);
    let response: Response;
    try {
      response = await fetch(against);
    } catch (error) {
      throw new CliError(
        `cannot fetch ${against}: ${(error as Error).message}. Check the address and your connection.`,
      );
    }
    if (!response.ok) throw new CliError(`cannot fetch ${against}: HTTP ${response.status}.`);
    return decodePublished(new Uint8Array(await response.arrayBuffer()));
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, against));
  } catch (error) {
    throw new CliError(`cannot read ${against}: ${(error as Error).message}.`);
  }
  return decodePublished(bytes);
}

/** The text of a published indicators file, gunzipped when it is the site's `indicators.json.gz`. */
function decodePublished(bytes: Uint8Array): string {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new TextDecoder().decode(gzipped ? gunzipSync(bytes) : bytes);
}

function parsePublished(text: string, against: string): Published {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${against} is not JSON (${(error as Error).message}). Give the indicators.json that anju compute writes.`,
    );
  }
  if (typeof json !== "object" || json === null || !Array.isArray((json as { values?: unknown }).values)) {
    throw new CliError(
      `${against} has no "values" list: it is not an indicators file written by anju compute.`,
    );
  }
  return json as Published;
}

const describe = (f: Figure | null) =>
  f === null
    ? "absent"
    : `${f.numerator}/${f.denominator} = ${f.value === null ? "no value" : f.value} (${f.status})`;

/** One mismatch as a line: place and period, then both figures. */
export function formatMismatch(m: Mismatch): string {
  return `${m.indicator} ${m.level} ${m.code} ${m.period}: published ${describe(m.published)}; recomputed ${describe(m.recomputed)}`;
}

export const verifyCommand = defineCommand({
  name: "verify",
  summary: "recompute and compare with published figures",
  operand: { name: "DIR", what: "data directory" },
  options: {
    against: {
      type: "string",
      value: "FILE|URL",
      required: true,
      help: "the published indicators JSON (or the site's indicators.json.gz): a file, or an http:// or https:// URL",
    },
  },
  description: `Recomputes every indicator from a data directory (default: data/) and compares each figure
(numerator, denominator, value and status) with a published indicators file, as written by
anju compute. Lists every mismatch as

  INDICATOR LEVEL CODE PERIOD: published N/D = V (status); recomputed N/D = V (status)

and, when the published file lists its input files' SHA-256, which input files differ.`,
  epilogue: `Exit status: 0 every figure matches, 1 a figure differs (or the data has errors), 2 wrong usage
(no --against, a file or URL that cannot be read, or not an indicators file).
Example: anju verify data --against https://example.org/data/indicators.json`,
  async run({ options: values, operand }, effects) {
    const published = parsePublished(await readPublished(values.against, effects.cwd), values.against);
    const loaded = await loadValidData(operand, effects);
    const comparison = compareValues(published.values, indicatorValues(loaded.dataset));
    const differ = comparison.mismatches.length;
    const lines = [
      `${comparison.checked} figures checked, ${comparison.matched} match${differ > 0 ? `, ${differ} differ` : ""}.`,
      ...comparison.mismatches.map(formatMismatch),
    ];
    if (Array.isArray(published.inputs)) {
      for (const d of compareInputs(published.inputs, loaded.files)) {
        lines.push(
          d.published === null
            ? `input ${d.name}: not in the published file`
            : d.recomputed === null
              ? `input ${d.name}: published, but missing from the data`
              : `input ${d.name} differs: published sha256 ${d.published}, data ${d.recomputed}`,
        );
      }
    }
    if (typeof published.method_version === "string" && published.method_version !== METHOD_VERSION) {
      lines.push(
        `method version differs: published ${published.method_version}, this tool ${METHOD_VERSION}`,
      );
    }
    effects.out(lines.join("\n"));
    return differ > 0 ? EXIT.dataProblems : EXIT.ok;
  },
});
