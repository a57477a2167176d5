/**
 * The Chevrotain grammar of an article: blocks, paragraphs and quotations.
 *
 * ```
 * article    := ( paragraph | Gap )*
 * paragraph  := ( TextRun | mark ) item*     -- items while the layout keeps the line going
 * quotation  := QuoteMark(open) item* QuoteMark(close)?
 * item       := TextRun | Space | LineBreak | mark
 * mark       := quotation | QuoteMark(stray)
 * ```
 *
 * It reads the article lexer's tokens: a `TextRun` is all the plain text
 * between two decisions (see `src/lexer/runs.ts`), so the parser spends
 * its time only where a quote mark, a line-ending space or a line break is.
 *
 * The grammar accepts every token sequence: whether a quote mark opens,
 * closes, or is plain text is decided by gates that look at the mark's style,
 * its neighbours and the stack of open quotations. Nesting is capped
 * ({@link ArticleParser.maxDepth}) so deep input cannot overflow the stack;
 * gates read a bounded number of tokens ahead (see `docs/grammar.md`).
 *
 * @module
 */
import { EmbeddedActionsParser, type IToken, type TokenType } from 'chevrotain';
import { articleTokens, BARE_WORD, Gap, Inline, LineBreak, NOT_BARE, QuoteMark, quoteMarkOf, Space, StraightSingle, TextRun } from '../lexer/index.js';
import { isAlphanumeric, isLower, isSpace } from '../lexer/chars.js';
import type { Layout } from './layout.js';
import { GatedLookahead } from './lookahead.js';
import { closes, isApostropheLike, isOpener, isReversible, isStraight, openersClosedBy } from './marks.js';
import type { RawBlock, RawDiagnostic, RawInline, RawParagraph, RawQuotation } from './raw.js';

/** Default cap on quotation nesting. */
export const DEFAULT_MAX_DEPTH = 32;

/** Tables by `tokenTypeIdx`, so the gates decide with one array read instead of string tests. */
const tableSize = Math.max(...articleTokens.map((type) => type.tokenTypeIdx!)) + 1;
/** Token types that are part of a line's content (not white space). */
const contentTypes = new Uint8Array(tableSize);
/** Quote mark token types. */
const quoteTypes = new Uint8Array(tableSize);
/** Quote mark token types that can open a quotation. */
const openerTypes = new Uint8Array(tableSize);
/** Straight (typewriter) quote mark token types, whose role depends on context. */
const straightTypes = new Uint8Array(tableSize);
/** Quote mark token types that look like an apostrophe (`'` and `’`). */
const apostropheLikeTypes = new Uint8Array(tableSize);
/** Closing mark token types that open only where an opening mark stands (`”`, reversed). */
const reversibleTypes = new Uint8Array(tableSize);
for (const type of articleTokens) {
  const categories = type.CATEGORIES ?? [];
  const index = type.tokenTypeIdx!;
  if (categories.includes(Inline) || categories.includes(QuoteMark)) contentTypes[index] = 1;
  if (categories.includes(QuoteMark)) {
    quoteTypes[index] = 1;
    const mark = quoteMarkOf(type);
    if (mark !== undefined) {
      if (isOpener(mark)) openerTypes[index] = 1;
      if (isStraight(mark)) straightTypes[index] = 1;
      if (isApostropheLike(mark)) apostropheLikeTypes[index] = 1;
      if (isReversible(mark)) reversibleTypes[index] = 1;
    }
  }
}
/**
 * Pairing of quote marks by token type (`marks.ts` pairs them by character): whether the mark of type `m`
 * closes a quotation opened by type `o` is `closesTable[m * tableSize + o]`. A quote mark token's image is
 * always its type's pattern, so these answer the same as `closes`, `openersClosedBy` on the images, with array
 * reads instead of string-keyed lookups: on an input of nothing but quote marks every token asks them.
 */
