/**
 * Command-line flags, parsed with Node's `util.parseArgs` and checked into one
 * {@link Command}.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { CliError, EXIT } from './exit-codes.js';
import { DEFAULT_MAX_SIZE } from './io.js';

/** What to print. */
export type Mode = 'help' | 'version' | 'outline' | 'json' | 'quotes' | 'csv' | 'attributions' | 'attributions-csv' | 'text' | 'jsonl';

/** The checked command line. */
export interface Command {
  /** What to print. */
  mode: Mode;
  /** A file or folder path, or `-` / absent for standard input. */
  input: string | undefined;
  /** Worker threads for `--jsonl`, at most the available parallelism. */
  workers: number;
  /** `--workers` as asked when it was more than the available parallelism (and so capped). */
  workersAsked?: number;
  /** The most bytes one article may have (`--max-size`). */
  maxSize: number;
  /** `--jsonl --json`: put the whole tree in every result line. */
  tree: boolean;
  /** `--names`: parse with `englishWithNames` (a pronoun's antecedent never of the other gender). */
  names?: boolean;
}

const OPTIONS = {
  json: { type: 'boolean' },
  quotes: { type: 'boolean' },
  attributions: { type: 'boolean' },
  csv: { type: 'boolean' },
  text: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  names: { type: 'boolean' },
  workers: { type: 'string' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function usage(message: string): CliError {
  return new CliError(`${message} (see wirecopy --help)`, EXIT.usage.code);
}

/** `--workers`: at least 1, capped at the available parallelism (more threads than cores only cost memory and time). */
function parseWorkers(value: string | undefined): Pick<Command, 'workers' | 'workersAsked'> {
  const cores = Math.max(1, availableParallelism());
  if (value === undefined) return { workers: cores };
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw usage(`--workers must be a whole number of at least 1, got ${JSON.stringify(value)}`);
  }
  const asked = Number(value);
  return asked > cores ? { workers: cores, workersAsked: asked } : { workers: asked };
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** `--max-size`: bytes, or a whole number with K, M or G (binary: 64M is 64 MiB). */
function parseSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_SIZE;
  const match = /^(\d+)([KMG]?)(?:i?B)?$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * UNITS[match[2]!.toUpperCase()]! : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw usage(`--max-size must be a size like 500K, 64M or 2G, got ${JSON.stringify(value)}`);
  }
  return bytes;
}

/**
 * Parses and checks the arguments (without `node` and the script).
 *
 * @throws {CliError} with the usage exit code for an unknown flag, a bad
 * value or flags that do not go together.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs messages can span lines ("To specify a positional argument ..."): keep the first.
    const first = (error as Error).message.split('\n')[0] ?? 'bad arguments';
    throw usage(first.replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { mode: 'help', input: undefined, workers: 1, tree: false, maxSize: DEFAULT_MAX_SIZE };
  if (values.version) return { mode: 'version', input: undefined, workers: 1, tree: false, maxSize: DEFAULT_MAX_SIZE };
  if (positionals.length > 1) throw usage(`give at most one file, got ${positionals.length}`);

  const outputs = (['json', 'quotes', 'attributions', 'text'] as const).filter((name) => values[name]);
  if (values.jsonl) {
    const clash = (['quotes', 'attributions', 'text', 'csv'] as const).find((name) => values[name]);
    if (clash) throw usage(`--${clash} does not go with --jsonl`);
  } else {
    if (outputs.length > 1) throw usage(`choose one of --${outputs.join(', --')}`);
    if (values.workers !== undefined) throw usage('--workers only goes with --jsonl');
    if (values.csv && !values.quotes && !values.attributions) throw usage('--csv only goes with --quotes or --attributions');
  }
  let mode: Mode = 'outline';
  if (values.jsonl) mode = 'jsonl';
  else if (values.quotes) mode = values.csv ? 'csv' : 'quotes';
  else if (values.attributions) mode = values.csv ? 'attributions-csv' : 'attributions';
  else if (values.json) mode = 'json';
  else if (values.text) mode = 'text';
  return {
    mode,
    input: positionals[0],
    ...(mode === 'jsonl' ? parseWorkers(values.workers) : { workers: 1 }),
    tree: mode === 'jsonl' && values.json === true,
    maxSize: parseSize(values['max-size']),
    ...(values.names ? { names: true } : {}),
  };
}
