/**
 * Memory the build no longer uses, given back to the system at once.
 *
 * `returnFreedMemory` (JavaScript's heap): V8 (Node 24) keeps the pages its garbage collections
 * free in a pool, to reuse them, and gives them back only in a collection meant to shrink the heap, which it runs when the program has
 * been idle a while — a build never is. A worker thread's pool outlives the thread by 8 seconds
 * (V8's page-pool.cc), or for as long as the other threads take pages from it. So a render
 * shard's memory stayed counted in the build's while its search stage ran (Shiyan: 1.9 GB
 * resident for 0.4 GB of live heap), and so did the pages the build's own render had freed.
 * A last-resort collection, as under memory pressure, shrinks the heap and empties the pool:
 * 8 million small objects freed, 680 MB resident before it and 70 MB after, in 0.15 s.
 *
 * `gc` is not exposed without `--expose-gc`; the flag set at run time applies to contexts made
 * afterwards, so one is made to fetch it (the `anju` command cannot pass Node flags to itself).
 *
 * `purgeNativeMemoryAtOnce` (Astro's native tools): Rolldown (Vite's bundler) and Astro's compiler
 * are Rust libraries with their own mimalloc, which gives a freed page back only once it is old
 * enough (1 s in Rolldown's) and only when the thread that freed it allocates again. Their threads
 * idle once Astro's build has bundled, so what they freed stayed resident to the end: at the
 * search stage of a Shiyan build, 0.56 GB of the build's 1.07 GB, and 0.30 GB purged at once.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: NodeJS.GCFunction | null = null;

/** Runs a last-resort collection on this thread: its freed pages go back to the system. */
export function returnFreedMemory(): void {
  if (collect === null) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as NodeJS.GCFunction;
  }
  collect({ type: "major", execution: "sync", flavor: "last-resort" });
}

/**
 * Tells the mimalloc of Astro's native tools to give freed pages back when they are freed
 * (`MIMALLOC_PURGE_DELAY=0`; a value already set is kept). mimalloc reads the environment when a
 * library loads, so call it on the main thread (a worker's `process.env` is its own copy) before
 * Astro is first imported. The builds measured as fast with it.
 */
export function purgeNativeMemoryAtOnce(): void {
  process.env.MIMALLOC_PURGE_DELAY ??= "0";
}
