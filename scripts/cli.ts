/** `anju`: the command-line entry point. Parses the command name and hands over to its module. */
import { CliError, EXIT } from "./lib/cli-error.ts";
import { wrap, type Command } from "./lib/command.ts";
import { terminalEffects, type Effects } from "./lib/effects.ts";

// Loaded lazily so `anju validate` never pays for the site builder's imports.
const COMMANDS: Record<string, () => Promise<Command>> = {
  sample: async () => (await import("./commands/sample.ts")).sampleCommand,
  validate: async () => (await import("./commands/validate.ts")).validateCommand,
  compute: async () => (await import("./commands/compute.ts")).computeCommand,
  build: async () => (await import("./commands/build.ts")).buildCommand,
  verify: async () => (await import("./commands/verify.ts")).verifyCommand,
  watch: async () => (await import("./commands/watch.ts")).watchCommand,
  rebuild: async () => (await import("./commands/rebuild.ts")).rebuildCommand,
};

/** `anju --help`: every command's synopsis and summary, from the commands' own declarations. */
export async function mainHelp(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const width = Math.max(...commands.map((command) => command.name.length)) + 1;
  return `anju — the Anju open-data portal's command-line tool

Usage: anju <command> [options]

Commands:
${commands.map((command) => `${wrap(`  anju ${command.name.padEnd(width)}${command.usage}`, 100, width + 7)}\n      ${command.summary}`).join("\n")}

Run "anju <command> --help" for a command's options.
Exit status: 0 success, 1 the data has problems, 2 wrong usage.
`;
}

/** Runs `anju` with the given arguments; resolves to the process exit code. */
export async function main(argv: string[], effects: Effects = terminalEffects): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    effects.out(await mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    effects.log(
      `anju: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(", ")}. See "anju --help".`,
    );
    return EXIT.usage;
  }
  try {
    const command = await load();
    if (rest.includes("--help") || rest.includes("-h")) {
      effects.out(command.help);
      return EXIT.ok;
    }
    return await command.run(rest, effects);
  } catch (error) {
    if (error instanceof CliError) {
      effects.log(`anju ${name}: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
