/**
 * Exit codes of the `wirecopy` command, one per kind of failure, and the
 * error type that carries them to `main`.
 *
 * @module
 */

/** Every exit code with the sentence `--help` prints for it. */
export const EXIT = {
  ok: { code: 0, help: 'success' },
  internal: { code: 1, help: 'internal error (a bug: please report it)' },
  usage: { code: 2, help: 'usage error: unknown flag, bad flag value, too many files' },
  notFound: { code: 3, help: 'the file does not exist' },
  unreadable: { code: 4, help: 'the file cannot be read (permissions, I/O error)' },
  directory: { code: 5, help: 'the path is a directory (only --jsonl reads folders)' },
  binary: { code: 6, help: 'the input looks binary (it contains NUL bytes)' },
  encoding: { code: 7, help: 'the input is not valid UTF-8' },
  skipped: { code: 8, help: '--jsonl: some inputs were reported and skipped (malformed JSON line, bad .txt file, an article too large to parse); the good ones were written' },
  tooLarge: { code: 9, help: 'the input is larger than --max-size, or too large to parse in the memory there is' },
  output: { code: 10, help: 'standard output cannot be written (disk full, I/O error); a reader that stops early is not an error' },
  interrupted: { code: 130, help: 'interrupted (Ctrl-C); every result line written is whole' },
} as const;

/** A failure the user can act on: a one-line message and an exit code. */
export class CliError extends Error {
  /** The process exit code. */
  readonly exitCode: number;

  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** The exit-code table for `--help`. */
export function exitCodeHelp(): string {
  return Object.values(EXIT)
    .map(({ code, help }) => `  ${String(code).padStart(3)}  ${help}`)
    .join('\n');
}
