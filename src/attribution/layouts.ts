/**
 * The layouts of attribution in wire copy, over the tokens of one
 * paragraph: finds the cue words with their speakers, then gives each
 * quotation the attribution its layout points to.
 *
 * - after the quote: `"...," Julianne Smith, the U.S. ambassador to NATO, said Tuesday.`
 * - inverted: `"...," said Dmitry Peskov, the Kremlin spokesman.`
 * - before the quote: `Smith told reporters: "..."`
 * - split: `"A," he said, "B."`
 * - mid-sentence: `The idea, Samorukov said, is to "..."`
 * - partial quotes in reported speech: `He branded the group "an instrument of confrontation."`
 * - `according to X`
 * - reported speech without marks: `Stoltenberg said the alliance ...` (indirect)
 *
 * Floating quotes (a sentence or paragraph that is only a quotation) are
 * handled by the pass, which sees across paragraphs.
 *
 * @module
 */
import { BETWEEN_SUBJECT_AND_CUE, DETERMINERS, NAMING_LEMMAS, PRONOUNS, SUBJECT_STOPS, TIME_WORDS, type CueLexicon } from './lexicon.js';
import { isNameWord, speakerAfter, speakerBefore, type Range, type SpeakerPhrase } from './names.js';
import { quotationContent, type IndexList, type Sentence, type Token } from './scan.js';
import { isComma, isWord, isAdverb, isDash, isPossessive, isContractedPronoun, hasQuote, BE_FORMS } from './predicates.js';
import { subjectOf, sentenceSubject, roleEnd } from './subjects.js';
import { lookupCue, isNounForm, guessLemma, looksLikeVerb, NOUN_MARKERS } from './cues.js';
import { isTitle, wordCount } from './content.js';


/** An attribution found in a paragraph, by token ranges. */
export interface Candidate {
  /** The cue words. */
  cue: Range;
  /** The cue's lemma. */
  lemma: string;
  /** Speaker and role, when found next to the cue. */
  phrase: SpeakerPhrase | undefined;
  /** How the speaker sits relative to the cue. */
  kind: 'subject' | 'inverted' | 'according' | 'participle' | 'positional' | 'colon';
  /** The attribution's extent: the words it wraps. */
  extent: Range;
  /** Whether it may stand alone as reported speech (form `indirect`). */
  speech: boolean;
  /** For a participle ("adding", "calling"): the attribution whose speaker it shares. */
  shares?: Candidate;
  /** Index of its sentence in the paragraph. */
  sentence: number;
  /** The quote tokens it credits, by token index. */
  quotes: number[];
}

/** Words that end the extension of an attribution clause. */
const CLAUSE_STOPS = new Set(['that', 'as', 'and', 'but', 'while', 'because', 'when', 'after', 'before', 'if', 'though', 'although', 'since', 'who', 'which', 'so', 'adding', 'saying', 'noting', 'before', 'until', 'where', 'whether', 'than']);

/** Whether nothing but punctuation (a comma, a dash) separates token `from` (exclusive) and `to` (exclusive). */
function adjacent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'punct' || !(token.text === ',' || token.text === '\u2014' || token.text === '\u2013' || token.text === '-' || token.text === ':')) return false;
  }
  return true;
}

/** Extends an extent over the words of the attribution clause (`said Tuesday in a statement`). */
function extendClause(tokens: readonly Token[], end: number, ceiling: number, lexicon: CueLexicon): number {
  let next = end;
  while (next < ceiling && next < end + 20) {
    const token = tokens[next]!;
    if (token.kind !== 'word' || CLAUSE_STOPS.has(token.lower)) break;
    const cue = lookupCue(tokens, next, lexicon);
    if (cue && !isNounForm(token, cue.lemma)) break;
    next += 1;
  }
  return next;
}

/** Whether token `index` ends the clause: end of sentence, punctuation, a quote, or a time word. */
function clauseEnds(tokens: readonly Token[], index: number, end: number): boolean {
  if (index >= end) return true;
  const token = tokens[index]!;
  return token.kind !== 'word' || TIME_WORDS.has(token.lower) || token.lower === 'on' || token.lower === 'in';
}

/**
 * The positional rule: a verb the lexicon does not know, between a quote and
 * a name (`"...," Smith quipped.`, `"...," quipped Smith.`).
 */
