/**
 * Validates a data directory's files, however they were obtained: read from a folder by the
 * command line, or dropped onto the check page. One function, so both give the same problems.
 */
import type { Bilingual } from "../i18n/index.ts";
import { compareProblems, type Problem } from "../problems.ts";
import type { PackageMeta } from "../schema/datapackage.ts";
import {
  append,
  validateTables,
  type ReadTable,
  type ValidateOptions,
  type ValidationResult,
} from "./index.ts";
import { checkPackage } from "./package.ts";

/** The descriptor's bytes (null when absent), or why a file of that name could not be read. */
export interface DescriptorInput {
  bytes: Uint8Array | null;
  unreadable?: Bilingual;
}

export interface FilesValidation extends ValidationResult {
  meta: PackageMeta | null;
}

/** Validates every table, then the descriptor (named `descriptorPath` in problems); problems sorted. */
export function validateDataFiles(
  read: ReadTable,
  descriptor: DescriptorInput,
  descriptorPath: string,
  options: ValidateOptions = {},
): FilesValidation {
  const result = validateTables(read, options);
  const { meta, problems: packageProblems } = checkPackage(
    descriptor.bytes,
    descriptorPath,
    descriptor.unreadable,
  );
  const problems: Problem[] = result.problems;
  append(problems, packageProblems);
  problems.sort(compareProblems);
  return { ...result, problems, meta };
}
