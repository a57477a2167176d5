/**
 * Inputs of `--jsonl`: JSON lines (`{"id", "text"}`) from a file or standard
 * input, or the `.txt` files of a folder. Each yields items in input order;
 * an input that cannot be used becomes an item with a one-line `problem`
 * that names it.
 *
 * @module
 */
import { closeSync, createReadStream, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT } from './exit-codes.js';
import { decodeText, fileError, inputName } from './io.js';

/** One article to parse, or one input to report and skip. */
export type SourceItem = ({ id: unknown; text: string } | { problem: string }) & {
  /** Where it came from, for messages: `file:line` or the file's path. */
  where: string;
  /** Its share of the source's {@link Source.total} (bytes of the line, or 1 file). */
  weight?: number;
};

/** A source: its items, and their total weight when known (for the progress bar). */
export interface Source {
  items: AsyncIterable<SourceItem>;
  /** Bytes of a JSON lines file, or the number of files of a folder; unknown for standard input. */
  total: number | undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Checks one JSON line and turns it into an item. */
export function parseJsonLine(bytes: Uint8Array, lineNumber: number, where: string): SourceItem | undefined {
  const bad = (reason: string): SourceItem => ({ problem: `${where}: ${reason}`, where });
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    return bad('not valid UTF-8');
  }
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return bad(`not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad('expected an object like {"id": "a1", "text": "..."}');
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return bad('"text" must be a string');
  return { id: id === undefined ? lineNumber : id, text, where };
}

/** JSON lines from a file or standard input, streamed (the input can be larger than memory). */
export function jsonLinesSource(path: string | undefined): Source {
  const name = inputName(path);
  let fd: number;
  try {
    fd = path === undefined || path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    throw fileError(error, name);
  }
  const stat = fstatSync(fd);
  if (stat.isDirectory()) throw new CliError(`${name} is a directory`, EXIT.directory.code);
  async function* items(): AsyncGenerator<SourceItem> {
    const stream = createReadStream('', { fd, autoClose: fd !== 0, highWaterMark: 1 << 20 });
    let pending: Buffer[] = [];
    let lineNumber = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        let start = 0;
        for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
          pending.push(chunk.subarray(start, newline));
          lineNumber += 1;
          const bytes = Buffer.concat(pending);
          const item = parseJsonLine(bytes, lineNumber, `${name}:${lineNumber}`);
          pending = [];
          if (item) yield { ...item, weight: bytes.length + 1 };
          start = newline + 1;
        }
        if (start < chunk.length) pending.push(chunk.subarray(start));
      }
    } catch (error) {
      throw fileError(error, name);
    }
    if (pending.length > 0) {
      lineNumber += 1;
      const bytes = Buffer.concat(pending);
      const item = parseJsonLine(bytes, lineNumber, `${name}:${lineNumber}`);
      if (item) yield { ...item, weight: bytes.length };
    }
  }
  return { items: items(), total: stat.isFile() ? stat.size : undefined };
}

/** The `.txt` files of a folder, sorted by name; the id is the file name. */
export function folderSource(path: string): Source {
  let names: string[];
  try {
    names = readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    throw fileError(error, path);
  }
  async function* items(): AsyncGenerator<SourceItem> {
    for (const fileName of names) {
      const where = join(path, fileName);
      let item: SourceItem;
      try {
        item = { id: fileName, text: decodeText(readFileSync(where), where), where, weight: 1 };
      } catch (error) {
        item = { problem: error instanceof CliError ? error.message : fileError(error, where).message, where, weight: 1 };
      }
      yield item;
    }
  }
  return { items: items(), total: names.length };
}

/** Whether `path` names a folder. */
export function isFolder(path: string | undefined): boolean {
  if (path === undefined || path === '-') return false;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return fstatSync(fd).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return true;
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
