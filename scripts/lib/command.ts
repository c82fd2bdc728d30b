/**
 * The shape every `anju` command module has, and the one argument parser they share: a command
 * declares its options once, and both the parsing (node:util's strict `parseArgs`) and its
 * `--help` text come from that declaration.
 */
import { parseArgs } from "node:util";
import { CliError } from "./cli-error.ts";
import type { Effects } from "./effects.ts";

export interface Command {
  name: string;
  /** One line for `anju --help`. */
  summary: string;
  /** The synopsis after `anju NAME`, for `anju --help` and the first line of the command's help. */
  usage: string;
  /** The full `anju NAME --help` text: usage, options, exit codes, an example. */
  help: string;
  /** Runs the command on its own arguments (after the command name); resolves to the exit code. */
  run: (args: string[], effects: Effects) => Promise<number>;
}

/** One option: `--NAME VALUE` (type string) or the flag `--NAME` (type boolean). */
export type OptionSpec =
  | {
      type: "string";
      /** The placeholder in the help text (`--out DIR`); `choices` joined by `|` when absent. */
      value?: string;
      /** The only values allowed; anything else is a usage error naming them. */
      choices?: readonly string[];
      /** The value when the option is not given, shown in the help as "(default X)". */
      default?: string;
      /** The command cannot run without it. */
      required?: boolean;
      /** The help text; further lines (after "\n") continue under the first. */
      help: string;
    }
  | { type: "boolean"; help: string };

export type OptionSpecs = Record<string, OptionSpec>;

/** The parsed value of each option: a string where a default or `required` guarantees one. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K] extends { type: "boolean" }
    ? boolean
    : O[K] extends { default: string } | { required: true }
      ? string
      : string | undefined;
};

/** A command as its module declares it. */
export interface CommandSpec<O extends OptionSpecs> {
  name: string;
  summary: string;
  /** The one operand the command takes, if any (at most one is accepted): `{ name: "DIR", what: "data directory" }`. */
  operand?: { name: string; what: string };
  options: O;
  /** What the command does, between the usage line and the options. */
  description: string;
  /** Exit status and example, after the options. */
  epilogue: string;
  run: (
    input: { options: OptionValues<O>; operand: string | undefined },
    effects: Effects,
  ) => Promise<number>;
}

const valueName = (spec: Extract<OptionSpec, { type: "string" }>): string =>
  spec.value ?? spec.choices?.join("|") ?? "VALUE";

/** `--name VALUE` or `--name`, as the help and the usage line write an option. */
function optionSyntax(name: string, spec: OptionSpec): string {
  return spec.type === "string" ? `--${name} ${valueName(spec)}` : `--${name}`;
}

/** The synopsis after `anju NAME`: operand, then each option, optional ones in brackets. */
export function usageOf(operand: CommandSpec<OptionSpecs>["operand"], options: OptionSpecs): string {
  const parts = operand ? [`[${operand.name}]`] : [];
  for (const [name, spec] of Object.entries(options)) {
    const syntax = optionSyntax(name, spec);
    parts.push(spec.type === "string" && spec.required ? syntax : `[${syntax}]`);
  }
  return parts.join(" ");
}

/** Breaks a line of words before `width` columns; continuation lines start with `indent` spaces. */
export function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  const words = text.trimStart().split(" ");
  let line = text.slice(0, text.length - text.trimStart().length) + words.shift()!;
  for (const word of words) {
    if (line.length + 1 + word.length > width) {
      lines.push(line);
      line = " ".repeat(indent) + word;
    } else line = `${line} ${word}`;
  }
  lines.push(line);
  return lines.join("\n");
}

/** The `--help` text of a command, generated from its declaration. */
export function helpOf(spec: CommandSpec<OptionSpecs>): string {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const lines = option.help.split("\n");
    const last = lines.length - 1;
    if (option.type === "string" && option.default !== undefined)
      lines[last] = `${lines[last] ?? ""} (default ${option.default})`;
    return { syntax: optionSyntax(name, option), lines };
  });
  rows.push({ syntax: "-h, --help", lines: ["show this help"] });
  const column = Math.max(...rows.map((row) => row.syntax.length)) + 3;
  const options = rows.map(({ syntax, lines }) =>
    [
      `  ${syntax.padEnd(column)}${lines[0]}`,
      ...lines.slice(1).map((line) => `  ${" ".repeat(column)}${line}`),
    ].join("\n"),
  );
  const usage = `Usage: anju ${spec.name} `;
  return `${wrap(usage + usageOf(spec.operand, spec.options), 100, usage.length)}

${spec.description.trim()}

Options:
${options.join("\n")}

${spec.epilogue.trim()}
`;
}

/** Turns parseArgs's own errors into one sentence naming the option, and where to read more. */
function usageError(error: unknown, name: string, options: OptionSpecs): CliError {
  const see = `See "anju ${name} --help".`;
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
  const known = Object.keys(options)
    .map((option) => `--${option}`)
    .join(", ");
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new CliError(
        `unknown option ${quoted}. ${known ? `Options: ${known}.` : "It takes no options."} ${see}`,
      );
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = options[quoted.replace(/^--/, "")];
      if (option?.type === "boolean") return new CliError(`${quoted} takes no value. ${see}`);
      const value = option?.type === "string" ? ` (${valueName(option)})` : "";
      return new CliError(
        `${quoted} needs a value${value}; to give one that starts with "-", write ${quoted}=VALUE. ${see}`,
      );
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new CliError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ""}. ${see}`);
    default:
      return new CliError(`${message} ${see}`);
  }
}

/** Parses a command's arguments against its declaration; every usage error is a CliError (exit 2). */
export function parseCommandArgs<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  args: string[],
): { options: OptionValues<O>; operand: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: spec.operand !== undefined,
      options: Object.fromEntries(Object.entries(spec.options).map(([name, { type }]) => [name, { type }])),
    });
  } catch (error) {
    throw usageError(error, spec.name, spec.options);
  }
  const { values, positionals } = parsed;
  if (spec.operand && positionals.length > 1)
    throw new CliError(`give one ${spec.operand.what}, not ${positionals.length}.`);
  const options: Record<string, string | boolean | undefined> = {};
  for (const [name, option] of Object.entries(spec.options)) {
    const value = values[name];
    if (option.type === "boolean") {
      options[name] = value === true;
      continue;
    }
    const text = typeof value === "string" ? value : option.default;
    if (text === undefined && option.required)
      throw new CliError(`say --${name} ${valueName(option)}. See "anju ${spec.name} --help".`);
    if (text !== undefined && option.choices && !option.choices.includes(text))
      throw new CliError(`--${name} must be ${option.choices.join(" or ")}, not "${text}".`);
    options[name] = text;
  }
  return { options: options as OptionValues<O>, operand: positionals[0] };
}

/** A command from its declaration: `--help` generated, arguments parsed before `run` sees them. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: usageOf(spec.operand, spec.options),
    help: helpOf(spec as unknown as CommandSpec<OptionSpecs>),
    run: (args, effects) => spec.run(parseCommandArgs(spec, args), effects),
  };
}
