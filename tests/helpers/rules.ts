/** Runs the attribution pass over a text with a chosen set of rules (the rules' own tests use it). */
import { defaultRules, type Rules } from '../../src/attribution/rules/index.js';
import { parseArticle, quotations, toString, type Article, type ParseOptions } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { attributeQuotations } from '../../src/passes/attribution.js';
import { createLocator } from '../../src/tree/location.js';
import { validateTree } from './validate.js';

/** Every rule but the one named. */
export function rulesWithout(name: string): Rules {
  const keep = <T extends { name: string }>(list: readonly T[]): T[] => list.filter((rule) => rule.name !== name);
  return {
    cue: keep(defaultRules.cue),
    quote: keep(defaultRules.quote),
    paragraph: keep(defaultRules.paragraph),
    article: keep(defaultRules.article),
    source: keep(defaultRules.source),
    content: keep(defaultRules.content),
  };
}

/** The tree of `text` with the attribution pass run with `rules`. */
export function attributeWith(text: string, rules: Rules = defaultRules, options?: ParseOptions): Article {
  const article = parseArticle(text, { attribution: false });
  attributeQuotations(article, { text, locator: createLocator(text), options: resolveOptions(options), plainFrom: text.length, report: () => {} }, rules);
  validateTree(article, text);
  return article;
}

/** `[quoted text, speaker as written, cue lemma]` of every quotation (`-` for none). */
export function credits(article: Article): string[][] {
  return quotations(article).map((record) => [record.text, record.speaker ?? '-', record.lemma ?? '-']);
}

/** `[words, speaker, lemma, form]` of every attribution node. */
export function attributionsOf(article: Article): string[][] {
  const rows: string[][] = [];
  for (const block of article.children) {
    if (block.type !== 'paragraph') continue;
    for (const child of block.children) {
      if (child.type !== 'attribution') continue;
      const speaker = child.children.find((part) => part.type === 'speaker');
      const cue = child.children.find((part) => part.type === 'cue');
      rows.push([toString(child), speaker && speaker.type === 'speaker' ? speaker.name : '-', cue && cue.type === 'cue' ? cue.lemma : '-', child.form]);
    }
  }
  return rows;
}

/** `[content as written, speaker as written, cue lemma]` of every reported speech, in document order. */
export function reportedOf(article: Article): string[][] {
  const byId = new Map<string, { speaker: string; lemma: string }>();
  const rows: Array<{ text: string; attribution: string }> = [];
  for (const block of article.children) {
    if (block.type !== 'paragraph') continue;
    for (const child of block.children) {
      if (child.type === 'attribution') {
        const speaker = child.children.find((part) => part.type === 'speaker');
        const cue = child.children.find((part) => part.type === 'cue');
        byId.set(child.id, { speaker: speaker && speaker.type === 'speaker' ? speaker.name : '-', lemma: cue && cue.type === 'cue' ? cue.lemma : '-' });
      } else if (child.type === 'reportedSpeech') rows.push({ text: toString(child), attribution: child.attribution ?? '' });
    }
  }
  return rows.map((row) => [row.text, byId.get(row.attribution)?.speaker ?? '-', byId.get(row.attribution)?.lemma ?? '-']);
}