export function positional(tokens: readonly Token[], quote: number, sentence: Sentence, index: number): Candidate | undefined {
  let at = quote + 1;
  if (isComma(tokens[at])) at += 1;
  if (!isWord(tokens[at])) return undefined;
  // NAME VERB
  const first = tokens[at]!;
  if (first.upper || first.lower === 'he' || first.lower === 'she' || first.lower === 'they') {
    let nameEnd = at;
    while (nameEnd < sentence.end && isWord(tokens[nameEnd]) && (tokens[nameEnd]!.upper || tokens[nameEnd]!.lower === 'he' || tokens[nameEnd]!.lower === 'she' || tokens[nameEnd]!.lower === 'they') && nameEnd - at < 4) nameEnd += 1;
    const verb = tokens[nameEnd];
    if (looksLikeVerb(verb) && clauseEnds(tokens, nameEnd + 1, sentence.end)) {
      const phrase = speakerBefore(tokens, nameEnd - 1, at);
      if (phrase) {
        return { cue: { start: nameEnd, end: nameEnd + 1 }, lemma: guessLemma(verb.text), phrase, kind: 'positional', extent: { start: Math.min(phrase.speaker.start, phrase.role?.start ?? Infinity), end: nameEnd + 1 }, speech: false, sentence: index, quotes: [] };
      }
    }
    return undefined;
  }
  // VERB NAME
  if (looksLikeVerb(first) && isNameWord(tokens[at + 1])) {
    const found = speakerAfter(tokens, at + 1, sentence.end);
    if (found && clauseEnds(tokens, found.next, sentence.end)) {
      return { cue: { start: at, end: at + 1 }, lemma: guessLemma(first.text), phrase: found.phrase, kind: 'positional', extent: { start: at, end: found.next }, speech: false, sentence: index, quotes: [] };
    }
  }
  return undefined;
}

/**
 * Finds the attribution candidates of one sentence and credits its
 * quotations. Returns the candidates (quotes filled in); quotes left without
 * one are for the caller's floating rules. `cues` are the paragraph's
 * marked cue words (see `Marks` in `scan.ts`), read forward sentence by
 * sentence.
 */
