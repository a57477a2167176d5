/**
 * Reading input: a file or standard input, read in chunks and checked as the
 * bytes arrive: NUL bytes at the start mean a binary input, more bytes than
 * the size limit are refused, and bytes that are not UTF-8 are refused with
 * their offset. Endless input (`/dev/zero`, `yes`) ends in one of these
 * errors, never in memory exhaustion.
 *
 * @module
 */
import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { CliError, EXIT } from './exit-codes.js';

/** How far to look for NUL bytes, as git does for its binary check. */
export const BINARY_PROBE = 8000;

/** The default of `--max-size`: the most bytes one article may have. */
export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

/** A name for messages: the path, or "standard input". */
export function inputName(path: string | undefined): string {
  return path === undefined || path === '-' ? 'standard input' : path;
}

/** `64 MiB`, `1.5 KiB`, `12 bytes`: a size for messages. */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
    value /= 1024;
    unit += 1;
  }
  return `${value} ${units[unit]}`;
}

/** The error for an input over the size limit. */
export function tooLarge(name: string, maxSize: number): CliError {
  return new CliError(`${name} is larger than the size limit of ${formatSize(maxSize)} (raise it with --max-size)`, EXIT.tooLarge.code);
}

/** The error for an input that looks binary. */
export function binary(name: string): CliError {
  return new CliError(`${name} looks like a binary file (it contains NUL bytes)`, EXIT.binary.code);
}

/** Whether bytes `from`.. of an input, arriving as `chunk`, put a NUL byte in its first {@link BINARY_PROBE} bytes. */
export function probeBinary(chunk: Uint8Array, from: number): boolean {
  return from < BINARY_PROBE && chunk.subarray(0, BINARY_PROBE - from).includes(0);
}

/**
 * Offset of the first byte that is not part of a valid UTF-8 sequence, or
 * `bytes.length` when all are valid. One pass, the rules of the WHATWG UTF-8
 * decoder (no overlong forms, no surrogates, nothing above U+10FFFF). A
 * sequence cut off by the end counts as invalid at its first byte.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let offset = 0;
  const length = bytes.length;
  while (offset < length) {
    const lead = bytes[offset]!;
    if (lead < 0x80) {
      offset += 1;
      continue;
    }
    let size: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) size = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      size = 3;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      size = 4;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return offset;
    if (offset + size > length) return offset;
    const second = bytes[offset + 1]!;
    if (second < low || second > high) return offset;
    for (let index = 2; index < size; index += 1) {
      const next = bytes[offset + index]!;
      if (next < 0x80 || next > 0xbf) return offset;
    }
    offset += size;
  }
  return length;
}

/** How many bytes at the end of `bytes` start a sequence that the next chunk may complete (0 to 3). */
function openTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return size > back ? back : 0;
    }
  }
  return 0;
}

/**
 * Decodes UTF-8 chunk by chunk, keeping a byte-order mark (the tree is
 * lossless) and refusing bytes that are not UTF-8 with their offset.
 */
export class Utf8Text {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly parts: string[] = [];
  private tail: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private readonly name: string;

  /** @param name The input's name, for the error message. */
  constructor(name: string) {
    this.name = name;
  }

  private invalid(at: number): CliError {
    return new CliError(`${this.name} is not valid UTF-8 text at byte ${at}`, EXIT.encoding.code);
  }

  /** Adds the next chunk. */
  push(chunk: Uint8Array): void {
    try {
      this.parts.push(this.decoder.decode(chunk, { stream: true }));
    } catch {
      const joined = new Uint8Array(this.tail.length + chunk.length);
      joined.set(this.tail);
      joined.set(chunk, this.tail.length);
      throw this.invalid(this.offset - this.tail.length + firstInvalidByte(joined));
    }
    this.tail = chunk.slice(chunk.length - openTail(chunk));
    this.offset += chunk.length;
  }

  /** The whole text. */
  finish(): string {
    try {
      this.parts.push(this.decoder.decode());
    } catch {
      throw this.invalid(this.offset - this.tail.length);
    }
    return this.parts.join('');
  }
}

/** Turns a whole input's bytes into text, or throws a {@link CliError} (binary, not UTF-8). */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (probeBinary(bytes, 0)) throw binary(name);
  const text = new Utf8Text(name);
  text.push(bytes);
  return text.finish();
}

/** The error for a directory where a file is wanted. */
export function directoryError(name: string): CliError {
  return new CliError(`${name} is a directory (use --jsonl to read a folder of .txt files)`, EXIT.directory.code);
}

/** Maps a file-system error to a message and exit code. */
export function fileError(error: unknown, name: string): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`${name}: no such file`, EXIT.notFound.code);
  if (code === 'EISDIR') return directoryError(name);
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (error as Error).message);
  return new CliError(`cannot read ${name}: ${reason}`, EXIT.unreadable.code);
}

/** Opens a path (or standard input for `-` or no path) for reading. */
export function openInput(path: string | undefined): number {
  if (path === undefined || path === '-') return 0;
  try {
    return openSync(path, 'r');
  } catch (error) {
    throw fileError(error, inputName(path));
  }
}

/**
 * Reads a whole file (or standard input for `-` or no path) as text, at
 * most `maxSize` bytes.
 *
 * @throws {CliError} for a missing or unreadable file, a directory, binary
 * bytes, more than `maxSize` bytes, or bytes that are not UTF-8.
 */
export async function readText(path: string | undefined, maxSize: number, name = inputName(path)): Promise<string> {
  const fd = openInput(path);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw directoryError(name);
    if (stat.isFile() && stat.size > maxSize) throw tooLarge(name, maxSize);
  } catch (error) {
    if (fd !== 0) closeSync(fd);
    throw fileError(error, name);
  }
  // The stream closes the file when it ends or fails (standard input stays open).
  const stream = createReadStream('', { fd, autoClose: fd !== 0, highWaterMark: 1 << 20 });
  try {
    const text = new Utf8Text(name);
    let read = 0;
    for await (const chunk of stream) {
      if (probeBinary(chunk, read)) throw binary(name);
      read += chunk.length;
      if (read > maxSize) throw tooLarge(name, maxSize);
      text.push(chunk);
    }
    return text.finish();
  } catch (error) {
    throw fileError(error, name);
  } finally {
    stream.destroy();
  }
}
