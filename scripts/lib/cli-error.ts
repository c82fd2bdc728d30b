/** Exit codes of `anju`: 0 success, 1 the data has problems, 2 wrong usage. */
export const EXIT = { ok: 0, dataProblems: 1, usage: 2 } as const;

/** An error meant for the person at the terminal: a message that says what to do, and an exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
