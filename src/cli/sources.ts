/**
 * Inputs of `--jsonl`: JSON lines (`{"id", "text"}`) from a file or standard
 * input, or the `.txt` files of a folder. Each yields items in input order;
 * an input that cannot be used becomes an item with a one-line `problem`
 * that names it.
 *
 * @module
 */
import { closeSync, createReadStream, fstatSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT } from './exit-codes.js';
import { binary, fileError, formatSize, inputName, openInput, probeBinary, readText } from './io.js';

/** One article to parse, or one input to report and skip. */
export type SourceItem = ({ id: unknown; idJson?: string; text: string } | { problem: string }) & {
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

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * The source text of the value of the last top-level member named `key` in
 * `json` (a valid JSON object), when that value is a number.
 */
export function rawNumberMember(json: string, key: string): string | undefined {
  let depth = 0;
  let found: string | undefined;
  const end = json.length;
  let index = 0;
  while (index < end) {
    const code = json.charCodeAt(index);
    if (code === 0x22) {
      const start = index;
      index += 1;
      while (index < end) {
        const next = json.charCodeAt(index);
        if (next === 0x5c) index += 2;
        else if (next === 0x22) break;
        else index += 1;
      }
      index += 1;
      if (depth !== 1) continue;
      let after = index;
      while (after < end && isSpace(json.charCodeAt(after))) after += 1;
      if (json.charCodeAt(after) !== 0x3a) continue;
      const name = json.slice(start, index);
      if (name !== JSON.stringify(key) && !(name.includes('\\') && JSON.parse(name) === key)) continue;
      after += 1;
      while (after < end && isSpace(json.charCodeAt(after))) after += 1;
      const number = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(json.slice(after, after + 400));
      found = number ? number[0] : undefined;
      continue;
    }
    if (code === 0x7b || code === 0x5b) depth += 1;
    else if (code === 0x7d || code === 0x5d) depth -= 1;
    index += 1;
  }
  return found;
}

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
  const item: SourceItem = { id: id === undefined ? lineNumber : id, text, where };
  // A number JSON cannot hold exactly (12345678901234567891, 1e400) is written back as it was given.
  if (typeof id === 'number' && !Number.isSafeInteger(id)) {
    const raw = rawNumberMember(line, 'id');
    if (raw !== undefined && raw !== JSON.stringify(id)) item.idJson = raw;
  }
  return item;
}

/**
 * JSON lines from a file or standard input, streamed (the input can be
 * larger than memory). A line longer than `maxSize` bytes is reported and
 * skipped without being held in memory; NUL bytes at the start of the input
 * mean it is binary.
 */
export function jsonLinesSource(path: string | undefined, maxSize: number): Source {
  const name = inputName(path);
  const fd = openInput(path);
  const stat = fstatSync(fd);
  if (stat.isDirectory()) throw new CliError(`${name} is a directory`, EXIT.directory.code);
  async function* items(): AsyncGenerator<SourceItem> {
    const stream = createReadStream('', { fd, autoClose: fd !== 0, highWaterMark: 1 << 20 });
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let tooLong = false;
    let lineNumber = 0;
    let read = 0;
    const finishLine = (last: boolean): SourceItem | undefined => {
      lineNumber += 1;
      const where = `${name}:${lineNumber}`;
      const weight = pendingBytes + (last ? 0 : 1);
      if (tooLong) {
        tooLong = false;
        return { problem: `${where}: longer than the size limit of ${formatSize(maxSize)} (raise it with --max-size)`, where, weight };
      }
      const bytes = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      const item = parseJsonLine(bytes, lineNumber, where);
      return item ? { ...item, weight } : undefined;
    };
    const keep = (piece: Buffer): void => {
      pendingBytes += piece.length;
      if (tooLong) return;
      if (pendingBytes > maxSize) {
        tooLong = true;
        pending = [];
      } else pending.push(piece);
    };
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (probeBinary(chunk, read)) throw binary(name);
        read += chunk.length;
        let start = 0;
        for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
          keep(chunk.subarray(start, newline));
          const item = finishLine(false);
          pendingBytes = 0;
          if (item) yield item;
          start = newline + 1;
        }
        if (start < chunk.length) keep(chunk.subarray(start));
      }
    } catch (error) {
      throw fileError(error, name);
    } finally {
      stream.destroy();
    }
    if (pendingBytes > 0 || tooLong) {
      const item = finishLine(true);
      if (item) yield item;
    }
  }
  return { items: items(), total: stat.isFile() ? stat.size : undefined };
}

/** Whether a folder entry is a `.txt` file to read: a file, or a link to one (a broken link is read, and reported). */
function isTextFile(folder: string, entry: { name: string; isFile(): boolean; isSymbolicLink(): boolean }): boolean {
  if (!entry.name.toLowerCase().endsWith('.txt')) return false;
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(folder, entry.name)).isFile();
  } catch {
    return true;
  }
}

/** The `.txt` files of a folder (links to files included), sorted by name; the id is the file name. */
export function folderSource(path: string, maxSize: number): Source {
  let names: string[];
  try {
    names = readdirSync(path, { withFileTypes: true })
      .filter((entry) => isTextFile(path, entry))
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
        item = { id: fileName, text: await readText(where, maxSize), where, weight: 1 };
      } catch (error) {
        item = { problem: fileError(error, where).message, where, weight: 1 };
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
