/**
 * `JSON.stringify` in pieces: the same text, cut into chunks of about a given
 * size, so a tree whose JSON is larger than the longest string V8 can hold
 * (about 512 MB) can still be written, and never sits in memory whole.
 *
 * @module
 */

/** Chunk size: large enough to write efficiently, small enough to stay cheap. */
export const CHUNK = 1 << 16;

type Frame =
  | { kind: 'array'; items: readonly unknown[]; next: number }
  | { kind: 'object'; entries: Array<[string, unknown]>; next: number; written: number }
  | { kind: 'string'; text: string; next: number };

/**
 * Whether `value` is worth streaming piece by piece: a list, a parent node,
 * a leaf whose `value` is longer than a chunk, or such a string itself.
 */
function large(value: unknown, size: number): boolean {
  if (typeof value === 'string') return value.length > size;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value !== 'object' || value === null) return false;
  const { children, value: text } = value as { children?: unknown; value?: unknown };
  return Array.isArray(children) || (typeof text === 'string' && text.length > size);
}

/** Where to end a slice of `text` near `end` without parting a surrogate pair (JSON.stringify keeps pairs whole). */
function sliceEnd(text: string, start: number, end: number): number {
  if (end >= text.length) return text.length;
  const code = text.charCodeAt(end - 1);
  if (code < 0xd800 || code > 0xdbff) return end;
  // A high surrogate last: end before it, or after its pair when it is the slice's only unit.
  return end - 1 > start ? end - 1 : end + 1;
}

/**
 * Yields the text of `JSON.stringify(value)` in order, in chunks of at least
 * `size` characters (the last may be shorter). Plain data only: objects,
 * arrays, strings, numbers, booleans and null, as in a wirecopy tree
 * (`toJSON` methods are not called, as no node has one).
 */
export function* jsonChunks(value: unknown, size = CHUNK): Generator<string> {
  let buffer = '';
  const stack: Frame[] = [];
  const open = (item: unknown): void => {
    if (typeof item === 'string') {
      buffer += '"';
      stack.push({ kind: 'string', text: item, next: 0 });
    } else if (Array.isArray(item)) {
      buffer += '[';
      stack.push({ kind: 'array', items: item, next: 0 });
    } else {
      buffer += '{';
      stack.push({ kind: 'object', entries: Object.entries(item as object), next: 0, written: 0 });
    }
  };
  // Members whose value JSON leaves out (undefined, functions, symbols) are skipped before this;
  // in an array JSON writes them as null.
  const emit = (item: unknown): void => {
    if (large(item, size)) open(item);
    else buffer += JSON.stringify(item) ?? 'null';
  };

  if (!large(value, size)) {
    const whole = JSON.stringify(value);
    if (whole !== undefined) yield whole;
    return;
  }
  open(value);
  while (stack.length > 0) {
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
    const frame = stack[stack.length - 1]!;
    if (frame.kind === 'string') {
      if (frame.next === frame.text.length) {
        buffer += '"';
        stack.pop();
        continue;
      }
      const end = sliceEnd(frame.text, frame.next, frame.next + size);
      buffer += JSON.stringify(frame.text.slice(frame.next, end)).slice(1, -1);
      frame.next = end;
    } else if (frame.kind === 'array') {
      if (frame.next === frame.items.length) {
        buffer += ']';
        stack.pop();
        continue;
      }
      if (frame.next > 0) buffer += ',';
      const item = frame.items[frame.next];
      frame.next += 1;
      emit(item);
    } else {
      if (frame.next === frame.entries.length) {
        buffer += '}';
        stack.pop();
        continue;
      }
      const [key, item] = frame.entries[frame.next]!;
      frame.next += 1;
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      buffer += `${frame.written > 0 ? ',' : ''}${JSON.stringify(key)}:`;
      frame.written += 1;
      emit(item);
    }
  }
  if (buffer !== '') yield buffer;
}
