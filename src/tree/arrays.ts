/**
 * Arrays for the tree, always made by `push`.
 *
 * `Array.prototype.map` gives an array whose elements kind (V8) depends on
 * which tier runs the caller: packed from optimised code, holey from the
 * interpreter. Right after a garbage collection has thrown away some
 * optimised code, a parse then made holey `children` arrays, and every pass
 * optimised for packed ones was thrown away in turn ("wrong map"). Arrays
 * made by `push` are packed whichever tier runs (issue 5).
 *
 * @module
 */

/**
 * `list.map(make)`, as a packed array.
 *
 * @param list The source items.
 * @param make Makes one item of the result.
 */
export function mapPacked<T, U>(list: readonly T[], make: (item: T, index: number) => U): U[] {
  const result: U[] = [];
  for (let index = 0; index < list.length; index += 1) result.push(make(list[index]!, index));
  return result;
}
