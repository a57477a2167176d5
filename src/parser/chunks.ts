/**
 * Cuts a long input into chunks at block boundaries, so that tokens are
 * short-lived: each chunk is tokenised and parsed on its own and its tokens
 * are dropped before the next. A cut is made only where the layout ends a
 * block for certain, at the first character of the next block, so chunked
 * and unchunked parses give the same tree.
 *
 * @module
 */
import { isLower } from '../lexer/chars.js';
import type { Layout } from './layout.js';

/** Chunks are about this many UTF-16 code units long (longer when no boundary is near). */
export const CHUNK_SIZE = 1 << 16;

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isIndent(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * The offset of the first block start at or after `from`, or the text's
 * length when there is none.
 */
export function nextBoundary(text: string, from: number, layout: Layout): number {
  const length = text.length;
  let index = from;
  for (;;) {
    while (index < length && !isLineBreak(text.charCodeAt(index))) index += 1;
    if (index >= length) return length;
    // Walk over the line breaks and indentation before the next content character.
    let lineBreaks = 0;
    let indented = false;
    while (index < length) {
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
    if (index >= length) return length;
    if (lineBreaks >= 2 || (layout === 'indent' && indented)) return index;
    // In `line` layout a line that starts in lower case may continue a quotation hard-wrapped onto it
    // (`wrapsInsideQuotation` in `grammar.ts`): never cut there.
    if (layout === 'line' && !isLower(text.charCodeAt(index))) return index;
  }
}

/**
 * Chunk boundaries: offsets where the text may be cut, ascending, ending with
 * the text's length.
 */
export function chunkEnds(text: string, layout: Layout, size = CHUNK_SIZE): number[] {
  const ends: number[] = [];
  let from = size;
  while (from < text.length) {
    const cut = nextBoundary(text, from, layout);
    if (cut >= text.length) break;
    ends.push(cut);
    from = cut + size;
  }
  ends.push(text.length);
  return ends;
}
