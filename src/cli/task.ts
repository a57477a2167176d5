/**
 * What `--jsonl` computes for one article, and the messages between the
 * main thread and the workers.
 *
 * @module
 */
import type { Article, Boilerplate } from '../index.js';
import { parseArticle, toString } from '../index.js';
import { quoteRows, type QuoteRow } from './records.js';

/** An article sent to a worker. */
export interface TaskMessage {
  /** Position in the input (0-based), to write results in input order. */
  seq: number;
  /** The article's id as given (or the line number / file name). */
  id: unknown;
  /** The article text. */
  text: string;
  /** Include the whole tree in the result. */
  tree: boolean;
}

/** A worker's answer: the result line, or a one-line error. */
export type ResultMessage = { seq: number; line: string } | { seq: number; error: string };

/** One result line of `--jsonl`. */
export interface BatchRecord {
  id: unknown;
  /** Length of the text in UTF-16 code units. */
  length: number;
  quotations: QuoteRow[];
  boilerplate: Array<{ kind: string; text: string; line: number }>;
  diagnostics: Array<{ code: string; severity: string; message: string; line: number; column: number }>;
  tree?: Article;
}

/** Parses one article into its result record. */
export function analyse(id: unknown, text: string, withTree: boolean): BatchRecord {
  const article = parseArticle(text);
  const record: BatchRecord = {
    id,
    length: text.length,
    quotations: quoteRows(article),
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
  };
  if (withTree) record.tree = article;
  return record;
}

/** Handles one task message: never throws. */
export function runTask(task: TaskMessage): ResultMessage {
  try {
    return { seq: task.seq, line: JSON.stringify(analyse(task.id, task.text, task.tree)) };
  } catch (error) {
    return { seq: task.seq, error: String((error as Error).message ?? error).split('\n')[0]! };
  }
}