export function attributeSentence(tokens: readonly Token[], sentence: Sentence, index: number, lexicon: CueLexicon, cues: IndexList): Candidate[] {
  const candidates: Candidate[] = [];
  let subject: { phrase: SpeakerPhrase; start: number; end: number } | null | undefined;
  // The sentence's first token, then only the marked words: no other word can start a cue.
  for (let at = sentence.start; at < sentence.end; at = cues.next(at + 1)) {
    const token = tokens[at]!;
    if (token.kind !== 'word') continue;
    // "according to X"
    if (token.lower === 'according' && tokens[at + 1]?.lower === 'to') {
      const found = speakerAfter(tokens, at + 2, sentence.end);
      if (found) {
        candidates.push({ cue: { start: at, end: at + 2 }, lemma: 'according to', phrase: found.phrase, kind: 'according', extent: { start: at, end: roleEnd(tokens, found, sentence.end) }, speech: true, sentence: index, quotes: [] });
        at = found.next - 1;
      }
      continue;
    }
    // Most words are ruled out here, before the call: capitalised inside the sentence, or no cue's signature.
    if (token.upper ? at !== sentence.start : lexicon.signatures[token.sig] === 0) continue;
    const cue = lookupCue(tokens, at, lexicon, at === sentence.start);
    if (!cue) continue;
    const previous = tokens[at - 1];
    const before = isWord(previous) ? previous.lower : '';
    const progressive = token.lower.endsWith('ing');
    // Nouns after determiners or possessives ("the claims", "Smith's statement") are not cues; nor is a passive ("was told").
    if (NOUN_MARKERS.has(before) || (isPossessive(before) && !isContractedPronoun(before))) continue;
    if (BE_FORMS.has(before) && !progressive) continue;
    const cueRange = { start: at, end: at + cue.length };
    const speech = !NAMING_LEMMAS.has(cue.lemma);
    // "went on" is a cue only before what was said ("went on to say", "went on:").
    const after = tokens[cueRange.end];
    if (cue.lemma === 'go on' && after && after.kind === 'word' && after.lower !== 'to') continue;
    // A form that is also a noun ("state", "calls", "comments") needs its subject right before it.
    const nounish = isNounForm(token, cue.lemma);
    const inverted = at === sentence.start || previous === undefined || previous.kind === 'quote' || (isComma(previous) && tokens[at - 2]?.kind === 'quote') || (previous.kind === 'punct' && previous.text === ':');
    if (inverted) {
      let next = cueRange.end;
      while (next < sentence.end && isAdverb(tokens[next]!)) next += 1;
      const found = speakerAfter(tokens, next, sentence.end);
      if (found) {
        const end = extendClause(tokens, roleEnd(tokens, found, sentence.end), sentence.end, lexicon);
        candidates.push({ cue: cueRange, lemma: cue.lemma, phrase: found.phrase, kind: 'inverted', extent: { start: at, end }, speech, sentence: index, quotes: [] });
        at = found.next - 1;
        continue;
      }
    }
    // A participle ("..., saying", "the crowd chanting") takes the sentence's subject, not the words before it.
    const participle = progressive && !BE_FORMS.has(before) && !isContractedPronoun(before) && !BETWEEN_SUBJECT_AND_CUE.has(before);
    let phrase = before === 'to' || before === 'by' || participle ? undefined : subjectOf(tokens, at, sentence.start, progressive);
    if (phrase && nounish && !phrase.pronoun) {
      const opener = tokens[Math.min(phrase.speaker.start, phrase.role?.start ?? Infinity) - 1];
      if (!tokens[phrase.speaker.start]!.upper || tokens[phrase.speaker.start - 1]?.lower === 'of' || (isWord(opener) && !opener.upper && (DETERMINERS.has(opener.lower) || SUBJECT_STOPS.has(opener.lower)) && !PRONOUNS.has(opener.lower))) phrase = undefined;
    }
    if (phrase) {
      const start = Math.min(phrase.speaker.start, phrase.role?.start ?? Infinity);
      candidates.push({ cue: cueRange, lemma: cue.lemma, phrase, kind: 'subject', extent: { start, end: cueRange.end }, speech, sentence: index, quotes: [] });
      at = cueRange.end - 1;
      continue;
    }
    if (nounish) continue;
    const shares = candidates.at(-1);
    if (participle && shares) {
      candidates.push({ cue: cueRange, lemma: cue.lemma, phrase: undefined, kind: 'participle', extent: { start: at, end: cueRange.end }, speech: false, shares, sentence: index, quotes: [] });
      continue;
    }
    if (shares) {
      // "She declared ... and said": the speaker of the attribution before.
      candidates.push({ cue: cueRange, lemma: cue.lemma, phrase: undefined, kind: 'participle', extent: { start: at, end: cueRange.end }, speech: false, shares, sentence: index, quotes: [] });
      continue;
    }
    // A cue whose subject opens the sentence ("She greeted the crowd and told them that ...", "He began by saying").
    subject ??= sentenceSubject(tokens, sentence) ?? null;
    if (subject && subject.end <= at && !hasQuote(tokens, subject.start, at) && at - subject.end <= 25) {
      candidates.push({ cue: cueRange, lemma: cue.lemma, phrase: subject.phrase, kind: 'subject', extent: { start: subject.start, end: cueRange.end }, speech: false, sentence: index, quotes: [] });
      at = cueRange.end - 1;
    }
  }
  if (sentence.quoted) assignQuotes(tokens, sentence, index, candidates, lexicon);
  return candidates;
}

/**
 * The quotations credited by a guess from their neighbours, with the rule
 * (`carry`, `float-before`, `float-after`), and the pieces of running quotes
 * moved to another attribution (`piece`); not part of the tree. A quotation
 * credited by its own cue has no entry.
 */
export const creditRule = new WeakMap<object, string>();

/** A candidate in the sentence's chain, in order of start: inserting and removing one costs O(1), not a splice. */
interface Link {
  readonly candidate: Candidate;
  prev: Link | undefined;
  next: Link | undefined;
}

/** The sentence's candidates as a doubly linked chain (see {@link Link}). */
class Chain {
  head: Link | undefined;
  tail: Link | undefined;

  constructor(candidates: readonly Candidate[]) {
    for (const candidate of candidates) this.insertBefore(undefined, candidate);
  }

