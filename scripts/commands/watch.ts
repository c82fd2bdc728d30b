/** `anju watch [DIR] [--out DIR]`: rebuilds the site whenever the data directory changes. */
import { watch } from "node:fs";
import { EXIT } from "../lib/cli-error.ts";
import { defineCommand } from "../lib/command.ts";
import { resolveDataDir } from "../lib/data-dir.ts";
import { BUILD_TARGET_OPTIONS, buildCommand } from "./build.ts";

/** How long the data must stay unchanged before a rebuild starts (a copy of many files settles). */
export const SETTLE_MS = 500;

export const watchCommand = defineCommand({
  name: "watch",
  summary: "rebuild the site whenever the data changes",
  operand: { name: "DIR", what: "data directory" },
  options: BUILD_TARGET_OPTIONS,
  description: `Builds the site from DIR (default: data/), then watches DIR and rebuilds whenever a file in it
changes (changes within half a second are taken together). Each rebuild is the same atomic
anju build: a build that fails leaves the published site as it was. Stop with Ctrl+C.`,
  epilogue: "Exit status: 0 stopped with Ctrl+C, 2 wrong usage.",
  async run({ options: values, operand }, effects) {
    const dir = await resolveDataDir(operand, effects.cwd);
    const buildArgs = [
      dir,
      ...["--out", values.out, "--config", values.config],
      ...(values.releases === undefined ? [] : ["--releases", values.releases]),
      ...(values.jobs === undefined ? [] : ["--jobs", values.jobs]),
    ];
    // One build at a time; changes during a build ask for one more afterwards.
    const state = { running: false, again: false };
    // Read through a function: the flag changes in the watcher's callback while a build runs.
    const changedDuringBuild = () => state.again;
    let timer: NodeJS.Timeout | undefined;
    const rebuild = async () => {
      if (state.running) {
        state.again = true;
        return;
      }
      state.running = true;
      do {
        state.again = false;
        const code = await buildCommand.run(buildArgs, effects).catch((error: unknown) => {
          effects.log(`build failed: ${(error as Error).message}`);
          return EXIT.dataProblems;
        });
        effects.log(
          code === EXIT.ok ? `Watching ${dir} for changes…` : `Fix the data and save again; watching ${dir}…`,
        );
      } while (changedDuringBuild());
      state.running = false;
    };
    await rebuild();
    const watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), SETTLE_MS);
    });
    await new Promise<void>((resolve) => {
      process.once("SIGINT", () => {
        watcher.close();
        resolve();
      });
    });
    return EXIT.ok;
  },
});
