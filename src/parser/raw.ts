/**
 * The parser's output: a compact description of blocks and inline structure
 * by absolute offsets, turned into unist nodes by the tree builder.
 *
 * @module
 */

/** Plain text (words, spaces, punctuation, stray quote marks) from `start` to `end`. */
export interface RawText {
  kind: 'text';
  start: number;
  end: number;
}

/** A line break inside a hard-wrapped paragraph, with the next line's indentation. */
export interface RawBreak {
  kind: 'break';
  start: number;
  end: number;
}

/** A quotation mark that opens or closes a quotation. */
export interface RawMark {
  kind: 'mark';
  start: number;
  end: number;
  role: 'open' | 'close';
}

/** A quotation: its opening mark, content, and closing mark when there is one. */
export interface RawQuotation {
  kind: 'quotation';
  start: number;
  end: number;
  closed: boolean;
  children: RawInline[];
}

/** Anything inside a paragraph or quotation. */
export type RawInline = RawText | RawBreak | RawMark | RawQuotation;

/** A paragraph: a run of lines the layout keeps together. */
export interface RawParagraph {
  kind: 'paragraph';
  start: number;
  end: number;
  children: RawInline[];
}

/** White space between blocks. */
export interface RawWhitespace {
  kind: 'whitespace';
  start: number;
  end: number;
}

/** A block of the article. */
export type RawBlock = RawParagraph | RawWhitespace;

/** A problem the parser noticed, by absolute offsets. */
export interface RawDiagnostic {
  code: string;
  message: string;
  start: number;
  end: number;
  severity: 'warning' | 'info';
}
