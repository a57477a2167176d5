/**
 * The `wirecopy` command.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseArticle } from '../index.js';
import { ansi, outline, plain } from './outline.js';

const HELP = `Usage: wirecopy [options] [file|-]

Parse a news article (a file, or standard input with - or no file) and print its tree.

Options:
  --json        print the tree as JSON
  -h, --help    show this help
  -v, --version show the version

Exit codes: 0 success, 2 usage error, 3 unreadable input.`;

function readInput(file: string | undefined): string {
  return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    process.stderr.write(`wirecopy: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${__WIRECOPY_VERSION__}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write('wirecopy: give at most one file\n');
    return 2;
  }
  let text: string;
  try {
    text = readInput(positionals[0]);
  } catch (error) {
    process.stderr.write(`wirecopy: cannot read ${positionals[0] ?? 'standard input'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 3;
  }
  const article = parseArticle(text);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(article)}\n`);
    return 0;
  }
  const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  process.stdout.write(`${outline(article, colour ? ansi : plain)}\n`);
  return 0;
}

declare const __WIRECOPY_VERSION__: string;

process.exitCode = main(process.argv.slice(2));
