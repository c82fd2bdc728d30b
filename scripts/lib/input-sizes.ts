/**
 * Sizes before bytes: every file of a data directory that Anju reads whole is checked against the
 * size cap from its size alone, before anything (the build's fingerprint included) reads it. A
 * file over the cap is almost always a wrong export, and Node cannot read a file over 2 GiB whole.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Bilingual } from "../../src/lib/i18n/index.ts";
import { problem, type Problem } from "../../src/lib/problems.ts";
import { TABLE_NAMES, tableByName } from "../../src/lib/schema/index.ts";

/** The files of a data directory besides the tables that the build reads whole, when present. */
export const WHOLE_FILES = ["datapackage.json", "geo/counties.geojson", "reference/published-figures.csv"];

/** The `file-too-large` problem for a file of `size` bytes; `fix` says what to do about it. */
export function fileTooLarge(display: string, size: number, maxFileBytes: number, fix: Bilingual): Problem {
  const mb = (size / 1048576).toFixed(1);
  const cap = (maxFileBytes / 1048576).toFixed(0);
  return problem(display, null, null, "file-too-large", {
    zh: `文件有 ${mb} MB，超过了 ${cap} MB 的上限。${fix.zh}`,
    en: `the file is ${mb} MB, over the ${cap} MB cap. ${fix.en}`,
  });
}

/** The size of each table and whole-read file of `dir` there is, by its name in `dir`. */
export async function inputSizes(dir: string): Promise<Map<string, number>> {
  const names = [...TABLE_NAMES.map((name) => tableByName(name).path), ...WHOLE_FILES];
  const sizes = new Map<string, number>();
  for (const name of names) {
    try {
      sizes.set(name, (await stat(join(dir, name))).size);
    } catch {
      // Missing files are the validator's to report.
    }
  }
  return sizes;
}

/** A `file-too-large` problem for each file of `inputSizes` over the cap; missing files are left to the validator. */
export function oversizedInputs(
  sizes: ReadonlyMap<string, number>,
  maxFileBytes: number,
  display: (name: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  for (const [name, size] of sizes) {
    if (size > maxFileBytes) {
      problems.push(
        fileTooLarge(display(name), size, maxFileBytes, {
          zh: "请确认是不是导出错了文件：这个文件一点也没有读取。",
          en: "Check that it is the right export: nothing was read from it.",
        }),
      );
    }
  }
  return problems;
}
