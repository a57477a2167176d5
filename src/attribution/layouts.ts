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
import { BETWEEN_SUBJECT_AND_CUE, DESCRIPTIVE, DETERMINERS, NAMING_LEMMAS, PRONOUNS, SUBJECT_STOPS, TIME_WORDS, TITLE_HEADS, type CueLexicon } from './lexicon.js';
import { isNameWord, speakerAfter, speakerBefore, type Range, type SpeakerPhrase } from './names.js';
import { quotationContent, type Sentence, type Token } from './scan.js';

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

/** Looks up a word token in the cue lexicon: its lemma and how many tokens the cue spans. */
export function lookupCue(tokens: readonly Token[], index: number, lexicon: CueLexicon, sentenceStart = false): { lemma: string; length: number } | undefined {
  const token = tokens[index]!;
  if (token.kind !== 'word' || (token.upper && !sentenceStart)) return undefined;
  if (token.upper) return isNameWord(tokens[index + 1]) ? findCue(tokens, index, lexicon) : undefined;
  if (token.cue === undefined) token.cue = findCue(tokens, index, lexicon) ?? null;
  return token.cue ?? undefined;
}

function findCue(tokens: readonly Token[], index: number, lexicon: CueLexicon): { lemma: string; length: number } | undefined {
  const token = tokens[index]!;
  if (!lexicon.firsts.has(token.lower)) return undefined;
  const phrases = lexicon.phrases.get(token.lower);
  const next = tokens[index + 1];
  if (phrases && next && next.kind === 'word') {
    for (const [tail, lemma] of phrases) if (tail === next.lower) return { lemma, length: 2 };
  }
  const lemma = lexicon.words.get(token.lower);
  return lemma === undefined ? undefined : { lemma, length: 1 };
}

const isComma = (token: Token | undefined): boolean => token !== undefined && token.kind === 'punct' && (token.text === ',' || token.text === '\u3001');
const isWord = (token: Token | undefined): token is Token => token !== undefined && token.kind === 'word';
const isAdverb = (token: Token): boolean =>
  token.kind === 'word' && !token.upper && (BETWEEN_SUBJECT_AND_CUE.has(token.lower) || (token.lower.endsWith('ly') && token.lower.length > 4));

/** Words that end the extension of an attribution clause. */
const CLAUSE_STOPS = new Set(['that', 'as', 'and', 'but', 'while', 'because', 'when', 'after', 'before', 'if', 'though', 'although', 'since', 'who', 'which', 'so', 'adding', 'saying', 'noting', 'before', 'until', 'where', 'whether', 'than']);

/** Relative pronouns that open a clause rather than a role. */
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'that']);

/**
 * Finds the speaker of a cue at `cue` scanning back (subject layout), with an
 * appositive role between commas (`Smith, the ambassador, said`).
 */
function subjectOf(tokens: readonly Token[], cue: number, floor: number, progressive: boolean): SpeakerPhrase | undefined {
  let index = cue - 1;
  while (index >= floor && (isAdverb(tokens[index]!) || (progressive && BE_FORMS.has(tokens[index]!.lower)))) index -= 1;
  if (index < floor) return undefined;
  let token = tokens[index]!;
  if (progressive && isContractedPronoun(token.lower)) return { speaker: { start: index, end: index + 1 }, pronoun: true };
  // A parenthesis after a name: "Sen. Ted Cruz (R-Texas) said".
  if (token.kind === 'punct' && token.text === ')') {
    let open = index - 1;
    while (open > floor && open > index - 8 && !(tokens[open]!.kind === 'punct' && tokens[open]!.text === '(')) open -= 1;
    if (open <= floor || tokens[open]!.text !== '(') return undefined;
    const phrase = speakerBefore(tokens, open - 1, floor);
    if (!phrase || phrase.pronoun) return undefined;
    return phrase.role ? { ...phrase, apposition: { start: open + 1, end: index } } : { ...phrase, role: { start: open + 1, end: index } };
  }
  if (isComma(token) || isDash(token)) {
    // Appositive: find the comma (or dash) that opens it; a comma after a parenthesis closes "(R-Ohio),".
    if (tokens[index - 1]?.text === ')') {
      const inner = subjectOf(tokens, index, floor, false);
      if (inner) return inner;
    }
    return appositive(tokens, index, floor);
  }
  if (token.kind !== 'word' || (SUBJECT_STOPS.has(token.lower) && !PRONOUNS.has(token.lower))) return undefined;
  return speakerBefore(tokens, index, floor);
}

/** Whether tokens `[start, end)` are two to four name words. */
function isNameRun(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2 || end - start > 4) return false;
  for (let index = start; index < end; index += 1) if (!isNameWord(tokens[index])) return false;
  return true;
}

