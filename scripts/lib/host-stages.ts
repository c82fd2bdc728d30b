/**
 * The build's last stages before publishing, for the host the site goes to: gzip copies
 * (`--precompress`) and the size budget (`--max-size`, `--max-files`).
 */
import type { OptionSpecs, OptionValues } from "./command.ts";
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

/** The options of `anju build` these stages read, declared as every command declares its options. */
export const HOST_OPTIONS = {
  precompress: {
    type: "boolean",
    help: "write FILE.gz beside every text file of 1 KB or more, for nginx's gzip_static",
  },
  "max-size": {
    type: "string",
    value: "SIZE",
    help: "fail when the site is bigger (default 1GB, GitHub Pages' limit; none: no limit)",
  },
  "max-files": {
    type: "string",
    value: "N",
    help: "fail when the site has more files (default 20000, Cloudflare Pages' limit; none with --precompress)",
  },
} as const satisfies OptionSpecs;

/** What the host wants: gzip copies or not, and the budget. */
export interface HostSettings extends Budget {
  precompress: boolean;
}

/** The host settings from parsed options; a malformed limit is a usage error. */
export function budgetFromOptions(values: OptionValues<typeof HOST_OPTIONS>): HostSettings {
  const size = values["max-size"];
  const files = values["max-files"];
  return {
    precompress: values.precompress,
    maxBytes: size === undefined ? DEFAULT_BUDGET.maxBytes : parseSize(size),
    // The .gz copies are for a server of one's own (nginx's gzip_static), which counts no files;
    // the file limit of a static host (which compresses by itself) applies only when asked for.
    maxFiles: files !== undefined ? parseCount(files) : values.precompress ? null : DEFAULT_BUDGET.maxFiles,
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
