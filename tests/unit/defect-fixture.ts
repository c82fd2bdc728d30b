/**
 * The defect fixtures under tests/fixtures/validate/: each is the clean dataset with one defect,
 * holding only the files that differ (`.delete-X` removes X). Laid over a copy of the clean
 * dataset in a fresh folder, for tests that validate them as a data directory.
 */
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "../fixtures/validate");

/** Every defect fixture's name, sorted. */
export async function defectNames(): Promise<string[]> {
  return (await readdir(FIXTURES)).filter((name) => name !== "clean").sort();
}

/** The clean dataset with `defect` laid over it, in a fresh folder whose path `scratch` keeps for removal. */
export async function withDefect(defect: string, scratch: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "anju-defect-"));
  scratch.push(dir);
  await cp(join(FIXTURES, "clean"), dir, { recursive: true });
  for (const entry of await readdir(join(FIXTURES, defect))) {
    if (entry.startsWith(".delete-")) await rm(join(dir, entry.slice(".delete-".length)));
    else await cp(join(FIXTURES, defect, entry), join(dir, entry));
  }
  return dir;
}