const closesTable = new Uint8Array(tableSize * tableSize);
/** For each quote mark type, the opener types it may close. */
const openersClosedByType: number[][] = Array.from({ length: tableSize }, () => []);
for (const mark of articleTokens) {
  if (quoteTypes[mark.tokenTypeIdx!] !== 1) continue;
  for (const opener of articleTokens) {
    if (openerTypes[opener.tokenTypeIdx!] !== 1 || !closes(quoteMarkOf(mark)!, quoteMarkOf(opener)!)) continue;
    closesTable[mark.tokenTypeIdx! * tableSize + opener.tokenTypeIdx!] = 1;
  }
  for (const opener of openersClosedBy(quoteMarkOf(mark)!)) {
    openersClosedByType[mark.tokenTypeIdx!]!.push(articleTokens.find((type) => quoteMarkOf(type) === opener)!.tokenTypeIdx!);
  }
}

function closesType(mark: number, opener: number): boolean {
  return closesTable[mark * tableSize + opener] === 1;
}

/** How far a gate looks for a later closing mark (bounded, so every gate stays constant-time). */
const SCAN_LIMIT = 64;

/** The most lines a quotation hard-wrapped in one-line-per-paragraph copy is joined over, and how many tokens the gate reads to find its close. */
const MAX_WRAPPED_LINES = 4;
const WRAP_SCAN_LIMIT = 256;

/** Whether a line that ends in this character may end a sentence (`.`, `!`, `?`, `:`, `;`, a closing mark …). */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 34 || code === 39 || code === 41 ||
    code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x2026;
}

/** Characters after which a mark stands where an opening mark does: `(`, `[`, `{`, dashes, `/`. */
function opensAfter(code: number): boolean {
  return code === 40 || code === 91 || code === 123 || code === 0x2014 || code === 0x2013 || code === 45 || code === 47;
}

const STRAIGHT_SINGLE = StraightSingle.tokenTypeIdx!;
const SPACE = Space.tokenTypeIdx!;
const LINE_BREAK = LineBreak.tokenTypeIdx!;
const TEXT_RUN = TextRun.tokenTypeIdx!;

/** Codes of the diagnostics for quote marks kept as text; adjacent ones merge into one. */
function isStrayMarkCode(code: string): boolean {
  return code === 'unmatched-close-quote' || code === 'unmatched-open-quote' || code === 'unmatched-quote-marks';
}

function isContent(token: IToken): boolean {
  return contentTypes[token.tokenTypeIdx] === 1;
}

function isQuoteMark(token: IToken): boolean {
  return quoteTypes[token.tokenTypeIdx] === 1;
}

function isType(token: IToken, type: TokenType): boolean {
  return token.tokenTypeIdx === type.tokenTypeIdx;
}

/** Whether the token ends in white space: a `Space`, or a prose run whose last piece took the spaces after it. */
function endsInSpace(token: IToken): boolean {
  const image = token.image;
  return image.length > 0 && isSpace(image.charCodeAt(image.length - 1));
}

/** Whether the token is a prose run that ends in a word or number touching what follows it (no spaces after it). */
function isBareWordOrNumber(token: IToken): boolean {
  return token.tokenTypeIdx === TEXT_RUN && token.payload !== NOT_BARE;
}

/** Whether the token is a prose run that ends in a word touching what follows it. */
function isBareWord(token: IToken): boolean {
  return token.tokenTypeIdx === TEXT_RUN && token.payload === BARE_WORD;
}

/** The diagnostics of a quote mark kept as text: code and severity. */
const TOO_DEEP = { code: 'quotation-too-deep', severity: 'info' } as const;
const UNMATCHED_OPEN = { code: 'unmatched-open-quote', severity: 'warning' } as const;
const UNMATCHED_CLOSE = { code: 'unmatched-close-quote', severity: 'warning' } as const;
/** The code of a run of stray marks that mixes opening and closing ones. */
const MIXED_STRAY_MARKS = 'unmatched-quote-marks';
type StrayMark = typeof TOO_DEEP | typeof UNMATCHED_OPEN | typeof UNMATCHED_CLOSE;
type StrayMarkCode = StrayMark['code'];

function strayMarkMessage(code: StrayMarkCode, mark: string, maxDepth: number): string {
  if (code === 'quotation-too-deep') return `Quotations are nested more than ${maxDepth} deep; this opening mark is kept as text.`;
  if (code === 'unmatched-open-quote') return `The opening mark ${JSON.stringify(mark)} is followed by no quoted words; it is kept as text.`;
  return `The quote mark ${JSON.stringify(mark)} closes no open quotation; it is kept as text.`;
}

