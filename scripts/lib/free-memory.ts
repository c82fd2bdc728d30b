/**
 * Gives the memory a thread no longer uses back to the system, at once.
 *
 * V8 (Node 24) keeps the pages its garbage collections free in a pool, to reuse them, and gives
 * them back only in a collection meant to shrink the heap, which it runs when the program has
 * been idle a while — a build never is. A worker thread's pool outlives the thread by 8 seconds
 * (V8's page-pool.cc), or for as long as the other threads take pages from it. So a render
 * shard's memory stayed counted in the build's while its search stage ran (Shiyan: 1.9 GB
 * resident for 0.4 GB of live heap), and so did the pages the build's own render had freed.
 * A last-resort collection, as under memory pressure, shrinks the heap and empties the pool:
 * 8 million small objects freed, 680 MB resident before it and 70 MB after, in 0.15 s.
 *
 * `gc` is not exposed without `--expose-gc`; the flag set at run time applies to contexts made
 * afterwards, so one is made to fetch it (the `anju` command cannot pass Node flags to itself).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: NodeJS.GCFunction | null = null;

export function returnFreedMemory(): void {
  if (collect === null) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as NodeJS.GCFunction;
  }
  collect({ type: "major", execution: "sync", flavor: "last-resort" });
}
