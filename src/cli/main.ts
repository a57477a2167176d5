#!/usr/bin/env node
/**
 * The `wirecopy` command: reads an article and prints its outline, tree,
 * quotations or story; `--jsonl` parses many articles on worker threads.
 *
 * @module
 */
import { writeSync } from 'node:fs';
import { parseCommand, type Command } from './args.js';
import { CliError, EXIT, exitCodeHelp } from './exit-codes.js';
import { Output } from './output.js';

declare const __WIRECOPY_VERSION__: string;

const HELP = `Usage: wirecopy [options] [file|-]
       wirecopy --jsonl [options] [file.jsonl|folder|-]

Parse a news article (a UTF-8 text file, or standard input with - or no file)
into a tree of headline, byline, dateline, paragraphs, quotations with their
speakers, and boilerplate.

Output (choose one; the default is a readable outline, coloured on a terminal):
  --json           the whole tree as JSON
  --quotes         a table of quotations: id, speaker, role, cue, text
  --quotes --csv   the same as CSV (RFC 4180, with more columns)
  --attributions   a table of attributions, direct, indirect and mixed: id,
                   kind, speaker, cue, what was said (quoted or reported)
  --attributions --csv   the same as CSV (RFC 4180, with more columns)
  --text           the story alone: paragraphs without headline, byline and
                   boilerplate, separated by blank lines

Batch mode:
  --jsonl          read JSON lines {"id": ..., "text": "..."} (a file or
                   standard input) or every .txt file of a folder, and write one
                   JSON line of results per article, in input order; a bad line
                   or file is reported on stderr and skipped
  --json           with --jsonl: put the whole tree in every result line
  --workers N      at most N worker threads for --jsonl (default, and most:
                   the available parallelism, os.availableParallelism(); a
                   larger N is capped, with a note on stderr)

Parsing:
  --names          resolve he and she with the gender first names tell
                   (englishWithNames: English first-name lists; a name only
                   rules out an antecedent of the other gender)

Limits:
  --max-size SIZE  the most bytes one article may have: the input file, or
                   one JSON line or .txt file of --jsonl (default 64M; K, M
                   and G are binary units). A larger input is refused (exit
                   9); in --jsonl a longer line is reported and skipped.
                   Binary input (NUL bytes in the first 8000) is refused as
                   the bytes arrive, so endless input such as /dev/zero stops
                   at once. A --jsonl article that runs a worker out of
                   memory is reported and skipped; the batch goes on.

Other:
  -h, --help       show this help
  -v, --version    show the version

Colour: on when standard output is a terminal; NO_COLOR=1 turns it off,
FORCE_COLOR=1 turns it on.

Exit codes:
${exitCodeHelp()}`;

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function run(command: Command): Promise<number> {
  switch (command.mode) {
    case 'help':
      print(HELP);
      return EXIT.ok.code;
    case 'version':
      print(__WIRECOPY_VERSION__);
      return EXIT.ok.code;
    case 'jsonl': {
      const { runBatch } = await import('./batch.js');
      const interrupt = new AbortController();
      // The first Ctrl-C ends the batch after the lines already written (each whole); a second one ends it now.
      process.once('SIGINT', () => {
        interrupt.abort();
        process.once('SIGINT', () => process.exit(EXIT.interrupted.code));
      });
      const streams = { stdout: process.stdout, stderr: process.stderr, interrupt: interrupt.signal };
      return runBatch(command, streams, new URL('./cli-worker.js', import.meta.url));
    }
    default: {
      // Loaded here, not at the top: --help, --version and usage errors stay instant.
      const { runSingle } = await import('./single.js');
      await runSingle(command, new Output(process.stdout), process.stdout);
      return EXIT.ok.code;
    }
  }
}

/** Runs the command line and returns the exit code; failures are one line on stderr. */
async function main(argv: readonly string[]): Promise<number> {
  try {
    return await run(parseCommand(argv));
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`wirecopy: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`wirecopy: internal error: ${message.split('\n')[0]}\n`);
    return EXIT.internal.code;
  }
}

/** `no space left on device (ENOSPC)` from `ENOSPC: no space left on device, write`. */
function writeFailure(error: NodeJS.ErrnoException): string {
  const words = error.message.replace(/^[A-Z]+: /, '').replace(/, write$/, '');
  return error.code && words !== error.code ? `${words} (${error.code})` : (error.code ?? words);
}

// A reader that stops early (wirecopy --jsonl big.jsonl | head) is not an error; any other write error is one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok.code);
  writeSync(2, `wirecopy: cannot write standard output: ${writeFailure(error)}\n`);
  process.exit(EXIT.output.code);
});

process.exitCode = await main(process.argv.slice(2));
