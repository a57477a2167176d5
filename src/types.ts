/**
 * Node interfaces of the wirecopy tree (see `docs/tree.md`).
 *
 * The tree follows unist: every node has `type` and `position`; parents have
 * `children`, leaves have `value`. Concatenating every leaf's `value` in
 * document order gives back the input exactly.
 *
 * @module
 */
import type { Point as UnistPoint, Position as UnistPosition, Node as UnistNode } from 'unist';

/**
 * A place in the source: 1-based `line` and `column`, 0-based UTF-16 `offset`.
 *
 * @example
 * ```ts
 * import { parseArticle, type Point } from 'wirecopy';
 * const start: Point = parseArticle('Hi.').position.start; // { line: 1, column: 1, offset: 0 }
 * ```
 */
export interface Point extends UnistPoint {
  /** Line in the source (1-based). */
  line: number;
  /** Column in the source (1-based, counted in UTF-16 code units). */
  column: number;
  /** Offset in the source (0-based, UTF-16 code units). */
  offset: number;
}

/**
 * The span of a node: `start` is inclusive, `end` exclusive, so
 * `source.slice(start.offset, end.offset)` is the node's text.
 *
 * @example
 * ```ts
 * import { parseArticle, type Position } from 'wirecopy';
 * const span: Position = parseArticle('Hi.').position;
 * span.end.offset; // 3
 * ```
 */
export interface Position extends UnistPosition {
  /** First character of the node. */
  start: Point;
  /** Just past the last character of the node. */
  end: Point;
}

/**
 * What every wirecopy node has: a `type` and a `position`.
 *
 * @example
 * ```ts
 * import { parseArticle, type WirecopyNode } from 'wirecopy';
 * const node: WirecopyNode = parseArticle('Hi.');
 * node.type; // 'article'
 * ```
 */
export interface WirecopyNode extends UnistNode {
  /** The node's kind. */
  type: string;
  /** Where the node is in the source. Always present. */
  position: Position;
}

/**
 * A leaf: its `value` is the exact source text it covers.
 *
 * @example
 * ```ts
 * import { parseArticle, type Literal, type Paragraph } from 'wirecopy';
 * const paragraph = parseArticle('Hi.').children[0] as Paragraph;
 * const leaf = paragraph.children[0] as Literal;
 * leaf.value; // 'Hi.'
 * ```
 */
export interface Literal extends WirecopyNode {
  /** The source text of the leaf. */
  value: string;
}

/**
 * A node with children.
 *
 * @example
 * ```ts
 * import { parseArticle, type Parent } from 'wirecopy';
 * const root: Parent = parseArticle('Hi.');
 * root.children.length; // 1
 * ```
 */
export interface Parent extends WirecopyNode {
  /** The node's children, in source order. */
  children: WirecopyNode[];
}

/**
 * How sure the parser is that something is wrong: `warning` for malformed
 * input (an unclosed quote), `info` for a remark (a quotation nobody is
 * credited with).
 *
 * @example
 * ```ts
 * import type { DiagnosticSeverity } from 'wirecopy';
 * const level: DiagnosticSeverity = 'warning';
 * ```
 */
export type DiagnosticSeverity = 'warning' | 'info';

/**
 * A problem found in the input. Diagnostics never stop the parse; they are
 * collected on the root in `article.diagnostics`, in source order.
 *
 * Codes: `unclosed-quotation`, `unmatched-close-quote`, `unmatched-quote-marks`,
 * `quotation-too-deep`, `unattributed-quotation`, and others documented in
 * `docs/diagnostics.md`.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'wirecopy';
 * const [first] = parseArticle('"Never closed').diagnostics;
 * first?.code; // 'unclosed-quotation'
 * ```
 */
export interface Diagnostic {
  /** Stable, machine-readable code, e.g. `unclosed-quotation`. */
  code: string;
  /** A sentence for people. */
  message: string;
  /** Where in the source the problem is. */
  position: Position;
  /** How serious it is. */
  severity: DiagnosticSeverity;
}

/**
 * Every kind of wire furniture that is not the story, in the order `docs/furniture.md` lists them:
 * {@link BoilerplateKind} is derived from it, so a kind missing here fails to compile where it is used.
 *
 * @example
 * ```ts
 * import { boilerplateKinds } from 'wirecopy';
 * boilerplateKinds.includes('credit'); // true
 * ```
 */