/** `NAME, ROLE, cue` (or with dashes): tries up to three comma groups back for the name. */
function appositive(tokens: readonly Token[], close: number, floor: number): SpeakerPhrase | undefined {
  let end = close;
  for (let group = 0; group < 3; group += 1) {
    let open = end - 1;
    while (open >= floor && open > close - 40) {
      const current = tokens[open]!;
      if (current.kind === 'quote' || (current.kind === 'punct' && !isComma(current) && !isDash(current) && !'.-&()\'’'.includes(current.text))) return undefined;
      if (isComma(current) || isDash(current)) break;
      open -= 1;
    }
    if (open <= floor || !(isComma(tokens[open]) || isDash(tokens[open])) || open + 1 >= end) return undefined;
    const phrase = speakerBefore(tokens, open - 1, floor);
    if (phrase && !phrase.pronoun) {
      const first = tokens[open + 1]!;
      if (group === 0 && RELATIVES.has(first.lower)) return phrase;
      // `his wife, Gabriela Lazar, wrote`: the name between the commas is the speaker, the noun phrase its role.
      if (group === 0 && !tokens[phrase.speaker.start]!.upper && isNameRun(tokens, open + 1, close)) {
        return { speaker: { start: open + 1, end: close }, role: phrase.speaker, pronoun: false };
      }
      return { speaker: phrase.speaker, ...(phrase.role ? { role: phrase.role } : {}), ...(isWord(first) ? { apposition: { start: open + 1, end: close } } : {}), pronoun: false };
    }
    end = open;
  }
  return undefined;
}

const isTitleWord = (token: Token): boolean => TITLE_HEADS.has(token.lower) || DESCRIPTIVE.has(token.lower);
/** Whether a cue word is a form that is also a noun ("talks", "state", "calls"). */
function isNounForm(token: Token, lemma: string): boolean {
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
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const isDash = (token: Token | undefined): boolean => token !== undefined && token.kind === 'punct' && (token.text === '\u2014' || token.text === '\u2013');
const isPossessive = (lower: string): boolean => lower.endsWith("'s") || lower.endsWith('’s') || lower.endsWith("s'") || lower.endsWith('s’');

/** "he's", "they're", "I'm": a pronoun with a contracted auxiliary. */
export function isContractedPronoun(lower: string): boolean {
  const apostrophe = Math.max(lower.indexOf("'"), lower.indexOf('’'));
  if (apostrophe < 0) return false;
  return PERSONAL.has(lower.slice(0, apostrophe)) && CONTRACTIONS.has(lower.slice(apostrophe + 1));
}
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const CONTRACTIONS = new Set(['s', 're', 'm', 'd', 'll', 've']);

function hasQuote(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (tokens[index]!.kind === 'quote') return true;
  return false;
}

/** Words after a capitalised opener that make it an introductory phrase ("Hours later, ..."). */
const INTRO_ADVERBS = new Set(['later', 'earlier', 'ago', 'after', 'before', 'afterward', 'afterwards', 'since']);

/** Words that may open a sentence before its subject. */
const OPENERS = new Set(['and', 'but', 'so', 'yet', 'or', 'also', 'still', 'then', 'now', 'instead', 'later', 'meanwhile']);

/**
 * The subject that opens a sentence ("She", "The Florida senator", "Sen. Ted
 * Cruz, R-Texas,"), after an opening word or an introductory phrase that ends
 * with a comma; the next word must be lower-case (its verb).
 */
function sentenceSubject(tokens: readonly Token[], sentence: Sentence): { phrase: SpeakerPhrase; start: number; end: number } | undefined {
  const tryAt = (start: number): { phrase: SpeakerPhrase; start: number; end: number } | undefined => {
    let first = start;
    while (first < sentence.end && isWord(tokens[first]) && OPENERS.has(tokens[first]!.lower)) first += 1;
    const token = tokens[first];
    if (!isWord(token)) return undefined;
    let end: number;
    let phrase: SpeakerPhrase;
    if (isContractedPronoun(token.lower)) {
      phrase = { speaker: { start: first, end: first + 1 }, pronoun: true };
      end = first + 1;
    } else {
      const found = speakerAfter(tokens, first, sentence.end);
      if (!found) return undefined;
      phrase = found.phrase;
      end = found.next;
      // Cut a common noun phrase at its verb ("The billionaire businessman began ...").
      if (!phrase.pronoun && !tokens[phrase.speaker.start]!.upper || tokens[phrase.speaker.start]!.lower === 'the') {
        for (let at = phrase.speaker.start + 1; at < end; at += 1) {
          const word = tokens[at]!;
          if (!word.upper && (word.lower.endsWith('ed') || BE_FORMS.has(word.lower))) {
            end = at;
            phrase = { ...phrase, speaker: { start: phrase.speaker.start, end: at } };
            break;
          }
        }
      }
    }
    let next = end;
    if (isComma(tokens[next]) || isDash(tokens[next])) {
      // An appositive ("Christie, New Jersey's governor, said"); a capitalised word after the comma is no appositive.
      const opening = tokens[next + 1];
      if (!isWord(opening) || (opening.upper && !DETERMINERS.has(opening.lower) && !isTitleWord(opening))) return undefined;
      let close = next + 1;
      while (close < sentence.end && close < next + 25 && !(isComma(tokens[close]) || isDash(tokens[close])) && tokens[close]!.kind !== 'quote') close += 1;
      if (!(isComma(tokens[close]) || isDash(tokens[close]))) return undefined;
      if (close > next + 1) phrase = { ...phrase, apposition: { start: next + 1, end: close } };
      next = close + 1;
    }
    const verb = tokens[next];
    if (!isWord(verb) || verb.upper || INTRO_ADVERBS.has(verb.lower)) return undefined;
    return { phrase, start: first, end: next };
  };
  const direct = tryAt(sentence.start);
  if (direct) return direct;
  // After an introductory phrase: "In Moscow, ...", "At a town hall in Salem, N.H., Trump ...".
  for (let at = sentence.start; at < sentence.end && at < sentence.start + 16; at += 1) {
    const token = tokens[at]!;
    if (token.kind === 'quote') return undefined;
    if (isComma(token)) {
      const found = tryAt(at + 1);
      if (found) return found;
    }
  }
  return undefined;
}

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
function looksLikeVerb(token: Token | undefined): token is Token {
  if (!isWord(token) || token.upper || SUBJECT_STOPS.has(token.lower) || token.lower.length < 4) return false;
  return token.lower.endsWith('ed') || (token.lower.endsWith('s') && !token.lower.endsWith('ss'));
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
function positional(tokens: readonly Token[], quote: number, sentence: Sentence, index: number): Candidate | undefined {
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

/** Whether a quotation's content reads like a title ("One Hundred Years of Solitude"), not speech. */
export function isTitle(content: string): boolean {
  const trimmed = content.trim();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  // , ; : ! ?
  if (last === 44 || last === 59 || last === 58 || last === 33 || last === 63) return false;
  if (wordCount(trimmed) > 10) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 2) return false;
  let capitalised = 0;
  for (const word of words) {
    const first = word[0] ?? '';
    const upper = first !== first.toLowerCase();
    if (upper) capitalised += 1;
    else if (!TITLE_SMALL.has(word.toLowerCase())) return false;
  }
  return capitalised >= 2 && !(words.length === 2 && words[0] === 'I');
}

const TITLE_SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'or', 'from', 'de', '&']);