  /** Inserts `candidate` before `link` (at the end when `link` is undefined); returns its link. */
  insertBefore(link: Link | undefined, candidate: Candidate): Link {
    const prev = link ? link.prev : this.tail;
    const created: Link = { candidate, prev, next: link };
    if (prev) prev.next = created;
    else this.head = created;
    if (link) link.prev = created;
    else this.tail = created;
    return created;
  }

  /** Takes `link` out of the chain. */
  remove(link: Link): void {
    if (link.prev) link.prev.next = link.next;
    else this.head = link.next;
    if (link.next) link.next.prev = link.prev;
    else this.tail = link.prev;
  }

  /** The link before `link` (the last one when `link` is undefined). */
  before(link: Link | undefined): Link | undefined {
    return link ? link.prev : this.tail;
  }
}

/** Gives each quote of the sentence the candidate its layout points to. */
function assignQuotes(tokens: readonly Token[], sentence: Sentence, index: number, candidates: Candidate[], lexicon: CueLexicon): void {
  candidates.sort((a, b) => a.extent.start - b.extent.start);
  const chain = new Chain(candidates);
  const lastLink = chain.tail;
  const closing = lastLink && lastLink.candidate.kind !== 'participle' && closesSentence(tokens, lastLink.candidate, sentence) ? lastLink : undefined;
  let next = chain.head; // first candidate that starts after the current token
  for (let at = sentence.start; at < sentence.end; at += 1) {
    while (next && next.candidate.extent.start <= at) next = next.next;
    const token = tokens[at]!;
    if (token.kind !== 'quote' || !token.quotation) continue;
    const content = quotationContent(token.quotation);
    if (wordCount(content, 1) === 0) continue;
    const following = next;
    // 1. The attribution right after the quote.
    let chosen = following && following.candidate.kind !== 'participle' && adjacent(tokens, at, following.candidate.extent.start) ? following : undefined;
    if (chosen && (chosen.candidate.kind === 'subject' || chosen.candidate.kind === 'positional')) chosen.candidate.extent.end = extendClause(tokens, chosen.candidate.extent.end, sentence.end, lexicon);
    if (!chosen) {
      const found = positional(tokens, at, sentence, index);
      const previous = chain.before(next);
      if (found && !(following && overlaps(following.candidate.extent, found.extent)) && !(previous && overlaps(previous.candidate.extent, found.extent))) {
        found.extent.end = extendClause(tokens, found.extent.end, following ? following.candidate.extent.start : sentence.end, lexicon);
        next = chain.insertBefore(next, found);
        chosen = next;
      }
    }
    if (!chosen && isTitle(content)) continue;
    // 2a. A colon right before the quote that no cue leads up to: `Pollsters agree - Carl Bialik: "..."`.
    if (!chosen && tokens[at - 1]?.text === ':' && at - 1 > sentence.start) {
      const before = chain.before(next);
      if (!before || !wordsOnlyBetween(tokens, before.candidate.extent.end, at - 1, 5)) {
        const colon = colonCandidate(tokens, at - 1, sentence, index);
        if (colon && !(before && overlaps(before.candidate.extent, colon.extent))) chosen = chain.insertBefore(next, colon);
      }
    }
    // 2. The nearest attribution before it in the sentence (partial quotes, split quotes, `Smith said: "..."`).
    if (!chosen) {
      let back = chain.before(next);
      for (let step = 0; back && step < 3; step += 1, back = back.prev) {
        if (back.candidate.extent.end <= at) {
          chosen = back;
          break;
        }
      }
    }
    // 2b. A colon before the quote: `Republican pollster Daron Shaw: "..."`, `Trump leaned in and boomed: "..."`.
    if (!chosen && tokens[at - 1]?.text === ':' && at - 1 > sentence.start) {
      const colon = colonCandidate(tokens, at - 1, sentence, index);
      const before = chain.before(next);
      if (colon && !(before && overlaps(before.candidate.extent, colon.extent))) chosen = chain.insertBefore(next, colon);
    }
    // 3. The attribution after a run of quotes it closes (`"A" and "B," she said`).
    if (!chosen && following && onlyQuotesBetween(tokens, at, following.candidate.extent.start)) {
      chosen = following;
    }
    // 4. An attribution that closes the sentence after a comma (`... was "arbitrarily detained," the group says.`).
    if (!chosen && closing && closing.candidate.extent.start > at) {
      chosen = closing;
    }
    if (!chosen) continue;
    let credited = chosen.candidate;
    if (credited.kind === 'participle' && credited.shares && credited.shares.quotes.length === 0 && credited.shares.phrase && tokens[credited.cue.start]!.lower.endsWith('ing')) {
      // `Smith told reporters Tuesday, adding that "..."`: one attribution from the speaker to the participle, which is its cue.
      const main = credited.shares;
      const adjacentCandidates = chosen.prev?.candidate === main;
      if (adjacentCandidates && main.extent.end <= credited.cue.start && credited.cue.start - main.extent.end <= 25 && !hasQuote(tokens, main.extent.end, credited.cue.start)) {
        main.extent.end = credited.cue.end;
        main.cue = credited.cue;
        main.lemma = credited.lemma;
        if (next === chosen) next = chosen.next;
        chain.remove(chosen);
      }
    }
    while (credited.kind === 'participle' && credited.shares) credited = credited.shares;
    if (credited.kind === 'participle') continue;
    credited.quotes.push(at);
  }
  candidates.length = 0;
  for (let link = chain.head; link; link = link.next) candidates.push(link.candidate);
}