/** An alternative of a Chevrotain `OR`. */
interface Alternative {
  ALT: () => void;
  GATE?: () => boolean;
  IGNORE_AMBIGUITIES?: boolean;
}

/**
 * The article parser. One instance is created lazily and reused: set
 * {@link ArticleParser.input}, {@link ArticleParser.layout} and
 * {@link ArticleParser.base}, then call {@link ArticleParser.article}.
 *
 * Built for speed on long inputs: the alternatives of each `OR` are made
 * once per parser, not once per call (Chevrotain's advice for hot rules), so
 * their actions cannot close over a rule's local variables; they append to
 * {@link ArticleParser.children} and {@link ArticleParser.blocks} instead,
 * which a rule points at its own list while it runs.
 */
export class ArticleParser extends EmbeddedActionsParser {
  /** How lines group into paragraphs. */
  layout: Layout = 'line';
  /** Offset of the current chunk in the whole input. */
  base = 0;
  /** Deepest quotation nesting allowed; deeper opening marks stay text. */
  maxDepth = DEFAULT_MAX_DEPTH;
  /** Problems found in the current chunk. */
  diagnostics: RawDiagnostic[] = [];
  /** Token types of the opening marks of the quotations now open, outermost first. */
  private readonly openMarks: number[] = [];
  /** How many quotations opened by each mark type are now open, so closing checks cost O(1), not O(depth). */
  private readonly openCounts = new Int32Array(tableSize);
  /** The blocks of the chunk being parsed. */
  private blocks: RawBlock[] = [];
  /** The children of the paragraph or quotation being parsed: where items go. */
  private children: RawInline[] = [];

  constructor() {
    super(articleTokens, { maxLookahead: 3, recoveryEnabled: false, lookaheadStrategy: new GatedLookahead({ maxLookahead: 3 }, articleTokens) });
    this.performSelfAnalysis();
  }

  /** The whole chunk: paragraphs and the white space between them. */
  readonly article = this.RULE('article', (): RawBlock[] => {
    const blocks: RawBlock[] = [];
    this.blocks = blocks;
    this.MANY(() => this.OR(this.blockAlternatives));
    return blocks;
  });

  /**
   * A paragraph starts at a content token (a prose run or a quote mark);
   * white space between blocks is the other branch. The two start with
   * different token types, so the choice is Chevrotain's one-token lookup.
   */
  private readonly blockAlternatives: Alternative[] = [
    {
      ALT: () => {
        const paragraph = this.SUBRULE(this.paragraph);
        this.ACTION(() => this.blocks.push(paragraph));
      },
    },
    {
      ALT: () => {
        const gap = this.CONSUME(Gap);
        this.ACTION(() => this.addWhitespace(this.blocks, gap));
      },
    },
  ];

  /**
   * One paragraph: a first content item, then inline content for as long as
   * the layout keeps the paragraph going.
   */
  readonly paragraph = this.RULE('paragraph', (): RawParagraph => {
    const children: RawInline[] = [];
    this.children = children;
    this.OR2(this.firstItemAlternatives);
    this.MANY(this.inlineItems);
    return this.ACTION(() => ({
      kind: 'paragraph' as const,
      start: children[0]!.start,
      end: children.at(-1)!.end,
      children,
    }));
  });

  /** A quote mark: a quotation when the mark opens one here, else a stray mark kept as text. */
  readonly mark = this.RULE('mark', (): void => {
    this.OR(this.markAlternatives);
  });

  private readonly markAlternatives: Alternative[] = [
    {
      GATE: () => this.opensQuotation(),
      ALT: () => {
        const quotation = this.SUBRULE(this.quotation);
        this.ACTION(() => this.children.push(quotation));
      },
      IGNORE_AMBIGUITIES: true,
    },
    {
      ALT: () => {
        const token = this.CONSUME(QuoteMark);
        this.ACTION(() => this.addStrayMark(this.children, token));
      },
      IGNORE_AMBIGUITIES: true,
    },
  ];

