/**
 * Speakers next to their cue: the subject before it (with an appositive role),
 * the phrase after an inverted cue, and the subject that opens a sentence.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import { phraseStart } from './candidate.js';
import { isNameWord, isPartyLabel, placePhraseBefore, speakerAfter, speakerBefore, type SpeakerPhrase } from './names.js';
import type { Sentence, Token } from './sentences.js';
import { isComma, isWord, isAdverb, isDash, isContractedPronoun, isTitleWord } from './predicates.js';
import { canSpeak } from './speaks.js';

/** The most words a time phrase before a cue runs over. */
const TIME_PHRASE_WORDS = 6;

/**
 * The first token of a time phrase that ends at `last` (inclusive), or -1: a span of time closed by a past marker
 * ("two weeks ago", "less than a month earlier": numbers, quantity words, determiners and units of time before it),
 * or time words with a preposition before them ("last week", "on Tuesday", "earlier this month").
 */
function timePhraseStart(lang: Language, tokens: readonly Token[], last: number, floor: number): number {
  const end = tokens[last];
  if (!isWord(end)) return -1;
  let start = last;
  const fits = (token: Token): boolean => token.kind === 'word' && last - start < TIME_PHRASE_WORDS;
  if (lang.pastMarkers.has(end.lower)) {
    let unit = false;
    while (start - 1 >= floor && fits(tokens[start - 1]!)) {
      const lower = tokens[start - 1]!.lower;
      if (lang.durations.has(lower)) unit = true;
      else if (!(lang.quantities.has(lower) || lang.determiners.has(lower) || /^[0-9]/.test(lower))) break;
      start -= 1;
    }
    if (unit) return start;
    start = last;
  }
  if (!lang.timeWords.has(end.lower)) return -1;
  while (start - 1 >= floor && fits(tokens[start - 1]!) && lang.timeWords.has(tokens[start - 1]!.lower)) start -= 1;
  // A unit alone is a noun ("a presidential year expected"), time words after a determiner modify a noun ("the last
  // claim"), a capitalised time word after a capitalised word is part of a name ("on Super Tuesday said", "USA Today").
  const before = tokens[start - 1];
  if (lang.durations.has(tokens[start]!.lower) || (isWord(before) && (lang.determiners.has(before.lower) || (tokens[start]!.upper && before.upper)))) return -1;
  if (start - 1 >= floor && isWord(before) && lang.prepositions.has(before.lower)) start -= 1;
  return start;
}

/**
 * Finds the speaker of a cue at `cue` scanning back (subject layout), with an
 * appositive role between commas (`Smith, the ambassador, said`).
 */
export function subjectOf(lang: Language, tokens: readonly Token[], cue: number, floor: number, progressive: boolean): SpeakerPhrase | undefined {
  let index = cue - 1;
  while (index >= floor && (isAdverb(lang, tokens[index]!) || (progressive && lang.beForms.has(tokens[index]!.lower)))) index -= 1;
  // A time phrase between the subject and its cue ("The ministry last week said", "... two weeks ago said").
  const time = timePhraseStart(lang, tokens, index, floor);
  if (time > floor) {
    index = time - 1;
    while (index >= floor && isAdverb(lang, tokens[index]!)) index -= 1;
  }
  if (index < floor) return undefined;
  let token = tokens[index]!;
  if (progressive && isContractedPronoun(lang, token.lower)) return { speaker: { start: index, end: index + 1 }, pronoun: true };
  // A parenthesis after a name: "Sen. Ted Cruz (R-Texas) said".
  if (token.kind === 'punct' && token.text === ')') return parenthesized(lang, tokens, index, floor);
  if (isComma(token) || isDash(token)) {
    // Appositive: find the comma (or dash) that opens it; a comma after a parenthesis closes "(R-Ohio),".
    if (tokens[index - 1]?.text === ')') {
      const inner = subjectOf(lang, tokens, index, floor, false);
      if (inner) return inner;
    }
    return appositive(lang, tokens, index, floor);
  }
  if (token.kind !== 'word' || (lang.subjectStops.has(token.lower) && !lang.pronouns.has(token.lower))) return undefined;
  return speakerBefore(lang, tokens, index, floor);
}

/**
 * The name before a parenthesis that closes at `close`, the parenthesis its role ("Sen. Ted Cruz (R-Texas)", "Rep.
 * Wendy Nanney (R)"); `undefined` when no name stands before it.
 */
