/**
 * The extent of an attribution clause: how far it reaches after its cue, what may separate it from its quote, and
 * the attribution a colon makes. Shared by the rules of `rules/`.
 *
 * @module
 */
import type { CueLexicon, Language } from '../language/types.js';
import { makeCandidate, phraseStart, type Candidate } from './candidate.js';
import { isNounForm, lookupCue } from './cues.js';
import { speakerBefore } from './names.js';
import { hasQuote, isComma, isDash, isWord } from './predicates.js';
import type { Sentence, Token } from './sentences.js';
import { sentenceSubject } from './subjects.js';

/** Whether nothing but punctuation (a comma, a dash, a colon) separates token `from` (exclusive) and `to` (exclusive). */
export function adjacent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'punct' || !(token.text === ',' || token.text === '\u2014' || token.text === '\u2013' || token.text === '-' || token.text === ':')) return false;
  }
  return true;
}

/** Extends an extent over the words of the attribution clause (`said Tuesday in a statement`), up to a clause stop or another cue. */
export function extendClause(lang: Language, tokens: readonly Token[], end: number, ceiling: number, lexicon: CueLexicon): number {
  let next = end;
  while (next < ceiling && next < end + 20) {
    const token = tokens[next]!;
    if (token.kind !== 'word' || lang.clauseStops.has(token.lower)) break;
    const cue = lookupCue(lang, tokens, next, lexicon);
    if (cue && !isNounForm(lang, token, cue.lemma)) break;
    next += 1;
  }
  return next;
}

/** Whether only the language's sentence openers ("But", "And") come before token `at` in its sentence. */
export function opensSentence(lang: Language, tokens: readonly Token[], sentence: Sentence, at: number): boolean {
  for (let index = sentence.start; index < at; index += 1) if (tokens[index]!.kind !== 'word' || !lang.openers.has(tokens[index]!.lower)) return false;
  return true;
}

/** Whether only punctuation lies from token `from` to the end of its sentence. */
export function onlyPunctuationFrom(tokens: readonly Token[], from: number, sentence: Sentence): boolean {
  for (let index = from; index < sentence.end; index += 1) if (tokens[index]!.kind !== 'punct') return false;
  return true;
}

/** Whether token `index` ends the clause: end of sentence, punctuation, a quote, a time word, `on` or `in`. */
export function clauseEnds(lang: Language, tokens: readonly Token[], index: number, end: number): boolean {
  if (index >= end) return true;
  const token = tokens[index]!;
  return token.kind !== 'word' || lang.timeWords.has(token.lower) || token.lower === 'on' || token.lower === 'in';
}

/** Whether a candidate follows a comma or dash, and is no relative clause's (whose antecedent's clause comes before it). */
function followsClause(tokens: readonly Token[], candidate: Candidate): boolean {
  if (candidate.phrase?.antecedent) return false;
  const before = tokens[candidate.extent.start - 1];
  return isComma(before) || isDash(before);
}

/**
 * Whether an attribution after a comma is followed by a comma and a participle of speech that shares its speaker
 * ("Two people were hurt, police said, adding that the driver fled."): its own clause closes there, and the
 * participle's content is a second one of the same attribution.
 */
export function closesBeforeParticiple(lang: Language, tokens: readonly Token[], candidate: Candidate): boolean {
  if (!followsClause(tokens, candidate)) return false;
  const participle = tokens[candidate.extent.end + 1];
  return isComma(tokens[candidate.extent.end]) && isWord(participle) && !participle.upper && lang.morphology.isProgressive(participle.lower) && lang.cues.words.has(participle.lower);
}

/**
 * Whether a candidate follows a comma or dash and only punctuation and clause stops follow it to the end of the
 * sentence. A relative clause's attribution (`..., who agreed.`) closes none: the words before its comma are the
 * clause its antecedent is in, not what it says.
 */
export function closesSentence(lang: Language, tokens: readonly Token[], candidate: Candidate, sentence: Sentence): boolean {
  if (!followsClause(tokens, candidate)) return false;
  for (let index = candidate.extent.end; index < sentence.end; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'punct') {
      if (token.kind === 'word' && !lang.clauseStops.has(token.lower)) continue;
      return false;
    }
  }
  return true;
}

/** Whether at most `limit` words, and nothing else, lie from token `from` (inclusive) to `to` (exclusive). */
export function wordsOnlyBetween(tokens: readonly Token[], from: number, to: number, limit: number): boolean {
  if (to - from > limit) return false;
  for (let index = from; index < to; index += 1) if (tokens[index]!.kind !== 'word') return false;
  return true;
}

/** Whether only quotes, punctuation and `and`/`or` lie between two tokens (at most 40 apart). */
export function onlyQuotesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 40) return false;
  for (let index = from + 1; index < to; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'word' && token.lower !== 'and' && token.lower !== 'or') return false;
  }
  return true;
}

/** Extends a before-the-quote attribution over a short object up to `:` or `,` right before the quote (`Smith told reporters:`). */
export function extendBefore(lang: Language, tokens: readonly Token[], candidate: Candidate, quote: number): void {
  if (candidate.extent.end > quote) return;
  let end = candidate.extent.end;
  while (end < quote && isWord(tokens[end]) && !lang.clauseStops.has(tokens[end]!.lower) && end - candidate.extent.end < 5) end += 1;
  const gap = tokens[end];
  if (end < quote && gap && gap.kind === 'punct' && (gap.text === ':' || gap.text === ',') && end + 1 === quote) candidate.extent.end = end;
}

/**
 * An attribution ending in a colon, for the quote after it: the name just before the colon, else the sentence's
 * subject; the colon is the cue.
 */
export function colonCandidate(lang: Language, tokens: readonly Token[], colon: number, sentence: Sentence, index: number): Candidate | undefined {
  let phrase = speakerBefore(lang, tokens, colon - 1, sentence.start);
  let start = phrase ? phraseStart(phrase) : -1;
  if (phrase && !phrase.pronoun && !tokens[phrase.speaker.start]!.upper && start !== sentence.start) phrase = undefined;
  if (!phrase) {
    const subject = sentenceSubject(lang, tokens, sentence);
    if (!subject || subject.end > colon || hasQuote(tokens, subject.start, colon) || colon - subject.start > 30) return undefined;
    phrase = subject.phrase;
    start = subject.start;
  }
  if (hasQuote(tokens, start, colon)) return undefined;
  return makeCandidate({ kind: 'colon', cue: { start: colon, end: colon + 1 }, lemma: ':', phrase, extent: { start, end: colon + 1 }, speech: false, sentence: index });
}

/**
 * Whether the verb at `at` reads as a second verb of an earlier subject: a conjunction (`and`, `but`, `or`) or a
 * punctuation mark before it, past the words that sit between a subject and its cue (`and later said`). After any
 * other word the verb has a subject of its own (`Smith said the bureau had not commented`).
 */
export function followsConjunction(lang: Language, tokens: readonly Token[], at: number, sentence: Sentence): boolean {
  let index = at - 1;
  while (index >= sentence.start && tokens[index]!.kind === 'word' && lang.betweenSubjectAndCue.has(tokens[index]!.lower)) index -= 1;
  if (index < sentence.start) return true;
  const token = tokens[index]!;
  return token.kind !== 'word' || token.lower === 'and' || token.lower === 'but' || token.lower === 'or';
}