  /** A quotation: an opening mark, content, and a closing mark when one comes before the paragraph ends. */
  readonly quotation = this.RULE('quotation', (): RawQuotation => {
    const outer = this.children;
    const open = this.CONSUME(QuoteMark);
    const children: RawInline[] = [];
    this.ACTION(() => this.openQuotation(open, children));
    this.children = children;
    this.MANY(this.inlineItems);
    this.children = outer;
    const close = this.OPTION(this.closingMark);
    return this.ACTION(() => this.closeQuotation(children, close));
  });

  /** Inline items for as long as they continue the paragraph or quotation (the loop of both rules). */
  private readonly inlineItems = {
    GATE: (): boolean => this.continuesInline(),
    DEF: (): void => this.OR(this.itemAlternatives),
  };

  /** The closing mark of a quotation, when the next token closes the innermost one. */
  private readonly closingMark = {
    GATE: (): boolean => this.closesInnermost(),
    DEF: (): IToken => this.CONSUME2(QuoteMark),
  };

  /**
   * One inline item, appended to {@link ArticleParser.children}: a prose
   * run, a space, a soft line break, or a quote mark (a quotation or a stray
   * mark). The four start with different token types, so the choice is
   * Chevrotain's one-token lookup. Used by `paragraph` and `quotation`
   * (Chevrotain records it once per rule), so an item costs no rule call.
   *
   * A prose run is all the plain text up to the next quote mark, line break
   * or line-ending spaces (see the lexer), so a `Space` token here can only
   * come before a line break or the end, where the paragraph's own decisions
   * take over.
   */
  private readonly itemAlternatives: Alternative[] = [
    {
      ALT: () => {
        const run = this.CONSUME(TextRun);
        this.ACTION(() => this.addText(this.children, run));
      },
    },
    {
      ALT: () => {
        const token = this.CONSUME(Space);
        this.ACTION(() => this.addSpace(this.children, token));
      },
    },
    {
      ALT: () => {
        const token = this.CONSUME(LineBreak);
        this.ACTION(() => this.children.push({ kind: 'break', start: this.base + token.startOffset, end: this.base + token.startOffset + token.image.length }));
      },
    },
    { ALT: () => this.SUBRULE(this.mark) },
  ];

  /** The first item of a paragraph: content (a prose run or a quote mark). */
  private readonly firstItemAlternatives: Alternative[] = [
    {
      ALT: () => {
        const run = this.CONSUME2(TextRun);
        this.ACTION(() => this.addText(this.children, run));
      },
    },
    { ALT: () => this.SUBRULE2(this.mark) },
  ];

  /**
   * Clears the diagnostics, the open-quotation stack and the lists being
   * filled: before a new chunk, and after one so the reused parser keeps no
   * part of a finished parse alive.
   */
  resetState(): void {
    this.diagnostics = [];
    this.blocks = [];
    this.children = [];
    this.openMarks.length = 0;
    this.openCounts.fill(0);
  }

  // ------------------------------------------------------------- gates

  /**
   * Whether the next token is inline content of the current paragraph or
   * quotation: it continues the paragraph and does not close a quotation
   * now open.
   */
  private continuesInline(): boolean {
    if (!this.continuesParagraph()) return false;
    return this.openMarks.length === 0 || !isQuoteMark(this.LA(1)) || !this.closesOpenQuotation();
  }

  /** Whether the next token still belongs to the current paragraph. */
  private continuesParagraph(): boolean {
    const next = this.LA(1);
    if (isContent(next)) return true;
    const type = next.tokenTypeIdx;
    if (type === SPACE) {
      const after = this.LA(2);
      if (isContent(after)) return true;
      return after.tokenTypeIdx === LINE_BREAK && this.softBreakAt(2);
    }
    return type === LINE_BREAK && this.softBreakAt(1);
  }

  /** Whether the line break at lookahead `k` joins two lines of one paragraph. */
  private softBreakAt(k: number): boolean {
    if (this.layout === 'line') return this.wrapsInsideQuotation(k);
    const next = this.LA(k + 1);
    if (isContent(next)) return true;
    return this.layout === 'blank' && isType(next, Space) && isContent(this.LA(k + 2));
  }

