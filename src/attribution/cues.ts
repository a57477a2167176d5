/**
 * Cue words: lexicon lookup (once per word), noun uses of cue words, and the
 * verb forms the positional rule takes for a cue the lexicon does not know.
 *
 * @module
 */
import type { CueLexicon, Language } from '../language/types.js';
import { isNameWord } from './names.js';
import type { Token } from '../words/token.js';
import { isWord } from './predicates.js';

/** Looks up a word token in the cue lexicon: its lemma and how many tokens the cue spans. */
export function lookupCue(lang: Language, tokens: readonly Token[], index: number, lexicon: CueLexicon, sentenceStart = false): { lemma: string; length: number } | undefined {
  const token = tokens[index]!;
  if (token.kind !== 'word' || (token.upper && !sentenceStart)) return undefined;
  if (token.upper) return isNameWord(lang, tokens[index + 1]) ? findCue(lang, tokens, index, lexicon) : undefined;
  if (lexicon.signatures[token.sig] === 0) return undefined;
  if (token.cue === undefined) token.cue = findCue(lang, tokens, index, lexicon) ?? null;
  return token.cue ?? undefined;
}

function findCue(lang: Language, tokens: readonly Token[], index: number, lexicon: CueLexicon): { lemma: string; length: number } | undefined {
  const token = tokens[index]!;
  // A word whose signature no first word of a cue has is ruled out before the set is hashed.
  if (lexicon.signatures[token.sig] === 0 || !lexicon.firsts.has(token.lower)) return undefined;
  const next = tokens[index + 1];
  // "the story tells itself", "she told herself": talk to oneself is not a source speaking.
  if (next && next.kind === 'word' && lang.reflexives.has(next.lower)) return undefined;
  const phrases = lexicon.phrases.get(token.lower);
  if (phrases && next && next.kind === 'word') {
    for (const [tail, lemma] of phrases) if (tail === next.lower) return { lemma, length: 2 };
  }
  const lemma = lexicon.words.get(token.lower);
  return lemma === undefined ? undefined : { lemma, length: 1 };
}

/** Whether a cue word is a form that is also a noun ("talks", "state", "calls"). */
export function isNounForm(lang: Language, token: Token, lemma: string): boolean {
  return lang.nounishLemmas.has(lemma) && (token.lower === lemma || token.lower === `${lemma}s` || token.lower === `${lemma}es`);
}

/** A verb form the positional rule accepts: lower-case, ending in -ed or -s. */
export function looksLikeVerb(lang: Language, token: Token | undefined): token is Token {
  if (!isWord(token) || token.upper || lang.subjectStops.has(token.lower)) return false;
  return lang.morphology.isUnknownVerb(token.lower);
}
