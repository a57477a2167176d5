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
 * as in vfile-location) and answers offset-to-point queries by binary search.
 *
 * @param text The whole input.
 */
export function createLocator(text: string): Locator {
  const starts: number[] = [0];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10) starts.push(index + 1);
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index += 1;
      starts.push(index + 1);
    }
  }
  const lineStarts = Uint32Array.from(starts);

  function point(offset: number): Point {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset };
  }

  return {
    point,
    position: (start, end) => ({ start: point(start), end: point(end) }),
  };
}
