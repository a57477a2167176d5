/**
 * Cue words: lexicon lookup (once per word), noun uses of cue words, and a
 * lemma for a verb the lexicon does not know.
 *
 * @module
 */
import { mayStartCue, SUBJECT_STOPS, type CueLexicon } from './lexicon.js';
import { isNameWord } from './names.js';
import type { Token } from './scan.js';
import { isWord } from './predicates.js';

/** Looks up a word token in the cue lexicon: its lemma and how many tokens the cue spans. */
export function lookupCue(tokens: readonly Token[], index: number, lexicon: CueLexicon, sentenceStart = false): { lemma: string; length: number } | undefined {
  const token = tokens[index]!;
  if (token.kind !== 'word' || (token.upper && !sentenceStart)) return undefined;
  if (token.upper) return isNameWord(tokens[index + 1]) ? findCue(tokens, index, lexicon) : undefined;
  if (lexicon.signatures[token.sig] === 0) return undefined;
  if (token.cue === undefined) token.cue = findCue(tokens, index, lexicon) ?? null;
  return token.cue ?? undefined;
}

function findCue(tokens: readonly Token[], index: number, lexicon: CueLexicon): { lemma: string; length: number } | undefined {
  const token = tokens[index]!;
  if (!mayStartCue(lexicon, token.lower, token.sig)) return undefined;
  const next = tokens[index + 1];
  // "the story tells itself", "she told herself": talk to oneself is not a source speaking.
  if (next && next.kind === 'word' && REFLEXIVES.has(next.lower)) return undefined;
  const phrases = lexicon.phrases.get(token.lower);
  if (phrases && next && next.kind === 'word') {
    for (const [tail, lemma] of phrases) if (tail === next.lower) return { lemma, length: 2 };
  }
  const lemma = lexicon.words.get(token.lower);
  return lemma === undefined ? undefined : { lemma, length: 1 };
}

/** Reflexive pronouns: a cue verb followed by one does not report speech. */
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'yourself', 'yourselves', 'ourselves', 'oneself']);

/** Whether a cue word is a form that is also a noun ("talks", "state", "calls"). */
export function isNounForm(token: Token, lemma: string): boolean {
  return NOUNISH.has(lemma) && (token.lower === lemma || token.lower === `${lemma}s` || token.lower === `${lemma}es`);
}

/** Cue lemmas whose base and -s forms are also nouns. */
const NOUNISH = new Set([
  'state', 'call', 'email', 'comment', 'text', 'post', 'message', 'report', 'question', 'object', 'counter', 'charge',
  'claim', 'note', 'quote', 'term', 'label', 'brand', 'tweet', 'blog', 'answer', 'reply', 'release', 'issue', 'offer',
  'share', 'credit', 'reference', 'echo', 'signal', 'remark', 'cry', 'protest', 'demand', 'promise', 'pledge', 'vow',
  'estimate', 'forecast', 'sigh', 'joke', 'quip', 'chant', 'groan', 'gripe', 'cite', 'read', 'find', 'rule', 'put',
  'talk', 'speak', 'express', 'defend', 'mention', 'highlight', 'deliver', 'welcome', 'roar', 'boom', 'bark', 'beam',
  'rail', 'thunder', 'snap', 'muse', 'plead', 'respond', 'concern', 'caution', 'advise', 'praise', 'dismiss',
]);

export const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

/** A crude lemma for a verb the lexicon does not know ("opined" -> "opine"). */
export function guessLemma(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('ed')) {
    const stem = lower.slice(0, -2);
    const last = stem.at(-1) ?? '';
    if (stem.length > 2 && last === stem.at(-2) && !'aeiouls'.includes(last)) return stem.slice(0, -1);
    const vowel = (char: string): boolean => 'aeiou'.includes(char);
    if (stem.length >= 3 && !vowel(last) && vowel(stem.at(-2) ?? '') && !vowel(stem.at(-3) ?? '') && !stem.endsWith('er') && !'wxy'.includes(last)) return `${stem}e`;
    if ('vzc'.includes(last) || (last === 's' && vowel(stem.at(-2) ?? ''))) return `${stem}e`;
    return stem;
  }
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('es') && (lower.endsWith('shes') || lower.endsWith('ches') || lower.endsWith('sses'))) return lower.slice(0, -2);
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

/** A verb form the positional rule accepts: lower-case, ending in -ed or -s. */
export function looksLikeVerb(token: Token | undefined): token is Token {
  if (!isWord(token) || token.upper || SUBJECT_STOPS.has(token.lower) || token.lower.length < 4) return false;
  return token.lower.endsWith('ed') || (token.lower.endsWith('s') && !token.lower.endsWith('ss'));
}
