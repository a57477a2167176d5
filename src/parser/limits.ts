/**
 * What one parse keeps, at most: enough structure for any real article (50 MB of prose is about 2.5 million
 * nodes), not so much that a hostile input (20 MB of `"a` lines: 23 million nodes) takes more memory than a
 * process has. Past a limit the input is still all in the tree (lossless), with a diagnostic saying where the
 * limit was reached.
 *
 * @module
 */
import type { RawBlock, RawDiagnostic, RawInline } from './raw.js';

/**
 * Most raw items (blocks and inline items) one parse builds, whatever the input's length: the tree has about 1.2
 * nodes per raw item before attribution, and a parse peaks at some 500 bytes per node. The input that costs most per
 * raw item, 20 MB of `Smith said:` lines (an attribution with speaker and cue on every line), peaks at 1.7 GB RSS
 * with this budget (1.9 GB with 1.5 million); the target is 2 GB for any 20 MB input. Longer inputs get
 * {@link STRUCTURE_ITEMS_PER_CHAR} more.
 */
export const MAX_STRUCTURE_ITEMS = 1_200_000;

/**
 * Raw items per character a long input may build beyond {@link MAX_STRUCTURE_ITEMS}: a little more than wire prose
 * builds (about 0.05), so 50 MB of articles keep all their structure while 50 MB of `"a` lines (1.7 per character)
 * do not.
 */
export const STRUCTURE_ITEMS_PER_CHAR = 0.06;

/**
 * The structure budget of an input of `length` UTF-16 code units.
 *
 * @example
 * ```ts
 * structureBudget(10e6); // 1200000
 * structureBudget(50e6); // 3000000
 * ```
 */
export function structureBudget(length: number): number {
  return Math.max(MAX_STRUCTURE_ITEMS, Math.ceil(length * STRUCTURE_ITEMS_PER_CHAR));
}

/** Most diagnostics of one code one parse keeps; the rest are counted in one `diagnostics-truncated` diagnostic. */
export const MAX_DIAGNOSTICS_PER_CODE = 10_000;

/** The number of raw items in a list of blocks, counting every inline item inside them. */
export function countItems(blocks: readonly RawBlock[]): number {
  let count = 0;
  const stack: Array<readonly RawInline[]> = [];
  for (const block of blocks) {
    count += 1;
    if (block.kind === 'paragraph') stack.push(block.children);
  }
  while (stack.length > 0) {
    const list = stack.pop()!;
    count += list.length;
    for (const item of list) if (item.kind === 'quotation') stack.push(item.children);
  }
  return count;
}

/**
 * Keeps at most {@link MAX_DIAGNOSTICS_PER_CODE} diagnostics of each code, in the order they are added, and
 * counts the rest. One per parse (it holds that parse's counts).
 *
 * @example
 * ```ts
 * const kept = new DiagnosticLimiter<RawDiagnostic>(2);
 * for (const start of [0, 5, 9]) kept.add({ code: 'unmatched-close-quote', message: '', start, end: start + 1, severity: 'warning' });
 * kept.list.length; // 2
 * kept.truncated(); // [{ code: 'unmatched-close-quote', left: 1, first: { start: 9, … } }]
 * ```
 */
export class DiagnosticLimiter<Item extends { code: string }> {
  /** The diagnostics kept. */
  readonly list: Item[] = [];
  private readonly counts = new Map<string, number>();
  private readonly firstLeftOut = new Map<string, Item>();

  /** How many of one code are kept. */
  constructor(readonly limit: number = MAX_DIAGNOSTICS_PER_CODE) {}

  /** Adds one diagnostic, or counts it when its code already has `limit`. */
  add(item: Item): void {
    const count = (this.counts.get(item.code) ?? 0) + 1;
    this.counts.set(item.code, count);
    if (count <= this.limit) this.list.push(item);
    else if (!this.firstLeftOut.has(item.code)) this.firstLeftOut.set(item.code, item);
  }

  /** For each code over the limit: how many were left out, and the first of them. */
  truncated(): Array<{ code: string; left: number; first: Item }> {
    return [...this.firstLeftOut].map(([code, first]) => ({ code, left: (this.counts.get(code) ?? 0) - this.limit, first }));
  }
}

/**
 * The message of the `diagnostics-truncated` diagnostic for one code.
 *
 * @example
 * ```ts
 * truncationMessage('unmatched-close-quote', 12, 10000); // '12 more diagnostics of code unmatched-close-quote were left out …'
 * ```
 */
export function truncationMessage(code: string, left: number, limit: number): string {
  return `${left.toLocaleString('en')} more diagnostics of code ${code} were left out (one parse keeps the first ${limit.toLocaleString('en')} of each code); this is the first of them.`;
}
