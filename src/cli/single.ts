/**
 * One article in, one output out: the outline, `--json`, `--quotes`
 * (`--csv`), `--attributions` (`--csv`) or `--text`. Loaded only when needed, so `--help`, `--version`
 * and usage errors do not pay for loading the parser.
 *
 * @module
 */
import { englishWithNames, parseArticle } from '../index.js';
import type { Command } from './args.js';
import { readText } from './io.js';
import { jsonChunks } from './json-chunks.js';
import { outline } from './outline.js';
import type { Output } from './output.js';
import { ansi, plain, wantsColour } from './palette.js';
import { attributionsCsv, attributionsTable, quotesCsv, quotesTable } from './quotes.js';
import { attributionRows, quoteRows } from './records.js';
import { storyText } from './story.js';

/** Standard output as far as rendering cares: is it a terminal, and how wide. */
export interface Screen {
  isTTY?: boolean;
  columns?: number;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The text to print for a parsed article, in chunks (the tree's JSON can be larger than one string may be). */
export function* render(command: Command, text: string, screen: Screen): Generator<string> {
  const article = parseArticle(text, command.names ? { language: englishWithNames } : undefined);
  const palette = wantsColour(screen) ? ansi : plain;
  switch (command.mode) {
    case 'json':
      yield* jsonChunks(article);
      yield '\n';
      return;
    case 'quotes':
      yield withNewline(quotesTable(quoteRows(article), palette, screen.isTTY ? screen.columns : undefined));
      return;
    case 'csv':
      yield quotesCsv(quoteRows(article));
      return;
    case 'attributions':
      yield withNewline(attributionsTable(attributionRows(article), palette, screen.isTTY ? screen.columns : undefined));
      return;
    case 'attributions-csv':
      yield attributionsCsv(attributionRows(article));
      return;
    case 'text':
      yield storyText(article);
      return;
    default:
      yield withNewline(outline(article, palette));
  }
}

/** Reads the input, parses it and writes the output, waiting whenever standard output is full. */
export async function runSingle(command: Command, output: Output, screen: Screen): Promise<void> {
  const text = await readText(command.input, command.maxSize);
  await output.writeAll(render(command, text, screen));
}