export const boilerplateKinds = [
  'credit', 'reporting', 'signoff', 'copyright', 'separator', 'correction', 'editor-note', 'follow', 'caption',
  'timestamp', 'comments', 'advertisement', 'newsletter', 'share', 'related', 'label', 'other',
] as const;

/**
 * The kinds of wire furniture that is not the story (see {@link boilerplateKinds}).
 *
 * @example
 * ```ts
 * import type { BoilerplateKind } from 'wirecopy';
 * const kind: BoilerplateKind = 'credit';
 * ```
 */
export type BoilerplateKind = (typeof boilerplateKinds)[number];

/**
 * Running text: words, numbers, spaces and punctuation that are not quote
 * marks.
 *
 * @example
 * ```ts
 * import { parseArticle, type Paragraph, type Text } from 'wirecopy';
 * const paragraph = parseArticle('Hi.').children[0] as Paragraph;
 * const text = paragraph.children[0] as Text;
 * text.value; // 'Hi.'
 * ```
 */
export interface Text extends Literal {
  /** Node type. */
  type: 'text';
}

/**
 * White space between blocks (line breaks, blank lines, indentation), or a
 * line break with the next line's indentation inside a hard-wrapped
 * paragraph.
 *
 * @example
 * ```ts
 * import { parseArticle, type Whitespace } from 'wirecopy';
 * const gap = parseArticle('One.\n\nTwo.').children[1] as Whitespace;
 * gap.value; // '\n\n'
 * ```
 */
export interface Whitespace extends Literal {
  /** Node type. */
  type: 'whitespace';
}

/**
 * An opening or closing quotation mark (`"`, `“`, `”`, `‘`, `’`, `'`, `„`,
 * `‚`, `«`, `»`, `‹`, `›`).
 *
 * @example
 * ```ts
 * import { parseArticle, isQuoteMark, type Paragraph, type Quotation } from 'wirecopy';
 * const paragraph = parseArticle('“Yes.”').children[0] as Paragraph;
 * const quote = paragraph.children[0] as Quotation;
 * const open = quote.children[0];
 * isQuoteMark(open) && open.role; // 'open'
 * ```
 */
export interface QuoteMark extends Literal {
  /** Node type. */
  type: 'quoteMark';
  /** Whether the mark opens or closes its quotation. */
  role: 'open' | 'close';
}

/**
 * Quoted speech or a quoted fragment, with its marks.
 *
 * A quotation that runs over several paragraphs (AP style: the paragraph ends
 * without a closing mark and the next one opens again) is split into pieces
 * linked by `continuedIn` / `continuedFrom`.
 *
 * @example
 * ```ts
 * import { parseArticle, isQuotation, type Paragraph } from 'wirecopy';
 * const paragraph = parseArticle('"We will win," she said.').children[0] as Paragraph;
 * const [quote] = paragraph.children;
 * isQuotation(quote) && quote.id; // 'q1'
 * ```
 */
export interface Quotation extends Parent {
  /** Node type. */
  type: 'quotation';
  /** Id, `q1`, `q2`, … in document order. */
  id: string;
  /** Id of the {@link Attribution} that credits this quotation, if any. */
  attribution?: string;
  /** `false` when the quotation reaches the end of its paragraph without a closing mark. */
  closed: boolean;
  /** Id of the previous piece of a quotation running over paragraphs. */
  continuedFrom?: string;
  /** Id of the next piece of a quotation running over paragraphs. */
  continuedIn?: string;
  /** Marks, text, white space and nested quotations. */
  children: QuotationContent[];
}

/**
 * Who spoke, inside an {@link Attribution}.
 *
 * @example
 * ```ts
 * import type { Speaker } from 'wirecopy';
 * const s: Pick<Speaker, 'name' | 'pronoun' | 'resolved'> = { name: 'he', pronoun: true, resolved: 'Dmitry Peskov' };
 * ```
 */
export interface Speaker extends Parent {
  /** Node type. */
  type: 'speaker';
  /** The name as written ("Peskov", "he", "the ministry"). */
  name: string;
  /**
   * `true` for a personal pronoun (he, she, they, …), and for a relative pronoun that is its cue's subject (`who`,
   * `which`, `that` in "Okafor, who said ...").
   */
  pronoun: boolean;
  /**
   * The fullest earlier name of the same person, when known ("Dmitry Peskov"); for a relative pronoun, the noun phrase
   * it stands for, resolved the same way (`who` in "Sen. Ann Miller, who said" -> "Ann Miller"), else as written
   * ("the governor").
   */
  resolved?: string;
  /** The words of the name. */
  children: Text[];
}

