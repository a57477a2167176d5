/**
 * Where the content of reported speech starts and ends, by token indices: shared by the content rules of `rules/`.
 * A content ends at the end of its sentence, before the next attribution of the sentence, at a semicolon, or at a
 * comma that opens a new coordinated clause (`..., but`); it never holds a quotation another attribution credits.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import type { Candidate } from './candidate.js';
import { wordCount } from './content.js';
import { isNameWord, type Range } from './names.js';
import { isAuxiliaryForm, isComma, isWord } from './predicates.js';
import type { ContentScope } from './rules/types.js';
import { quotationContent, type Token } from './sentences.js';

/**
 * Whether a token ends a content's words when it is last: punctuation other than a closing parenthesis, `and`/`but`/
 * `or`, or a relative pronoun whose clause another attribution cut off ("the ruling, which she called unfair").
 */
function trailing(scope: ContentScope, index: number): boolean {
  const token = scope.tokens[index]!;
  if (token.kind === 'punct' || token.kind === 'break') return token.text !== ')';
  const lang = scope.lang;
  return token.kind === 'word' && (token.lower === 'and' || token.lower === 'or' || lang.clauseBreakers.has(token.lower) || lang.complementizers.has(token.lower) || lang.relatives.has(token.lower));
}

/**
 * The first token after the one told, when a cue of the pack's `toldCues` (by `lemma`) names them at `from`: a word
 * of `speechObjects` (`reporters`), or a name of capitalised words, with `the` before it (`The Associated Press`,
 * `CNN`); `from` itself when there is none.
 */
export function pastRecipient(lang: Language, tokens: readonly Token[], lemma: string, from: number, end: number): number {
  if (!lang.toldCues.has(lemma)) return from;
  const first = tokens[from];
  if (!isWord(first) || from >= end) return from;
  if (lang.speechObjects.has(first.lower)) return from + 1;
  let at = first.lower === 'the' ? from + 1 : from;
  while (at < end && isNameWord(lang, tokens[at]) && at - from < 6) at += 1;
  return at > from && tokens[at - 1]!.upper ? at : from;
}

/** Drops punctuation, line breaks and dangling conjunctions at both edges of `range`; `undefined` when nothing is left. */
export function trim(scope: ContentScope, range: Range): Range | undefined {
  let { start, end } = range;
  while (start < end && (scope.tokens[start]!.kind === 'punct' || scope.tokens[start]!.kind === 'break')) start += 1;
  while (end > start && trailing(scope, end - 1)) end -= 1;
  return end > start ? { start, end } : undefined;
}

