/**
 * The one place that turns UTF-16 offsets into unist points.
 *
 * @module
 */
import type { Point, Position } from '../types.js';

/** Converts offsets of one text into points. */
export interface Locator {
  /** The point at `offset` (0 ≤ offset ≤ text length). */
  point(offset: number): Point;
  /** The position from `start` (inclusive) to `end` (exclusive). */
  position(start: number, end: number): Position;
}

/**
 * Indexes the line starts of `text` once (`\n`, `\r\n` and `\r` end a line,
 * as in vfile-location) and answers offset-to-point queries.
 *
 * The tree builder asks for offsets in nearly ascending order, so the
 * locator remembers the line of the last answer and first looks there and
 * on the next line; any other offset is found by binary search. Every
 * answer is the same as a plain binary search would give.
 *
 * @param text The whole input.
 */
export function createLocator(text: string): Locator {
  const lineStarts = indexLineStarts(text);
  const lastLine = lineStarts.length - 1;
  let line = 0; // index of the line of the last answer

  function lineOf(offset: number): number {
    // The line of the last answer, or the one after it: one or two comparisons.
    if (offset >= lineStarts[line]!) {
      if (line === lastLine || offset < lineStarts[line + 1]!) return line;
      if (line + 1 === lastLine || offset < lineStarts[line + 2]!) return line + 1;
    }
    let low = 0;
    let high = lastLine;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  function point(offset: number): Point {
    line = lineOf(offset);
    return { line: line + 1, column: offset - lineStarts[line]! + 1, offset };
  }

  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(end) }),
  };
}

/** Offsets where lines start: 0, then the offset after each line break (one pass over the text). */
function indexLineStarts(text: string): number[] {
  const starts = [0];
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    // Line breaks are rare among characters: one comparison rules out everything above `\r`.
    if (code > 13) continue;
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
  }
  return starts;
}