/** Number of words in a quotation's content. */
export function wordCount(content: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < content.length; index += 1) {
    const code = content.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/**
 * Finds the attribution candidates of one sentence and credits its
 * quotations. Returns the candidates (quotes filled in); quotes left without
 * one are for the caller's floating rules.
 */
export function attributeSentence(tokens: readonly Token[], sentence: Sentence, index: number, lexicon: CueLexicon): Candidate[] {
  const candidates: Candidate[] = [];
  let subject: { phrase: SpeakerPhrase; start: number; end: number } | null | undefined;
  for (let at = sentence.start; at < sentence.end; at += 1) {
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

/** The end of a speaker phrase found after a cue, with an appositive role after a comma (`said Smith, the ambassador`). */
function roleEnd(tokens: readonly Token[], found: { phrase: SpeakerPhrase; next: number }, ceiling: number): number {
  const phrase = found.phrase;
  if (!isComma(tokens[found.next]) || phrase.pronoun) return found.next;
  const first = tokens[found.next + 1];
  if (!isWord(first) || RELATIVES.has(first.lower) || !(first.upper || first.lower === 'the' || first.lower === 'a' || first.lower === 'an' || first.lower === 'who')) return found.next;
  let end = found.next + 1;
  while (end < ceiling && tokens[end]!.kind === 'word') end += 1;
  if (end - (found.next + 1) > 12) return found.next;
  phrase.apposition = { start: found.next + 1, end };
  return end;
}

/** The layout rule that credited each quotation, kept for development (error analysis on the gold set); not part of the tree. */
export const creditRule = new WeakMap<object, string>();

/** Gives each quote of the sentence the candidate its layout points to. */
function assignQuotes(tokens: readonly Token[], sentence: Sentence, index: number, candidates: Candidate[], lexicon: CueLexicon): void {
  candidates.sort((a, b) => a.extent.start - b.extent.start);
  const lastCandidate = candidates.at(-1);
  const closing = lastCandidate && lastCandidate.kind !== 'participle' && closesSentence(tokens, lastCandidate, sentence) ? lastCandidate : undefined;
  let next = 0; // first candidate that starts after the current token
  for (let at = sentence.start; at < sentence.end; at += 1) {
    while (next < candidates.length && candidates[next]!.extent.start <= at) next += 1;
    const token = tokens[at]!;
    if (token.kind !== 'quote' || !token.quotation) continue;
    const content = quotationContent(token.quotation);
    if (wordCount(content) === 0) continue;
    const following = candidates[next];
    // 1. The attribution right after the quote.
    let chosen = following && following.kind !== 'participle' && adjacent(tokens, at, following.extent.start) ? following : undefined;
    let rule = 'after';
    if (chosen && (chosen.kind === 'subject' || chosen.kind === 'positional')) chosen.extent.end = extendClause(tokens, chosen.extent.end, sentence.end, lexicon);
    if (!chosen) {
      const found = positional(tokens, at, sentence, index);
      const previous = candidates[next - 1];
      if (found && !(following && overlaps(following.extent, found.extent)) && !(previous && overlaps(previous.extent, found.extent))) {
        found.extent.end = extendClause(tokens, found.extent.end, following ? following.extent.start : sentence.end, lexicon);
        candidates.splice(next, 0, found);
        chosen = found;
        rule = 'positional';
      }
    }
    if (!chosen && isTitle(content)) continue;
    // 2a. A colon right before the quote that no cue leads up to: `Pollsters agree - Carl Bialik: "..."`.
    if (!chosen && tokens[at - 1]?.text === ':' && at - 1 > sentence.start) {
      const before = candidates[next - 1];
      if (!before || !wordsOnlyBetween(tokens, before.extent.end, at - 1, 5)) {
        const colon = colonCandidate(tokens, at - 1, sentence, index);
        if (colon && !(before && overlaps(before.extent, colon.extent))) {
          candidates.splice(next, 0, colon);
          next += 1;
          chosen = colon;
          rule = 'colon';
        }
      }
    }
    // 2. The nearest attribution before it in the sentence (partial quotes, split quotes, `Smith said: "..."`).
    if (!chosen) {
      for (let back = next - 1; back >= 0 && back >= next - 3; back -= 1) {
        if (candidates[back]!.extent.end <= at) {
          chosen = candidates[back];
          break;
        }
      }
      rule = 'before';
    }
    // 2b. A colon before the quote: `Republican pollster Daron Shaw: "..."`, `Trump leaned in and boomed: "..."`.
    if (!chosen && tokens[at - 1]?.text === ':' && at - 1 > sentence.start) {
      const colon = colonCandidate(tokens, at - 1, sentence, index);
      if (colon && !(candidates[next - 1] && overlaps(candidates[next - 1]!.extent, colon.extent))) {
        candidates.splice(next, 0, colon);
        next += 1;
        chosen = colon;
        rule = 'colon';
      }
    }
    // 3. The attribution after a run of quotes it closes (`"A" and "B," she said`).
    if (!chosen && following && onlyQuotesBetween(tokens, at, following.extent.start)) {
      chosen = following;
      rule = 'later';
    }
    // 4. An attribution that closes the sentence after a comma (`... was "arbitrarily detained," the group says.`).
    if (!chosen && closing && closing.extent.start > at) {
      chosen = closing;
      rule = 'closing';
    }
    if (!chosen) continue;
    if (chosen.kind === 'participle' && chosen.shares && chosen.shares.quotes.length === 0 && chosen.shares.phrase && tokens[chosen.cue.start]!.lower.endsWith('ing')) {
      // `Smith told reporters Tuesday, adding that "..."`: one attribution from the speaker to the participle, which is its cue.
      const main = chosen.shares;
      const removed = candidates.indexOf(chosen);
      const adjacentCandidates = removed > 0 && candidates[removed - 1] === main;
      if (adjacentCandidates && main.extent.end <= chosen.cue.start && chosen.cue.start - main.extent.end <= 25 && !hasQuote(tokens, main.extent.end, chosen.cue.start)) {
        main.extent.end = chosen.cue.end;
        main.cue = chosen.cue;
        main.lemma = chosen.lemma;
        candidates.splice(removed, 1);
        if (removed < next) next -= 1;
      }
    }
    while (chosen.kind === 'participle' && chosen.shares) chosen = chosen.shares;
    if (chosen.kind === 'participle') continue;
    chosen.quotes.push(at);
    creditRule.set(token.quotation, `${rule}:${chosen.kind}`);
  }
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