/**
 * An attribution ending in a colon, for the quote after it: the name just
 * before the colon, else the sentence's subject; the colon is the cue.
 */
export function colonCandidate(tokens: readonly Token[], colon: number, sentence: Sentence, index: number): Candidate | undefined {
  let phrase = speakerBefore(tokens, colon - 1, sentence.start);
  let start = phrase ? Math.min(phrase.speaker.start, phrase.role?.start ?? Infinity) : -1;
  if (phrase && !phrase.pronoun && !tokens[phrase.speaker.start]!.upper && start !== sentence.start) phrase = undefined;
  if (!phrase) {
    const subject = sentenceSubject(tokens, sentence);
    if (!subject || subject.end > colon || hasQuote(tokens, subject.start, colon) || colon - subject.start > 30) return undefined;
    phrase = subject.phrase;
    start = subject.start;
  }
  if (hasQuote(tokens, start, colon)) return undefined;
  return { cue: { start: colon, end: colon + 1 }, lemma: ':', phrase, kind: 'colon', extent: { start, end: colon + 1 }, speech: false, sentence: index, quotes: [] };
}

/** Whether a candidate follows a comma and only punctuation follows it to the end of the sentence. */
function closesSentence(tokens: readonly Token[], candidate: Candidate, sentence: Sentence): boolean {
  const before = tokens[candidate.extent.start - 1];
  if (!isComma(before) && !isDash(before)) return false;
  for (let index = candidate.extent.end; index < sentence.end; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'punct') {
      if (token.kind === 'word' && !CLAUSE_STOPS.has(token.lower)) continue;
      return false;
    }
  }
  return true;
}

/** Whether at most `limit` words, and nothing else, lie from token `from` (inclusive) to `to` (exclusive). */
function wordsOnlyBetween(tokens: readonly Token[], from: number, to: number, limit: number): boolean {
  if (to - from > limit) return false;
  for (let index = from; index < to; index += 1) if (tokens[index]!.kind !== 'word') return false;
  return true;
}

/** Whether only quotes, punctuation and `and`/`or` lie between two tokens. */
function onlyQuotesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 40) return false;
  for (let index = from + 1; index < to; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'word' && token.lower !== 'and' && token.lower !== 'or') return false;
  }
  return true;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Extends a before-the-quote attribution over a short object up to `:` or `,` (`Smith told reporters:`). */
export function extendBefore(tokens: readonly Token[], candidate: Candidate, quote: number): void {
  if (candidate.extent.end > quote) return;
  let end = candidate.extent.end;
  while (end < quote && isWord(tokens[end]) && !CLAUSE_STOPS.has(tokens[end]!.lower) && end - candidate.extent.end < 5) end += 1;
  const gap = tokens[end];
  if (end < quote && gap && gap.kind === 'punct' && (gap.text === ':' || gap.text === ',') && end + 1 === quote) candidate.extent.end = end;
}
