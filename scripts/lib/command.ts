/** The shape every `anju` command module has, so the dispatcher and `--help` treat them alike. */
import type { Effects } from "./effects.ts";

export interface Command {
  name: string;
  /** One line for `anju --help`. */
  summary: string;
  /** The full `anju NAME --help` text: usage, options, exit codes, an example. */
  help: string;
  /** Runs the command on its own arguments (after the command name); resolves to the exit code. */
  run: (args: string[], effects: Effects) => Promise<number>;
}