  /** Whether the next token is a mark that opens a nested or top-level quotation here. */
  private opensQuotation(): boolean {
    const mark = this.LA(1);
    if (openerTypes[mark.tokenTypeIdx] !== 1 || this.openMarks.length >= this.maxDepth) return false;
    const after = this.LA(2);
    if (!isContent(after)) return false; // an opening mark is followed by the quoted words
    if (isQuoteMark(after)) {
      if (closesType(after.tokenTypeIdx, mark.tokenTypeIdx)) return false; // an empty pair quotes nothing
      // Two opening marks in a row (`“‘We`) open two quotations only when words follow the second:
      // a run of marks with no words quotes nothing, and must not become one node per mark.
      const third = this.LA(3);
      if (!isContent(third) || isQuoteMark(third)) return false;
    }
    if (mark.tokenTypeIdx === STRAIGHT_SINGLE) {
      if (isBareWordOrNumber(this.LA(0))) return false;
    }
    if (reversibleTypes[mark.tokenTypeIdx] === 1 && !this.standsAsOpener()) return false;
    return !this.closesOpenQuotation();
  }

  /**
   * Whether the mark at LA(1) stands where an opening mark does: at the start of a paragraph or after a
   * space or an opening bracket or dash, and right before a word (`(”This crew ...`). A reversed `”` opens
   * only there.
   */
  private standsAsOpener(): boolean {
    const before = this.LA(0);
    if (isQuoteMark(before)) return false;
    if (before.tokenTypeIdx === TEXT_RUN) {
      const last = before.image.charCodeAt(before.image.length - 1);
      if (!isSpace(last) && !opensAfter(last)) return false;
    }
    const after = this.LA(2);
    return after.tokenTypeIdx === TEXT_RUN && isAlphanumeric(after.image.charCodeAt(0));
  }

  /**
   * Whether the apostrophe-like mark at LA(1) is a plural possessive's apostrophe inside a single-quoted
   * quotation that a later mark closes: `'the troops' morale is high,' she said`. The mark follows a word in
   * `s` and comes before a space and a lower-case word; a closing mark for the innermost quotation later on
   * the same line (looked for in {@link SCAN_LIMIT} tokens) is the quotation's own, so this one is an
   * apostrophe. With no later closing mark, it closes the quotation (`called it 'news' and left`).
   */
  private isPossessiveApostrophe(): boolean {
    const mark = this.LA(1);
    if (apostropheLikeTypes[mark.tokenTypeIdx] !== 1 || this.openMarks.length === 0) return false;
    const before = this.LA(0);
    if (!isBareWord(before) || (before.image.charCodeAt(before.image.length - 1) | 0x20) !== 0x73) return false;
    if (this.LA(2).tokenTypeIdx !== SPACE) return false;
    const word = this.LA(3);
    if (word.tokenTypeIdx !== TEXT_RUN || !isLower(word.image.charCodeAt(0))) return false;
    const opener = this.openMarks[this.openMarks.length - 1]!;
    for (let k = 4; k < 4 + SCAN_LIMIT; k += 1) {
      const token = this.LA(k);
      const type = token.tokenTypeIdx;
      if (type === LINE_BREAK || (!isContent(token) && type !== SPACE)) return false;
      if (isQuoteMark(token) && closesType(type, opener) && !endsInSpace(this.LA(k - 1))) return true;
    }
    return false;
  }