/**
 * The speaker's title or description ("the U.S. ambassador to NATO").
 *
 * @example
 * ```ts
 * import type { Role } from 'wirecopy';
 * type RoleType = Role['type']; // 'role'
 * ```
 */
export interface Role extends Parent {
  /** Node type. */
  type: 'role';
  /** The words of the role. */
  children: Text[];
}

/**
 * The speech verb or phrase ("stated", "told reporters", "according to").
 *
 * @example
 * ```ts
 * import type { Cue } from 'wirecopy';
 * const c: Pick<Cue, 'lemma'> = { lemma: 'state' };
 * ```
 */
export interface Cue extends Parent {
  /** Node type. */
  type: 'cue';
  /** Dictionary form: "stated" -> "state", "according to" -> "according to". */
  lemma: string;
  /** The words of the cue. */
  children: Text[];
}

/**
 * The words that say who spoke, linked to the quotations they credit.
 *
 * @example
 * ```ts
 * import type { Attribution } from 'wirecopy';
 * const a: Pick<Attribution, 'id' | 'quotations' | 'reported' | 'form'> = { id: 'a1', quotations: ['q1'], reported: [], form: 'direct' };
 * ```
 */
export interface Attribution extends Parent {
  /** Node type. */
  type: 'attribution';
  /** Id, `a1`, `a2`, … in document order. */
  id: string;
  /** Ids of the quotations credited (empty for indirect speech). */
  quotations: string[];
  /** Ids of the {@link ReportedSpeech} contents it credits (`r1`, …; empty when none was found or the pass is off). */
  reported: string[];
  /** `direct` when it credits quotations, `indirect` for reported speech without marks. */
  form: 'direct' | 'indirect';
  /** Speaker, role, cue and the text between them. */
  children: AttributionContent[];
}

/**
 * The content of reported (indirect) speech, without quote marks: "the alliance and Russia intend to schedule more
 * meetings" in `Stoltenberg said the alliance and Russia intend to schedule more meetings.` A mixed quote is a
 * reported speech that holds the quotation (`Samorukov says the lack of concessions means that "Russia is ready"`).
 * Linked both ways with its attribution (`reportedSpeech.attribution`, `attribution.reported`).
 *
 * @example
 * ```ts
 * import { parseArticle, isReportedSpeech, type Paragraph } from 'wirecopy';
 * const [paragraph] = parseArticle('Stoltenberg said the alliance is united.').children as Paragraph[];
 * const content = paragraph?.children.find(isReportedSpeech);
 * content?.id; // 'r1'
 * ```
 */
export interface ReportedSpeech extends Parent {
  /** Node type. */
  type: 'reportedSpeech';
  /** Id, `r1`, `r2`, … in document order. */
  id: string;
  /** Id of the attribution that credits it. */
  attribution?: string;
  /** The words of the content, with the quotations of a mixed quote. */
  children: ReportedSpeechContent[];
}

/**
 * The place, agency and date that open a wire story: `MOSCOW (AP) —`.
 *
 * @example
 * ```ts
 * import type { Dateline } from 'wirecopy';
 * const d: Pick<Dateline, 'location' | 'agency'> = { location: 'MOSCOW', agency: 'AP' };
 * ```
 */
export interface Dateline extends Parent {
  /** Node type. */
  type: 'dateline';
  /** The place as written, region included (`AUSTIN, Texas`). */
  location?: string;
  /** The agency as written (`AP`, `Reuters`). */
  agency?: string;
  /** The date as written (`Jan 12`). */
  date?: string;
  /** The words of the dateline, separator dash included. */
  children: Array<Text | Whitespace>;
}

/**
 * A title line at the very top of the article.
 *
 * @example
 * ```ts
 * import type { Headline } from 'wirecopy';
 * type HeadlineType = Headline['type']; // 'headline'
 * ```
 */
export interface Headline extends Parent {
  /** Node type. */
  type: 'headline';
  /** The headline's words (quotations included). */
  children: PhrasingContent[];
}

/**
 * The author line: `By JANE DOE and JOHN ROE, Associated Press`.
 *
 * @example
 * ```ts
 * import type { Byline } from 'wirecopy';
 * const b: Pick<Byline, 'authors' | 'organization'> = { authors: ['JANE DOE'], organization: 'Associated Press' };
 * ```
 */
