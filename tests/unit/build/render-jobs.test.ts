import { describe, expect, test } from "vitest";
import { CliError } from "../../../scripts/lib/cli-error.ts";
import { renderJobs, type Machine } from "../../../scripts/lib/render-jobs.ts";

const GB = 1e9;
/** The data files of the bundled Shiyan sample and of the national-scale sample, in bytes. */
const SHIYAN = 12.6e6;
const NATIONAL = 204.4e6;

const machine = (cores: number, availableGB: number, dataBytes: number): Machine => ({
  cores,
  availableBytes: availableGB * GB,
  dataBytes,
});

describe("anju build --jobs", () => {
  test("takes a whole number of threads, whatever the machine", () => {
    expect(renderJobs("1", machine(8, 64, SHIYAN))).toEqual({ jobs: 1, limitedBy: null });
    expect(renderJobs(" 3 ", machine(2, 1, NATIONAL))).toEqual({ jobs: 3, limitedBy: null });
  });

  test.each(["0", "-2", "two", "1.5", ""])(
    "refuses %j as a usage error that says how to write it",
    (text) => {
      const run = () => renderJobs(text, machine(2, 24, SHIYAN));
      expect(run).toThrow(CliError);
      expect(run).toThrow(/--jobs: .* is not a number of threads\. Write it like 2/);
    },
  );
});

describe("the default number of render threads", () => {
  test("is one per core, at most four, when the memory holds them", () => {
    expect(renderJobs(undefined, machine(2, 24, SHIYAN))).toEqual({ jobs: 2, limitedBy: null });
    expect(renderJobs(undefined, machine(16, 24, SHIYAN))).toEqual({ jobs: 4, limitedBy: null });
    expect(renderJobs(undefined, machine(1, 24, NATIONAL))).toEqual({ jobs: 1, limitedBy: null });
  });

  // By hand, national: one thread 1.2 × (1.08 + 13.8 × 0.2044) = 4.68 GB; each more
  // 1.2 × (0.47 + 4.8 × 0.2044) = 1.74 GB. Shiyan: 1.2 × (1.08 + 0.174) = 1.50 GB; 1.2 × 0.53 = 0.64 GB.
  test("is fewer threads than cores when the free memory cannot hold more", () => {
    expect(renderJobs(undefined, machine(2, 4, NATIONAL)).jobs).toBe(1);
    // 8 GB: 8 − 4.68 = 3.32 GB left, one more thread (1.74 GB) but not two.
    expect(renderJobs(undefined, machine(4, 8, NATIONAL)).jobs).toBe(2);
    expect(renderJobs(undefined, machine(4, 6.5, NATIONAL)).jobs).toBe(2);
    expect(renderJobs(undefined, machine(4, 6.3, NATIONAL)).jobs).toBe(1);
    // Shiyan on 2 GB: 0.50 GB left, less than a thread more.
    expect(renderJobs(undefined, machine(2, 2, SHIYAN)).jobs).toBe(1);
    expect(renderJobs(undefined, machine(2, 2.2, SHIYAN)).jobs).toBe(2);
    // Never none, however little is free.
    expect(renderJobs(undefined, machine(4, 0.5, NATIONAL)).jobs).toBe(1);
  });

  test("says why when memory set it, and how to choose", () => {
    expect(renderJobs(undefined, machine(4, 8, NATIONAL)).limitedBy).toBe(
      "8.0 GB of memory free; this data needs about 4.7 GB on one thread and 1.7 GB for each thread more (--jobs N chooses)",
    );
  });
});