  /**
   * Whether the line break at lookahead `k`, in one-line-per-paragraph copy, is a hard wrap inside a
   * quotation: the line before it does not end a sentence, and the next line starts in lower case and
   * closes the innermost open quotation with its first quote mark (`"We are asking everyone` / `to stay off
   * the roads tonight," she said.`), on that line or on one of the next few lines wrapped the same way
   * ({@link MAX_WRAPPED_LINES}). A running quote reopens with a mark instead, so it is not joined.
   */
  private wrapsInsideQuotation(k: number): boolean {
    if (this.openMarks.length === 0) return false;
    const before = this.LA(k - 1).tokenTypeIdx === SPACE ? this.LA(k - 2) : this.LA(k - 1);
    if (before.tokenTypeIdx !== TEXT_RUN || endsSentence(before.image.charCodeAt(before.image.length - 1))) return false;
    const indent = this.LA(k + 1).tokenTypeIdx === SPACE ? 1 : 0; // the next line's indentation
    const first = this.LA(k + 1 + indent);
    if (first.tokenTypeIdx !== TEXT_RUN || !isLower(first.image.charCodeAt(0))) return false;
    const opener = this.openMarks[this.openMarks.length - 1]!;
    // The quotation's lines so far: the one that opens it and the one after this break.
    let lines = 2;
    for (let j = k + 2 + indent; j < k + 2 + indent + WRAP_SCAN_LIMIT; j += 1) {
      const token = this.LA(j);
      if (token.tokenTypeIdx === LINE_BREAK) {
        // The quote may run on over more wrapped lines, each ending mid-sentence before a lower-case line.
        if (lines >= MAX_WRAPPED_LINES || !this.wrapsOn(j)) return false;
        lines += 1;
        continue;
      }
      if (!isContent(token) && token.tokenTypeIdx !== SPACE) return false;
      if (isQuoteMark(token)) return closesType(token.tokenTypeIdx, opener) && !endsInSpace(this.LA(j - 1));
    }
    return false;
  }

  /** Whether the line break at lookahead `k` may be a wrap: the line before does not end a sentence, the next starts in lower case. */
  private wrapsOn(k: number): boolean {
    const before = this.LA(k - 1).tokenTypeIdx === SPACE ? this.LA(k - 2) : this.LA(k - 1);
    if (before.tokenTypeIdx !== TEXT_RUN || endsSentence(before.image.charCodeAt(before.image.length - 1))) return false;
    const first = this.LA(k + 1).tokenTypeIdx === SPACE ? this.LA(k + 2) : this.LA(k + 1);
    return first.tokenTypeIdx === TEXT_RUN && isLower(first.image.charCodeAt(0));
  }

  /** Whether the next token closes any quotation now open (the innermost or one around it). */
  private closesOpenQuotation(): boolean {
    const mark = this.LA(1);
    if (!isQuoteMark(mark) || this.isOpeningSingle(mark) || this.isPossessiveApostrophe()) return false;
    for (const opener of openersClosedByType[mark.tokenTypeIdx]!) {
      if (this.openCounts[opener]! > 0) return true;
    }
    return false;
  }

  /** A straight single mark right after a space opens rather than closes. */
  private isOpeningSingle(mark: IToken): boolean {
    return mark.tokenTypeIdx === STRAIGHT_SINGLE && endsInSpace(this.LA(0));
  }

  /** Whether the next token closes the innermost open quotation. */
  private closesInnermost(): boolean {
    return this.openMarks.length > 0 && this.closesAt(this.openMarks.length - 1);
  }

  private closesAt(index: number): boolean {
    const mark = this.LA(1);
    if (!isQuoteMark(mark)) return false;
    return closesType(mark.tokenTypeIdx, this.openMarks[index]!) && !this.isOpeningSingle(mark) && !this.isPossessiveApostrophe();
  }

  // ------------------------------------------------------------- actions

  /** Records a quotation opened by `open` and puts its mark first among `children`. */
  private openQuotation(open: IToken, children: RawInline[]): void {
    this.openMarks.push(open.tokenTypeIdx);
    this.openCounts[open.tokenTypeIdx]! += 1;
    const start = this.base + open.startOffset;
    children.push({ kind: 'mark', role: 'open', start, end: start + open.image.length });
  }

  /**
   * Ends the innermost quotation, with its closing mark when there is one.
   * Its children are copied to an array of their exact length: most
   * quotations have a few children, and an array grown by `push` keeps room
   * for 16 or more (on an input of nothing but quote marks, a third of the
   * parser's output was that room).
   */
  private closeQuotation(children: RawInline[], close: IToken | undefined): RawQuotation {
    if (close !== undefined) {
      const start = this.base + close.startOffset;
      children.push({ kind: 'mark', role: 'close', start, end: start + close.image.length });
    }
    this.openCounts[this.openMarks.pop()!]! -= 1;
    return { kind: 'quotation', start: children[0]!.start, end: children.at(-1)!.end, closed: close !== undefined, children: children.slice() };
  }

