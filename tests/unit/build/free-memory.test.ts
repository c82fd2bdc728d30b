/**
 * `returnFreedMemory`: what the build's threads freed goes back to the system at once, not when
 * V8 next finds the program idle (a build never is). Resident memory is what the machine must
 * have, and what `bench/pipeline.ts` measures.
 */
import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { returnFreedMemory } from "../../../scripts/lib/free-memory.ts";

/** Makes about 250 MB of small objects; returns the resident memory while they are alive. */
function residentWithGarbage(): number {
  const objects: { n: number; text: string }[] = [];
  for (let i = 0; i < 3_000_000; i++) objects.push({ n: i, text: `value ${i}` });
  return objects.length > 0 ? process.memoryUsage().rss : 0;
}

test("gives the pages of freed objects back to the system", () => {
  const holding = residentWithGarbage();
  returnFreedMemory();
  // An ordinary collection frees the objects but V8 keeps their pages (about 60 MB go back).
  expect(holding - process.memoryUsage().rss).toBeGreaterThan(150 * 1024 * 1024);
});

/**
 * The purge delay mimalloc read when Rolldown loaded, from a fresh Node process that first runs
 * `setup` (Rolldown's mimalloc says so with MIMALLOC_VERBOSE=1).
 */
function rolldownPurgeDelay(setup: string, env: Record<string, string> = {}): string {
  const script = `${setup}; await import("rolldown");`;
  const { stderr } = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, MIMALLOC_PURGE_DELAY: undefined, ...env, MIMALLOC_VERBOSE: "1" },
    encoding: "utf8",
  });
  return /option 'purge_delay': (-?\d+)/.exec(stderr)?.[1] ?? `none in: ${stderr.slice(0, 400)}`;
}

const FREE_MEMORY = JSON.stringify(new URL("../../../scripts/lib/free-memory.ts", import.meta.url).href);

test("Astro's native tools read the purge delay set before they load", () => {
  const purge = `const { purgeNativeMemoryAtOnce } = await import(${FREE_MEMORY}); purgeNativeMemoryAtOnce()`;
  // Without it Rolldown's mimalloc waits a second (and for its thread to allocate again).
  expect(rolldownPurgeDelay("void 0")).toBe("1000");
  expect(rolldownPurgeDelay(purge)).toBe("0");
  // A delay the user chose is theirs.
  expect(rolldownPurgeDelay(purge, { MIMALLOC_PURGE_DELAY: "250" })).toBe("250");
});
