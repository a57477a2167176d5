/**
 * The Chevrotain grammar of wire furniture at the top of a story: datelines,
 * bylines and the organisation line under a byline.
 *
 * ```
 * dateline     := date agencies Dash                          -- Jan. 19 (UPI) --
 *               | date Dash place ( ',' place )* agencies? Dash
 *                                                             -- July 22--JANESVILLE --
 *               | agencies Dash?                              -- (CNN)
 *               | place ( ',' place )* ( ',' date )? agencies? Dash
 *                                                             -- AUSTIN, Texas (AP) —
 *                                                             -- WASHINGTON, Jan 12 (Reuters) -
 * place        := placeWord ( placeWord | '.' | '/' placeWord )*
 * date         := Month '.'? Digits
 * agencies     := ( '(' word+ ( '/' word+ )* ')' )+           -- the last group is the agency
 *
 * byline       := By names ( separator names )* ( Break names )?
 * separator    := ',' And? | And | '&'
 * names        := nameWord ( nameWord | '.' )*
 * orgLine      := names                                       -- "Associated Press" under a byline
 * ```
 *
 * The grammar only says what shape the furniture has; the recognisers
 * (`dateline.ts`, `byline.ts`) then check the words (case, length, known
 * agencies) and build the node fields. The parser accepts a token list only
 * when it consumes all of it, and recovery is off: a line that is not
 * furniture simply fails to parse.
 *
 * @module
 */
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { GatedLookahead } from '../parser/lookahead.js';
import {
  Ampersand,
  And,
  AnyWord,
  Break,
  By,
  Comma,
  Dash,
  Digits,
  furnitureTokens,
  LeftParen,
  Month,
  Period,
  PlainWord,
  RightParen,
  Slash,
} from './vocabulary.js';

/** A span of tokens: the first and last token (inclusive). */
export interface TokenSpan {
  /** First token. */
  first: IToken;
  /** Last token. */
  last: IToken;
  /** The word tokens of the span (no punctuation). */
  words: IToken[];
}

/** What the dateline rule found. */
export interface DatelineShape {
  /** Place segments, split at commas (`AUSTIN`, `Texas`). */
  places: TokenSpan[];
  /** The date, when written. */
  date?: TokenSpan;
  /** Parenthesised groups after the place and date; the last one is the agency. */
  groups: TokenSpan[];
  /** The separator dash, when there is one. */
  dash?: IToken;
  /** Whether the date comes first, before its own dash (`July 22--JANESVILLE --`). */
  dateFirst?: boolean;
}

/** What the byline rule found. */
export interface BylineShape {
  /** Name groups between separators, in order (the last may hold the organisation). */
  groups: TokenSpan[];
  /** The group on the line under the byline, when there is one. */
  nextLine?: TokenSpan;
}

function span(first: IToken, last: IToken, words: IToken[]): TokenSpan {
  return { first, last, words };
}

/** The furniture parser; one instance, created lazily and reused. */
export class FurnitureParser extends EmbeddedActionsParser {
  /**
   * @param options `validate: true` runs Chevrotain's grammar checks in `performSelfAnalysis` (the tests do, so a
   * broken grammar fails them); a parse skips them, which halves the parser's start-up.
   */
  constructor(options: { validate?: boolean } = {}) {
    super(furnitureTokens, { maxLookahead: 3, recoveryEnabled: false, skipValidations: options.validate !== true, lookaheadStrategy: new GatedLookahead({ maxLookahead: 3 }, furnitureTokens) });
    this.performSelfAnalysis();
  }

  /** `Month '.'? Digits`. */
  private readonly date = this.RULE('date', (): TokenSpan => {
    const month = this.CONSUME(Month);
    this.OPTION(() => this.CONSUME(Period));
    const day = this.CONSUME(Digits);
    return span(month, day, [month, day]);
  });

  /** One place segment: words, abbreviation periods and slashes (`LONDON/SINGAPORE`, `N.J.`, `ST. JOHN'S`). */
  private readonly place = this.RULE('place', (): TokenSpan => {
    const first = this.CONSUME(AnyWord);
    const words = [first];
    let last = first;
    this.MANY(() => {
      this.OR([
        { ALT: () => { last = this.CONSUME2(AnyWord); words.push(last); } },
        { ALT: () => { last = this.CONSUME(Period); } },
        {
          ALT: () => {
            this.CONSUME(Slash);
            last = this.CONSUME3(AnyWord);
            words.push(last);
          },
        },
      ]);
    });
    return span(first, last, words);
  });

  /** `( '(' word+ ( '/' word+ )* ')' )+`. */
  private readonly groups = this.RULE('groups', (): TokenSpan[] => {
    const found: TokenSpan[] = [];
    this.AT_LEAST_ONE(() => {
      const open = this.CONSUME(LeftParen);
      const words: IToken[] = [];
      this.AT_LEAST_ONE2(() => {
        this.OR([
          { ALT: () => { words.push(this.CONSUME(AnyWord)); } },
          { ALT: () => { this.CONSUME(Slash); } },
        ]);
      });
      const close = this.CONSUME(RightParen);
      found.push(span(open, close, words));
    });
    return found;
  });

