/**
 * The parser's lookahead strategy (src/parser/lookahead.ts) decides a gated
 * `OR` as Chevrotain's own strategy does: the first alternative whose gate
 * passes and whose lookahead path matches, one token or several.
 */
import { createToken, EmbeddedActionsParser, Lexer, LLkLookaheadStrategy, type ILookaheadStrategy } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { GatedLookahead } from '../src/parser/lookahead.js';

const A = createToken({ name: 'A', pattern: /a/ });
const B = createToken({ name: 'B', pattern: /b/ });
const Letter = createToken({ name: 'Letter', pattern: Lexer.NA });
const C = createToken({ name: 'C', pattern: /c/, categories: [Letter] });
const vocabulary = [A, B, Letter, C];
const lexer = new Lexer(vocabulary);

/** `item := {gate} A B -> 'gated' | A B -> 'pair' | A -> 'a' | Letter -> 'letter'`, items until the end. */
class Choices extends EmbeddedActionsParser {
  open = true;
  constructor(strategy: ILookaheadStrategy) {
    super(vocabulary, { maxLookahead: 2, lookaheadStrategy: strategy });
    this.performSelfAnalysis();
  }
  readonly items = this.RULE('items', (): string[] => {
    const out: string[] = [];
    this.MANY(() =>
      out.push(
        this.OR([
          { GATE: () => this.open, ALT: () => (this.CONSUME(A), this.CONSUME(B), 'gated') },
          { ALT: () => (this.CONSUME2(A), this.CONSUME2(B), 'pair') },
          { ALT: () => (this.CONSUME3(A), 'a') },
          { GATE: () => true, ALT: () => (this.CONSUME(Letter), 'letter') },
        ]),
      ),
    );
    return out;
  });
}

function run(strategy: ILookaheadStrategy, text: string, open: boolean): string[] {
  const parser = new Choices(strategy);
  parser.open = open;
  parser.input = lexer.tokenize(text).tokens;
  const result = parser.items();
  expect(parser.errors).toEqual([]);
  return result;
}

describe('GatedLookahead', () => {
  it.each([
    ['abaac', true],
    ['abaac', false],
    ['cab', false],
    ['aaab', true],
  ] as const)('decides %j (gate %s) as Chevrotain does', (text, open) => {
    const expected = run(new LLkLookaheadStrategy({ maxLookahead: 2 }), text, open);
    expect(run(new GatedLookahead({ maxLookahead: 2 }, vocabulary), text, open)).toEqual(expected);
  });

  it('takes the gated path when its gate passes and skips it when not', () => {
    expect(run(new GatedLookahead({ maxLookahead: 2 }, vocabulary), 'abac', true)).toEqual(['gated', 'a', 'letter']);
    expect(run(new GatedLookahead({ maxLookahead: 2 }, vocabulary), 'abac', false)).toEqual(['pair', 'a', 'letter']);
  });
});

describe('the grammars pass Chevrotain\'s checks', () => {
  // A parse builds its parsers without the checks (start-up time); here they run, so a broken grammar fails.
  it('the article parser and the furniture parser, validated', async () => {
    const { ArticleParser } = await import('../src/parser/grammar.js');
    const { FurnitureParser } = await import('../src/furniture/grammar.js');
    expect(() => new ArticleParser({ validate: true })).not.toThrow();
    expect(() => new FurnitureParser({ validate: true })).not.toThrow();
  });

  it('a grammar with an error fails the same checks', () => {
    const A = createToken({ name: 'A', pattern: /a/ });
    class Ambiguous extends EmbeddedActionsParser {
      constructor() {
        super([A], { maxLookahead: 1 });
        this.RULE('top', () => this.OR([{ ALT: () => this.CONSUME(A) }, { ALT: () => this.CONSUME2(A) }]));
        this.performSelfAnalysis();
      }
    }
    expect(() => new Ambiguous()).toThrow(/ambiguous|Ambiguous/);
  });
});
