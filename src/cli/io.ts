/**
 * Reading input: a file or standard input, checked to be UTF-8 text.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { CliError, EXIT } from './exit-codes.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How far to look for NUL bytes, as git does for its binary check. */
const BINARY_PROBE = 8000;

/** A name for messages: the path, or "standard input". */
export function inputName(path: string | undefined): string {
  return path === undefined || path === '-' ? 'standard input' : path;
}

/**
 * Turns bytes into text, or throws a {@link CliError}: NUL bytes mean a
 * binary file, and bytes that are not UTF-8 are refused rather than replaced.
 * A byte-order mark is kept (the tree is lossless).
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) throw new CliError(`${name} looks like a binary file (it contains NUL bytes)`, EXIT.binary.code);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 text at byte ${firstInvalidByte(bytes)}`, EXIT.encoding.code);
  }
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence (for the error message). */
function firstInvalidByte(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || offset + length > bytes.length) return offset;
    try {
      utf8.decode(bytes.subarray(offset, offset + length));
    } catch {
      return offset;
    }
    offset += length;
  }
  return offset;
}

/** Maps a file-system error to a message and exit code. */
export function fileError(error: unknown, name: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`${name}: no such file`, EXIT.notFound.code);
  if (code === 'EISDIR') return new CliError(`${name} is a directory (use --jsonl to read a folder of .txt files)`, EXIT.directory.code);
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (error as Error).message);
  return new CliError(`cannot read ${name}: ${reason}`, EXIT.unreadable.code);
}

/** Reads a whole file (or standard input for `-` or no path) as text. */
export function readText(path: string | undefined): string {
  const name = inputName(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === undefined || path === '-' ? 0 : path);
  } catch (error) {
    throw fileError(error, name);
  }
  return decodeText(bytes, name);
}