  /** A dateline: see the module comment. */
  readonly dateline = this.RULE('dateline', (): DatelineShape => {
    const shape: DatelineShape = { places: [], groups: [] };
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
      {
        // Jan. 19 (UPI) --    July 22--JANESVILLE --    Jun. 21—WATERTOWN, N.Y. —
        GATE: () => this.LA(1).tokenType === Month && this.isDateAt(1),
        ALT: () => {
          shape.date = this.SUBRULE(this.date);
          this.OR3([
            {
              ALT: () => {
                shape.groups = this.SUBRULE(this.groups);
                shape.dash = this.CONSUME(Dash);
              },
            },
            {
              ALT: () => {
                this.CONSUME4(Dash);
                shape.dateFirst = true;
                shape.places.push(this.SUBRULE3(this.place));
                this.MANY2(() => {
                  this.CONSUME2(Comma);
                  shape.places.push(this.SUBRULE4(this.place));
                });
                this.OPTION3(() => { shape.groups = this.SUBRULE4(this.groups); });
                shape.dash = this.CONSUME5(Dash);
              },
            },
          ]);
        },
      },
      {
        // (CNN) —
        ALT: () => {
          shape.groups = this.SUBRULE2(this.groups);
          this.OPTION(() => { shape.dash = this.CONSUME2(Dash); });
        },
      },
      {
        // AUSTIN, Texas (AP) —   WASHINGTON, Jan 12 (Reuters) -   CHICAGO, Feb 26 -
        GATE: () => !(this.LA(1).tokenType === Month && this.isDateAt(1)),
        ALT: () => {
          shape.places.push(this.SUBRULE(this.place));
          this.MANY({
            GATE: () => this.LA(1).tokenType === Comma && shape.date === undefined,
            DEF: () => {
              this.CONSUME(Comma);
              this.OR2({
                IGNORE_AMBIGUITIES: true,
                DEF: [
                  { GATE: () => this.isDateAt(1), ALT: () => { shape.date = this.SUBRULE2(this.date); } },
                  { ALT: () => { shape.places.push(this.SUBRULE2(this.place)); } },
                ],
              });
            },
          });
          this.OPTION2(() => { shape.groups = this.SUBRULE3(this.groups); });
          shape.dash = this.CONSUME3(Dash);
        },
      },
    ],
    });
    return shape;
  });

  /** A run of name words with initials' periods: `JANE DOE`, `J. Robert Roe`. */
  private readonly names = this.RULE('names', (): TokenSpan => {
    const first = this.OR([
      { ALT: () => this.CONSUME(PlainWord) },
      { ALT: () => this.CONSUME(Month) },
    ]);
    const words = [first];
    let last = first;
    this.MANY(() => {
      this.OR2([
        { ALT: () => { last = this.CONSUME2(PlainWord); words.push(last); } },
        { ALT: () => { last = this.CONSUME2(Month); words.push(last); } },
        { ALT: () => { last = this.CONSUME(Period); } },
      ]);
    });
    return span(first, last, words);
  });

  /** A byline: see the module comment. */
  readonly byline = this.RULE('byline', (): BylineShape => {
    const shape: BylineShape = { groups: [] };
    this.CONSUME(By);
    shape.groups.push(this.SUBRULE(this.names));
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(Comma);
            this.OPTION(() => this.CONSUME(And));
          },
        },
        { ALT: () => { this.CONSUME2(And); } },
        { ALT: () => { this.CONSUME(Ampersand); } },
      ]);
      shape.groups.push(this.SUBRULE2(this.names));
    });
    this.OPTION2(() => {
      this.CONSUME(Break);
      shape.nextLine = this.SUBRULE3(this.names);
    });
    return shape;
  });

  /** A line of names only (the organisation line under a byline). */
  readonly orgLine = this.RULE('orgLine', (): TokenSpan => this.SUBRULE(this.names));

  /** Whether a date (`Month '.'? Digits`) starts at lookahead position `k`. */
  private isDateAt(k: number): boolean {
    if (this.LA(k).tokenType !== Month) return false;
    const next = this.LA(k + 1).tokenType;
    return next === Digits || (next === Period && this.LA(k + 2).tokenType === Digits);
  }
}

let parser: FurnitureParser | undefined;

/** The shared parser instance (its token types are initialised on creation). */
export function furnitureParser(): FurnitureParser {
  parser ??= new FurnitureParser();
  return parser;
}

/**
 * Runs one rule over `tokens`; `undefined` unless the rule consumes all of them without an error.
 *
 * @param tokens Classified furniture tokens.
 * @param rule Which rule.
 */
export function parseWith<K extends 'dateline' | 'byline' | 'orgLine'>(
  tokens: IToken[],
  rule: K,
): ReturnType<FurnitureParser[K]> | undefined {
  if (tokens.length === 0) return undefined;
  const instance = furnitureParser();
  instance.input = tokens;
  const result = instance[rule]() as ReturnType<FurnitureParser[K]>;
  return instance.errors.length === 0 ? result : undefined;
}

export { Break, Dash };
