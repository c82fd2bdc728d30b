/**
 * Checks a data directory's `datapackage.json`: the descriptor that carries the release's version,
 * date and sample flag (its `anju` section), which the build needs to publish. Every way it can be
 * wrong is a problem on the file with its own code and a fix, never an exception later in the build.
 */
import type { z } from "zod";
import { problem, type Problem, type ProblemCode } from "../problems.ts";
import { DescriptorSchema, PackageMetaSchema, type PackageMeta } from "../schema/datapackage.ts";

/** What the check found: the release metadata when it is valid, and every problem. */
export interface PackageCheck {
  meta: PackageMeta | null;
  problems: Problem[];
}

const RESTORE = `Restore it from the last release (its datapackage.zip), or run "anju sample --out DIR" and copy DIR/datapackage.json, then set its "anju" section`;
const ANJU_EXAMPLE = `"anju": {"version": "2026.1.0", "created": "2026-03-31", "sample": false}`;

/** Zod issues as `path: what is wrong`, one after another. */
function describeIssues(error: z.ZodError, prefix: string): string {
  return error.issues
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
      return `${path || "the file"}: ${issue.message}`;
    })
    .join("; ");
}

/**
 * Checks a descriptor's bytes (null when the file is absent); `file` is how problems name it.
 * `unreadable` is given instead when the file exists but could not be read.
 */
export function checkPackage(bytes: Uint8Array | null, file: string, unreadable?: string): PackageCheck {
  const fail = (code: ProblemCode, message: string): PackageCheck => ({
    meta: null,
    problems: [problem(file, null, null, code, message)],
  });
  if (unreadable !== undefined)
    return fail("datapackage-unreadable", `datapackage.json cannot be read: ${unreadable}. ${RESTORE}.`);
  if (bytes === null) {
    return fail(
      "datapackage-missing",
      `datapackage.json is missing; the build needs its release version, date and sample flag. ${RESTORE} (${ANJU_EXAMPLE}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "it is not UTF-8 text";
    return fail(
      "datapackage-unreadable",
      `datapackage.json is not valid JSON (${reason}). Fix it at the line and column named (often a comma after the last item, or Chinese quotation marks “ ” instead of "), or ${RESTORE.charAt(0).toLowerCase()}${RESTORE.slice(1)}.`,
    );
  }
  const descriptor = DescriptorSchema.safeParse(json);
  if (!descriptor.success) {
    return fail(
      "datapackage-invalid",
      `datapackage.json is not a Data Package descriptor (${describeIssues(descriptor.error, "")}). It must be an object listing the tables in "resources" beside the "anju" section. ${RESTORE}.`,
    );
  }
  const meta = PackageMetaSchema.safeParse(descriptor.data.anju);
  if (!meta.success) {
    const absent = descriptor.data.anju === undefined;
    return fail(
      "datapackage-anju",
      absent
        ? `datapackage.json has no "anju" section with the release version, date and sample flag. Add ${ANJU_EXAMPLE}.`
        : `the "anju" section of datapackage.json is not valid (${describeIssues(meta.error, "anju")}). Write it like ${ANJU_EXAMPLE}.`,
    );
  }
  return { meta: meta.data, problems: [] };
}
