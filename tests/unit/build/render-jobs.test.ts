import { availableParallelism } from "node:os";
import { describe, expect, test } from "vitest";
import { renderJobs } from "../../../scripts/commands/build.ts";
import { CliError } from "../../../scripts/lib/cli-error.ts";

describe("anju build --jobs", () => {
  test("takes a whole number of threads", () => {
    expect(renderJobs("1")).toBe(1);
    expect(renderJobs(" 3 ")).toBe(3);
  });

  test("defaults to the cores there are, at most four", () => {
    expect(renderJobs(undefined)).toBe(Math.min(availableParallelism(), 4));
  });

  test.each(["0", "-2", "two", "1.5", ""])(
    "refuses %j as a usage error that says how to write it",
    (text) => {
      expect(() => renderJobs(text)).toThrow(CliError);
      expect(() => renderJobs(text)).toThrow(/--jobs: .* is not a number of threads\. Write it like 2/);
    },
  );
});
