/** Resolving the DIR argument that most commands take (default `data/`). */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "./cli-error.ts";

/** Resolves a data directory against the working directory and checks that it exists. */
export async function resolveDataDir(dir: string | undefined, cwd: string): Promise<string> {
  const path = resolve(cwd, dir ?? "data");
  try {
    if ((await stat(path)).isDirectory()) return path;
  } catch {
    // Reported below with the path the user gave.
  }
  throw new CliError(`no data directory at ${dir ?? "data"}. Give the folder that holds the CSV files.`);
}
