/**
 * What every pass after the parse receives.
 *
 * @module
 */
import type { Locator } from '../tree/location.js';
import type { Diagnostic } from '../types.js';
import type { ResolvedOptions } from '../options.js';

/** Shared state of the passes over one article. */
export interface PassContext {
  /** The whole input. */
  readonly text: string;
  /** Offsets to points for `text`. */
  readonly locator: Locator;
  /** The options, with defaults filled in. */
  readonly options: ResolvedOptions;
  /**
   * Where the parser's structure budget ran out (`ParseResult.plainFrom`): a block that starts there is the rest of
   * a hostile input kept as plain text, which no pass reads (scanning it would cost more memory than the parse
   * saved). The input's length when the whole input has its structure.
   */
  readonly plainFrom: number;
  /** Add a diagnostic; they are sorted by position at the end. */
  report(diagnostic: Diagnostic): void;
}