  private addWhitespace(blocks: RawBlock[], token: IToken): void {
    const start = this.base + token.startOffset;
    const end = this.base + token.startOffset + token.image.length;
    const last = blocks.at(-1);
    if (last?.kind === 'whitespace' && last.end === start) last.end = end;
    else blocks.push({ kind: 'whitespace', start, end });
  }

  private addText(children: RawInline[], token: IToken): void {
    this.addTextSpan(children, this.base + token.startOffset, this.base + token.startOffset + token.image.length);
  }

  /** Appends text from `start` to `end`, joining it to text that ends at `start`. */
  private addTextSpan(children: RawInline[], start: number, end: number): void {
    const last = children.at(-1);
    if (last?.kind === 'text' && last.end === start) last.end = end;
    else children.push({ kind: 'text', start, end });
  }

  /** Spaces join the text, or the indentation of a soft line break. */
  private addSpace(children: RawInline[], token: IToken): void {
    const last = children.at(-1);
    if (last?.kind === 'break' && last.end === this.base + token.startOffset) last.end = this.base + token.startOffset + token.image.length;
    else this.addText(children, token);
  }

  /** A quote mark that neither opens nor closes: text, with a diagnostic unless it is an apostrophe. */
  private addStrayMark(children: RawInline[], token: IToken): void {
    this.addText(children, token);
    const start = this.base + token.startOffset;
    const end = start + token.image.length;
    const before = this.LA(-1); // the mark itself is LA(0) once consumed
    const type = token.tokenTypeIdx;
    const opener = openerTypes[type] === 1;
    if (opener && this.openMarks.length >= this.maxDepth) {
      this.report(TOO_DEEP, token.image, start, end);
      return;
    }
    if (apostropheLikeTypes[type] === 1 && (isBareWord(before) || straightTypes[type] === 1)) {
      // Most likely an apostrophe the lexer could not tell apart (`the Joneses' House`). Inside a run of
      // stray marks it joins the run's diagnostic, so the run stays one diagnostic.
      const last = this.diagnostics.at(-1);
      if (last !== undefined && last.end === start && isStrayMarkCode(last.code)) last.end = end;
      return;
    }
    if (opener && straightTypes[type] !== 1 && reversibleTypes[type] !== 1) {
      this.report(UNMATCHED_OPEN, token.image, start, end);
      return;
    }
    this.report(UNMATCHED_CLOSE, token.image, start, end);
  }

  /**
   * Adds a diagnostic, or stretches the previous one when it has the same
   * code and ends where this one starts: a run of stray marks is one problem
   * (and a megabyte of quote marks must not make a million diagnostics).
   */
  private report({ code, severity }: StrayMark, mark: string, start: number, end: number): void {
    const last = this.diagnostics.at(-1);
    if (last !== undefined && last.end === start && isStrayMarkCode(last.code) && isStrayMarkCode(code)) {
      last.end = end;
      if (last.code !== code) last.code = MIXED_STRAY_MARKS;
      last.message = 'These quote marks in a row open or close no quotation; they are kept as text.';
      return;
    }
    this.diagnostics.push({ code, message: this.messageFor(code, mark), start, end, severity });
  }

  /** Messages by code and mark (by depth cap for `quotation-too-deep`), made once each: an input of nothing but quote marks reports one every few marks. */
  private readonly messages: Record<StrayMarkCode, Map<string | number, string>> = {
    'quotation-too-deep': new Map(),
    'unmatched-open-quote': new Map(),
    'unmatched-close-quote': new Map(),
  };

  private messageFor(code: StrayMarkCode, mark: string): string {
    const table = this.messages[code];
    const key = code === 'quotation-too-deep' ? this.maxDepth : mark;
    let message = table.get(key);
    if (message === undefined) {
      message = strayMarkMessage(code, mark, this.maxDepth);
      table.set(key, message);
    }
    return message;
  }
}
