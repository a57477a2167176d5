/**
 * The parser's lookahead strategy: Chevrotain's LL(k) strategy, with one
 * change for alternations that have gates.
 *
 * For an `OR` with a `GATE`, Chevrotain's own lookahead function copies the
 * gates of the alternatives into a new array on every call. The grammar's
 * gated `OR` (`mark`: a quotation or a stray mark) runs once per quote mark,
 * so on an input of nothing but quote marks that copy was a tenth of the
 * parse. This strategy builds the same decision from the same lookahead
 * paths (`getLookaheadPaths`), reading each gate where it stands, and
 * matches single-token paths with a table by token type. Everything else
 * (validation, optional productions, alternations without gates) is
 * Chevrotain's.
 *
 * @module
 */
import { getLookaheadPaths, LLkLookaheadStrategy, tokenMatcher, type IOrAlt, type IToken, type Rule, type TokenType } from 'chevrotain';

/** What a parser offers a lookahead function: its tokens ahead (`LA(1)` is the next one). */
interface Lookahead {
  LA(howMuch: number): IToken;
}

/**
 * Whether a token of type index `i` matches any of `types` (categories included), as a table by type index.
 * `undefined` when some path is longer than one token.
 */
function singleTokenTable(paths: TokenType[][], size: number): Uint8Array | undefined {
  if (paths.some((path) => path.length !== 1)) return undefined;
  const table = new Uint8Array(size);
  for (const [type] of paths) {
    table[type!.tokenTypeIdx!] = 1;
    for (const index of type!.categoryMatches ?? []) table[index] = 1;
  }
  return table;
}

/**
 * Chevrotain's LL(k) lookahead, with a gated alternation that does not
 * allocate per decision.
 *
 * @example
 * ```ts
 * import { EmbeddedActionsParser } from 'chevrotain';
 * class MyParser extends EmbeddedActionsParser {
 *   constructor() {
 *     super(tokens, { maxLookahead: 3, lookaheadStrategy: new GatedLookahead({ maxLookahead: 3 }, tokens) });
 *   }
 * }
 * ```
 */
export class GatedLookahead extends LLkLookaheadStrategy {
  /** One more than the largest token type index of the parser's vocabulary. */
  private readonly tableSize: number;

  /**
   * @param options Chevrotain's options for its LL(k) strategy.
   * @param vocabulary The parser's token types (for the size of the match tables).
   */
  constructor(options: { maxLookahead: number }, vocabulary: readonly TokenType[]) {
    super(options);
    this.tableSize = Math.max(...vocabulary.map((type) => type.tokenTypeIdx!)) + 1;
  }

  override buildLookaheadForAlternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
    dynamicTokensEnabled: boolean;
  }): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    if (!options.hasPredicates) return super.buildLookaheadForAlternation(options);
    const alternatives = getLookaheadPaths({
      occurrence: options.prodOccurrence,
      rule: options.rule,
      prodType: 'Alternation',
      maxLookahead: options.maxLookahead,
    });
    const tables = alternatives.map((paths) => singleTokenTable(paths, this.tableSize));
    const count = alternatives.length;
    return function (this: Lookahead, orAlts?: IOrAlt<unknown>[]): number | undefined {
      for (let index = 0; index < count; index += 1) {
        const gate = orAlts![index]!.GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        const table = tables[index];
        if (table !== undefined) {
          if (table[this.LA(1).tokenTypeIdx] === 1) return index;
          continue;
        }
        for (const path of alternatives[index]!) {
          let matches = true;
          for (let k = 0; k < path.length && matches; k += 1) matches = tokenMatcher(this.LA(k + 1), path[k]!);
          if (matches) return index;
        }
      }
      return undefined;
    };
  }
}
