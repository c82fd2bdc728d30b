/**
 * Reads a data directory from disk and validates it: the one place the commands load data.
 * Files over the size cap are refused from their size alone, before any byte is read.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { insideCountyOf, type CountyBoundaries } from "../../src/lib/geo/boundaries.ts";
import { compareProblems, problem, type Problem } from "../../src/lib/problems.ts";
import type { PackageMeta } from "../../src/lib/schema/datapackage.ts";
import { tableByName, type Dataset, type TableName } from "../../src/lib/schema/index.ts";
import { append } from "../../src/lib/validate/index.ts";
import { validateDataFiles, type DescriptorInput } from "../../src/lib/validate/files.ts";
import { fileTooLarge } from "./input-sizes.ts";

/** Default cap on one CSV file's size (configurable with `--max-file-mb`). */
export const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;

/** The boundaries bundled with Anju, used when a data directory has no `geo/counties.geojson`. */
export const BUNDLED_BOUNDARIES = fileURLToPath(new URL("../../data/geo/counties.geojson", import.meta.url));

/** An input file as published: name, size and SHA-256 of its bytes. */
export interface InputFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface LoadedData {
  dataset: Dataset;
  problems: Problem[];
  files: InputFile[];
  meta: PackageMeta | null;
  boundaries: CountyBoundaries;
}

export interface LoadOptions {
  maxFileBytes?: number;
  /** The working directory that file names in problems are made relative to. */
  cwd?: string;
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function readIfPresent(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Reads a data directory's descriptor: its bytes, null when it is absent, or why it cannot be
 * read (a folder of that name, no permission, or larger than any descriptor should be).
 */
async function readDescriptor(path: string, maxBytes: number): Promise<DescriptorInput> {
  try {
    const size = (await stat(path)).size;
    if (size > maxBytes)
      return {
        bytes: null,
        unreadable: {
          zh: `它有 ${(size / 1048576).toFixed(1)} MB，远大于一个描述文件应有的大小`,
          en: `it is ${(size / 1048576).toFixed(1)} MB, far more than a descriptor`,
        },
      };
    return { bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { bytes: null };
    const message = (error as Error).message;
    return {
      bytes: null,
      unreadable:
        code === "EISDIR"
          ? { zh: "它是一个文件夹", en: "it is a folder" }
          : { zh: `系统提示：${message}`, en: message },
    };
  }
}

/** Loads the county boundaries for a data directory (its own, or the bundled ones). */
export async function loadBoundaries(dir: string): Promise<CountyBoundaries> {
  const own = await readIfPresent(join(dir, "geo", "counties.geojson"));
  const bytes = own ?? (await readFile(BUNDLED_BOUNDARIES));
  return JSON.parse(new TextDecoder().decode(bytes)) as CountyBoundaries;
}

/** Reads and validates every table of a data directory. */
export async function loadDataDirectory(dir: string, options: LoadOptions = {}): Promise<LoadedData> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const cwd = options.cwd ?? process.cwd();
  const display = (name: string) => relative(cwd, join(dir, name)) || name;
  const problems: Problem[] = [];
  const files: InputFile[] = [];
  const boundaries = await loadBoundaries(dir);

  // Tables are read one at a time, when the validator asks, so a large dataset never has every
  // file's bytes and text in memory together.
  const read = (name: TableName): Uint8Array | null => {
    const table = tableByName(name);
    const path = join(dir, table.path);
    let size: number;
    try {
      size = statSync(path).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null; // reported as file-missing
      problems.push(
        problem(display(table.path), null, null, "file-unreadable", {
          zh: `文件打不开（系统提示：${(error as Error).message}）。`,
          en: `cannot read the file: ${(error as Error).message}.`,
        }),
      );
      return new Uint8Array();
    }
    if (size > maxFileBytes) {
      problems.push(
        fileTooLarge(display(table.path), size, maxFileBytes, {
          zh: "请确认是不是导出错了文件，或用 --max-file-mb 调高上限。",
          en: "Check that it is the right export, or raise the cap with --max-file-mb.",
        }),
      );
      // The header alone stands in, so the file is not also reported as missing.
      return new TextEncoder().encode(table.columns.join(","));
    }
    const bytes = readFileSync(path);
    files.push({ name: table.path, bytes: bytes.byteLength, sha256: sha256(bytes) });
    return bytes;
  };

  const descriptor = await readDescriptor(join(dir, "datapackage.json"), maxFileBytes);
  const result = validateDataFiles(read, descriptor, display("datapackage.json"), {
    displayPath: (table) => display(table.path),
    insideCounty: insideCountyOf(boundaries),
  });
  append(problems, result.problems);
  problems.sort(compareProblems);
  return { dataset: result.dataset, problems, files, meta: result.meta, boundaries };
}
