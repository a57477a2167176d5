/**
 * Builds trees by hand, with the node types of the contract that the passes
 * may not produce yet (attribution, speaker, role, cue, headline, byline,
 * boilerplate), so the CLI and the playground can be tested on them now.
 * Every tree is checked by the shared validator.
 */
import type { Article, WirecopyNode } from '../src/index.js';
import { validateTree } from './helpers/validate.js';

type Node = WirecopyNode & { children?: Node[]; value?: string } & Record<string, unknown>;

/** Writes text and nodes left to right; positions follow from the text written so far. */
export class HandTree {
  private text = '';
  private readonly stack: Node[] = [{ type: 'article', children: [], diagnostics: [], position: undefined as never }];

  private point(offset: number): { line: number; column: number; offset: number } {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < offset; index += 1) {
      const code = this.text.charCodeAt(index);
      if (code === 10 || (code === 13 && this.text.charCodeAt(index + 1) !== 10)) {
        line += 1;
        lineStart = index + 1;
      }
    }
    return { line, column: offset - lineStart + 1, offset };
  }

  private get top(): Node {
    return this.stack[this.stack.length - 1]!;
  }

  /** A leaf (`text`, `whitespace`, or `quoteMark` with a role). */
  leaf(type: 'text' | 'whitespace' | 'quoteMark', value: string, fields: Record<string, unknown> = {}): this {
    const start = this.text.length;
    this.text += value;
    this.top.children!.push({ type, value, ...fields, position: { start: this.point(start), end: this.point(this.text.length) } } as Node);
    return this;
  }

  /** Text. */
  t(value: string): this {
    return this.leaf('text', value);
  }

  /** White space. */
  ws(value: string): this {
    return this.leaf('whitespace', value);
  }

  /** A parent node: `fill` writes its children. */
  node(type: string, fields: Record<string, unknown>, fill: (tree: this) => void): this {
    const start = this.text.length;
    const node = { type, ...fields, children: [] } as unknown as Node;
    this.top.children!.push(node);
    this.stack.push(node);
    fill(this);
    this.stack.pop();
    node.position = { start: this.point(start), end: this.point(this.text.length) };
    return this;
  }

  /** A closed quotation with straight double marks. */
  quote(id: string, words: string, attribution?: string): this {
    return this.node('quotation', { id, closed: true, ...(attribution ? { attribution } : {}) }, (q) =>
      q.leaf('quoteMark', '"', { role: 'open' }).t(words).leaf('quoteMark', '"', { role: 'close' }),
    );
  }

  /** An attribution: speaker, optional role, cue, joined by the given separators. */
  attribution(
    id: string,
    quotations: string[],
    parts: { speaker: string; resolved?: string; pronoun?: boolean; role?: string; cue: string; lemma: string; order?: 'speaker-cue' | 'cue-speaker' },
  ): this {
    return this.node('attribution', { id, quotations, reported: [], form: 'direct' }, (a) => {
      const speaker = (): void => {
        a.node('speaker', { name: parts.speaker, pronoun: parts.pronoun ?? false, ...(parts.resolved ? { resolved: parts.resolved } : {}) }, (s) => s.t(parts.speaker));
        if (parts.role) a.t(', ').node('role', {}, (r) => r.t(parts.role!)).t(',');
      };
      const cue = (): void => {
        a.node('cue', { lemma: parts.lemma }, (c) => c.t(parts.cue));
      };
      if (parts.order === 'cue-speaker') {
        cue();
        a.t(' ');
        speaker();
      } else {
        speaker();
        a.t(' ');
        cue();
      }
    });
  }

  /** The finished tree and its text, validated against the contract. */
  done(): { text: string; tree: Article } {
    const root = this.stack[0]!;
    root.position = { start: this.point(0), end: this.point(this.text.length) };
    const tree = root as unknown as Article;
    validateTree(tree, this.text);
    return { text: this.text, tree };
  }
}

/**
 * A small wire story with every kind of node: headline, byline, a dateline,
 * two speakers (one a pronoun resolved to a name), a role, cues, and two
 * boilerplate lines.
 */
export function handStory(): { text: string; tree: Article } {
  return new HandTree()
    .node('headline', {}, (h) => h.t('Harbor town votes to rebuild its seawall'))
    .ws('\n')
    .node('byline', { authors: ['JANE DOE'], organization: 'Associated Press' }, (b) => b.t('By JANE DOE, Associated Press'))
    .ws('\n\n')
    .node('paragraph', {}, (p) =>
      p
        .node('dateline', { location: 'PORTLAND, Maine', agency: 'AP' }, (d) => d.t('PORTLAND, Maine (AP) —'))
        .t(' ')
        .quote('q1', 'We cannot wait for the next storm,', 'a1')
        .t(' ')
        .attribution('a1', ['q1'], { speaker: 'Maria Lopez', role: 'the harbor master', cue: 'said', lemma: 'say' })
        .t(' Tuesday.'),
    )
    .ws('\n\n')
    .node('paragraph', {}, (p) =>
      p
        .quote('q2', 'The money is there,', 'a2')
        .t(' ')
        .attribution('a2', ['q2'], { speaker: 'she', resolved: 'Maria Lopez', pronoun: true, cue: 'told reporters', lemma: 'tell' })
        .t('. ')
        .attribution('a3', ['q3'], { speaker: 'Tom Reed', cue: 'said', lemma: 'say' })
        .t(' the vote was ')
        .quote('q3', 'long overdue.', 'a3'),
    )
    .ws('\n\n')
    .node('boilerplate', { kind: 'credit' }, (b) => b.t('The Associated Press contributed to this report.'))
    .ws('\n')
    .node('boilerplate', { kind: 'comments' }, (b) => b.t('Post a Comment'))
    .ws('\n')
    .done();
}
