/**
 * Cuts a long input into chunks at block boundaries, so that tokens are
 * short-lived: each chunk is tokenised and parsed on its own and its tokens
 * are dropped before the next. A cut is made only where the layout ends a
 * block for certain, at the first character of the next block, so chunked
 * and unchunked parses give the same tree.
 *
 * @module
 */
import type { Layout } from './layout.js';

/** Chunks are about this many UTF-16 code units long (longer when no boundary is near). */
export const CHUNK_SIZE = 1 << 16;

/**
 * Longest chunk: a block longer than this (no real paragraph is) is cut anyway, at a line break, a space, or a
 * character, so that no input makes one chunk's tokens outgrow memory. The parser reports each such cut.
 */
export const MAX_CHUNK = 1 << 20;

/** Where a chunk ends, and whether the end was forced inside a block (see {@link MAX_CHUNK}). */
export interface ChunkEnd {
  /** Offset of the chunk's end (exclusive). */
  end: number;
  /** `true` when no block boundary came within {@link MAX_CHUNK}: the cut splits a block. */
  forced: boolean;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isIndent(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * The offset of the first block start at or after `from`, or -1 when none
 * starts before `limit` (the text's length by default).
 */
export function nextBoundary(text: string, from: number, layout: Layout, limit = text.length): number {
  const length = Math.min(limit, text.length);
  let index = from;
  for (;;) {
    while (index < length && !isLineBreak(text.charCodeAt(index))) index += 1;
    if (index >= length) return -1;
    // Walk over the line breaks and indentation before the next content character.
    let lineBreaks = 0;
    let indented = false;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (isLineBreak(code)) {
        index += code === 13 && text.charCodeAt(index + 1) === 10 ? 2 : 1;
        lineBreaks += 1;
        indented = false;
      } else if (isIndent(code)) {
        index += 1;
        indented = true;
      } else {
        break;
      }
    }
    if (index >= text.length) return -1;
    if (layout === 'line' || lineBreaks >= 2 || (layout === 'indent' && indented)) return index;
  }
}

/**
 * Where to cut a block that has no boundary within {@link MAX_CHUNK}: after the last line break before `limit`,
 * else after the last space, else at `limit` (never inside a CRLF or a surrogate pair).
 */
function forcedCut(text: string, from: number, limit: number): number {
  for (let index = limit - 1; index > from; index -= 1) {
    const code = text.charCodeAt(index);
    if (code === 10) return index + 1;
    if (code === 13) return text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
  }
  for (let index = limit - 1; index > from; index -= 1) if (text.charCodeAt(index) === 32) return index + 1;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/**
 * Chunk boundaries: where the text may be cut, ascending, ending with the
 * text's length. A block longer than `max` is cut inside it (`forced`).
 */
export function chunkEnds(text: string, layout: Layout, size = CHUNK_SIZE, max = MAX_CHUNK): ChunkEnd[] {
  const ends: ChunkEnd[] = [];
  let start = 0;
  while (start + size < text.length) {
    const limit = start + Math.max(size, max);
    const cut = nextBoundary(text, start + size, layout, limit);
    if (cut >= 0) {
      ends.push({ end: cut, forced: false });
      start = cut;
    } else if (limit >= text.length) {
      break;
    } else {
      start = forcedCut(text, start + size, limit);
      ends.push({ end: start, forced: true });
    }
  }
  ends.push({ end: text.length, forced: false });
  return ends;
}
