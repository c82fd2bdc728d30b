/**
 * The build's last stages before publishing, for the host the site goes to: gzip copies
 * (`--precompress`) and the size budget (`--max-size`, `--max-files`).
 */
import { CliError } from "./cli-error.ts";
import {
  DEFAULT_BUDGET,
  describeSize,
  formatBytes,
  measureSite,
  overBudget,
  parseCount,
  parseSize,
  type Budget,
} from "./budget.ts";
import { precompressSite } from "./precompress.ts";

/** The options of `anju build` these stages read, for node:util's parseArgs. */
export const HOST_OPTIONS = {
  precompress: { type: "boolean" },
  "max-size": { type: "string" },
  "max-files": { type: "string" },
} as const;

/** What the host wants: gzip copies or not, and the budget. */
export interface HostSettings extends Budget {
  precompress: boolean;
}

/** The host settings from parsed options; a malformed limit is a usage error. */
export function budgetFromOptions(values: Record<string, string | boolean | undefined>): HostSettings {
  const text = (name: string): string | undefined => {
    const value = values[name];
    if (typeof value === "boolean") throw new CliError(`--${name} needs a value. See "anju build --help".`);
    return value;
  };
  const size = text("max-size");
  const files = text("max-files");
  return {
    precompress: values.precompress === true,
    maxBytes: size === undefined ? DEFAULT_BUDGET.maxBytes : parseSize(size),
    maxFiles: files === undefined ? DEFAULT_BUDGET.maxFiles : parseCount(files),
  };
}

/**
 * Writes the gzip copies when asked, then weighs the site; false (with the reasons logged) when
 * the site is over budget and must not be published.
 */
export async function finishForHost(
  staging: string,
  host: HostSettings,
  stage: (name: string) => (detail: string) => void,
  log: (text: string) => void,
): Promise<boolean> {
  if (host.precompress) {
    const done = stage("precompress");
    const copies = await precompressSite(staging);
    done(
      `${copies.files.toLocaleString("en")} text files of ${formatBytes(copies.bytes)} → ` +
        `${formatBytes(copies.compressed)} of .gz copies`,
    );
  }
  const done = stage("size");
  const size = await measureSite(staging);
  const over = overBudget(size, host);
  done(over.length === 0 ? describeSize(size) : `${describeSize(size)}: over budget`);
  for (const line of over) log(line);
  return over.length === 0;
}