export interface Byline extends Parent {
  /** Node type. */
  type: 'byline';
  /** The authors' names as written. */
  authors: string[];
  /** The news organisation, when the byline names one. */
  organization?: string;
  /** The byline's words. */
  children: PhrasingContent[];
}

/**
 * One paragraph of the story.
 *
 * @example
 * ```ts
 * import { parseArticle, isParagraph } from 'wirecopy';
 * isParagraph(parseArticle('Hi.').children[0]); // true
 * ```
 */
export interface Paragraph extends Parent {
  /** Node type. */
  type: 'paragraph';
  /** Dateline (first), quotations, attributions, reported speech, text and soft line breaks. */
  children: ParagraphContent[];
}

/**
 * Furniture around the story: credits, sign-offs, copyright, web residue.
 *
 * @example
 * ```ts
 * import type { Boilerplate } from 'wirecopy';
 * const b: Pick<Boilerplate, 'kind'> = { kind: 'signoff' };
 * ```
 */
export interface Boilerplate extends Parent {
  /** Node type. */
  type: 'boilerplate';
  /** What kind of furniture it is. */
  kind: BoilerplateKind;
  /** The line's words. */
  children: PhrasingContent[];
}

/**
 * The root: the whole input.
 *
 * @example
 * ```ts
 * import { parseArticle, type Article } from 'wirecopy';
 * const tree: Article = parseArticle('Hi.');
 * tree.diagnostics; // []
 * ```
 */
export interface Article extends Parent {
  /** Node type. */
  type: 'article';
  /** Blocks and the white space between them. */
  children: BlockContent[];
  /** Problems found in the input, in source order. */
  diagnostics: Diagnostic[];
}

/**
 * What a quotation may contain.
 *
 * @example
 * ```ts
 * import type { QuotationContent } from 'wirecopy';
 * const types: QuotationContent['type'][] = ['quoteMark', 'text', 'whitespace', 'quotation'];
 * ```
 */
export type QuotationContent = QuoteMark | Text | Whitespace | Quotation;

/**
 * What an attribution may contain.
 *
 * @example
 * ```ts
 * import type { AttributionContent } from 'wirecopy';
 * const types: AttributionContent['type'][] = ['speaker', 'role', 'cue', 'text', 'whitespace'];
 * ```
 */
export type AttributionContent = Speaker | Role | Cue | Text | Whitespace;

/**
 * What a reported speech may contain.
 *
 * @example
 * ```ts
 * import type { ReportedSpeechContent } from 'wirecopy';
 * const types: ReportedSpeechContent['type'][] = ['text', 'whitespace', 'quotation'];
 * ```
 */
export type ReportedSpeechContent = Text | Whitespace | Quotation;

/**
 * Inline content of headlines, bylines and boilerplate lines.
 *
 * @example
 * ```ts
 * import type { PhrasingContent } from 'wirecopy';
 * const types: PhrasingContent['type'][] = ['text', 'whitespace', 'quotation'];
 * ```
 */
export type PhrasingContent = Text | Whitespace | Quotation;

/**
 * What a paragraph may contain.
 *
 * @example
 * ```ts
 * import type { ParagraphContent } from 'wirecopy';
 * const types: ParagraphContent['type'][] = ['dateline', 'quotation', 'attribution', 'reportedSpeech', 'text', 'whitespace'];
 * ```
 */
export type ParagraphContent = Dateline | Quotation | Attribution | ReportedSpeech | Text | Whitespace;

/**
 * What the root may contain.
 *
 * @example
 * ```ts
 * import type { BlockContent } from 'wirecopy';
 * const types: BlockContent['type'][] = ['headline', 'byline', 'paragraph', 'boilerplate', 'whitespace'];
 * ```
 */
export type BlockContent = Headline | Byline | Paragraph | Boilerplate | Whitespace;

/**
 * Any node of a wirecopy tree.
 *
 * @example
 * ```ts
 * import type { AnyNode } from 'wirecopy';
 * const isLeaf = (node: AnyNode) => 'value' in node;
 * ```
 */
export type AnyNode =
  | Article
  | BlockContent
  | ParagraphContent
  | QuotationContent
  | AttributionContent
  | Headline
  | Byline
  | Boilerplate;

/**
 * Every node type name.
 *
 * @example
 * ```ts
 * import type { NodeType } from 'wirecopy';
 * const t: NodeType = 'quotation';
 * ```
 */
export type NodeType = AnyNode['type'];
