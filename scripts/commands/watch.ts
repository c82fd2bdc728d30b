/** `anju watch [DIR] [--out DIR]`: rebuilds the site whenever the data directory changes. */
import { watch } from "node:fs";
import { parseArgs } from "node:util";
import { CliError, EXIT } from "../lib/cli-error.ts";
import type { Command } from "../lib/command.ts";
import { resolveDataDir } from "../lib/data-dir.ts";
import { buildCommand } from "./build.ts";

const HELP = `Usage: anju watch [DIR] [--out DIR] [--config FILE] [--releases DIR]

Builds the site from DIR (default: data/), then watches DIR and rebuilds whenever a file in it
changes (changes within half a second are taken together). Each rebuild is the same atomic
anju build: a build that fails leaves the published site as it was. Stop with Ctrl+C.

Options:
  --out DIR       where the site is published (default: dist)
  --config FILE   the publisher's configuration (default: config/site.json)
  --releases DIR  the release history (as for anju build)
  -h, --help      show this help
`;

/** How long the data must stay unchanged before a rebuild starts (a copy of many files settles). */
export const SETTLE_MS = 500;

export const watchCommand: Command = {
  name: "watch",
  summary: "rebuild the site whenever the data changes",
  help: HELP,
  async run(args, effects) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: false,
      options: { out: { type: "string" }, config: { type: "string" }, releases: { type: "string" } },
    });
    const unknown = Object.keys(values).filter((key) => !["out", "config", "releases"].includes(key));
    if (unknown.length > 0) throw new CliError(`unknown option --${unknown[0]!}. See "anju watch --help".`);
    const dir = await resolveDataDir(positionals[0], effects.cwd);
    const buildArgs = [
      dir,
      ...(typeof values.out === "string" ? ["--out", values.out] : []),
      ...(typeof values.config === "string" ? ["--config", values.config] : []),
      ...(typeof values.releases === "string" ? ["--releases", values.releases] : []),
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
};