function parenthesized(lang: Language, tokens: readonly Token[], close: number, floor: number): SpeakerPhrase | undefined {
  let open = close - 1;
  while (open > floor && open > close - 8 && !(tokens[open]!.kind === 'punct' && tokens[open]!.text === '(')) open -= 1;
  if (open <= floor || tokens[open]!.text !== '(') return undefined;
  const phrase = speakerBefore(lang, tokens, open - 1, floor);
  if (!phrase || phrase.pronoun) return undefined;
  return phrase.role ? { ...phrase, apposition: { start: open + 1, end: close } } : { ...phrase, role: { start: open + 1, end: close } };
}

/**
 * The speaker phrase that ends at `last`, or the name before a party label in parentheses that closes there ("Rep.
 * Wendy Nanney (R)", "Sen. Dana Ruiz (D-Ore.)"; not an organisation's acronym, "the Agreement (INRA)").
 */
function phraseBefore(lang: Language, tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | undefined {
  const token = tokens[last];
  if (token === undefined || token.kind !== 'punct' || token.text !== ')') return speakerBefore(lang, tokens, last, floor);
  return tokens[last - 2]?.text === '(' && isPartyLabel(tokens[last - 1]!) ? parenthesized(lang, tokens, last, floor) : undefined;
}

/** Whether tokens `[start, end)` are two to four name words. */
function isNameRun(lang: Language, tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2 || end - start > 4) return false;
  for (let index = start; index < end; index += 1) if (!isNameWord(lang, tokens[index])) return false;
  return true;
}

/**
 * Whether the phrase between commas after a name, opening with `first`, describes the speaker (a role: "the county
 * treasurer"; where the speaker is from, "of Ames", "of the county board": the pack's rolePrepositions), not the
 * saying: one that opens with another preposition is said of when, where or how ("Trump, in an interview on Friday,
 * said", "Republicans, on the other hand, say", "Liveris, of course, said").
 */
function describesSpeaker(lang: Language, tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (!isWord(first)) return false;
  if (lang.prepositions.has(first.lower)) {
    // Where the speaker is from: a name or a noun phrase after `of` ("of Ames", "of the county board"; not "of course").
    const next = tokens[start + 1];
    return lang.rolePrepositions.has(first.lower) && isWord(next) && (next.upper || lang.determiners.has(next.lower));
  }
  // A participle with its phrase says when or how they spoke ("Ortiz, speaking at a news conference, said", "Ortiz,
  // asked about the vote, said"), and so does one function word or adverb ("Proponents, however, say").
  if (!first.upper && end - start > 1 && (lang.morphology.isProgressive(first.lower) || lang.morphology.isPastForm(first.lower)) && lang.prepositions.has(tokens[start + 1]!.lower)) return false;
  return !(end - start === 1 && (lang.notNames.has(first.lower) || lang.openers.has(first.lower) || isAdverb(lang, first)));
}

/** `NAME, ROLE, cue` (or with dashes): tries up to three comma groups back for the name. */
export function appositive(lang: Language, tokens: readonly Token[], close: number, floor: number): SpeakerPhrase | undefined {
  let end = close;
  let place: SpeakerPhrase | undefined;
  const fallback = (): SpeakerPhrase | undefined => (place ? { ...place, apposition: { start: place.speaker.end + 1, end: close } } : undefined);
  for (let group = 0; group < 3; group += 1) {
    let open = end - 1;
    while (open >= floor && open > close - 40) {
      const current = tokens[open]!;
      if (current.kind === 'quote' || (current.kind === 'punct' && !isComma(current) && !isDash(current) && !'.-&()\'’'.includes(current.text))) return fallback();
      if (isComma(current) || isDash(current)) break;
      open -= 1;
    }
    if (open <= floor || !(isComma(tokens[open]) || isDash(tokens[open])) || open + 1 >= end) return fallback();
    // A name with a parenthesis before the comma ("Rep. Wendy Nanney (R), a leader of the coalition, said").
    const phrase = phraseBefore(lang, tokens, open - 1, floor);
    // A place before the comma ("a woman in Worcester, Massachusetts, told"): the name further back speaks, if any.
    if (group === 0 && !phrase) place = placePhraseBefore(lang, tokens, open - 1, floor);
    if (phrase && !phrase.pronoun) {
      const first = tokens[open + 1]!;
      if (group === 0 && lang.relatives.has(first.lower)) return phrase;
      // `his wife, Gabriela Lazar, wrote`: the name between the commas is the speaker, the noun phrase its role (with
      // its own phrase after it, and capitalised when it opens the sentence: `Another delegate on the slate, Jim Poolman,`).
      const head = tokens[phrase.speaker.start]!;
      const common = !head.upper || lang.determiners.has(head.lower) || lang.morphology.isPossessive(head.lower) || (lang.titleHeads.has(head.lower) && phrase.speaker.end - phrase.speaker.start === 1);
      if (group === 0 && common && isNameRun(lang, tokens, open + 1, close)) {
        return { speaker: { start: open + 1, end: close }, role: { start: phrase.speaker.start, end: phrase.apposition?.end ?? phrase.speaker.end }, pronoun: false };
      }
      // The phrase between the commas describes the speaker, or the phrase's own second role stays (`Proponents of the
      // bill, however, say`).
      const apposition = describesSpeaker(lang, tokens, open + 1, close) ? { start: open + 1, end: close } : phrase.apposition;
      return { speaker: phrase.speaker, ...(phrase.role ? { role: phrase.role } : {}), ...(apposition ? { apposition } : {}), pronoun: false };
    }
    end = open;
  }
  return fallback();
}

