/**
 * How many threads `anju build` renders on: `--jobs N` when given; otherwise one per core, at
 * most four, and no more than the memory free when the build starts can hold.
 *
 * Every render thread holds the data's rows again and an Astro build of its own (the indicator
 * values are shared), so a thread more costs memory in proportion to the data. A publisher's
 * machine with 4 GB builds the national-scale sample on one thread (peak 3.9 GB) but not on two
 * (4.5–4.6 GB); asked for two anyway, it would swap or be killed halfway. The estimates are lines
 * through two measured builds (bench/RESULTS.md, stop 44; `node bench/pipeline.ts DIR --jobs N`):
 *
 *   data files     one thread's peak   each thread more
 *   Shiyan  12.6 MB    1.25 GB             0.53 GB
 *   national 204 MB    3.90 GB             1.45 GB
 *
 * with a fifth more for what two builds cannot show. Pure.
 */
import { CliError, EXIT } from "./cli-error.ts";

/** Render threads by default at most. Each holds the data again, so more cores do not mean more threads. */
export const MAX_DEFAULT_JOBS = 4;

/** What the estimates are raised by: they come from two builds of one machine. */
const MARGIN = 1.2;

/** A build's peak on one thread (Pagefind's process included) for `dataBytes` of data files. */
export function oneThreadBytes(dataBytes: number): number {
  return MARGIN * (1.08e9 + 13.8 * dataBytes);
}

/** What each render thread beyond the first adds to the peak, for `dataBytes` of data files. */
export function extraThreadBytes(dataBytes: number): number {
  return MARGIN * (0.47e9 + 4.8 * dataBytes);
}

/** What the default is chosen from. */
export interface Machine {
  /** Cores the process may use (`os.availableParallelism()`). */
  cores: number;
  /** Memory free for the build when it starts (`process.availableMemory()`). */
  availableBytes: number;
  /** The size of the data directory's files the build reads. */
  dataBytes: number;
}

/** The threads to render on, and when memory (not the cores) set the default, why in words. */
export interface RenderJobs {
  jobs: number;
  /** Null unless the default is fewer threads than cores for want of memory. */
  limitedBy: string | null;
}

const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;

/** `--jobs` as given (`text`), or the default for this machine and data. */
export function renderJobs(text: string | undefined, machine: Machine): RenderJobs {
  if (text !== undefined) {
    if (!/^\s*[1-9]\d*\s*$/.test(text))
      throw new CliError(
        `--jobs: "${text}" is not a number of threads. Write it like 2, or 1 to render in one.`,
        EXIT.usage,
      );
    return { jobs: Number(text), limitedBy: null };
  }
  const byCores = Math.max(1, Math.min(machine.cores, MAX_DEFAULT_JOBS));
  const one = oneThreadBytes(machine.dataBytes);
  const more = extraThreadBytes(machine.dataBytes);
  const byMemory = 1 + Math.max(0, Math.floor((machine.availableBytes - one) / more));
  if (byMemory >= byCores) return { jobs: byCores, limitedBy: null };
  return {
    jobs: byMemory,
    limitedBy:
      `${gigabytes(machine.availableBytes)} of memory free; this data needs about ${gigabytes(one)} ` +
      `on one thread and ${gigabytes(more)} for each thread more (--jobs N chooses)`,
  };
}
