/**
 * What `--jsonl` computes for one article, and the messages between the
 * main thread and the workers.
 *
 * @module
 */
import type { Article, Boilerplate, Byline, Dateline, Headline, Position } from '../index.js';
import { englishWithNames, parseArticle, toString } from '../index.js';
import { jsonChunks } from './json-chunks.js';
import { attributionRows, quoteRows, type AttributionRow, type QuoteRow } from './records.js';

/** An article sent to a worker. */
export interface TaskMessage {
  /** Position in the input (0-based), to write results in input order. */
  seq: number;
  /** The article's id as given (or the line number / file name). */
  id: unknown;
  /** The id's JSON as written, when the parsed value would change it (`12345678901234567891`, `1e400`). */
  idJson?: string;
  /** The article text. */
  text: string;
  /** Include the whole tree in the result. */
  tree: boolean;
  /** Parse with `englishWithNames` (`--names`). */
  names?: boolean;
}

/**
 * A worker's answer: the result line (whole, or in chunks when it holds the
 * tree), or a one-line error.
 */
export type ResultMessage = { seq: number; line: string } | { seq: number; chunks: string[] } | { seq: number; error: string };

/** A headline as a result line gives it. */
export interface HeadlineRecord {
  /** The headline's text as written. */
  text: string;
  /** Where it is in the article. */
  position: Position;
}

/** A byline as a result line gives it. */
export interface BylineRecord {
  /** The byline's text as written (`By JANE DOE, Associated Press`). */
  text: string;
  /** The authors' names as written. */
  authors: string[];
  /** The news organisation, or null when the byline names none. */
  organization: string | null;
  /** Where it is in the article. */
  position: Position;
}

/** The dateline as a result line gives it. */
export interface DatelineRecord {
  /** The dateline's text as written, separator dash included (`MOSCOW (AP) —`). */
  text: string;
  /** The place as written (`AUSTIN, Texas`), or null. */
  location: string | null;
  /** The agency as written (`AP`), or null. */
  agency: string | null;
  /** The date as written (`Jan 12`), or null. */
  date: string | null;
  /** Where it is in the article. */
  position: Position;
}

/** One result line of `--jsonl`. */
export interface BatchRecord {
  id: unknown;
  /** Length of the text in UTF-16 code units. */
  length: number;
  quotations: QuoteRow[];
  /** Every attribution, direct, indirect and mixed (the rows of `--attributions`). */
  attributions: AttributionRow[];
  boilerplate: Array<{ kind: string; text: string; line: number }>;
  diagnostics: Array<{ code: string; severity: string; message: string; line: number; column: number }>;
  /** Every headline block (a kicker or deck is a headline too), in order. */
  headlines: HeadlineRecord[];
  /** Every byline block, in order. */
  bylines: BylineRecord[];
  /** The dateline that opens the first body paragraph, or null. */
  dateline: DatelineRecord | null;
  tree?: Article;
}

function datelineOf(article: Article): Dateline | undefined {
  for (const block of article.children) {
    if (block.type !== 'paragraph') continue;
    const first = block.children.find((child) => child.type !== 'whitespace');
    if (first?.type === 'dateline') return first;
  }
  return undefined;
}

/** Parses one article into its result record. */
export function analyse(id: unknown, text: string, withTree: boolean, names = false): BatchRecord {
  const article = parseArticle(text, names ? { language: englishWithNames } : undefined);
  const dateline = datelineOf(article);
  const record: BatchRecord = {
    id,
    length: text.length,
    quotations: quoteRows(article),
    attributions: attributionRows(article),
    boilerplate: article.children
      .filter((child): child is Boilerplate => child.type === 'boilerplate')
      .map((child) => ({ kind: child.kind, text: toString(child), line: child.position.start.line })),
    diagnostics: article.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      line: d.position.start.line,
      column: d.position.start.column,
    })),
    headlines: article.children
      .filter((child): child is Headline => child.type === 'headline')
      .map((child) => ({ text: toString(child), position: child.position })),
    bylines: article.children
      .filter((child): child is Byline => child.type === 'byline')
      .map((child) => ({ text: toString(child), authors: child.authors, organization: child.organization ?? null, position: child.position })),
    dateline: dateline
      ? {
          text: toString(dateline),
          location: dateline.location ?? null,
          agency: dateline.agency ?? null,
          date: dateline.date ?? null,
          position: dateline.position,
        }
      : null,
  };
  if (withTree) record.tree = article;
  return record;
}

/**
 * The result line of one article. Without the tree it is one string; with
 * it, chunks (a tree's JSON can be longer than the longest string V8 holds).
 */
export function resultLine(task: TaskMessage): ResultMessage {
  const { tree, ...record } = analyse(task.id, task.text, task.tree, task.names === true);
  let head = JSON.stringify(record);
  if (task.idJson !== undefined) head = `{"id":${task.idJson}${head.slice(head.indexOf(',"length":'))}`;
  if (tree === undefined) return { seq: task.seq, line: head };
  return { seq: task.seq, chunks: [`${head.slice(0, -1)},"tree":`, ...jsonChunks(tree), '}'] };
}

/** Handles one task message: never throws. */
export function runTask(task: TaskMessage): ResultMessage {
  try {
    return resultLine(task);
  } catch (error) {
    return { seq: task.seq, error: String((error as Error).message ?? error).split('\n')[0]! };
  }
}