/** The index in `scope.attributions` of the first attribution that starts at or after `from` (binary search). */
function firstFrom(scope: ContentScope, from: number): number {
  const list = scope.attributions;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.extent.start < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first token of the attribution after `from` in the sentence (other than `self`), or the sentence's end. */
export function nextAttribution(scope: ContentScope, from: number, self: Candidate): number {
  const list = scope.attributions;
  for (let index = firstFrom(scope, from); index < list.length; index += 1) if (list[index] !== self) return list[index]!.extent.start;
  return scope.sentence.end;
}

/** Whether the quote token at `index` is credited to an attribution other than `self`. */
function creditedElsewhere(scope: ContentScope, index: number, self: Candidate): boolean {
  const owner = scope.credited?.get(index);
  return owner !== undefined && owner !== self;
}

/** Whether the token at `at` ends a clause of a content: a semicolon, or a comma before a word that opens a new clause (`, but`). */
export function breaksClause(lang: Language, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (token.kind !== 'punct') return false;
  if (token.text === ';') return true;
  const next = tokens[at + 1];
  return isComma(token) && isWord(next) && lang.clauseBreakers.has(next.lower);
}

/**
 * Whether the token at `at` closes a relative clause inside its sentence: a comma or a dash before the main
 * clause's verb (`Haley, who delivered the response on Tuesday, is an "articulate conservative"`): a form of "be",
 * an auxiliary or a modal, a negated one (`doesn't`), a past form, a cue, or a verb in `-s` before `to` (`plans to`).
 */
export function closesRelative(lang: Language, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (token.kind !== 'punct' || !(isComma(token) || token.text === '\u2014' || token.text === '\u2013')) return false;
  let next = at + 1;
  while (isWord(tokens[next]) && !tokens[next]!.upper && lang.morphology.isAdverb(tokens[next]!.lower)) next += 1;
  const verb = tokens[next];
  if (!isWord(verb) || verb.upper) return false;
  const lower = verb.lower;
  if (isAuxiliaryForm(lang, lower) || lang.morphology.isPastForm(lower)) return true;
  if (lang.cues.words.has(lower) && !lang.morphology.isProgressive(lower)) return true;
  return lower.endsWith('s') && tokens[next + 1]?.lower === 'to';
}

/** The end (exclusive) of a content that starts at `from`, for the attribution `self`. */
export function contentEnd(scope: ContentScope, from: number, self: Candidate): number {
  const { tokens, lang } = scope;
  // An indirect attribution that opens the content is part of it ("said the FBI has not commented on ...").
  const list = scope.attributions;
  let next = firstFrom(scope, from);
  while (next < list.length && (list[next] === self || (list[next]!.extent.start === from && scope.absorbable.includes(list[next]!) && !scope.absorbed.includes(self)))) {
    if (list[next] !== self && !scope.absorbed.includes(list[next]!)) scope.absorbed.push(list[next]!);
    next += 1;
  }
  let limit = next < list.length ? list[next]!.extent.start : scope.sentence.end;
  // A relative clause's attribution after a conjunct (`... "insanity," and Sanders, who says`): the content ends
  // before its antecedent's conjunction (trimmed away); after a preposition or a verb the antecedent stays in it
  // (`said the bill was written by the governor, who ...`).
  const antecedent = next < list.length ? list[next]!.phrase?.antecedent : undefined;
  if (antecedent) {
    const first = Math.min(antecedent.speaker.start, antecedent.role?.start ?? Infinity);
    const joiner = tokens[first - 1];
    if (first > from && (isComma(joiner) || (isWord(joiner) && (joiner.lower === 'and' || joiner.lower === 'or')))) limit = first;
  }
  const relative = self.phrase?.antecedent !== undefined;
  let at = from;
  for (; at < limit; at += 1) {
    if (breaksClause(lang, tokens, at) || (tokens[at]!.kind === 'quote' && creditedElsewhere(scope, at, self)) || (relative && closesRelative(lang, tokens, at))) break;
  }
  return at;
}

/** The start (inclusive) of a content before an attribution that starts at `before`: after the attribution before it in the sentence. */
export function contentStartBefore(scope: ContentScope, before: number, self: Candidate): number {
  // The attributions that start before `self`: the furthest end among them, when it is at or before `before`.
  const list = scope.attributions;
  let index = firstFrom(scope, self.extent.start) - 1;
  while (index >= 0 && list[index] === self) index -= 1;
  if (index < 0) return scope.sentence.start;
  const reach = scope.reach[index]!;
  return reach <= before ? Math.max(scope.sentence.start, reach) : before;
}

/**
 * Whether tokens `range` read like reported words: at least two words outside quotations and three in all (two when
 * they read as a clause, no infinitive), and no quotation another attribution credits.
 */
export function enoughWords(scope: ContentScope, range: Range, self: Candidate): boolean {
  let outside = 0;
  let all = 0;
  for (let index = range.start; index < range.end; index += 1) {
    const token = scope.tokens[index]!;
    if (token.kind === 'word') {
      outside += 1;
      all += 1;
    } else if (token.kind === 'quote') {
      if (creditedElsewhere(scope, index, self)) return false;
      all += wordCount(quotationContent(scope.state.contents, token.quotation!), 3);
    }
  }
  if (outside < 2) return false;
  return all >= 3 || (all === 2 && isShortClause(scope, range));
}

/**
 * Whether two words are a whole clause, a subject and its verb ending the sentence ("said sales fell.", "said she
 * agreed."): not an infinitive ("urged to act"), no verb without its subject ("says is different"), nor cut short
 * before an auxiliary's verb or a quotation ("said he was \"...\"", "said she could").
 */
function isShortClause(scope: ContentScope, range: Range): boolean {
  const { lang, tokens } = scope;
  const next = tokens[range.end];
  if (next !== undefined && (next.kind !== 'punct' || next.text === ',')) return false;
  const subject = tokens[range.start]!.lower;
  if (subject === 'to' || lang.clauseMarkers.has(subject) || isAuxiliaryForm(lang, subject)) return false;
  return !isAuxiliaryForm(lang, tokens[range.end - 1]!.lower) && readsAsClause(scope, range);
}

/** The trimmed ranges that have enough words together, or `[]`. */
export function contentOf(scope: ContentScope, ranges: readonly Range[], self: Candidate): Range[] {
  const kept: Range[] = [];
  for (const range of ranges) {
    const trimmed = trim(scope, range);
    if (trimmed) kept.push(trimmed);
  }
  if (kept.length === 0) return [];
  const words = { start: kept[0]!.start, end: kept.at(-1)!.end };
  if (kept.length === 1) return enoughWords(scope, words, self) ? kept : [];
  let outside = 0;
  for (const range of kept) for (let index = range.start; index < range.end; index += 1) if (scope.tokens[index]!.kind === 'word') outside += 1;
  return outside >= 3 ? kept : [];
}

/**
 * Whether the words of `range` read as a clause, not a noun phrase: they open with a personal pronoun, an indirect
 * question word or an infinitive (`to` and a lower-case word that is no determiner), or hold a clause marker of the
 * language pack (`is`, `will`, `had`, `lost`), a quotation, or a lower-case word ending in -ed after the first.
 */
export function readsAsClause(scope: ContentScope, range: Range): boolean {
  const { lang, tokens } = scope;
  const first = tokens[range.start]!;
  if (first.kind === 'quote') return true;
  if (first.kind !== 'word') return false;
  if (lang.pronouns.has(first.lower) || lang.questionWords.has(first.lower)) return true;
  if (first.lower === 'to') {
    const verb = tokens[range.start + 1];
    return isWord(verb) && !verb.upper && !lang.determiners.has(verb.lower) && !lang.possessiveDeterminers.has(verb.lower) && !lang.pronouns.has(verb.lower);
  }
  for (let index = range.start; index < range.end; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'quote') return true;
    if (token.kind !== 'word') continue;
    if (lang.clauseMarkers.has(token.lower)) return true;
    if (index > range.start && !token.upper && token.lower.length > 4 && token.lower.endsWith('ed')) return true;
  }
  return false;
}

/** Whether a content before its attribution opens like an introductory phrase, not a clause ("On Tuesday", "Later"). */
export function opensWithIntro(scope: ContentScope, range: Range): boolean {
  const { lang, tokens } = scope;
  const first = tokens[range.start];
  return isWord(first) && (lang.prepositions.has(first.lower) || lang.timeWords.has(first.lower) || lang.introAdverbs.has(first.lower) || lang.openers.has(first.lower) || lang.morphology.isAdverb(first.lower));
}