/** Whether a token is a lower-case plural noun that may head a subject ("parties", "voters"): no function word, no cue form. */
function isPluralNoun(lang: Language, token: Token | undefined): boolean {
  if (!isWord(token) || token.upper) return false;
  const lower = token.lower;
  return lower.endsWith('s') && !lower.endsWith('ss') && !lang.subjectStops.has(lower) && !lang.determiners.has(lower) && !lang.pronouns.has(lower) && !lang.beForms.has(lower) && !lang.cues.words.has(lower);
}

/**
 * The subject that opens a sentence ("She", "The Florida senator", "Sen. Ted
 * Cruz, R-Texas,"), after an opening word or an introductory phrase that ends
 * with a comma; the next word must be lower-case (its verb).
 */
export function sentenceSubject(lang: Language, tokens: readonly Token[], sentence: Sentence): { phrase: SpeakerPhrase; start: number; end: number } | undefined {
  const tryAt = (start: number): { phrase: SpeakerPhrase; start: number; end: number } | undefined => {
    let first = start;
    while (first < sentence.end && isWord(tokens[first]) && lang.openers.has(tokens[first]!.lower)) first += 1;
    const token = tokens[first];
    if (!isWord(token)) return undefined;
    let end: number;
    let phrase: SpeakerPhrase;
    if (isContractedPronoun(lang, token.lower)) {
      phrase = { speaker: { start: first, end: first + 1 }, pronoun: true };
      end = first + 1;
    } else {
      const found = speakerAfter(lang, tokens, first, sentence.end);
      if (!found) return undefined;
      phrase = found.phrase;
      end = found.next;
      // A capitalised modifier that names no one, before a plural noun, opens a noun phrase: "Right-wing parties
      // threaten", "Democratic voters say", "Banking sources said".
      const single = tokens[phrase.speaker.start]!;
      if (!phrase.pronoun && !phrase.role && phrase.speaker.end === phrase.speaker.start + 1 && end === phrase.speaker.end && isPluralNoun(lang, tokens[end]) && (lang.groupWords.has(single.lower) || lang.nationalities.has(single.lower) || !canSpeak(lang, tokens, phrase))) {
        end += 1;
        phrase = { speaker: { start: phrase.speaker.start, end }, pronoun: false };
      }
      // Cut a common noun phrase at its verb ("The billionaire businessman began ...", "Both parents stiffened").
      if ((!phrase.pronoun && !tokens[phrase.speaker.start]!.upper) || lang.determiners.has(tokens[phrase.speaker.start]!.lower)) {
        for (let at = phrase.speaker.start + 1; at < end; at += 1) {
          const word = tokens[at]!;
          // An irregular verb or an auxiliary past the noun ("The company sold the unit", "The agency will review"),
          // not a noun right after a determiner or a possessive ("The plans", "familiar with the plans", "the city's
          // needs"). A time word there ends it too ("The central bank last night ..."; not "a month", "the system's last").
          const before = tokens[at - 1]!.lower;
          const past = at > phrase.speaker.start + 1 && !lang.morphology.isPossessive(before) && !lang.determiners.has(before);
          const marker = past && (lang.clauseMarkers.has(word.lower) || lang.timeWords.has(word.lower));
          if (!word.upper && (lang.morphology.isPastForm(word.lower) || lang.beForms.has(word.lower) || marker)) {
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
      if (!isWord(opening) || (opening.upper && !lang.determiners.has(opening.lower) && !isTitleWord(lang, opening))) return undefined;
      let close = next + 1;
      while (close < sentence.end && close < next + 25 && !(isComma(tokens[close]) || isDash(tokens[close])) && tokens[close]!.kind !== 'quote') close += 1;
      if (!(isComma(tokens[close]) || isDash(tokens[close]))) return undefined;
      if (close > next + 1 && describesSpeaker(lang, tokens, next + 1, close)) phrase = { ...phrase, apposition: { start: next + 1, end: close } };
      next = close + 1;
    }
    const verb = tokens[next];
    if (!isWord(verb) || verb.upper || lang.introAdverbs.has(verb.lower)) return undefined;
    return { phrase, start: first, end: next };
  };
  const direct = tryAt(sentence.start);
  if (direct && canSpeak(lang, tokens, direct.phrase)) return direct;
  // After an introductory phrase: "In Moscow, ...", "At a town hall in Salem, N.H., Trump ..."; and after a phrase
  // that opens with what cannot speak ("Using the rally, the senator told ...").
  for (let at = sentence.start; at < sentence.end && at < sentence.start + 16; at += 1) {
    const token = tokens[at]!;
    if (token.kind === 'quote') return direct;
    if (isComma(token)) {
      const found = tryAt(at + 1);
      if (found && (!direct || canSpeak(lang, tokens, found.phrase))) return found;
    }
  }
  return direct;
}

/** The end of a speaker phrase found after a cue, with an appositive role after a comma (`said Smith, the ambassador`). */
export function roleEnd(lang: Language, tokens: readonly Token[], found: { phrase: SpeakerPhrase; next: number }, ceiling: number): number {
  const phrase = found.phrase;
  if (!isComma(tokens[found.next]) || phrase.pronoun) return found.next;
  const first = tokens[found.next + 1];
  if (!isWord(first) || lang.relatives.has(first.lower) || !(first.upper || first.lower === 'the' || first.lower === 'a' || first.lower === 'an' || first.lower === 'who')) return found.next;
  let end = found.next + 1;
  // Words, and an ampersand between two of them ("an analyst at Merrill Lynch & Co.").
  while (end < ceiling && (tokens[end]!.kind === 'word' || (tokens[end]!.text === '&' && isWord(tokens[end + 1]) && end > found.next + 1))) end += 1;
  if (end - (found.next + 1) > 12) return found.next;
  phrase.apposition = { start: found.next + 1, end };
  return end;
}

/**
 * The noun phrase a relative pronoun after a comma stands for, ending at `last` (the word before the comma): a name
 * with its title (`Attorney General Dana Lynch, who`), a name with an appositive role (`Sen. Ann Miller, D-Ohio,
 * who`), or a common noun phrase, which here may be an object (`backed by the governor, who`, `criticized the
 * group, which`). No pronoun (`told him, who`), and only a phrase that can speak.
 */
export function antecedentBefore(lang: Language, tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | undefined {
  const token = tokens[last];
  if (!isWord(token) || last < floor || lang.pronouns.has(token.lower)) return undefined;
  // A name with a description between commas before it (`Scott Reed, the group's chief strategist, who`, `Sen. Ann
  // Miller, D-Ohio, who`, `Okafor, 52, who`): the name speaks, not the description's last noun.
  const named = appositive(lang, tokens, last + 1, floor);
  const describes = named !== undefined && !named.pronoun && named.apposition !== undefined && tokens[named.speaker.start]!.upper && canSpeak(lang, tokens, named);
  if (describes && (!tokens[named.apposition!.start]!.upper || isTitleWord(lang, tokens[named.apposition!.start]!))) return named;
  let phrase: SpeakerPhrase | undefined;
  if (!token.upper) {
    // A common noun phrase back to its determiner, read as if it opened its clause.
    let start = last;
    while (start > floor && last - start < 6) {
      const previous = tokens[start - 1]!;
      if (!isWord(previous)) break;
      if (lang.determiners.has(previous.lower) || lang.morphology.isSingularPossessive(previous.lower)) {
        phrase = speakerBefore(lang, tokens, last, start - 1);
        break;
      }
      if (lang.subjectStops.has(previous.lower)) break;
      start -= 1;
    }
  }
  phrase ??= speakerBefore(lang, tokens, last, floor);
  if (describes && (!phrase || isComma(tokens[phraseStart(phrase) - 1]) || isDash(tokens[phraseStart(phrase) - 1]))) return named;
  if (!phrase || phrase.pronoun) return undefined;
  // The object of a cue before it is no modifier of the noun: `said officials, who` is `officials`.
  if (!phrase.role) {
    let start = phrase.speaker.start;
    while (start < phrase.speaker.end - 1 && !tokens[start]!.upper && lang.cues.words.has(tokens[start]!.lower)) start += 1;
    if (start > phrase.speaker.start) phrase = { ...phrase, speaker: { start, end: phrase.speaker.end } };
  }
  // A common noun after a preposition other than `by` may belong to the noun before it (`one Democrat familiar with
  // the discussion, who`, `a spokesman for the group, which`): no antecedent is guessed.
  const opener = tokens[phraseStart(phrase) - 1];
  if (!tokens[phrase.speaker.start]!.upper && isWord(opener) && lang.prepositions.has(opener.lower) && opener.lower !== 'by') return undefined;
  return canSpeak(lang, tokens, phrase) ? phrase : undefined;
}
