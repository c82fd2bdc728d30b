/**
 * Side effects a command may have, passed in so tests run silent and can read what was said.
 * Commands never write to the console directly.
 */
export interface Effects {
  /** Standard output: results meant for pipes (reports, JSON). */
  out: (text: string) => void;
  /** Standard error: progress and notes for the person at the terminal. */
  log: (text: string) => void;
  /** Current working directory, against which relative paths are resolved. */
  cwd: string;
}

/** The real terminal. */
export const terminalEffects: Effects = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  log: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  cwd: process.cwd(),
};

/** Collects everything a command says, for tests. */
export function recordingEffects(
  cwd: string = process.cwd(),
): Effects & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), log: (t) => stderr.push(t), cwd, stdout, stderr };
}
