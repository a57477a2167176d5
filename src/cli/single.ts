/**
 * One article in, one output out: the outline, `--json`, `--quotes`
 * (`--csv`) or `--text`. Loaded only when needed, so `--help`, `--version`
 * and usage errors do not pay for loading the parser.
 *
 * @module
 */
import { parseArticle } from '../index.js';
import type { Command } from './args.js';
import { readText } from './io.js';
import { outline } from './outline.js';
import { ansi, plain, wantsColour } from './palette.js';
import { quotesCsv, quotesTable } from './quotes.js';
import { quoteRows } from './records.js';
import { storyText } from './story.js';

/** Reads the input, parses it and returns the text to print. */
export function renderSingle(command: Command, stdout: { isTTY?: boolean; columns?: number }): string {
  const article = parseArticle(readText(command.input));
  const palette = wantsColour(stdout) ? ansi : plain;
  const withNewline = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);
  switch (command.mode) {
    case 'json':
      return `${JSON.stringify(article)}\n`;
    case 'quotes':
      return withNewline(quotesTable(quoteRows(article), palette, stdout.isTTY ? stdout.columns : undefined));
    case 'csv':
      return quotesCsv(quoteRows(article));
    case 'text':
      return storyText(article);
    default:
      return withNewline(outline(article, palette));
  }
}
