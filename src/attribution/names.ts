/**
 * Names, roles and speaker phrases over the tokens of a paragraph: where a
 * speaker's name starts and ends, which words before it are a title, and
 * which capitalised runs are organisations.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import type { Token } from '../words/token.js';
import { isAuxiliaryForm } from './predicates.js';

/** Token indices `[start, end)`. */
export interface Range {
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
}

/** A speaker phrase: the speaker and an optional role, by token ranges. */
export interface SpeakerPhrase {
  /** The speaker's words. */
  speaker: Range;
  /** The title or description, when there is one. */
  role?: Range;
  /** A description between commas after the name (`Smith, the ambassador, said`), a second role. */
  apposition?: Range;
  /** Whether the speaker is a personal pronoun (or a relative one, with its {@link antecedent}). */
  pronoun: boolean;
  /** For a relative pronoun (`Okafor, who said`): the noun phrase it stands for, with its title. */
  antecedent?: { speaker: Range; role?: Range };
}

/** Whether a word is written like part of a name: capitalised, not a function word, not a party and state (`R-Fla.`). */
export function isNameWord(lang: Language, token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.upper && (lang.notNameSignatures[token.sig] === 0 || !lang.notNames.has(token.lower) || isAcronym(token)) && !isPartyAndState(token.text);
}

/** Whether a word is a party and state, the way wire copy writes a legislator's (`D-Ore.`, `R-Texas`, `I-Vt.`). */
function isPartyAndState(text: string): boolean {
  if (text.charCodeAt(1) !== 45 || text.length < 4) return false;
  const party = text.charCodeAt(0);
  const state = text.charCodeAt(2);
  return (party === 68 || party === 82 || party === 73) && state >= 65 && state <= 90;
}

/**
 * Whether a token is a legislator's party label as a parenthesis holds it: a party and state (`R-Texas`, `D-Md.`), a
 * party's letter alone (`R`, `D`, `I`) or a state's abbreviation (`Mich.`).
 */
export function isPartyLabel(token: Token): boolean {
  if (token.kind !== 'word' || !token.upper) return false;
  const text = token.text;
  return isPartyAndState(text) || (text.length === 1 && (text === 'D' || text === 'R' || text === 'I')) || (text.length >= 3 && text.endsWith('.') && !text.slice(0, -1).includes('.'));
}

/** An all-capitals word of two letters or more ("US", "NATO"): never a function word. */
function isAcronym(token: Token): boolean {
  const text = token.text;
  if (text.length < 2) return false;
  // A lower-case ASCII letter second ("The", "He") rules it out without copying the word.
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Whether a word is an initial ("J.") or a name particle. */
function isNameGlue(lang: Language, token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  if (token.upper && token.text.length === 2 && token.text.endsWith('.')) return true;
  return lang.particles.has(token.lower);
}

/**
 * The index after a run of name particles that starts at `at` and is followed by a name word (`van der` in
 * "Ursula von der Leyen", `bin` in "Abdullah bin Zayed"), or `at` itself when there is no such run.
 */
function particleRunEnd(lang: Language, tokens: readonly Token[], at: number, ceiling: number): number {
  let end = at;
  while (end < ceiling && end - at < 3 && tokens[end]!.kind === 'word' && !tokens[end]!.upper && lang.particles.has(tokens[end]!.lower)) end += 1;
  return end > at && end < ceiling && isNameWord(lang, tokens[end]) ? end : at;
}

/** Whether a capitalised word is an acronym, a nationality or a possessive that belongs to a title, not a name. */
function isTitleish(lang: Language, token: Token): boolean {
  const lower = token.lower;
  if (lang.titleHeads.has(lower) || lang.descriptive.has(lower)) return true;
  if (token.text.length >= 2 && token.text === token.text.toUpperCase() && /[A-Z]/.test(token.text)) return true;
  return lang.nationalities.has(lower) || lang.morphology.isSingularPossessive(lower);
}

/**
 * Whether the capitalised run `[start, end)` names an organisation ("the Daily News", "NATO"): an organisation's head
 * or an acronym last ("Antigonish RCMP"; a name ends in a suffix, "John Smith III", or in a word written in capitals
 * only when the whole run is).
 */
export function isOrganisation(lang: Language, tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1]!;
  if (lang.organisationHeads.has(last.lower)) return true;
  return (end - start === 1 || (!lang.suffixes.has(last.lower) && !isAcronym(tokens[start]!))) && last.text.length >= 2 && last.text === last.text.toUpperCase() && /[A-Z]/.test(last.text);
}

/**
 * Splits a run of words ending in a name into role and name: the name is
 * the last one or two capitalised words (with initials, particles, a suffix
 * and an honorific), the role is what comes before it.
 *
 * @param start First token of the run.
 * @param end One past the run's last token (a name word or suffix).
 */
export function splitName(lang: Language, tokens: readonly Token[], start: number, end: number): SpeakerPhrase {
  const of = ofPlace(lang, tokens, start, end);
  if (of !== undefined) return { ...splitName(lang, tokens, start, of), apposition: { start: of, end } };
  let nameEnd = end;
  let cursor = end - 1;
  if (cursor > start && lang.suffixes.has(tokens[cursor]!.lower)) cursor -= 1;
  let count = 0;
  let nameStart = cursor + 1;
  while (cursor >= start) {
    const token = tokens[cursor]!;
    if (token.kind !== 'word') break;
    // An honorific opens the name when it is written as one ("Lady Thatcher"; in "first lady Laura Bush" it is a title).
    if (lang.honorifics.has(token.lower) && count > 0 && token.upper) {
      nameStart = cursor;
      break;
    }
    if (isNameGlue(lang, token) && count > 0) {
      nameStart = cursor;
      cursor -= 1;
      continue;
    }
    if (!isNameWord(lang, token) || count >= 2 || (count > 0 && isTitleish(lang, token))) break;
    nameStart = cursor;
    count += 1;
    cursor -= 1;
  }
  if (count === 0) nameStart = end - 1;
  if (isOrganisation(lang, tokens, nameStart, nameEnd)) {
    // Organisations keep their whole capitalised run ("The New York Times").
    let first = nameStart;
    while (first > start && tokens[first - 1]!.upper && tokens[first - 1]!.kind === 'word' && !lang.notNames.has(tokens[first - 1]!.lower)) first -= 1;
    if (first > start && tokens[first - 1]!.lower === 'the') first -= 1;
    nameStart = first;
  }
  // "the governor of Iowa", "a spokesman for the mayor of Ashford": a lower-case title and `of` before a name make
  // one common noun phrase, not a role before a name (not after a name: "Yutaka Hashimoto general manager of ...").
  const joiner = tokens[nameStart - 1];
  const title = tokens[nameStart - 2];
  let lower = true;
  for (let index = start; index < nameStart - 2 && lower; index += 1) lower = !tokens[index]!.upper || lang.determiners.has(tokens[index]!.lower);
  if (lower && nameStart - 2 >= start && joiner?.lower === 'of' && title !== undefined && !title.upper && lang.titleHeads.has(title.lower)) return { speaker: { start, end: nameEnd }, pronoun: false };
  // "The Treasury", "the Pentagon": a determiner alone is no role.
  if (nameStart === start + 1 && (tokens[start]!.lower === 'the' || tokens[start]!.lower === 'a')) nameStart = start;
  const phrase: SpeakerPhrase = { speaker: { start: nameStart, end: nameEnd }, pronoun: false };
  if (nameStart > start) phrase.role = { start, end: nameStart };
  return phrase;
}

/**
 * Where `of` stands in a run `[start, end)` that is a person's name followed by the place or organisation they
 * represent ("Gov. Terry Branstad of Iowa", "Sen. Chris Murphy of Connecticut", "Tom Bell of Lindale"): the name
 * before it has two words or more and ends in no title or organisation word, and the words after it, at most four,
 * hold no title ("Secretary of State Wendy Sherman" and "Bank of America CEO Brian Moynihan" are titles before a
 * name). `undefined` when the run is not one.
 */
function ofPlace(lang: Language, tokens: readonly Token[], start: number, end: number): number | undefined {
  let of = end - 2;
  while (of >= start + 2 && tokens[of]!.lower !== 'of') of -= 1;
  if (of < start + 2 || end - of > 5 || hasTitle(lang, tokens, of + 1, end)) return undefined;
  // The name before `of`: a name word after another name word, an initial or an honorific, none of them a title or
  // an organisation's word ("Palm Beach County Supervisor of Elections Susan Bucher", "The Republic of Turkey").
  const before = tokens[of - 1]!;
  const previous = tokens[of - 2]!;
  if (tokens[start]!.lower === 'the' || !isNameWord(lang, before) || isTitleish(lang, before) || lang.organisationHeads.has(before.lower) || isOrganisation(lang, tokens, start, of)) return undefined;
  if (!lang.honorifics.has(previous.lower) && (!isNameWord(lang, previous) || isTitleish(lang, previous) || lang.organisationHeads.has(previous.lower))) return undefined;
  for (let index = of + 1; index < end; index += 1) if (tokens[index]!.kind !== 'word') return undefined;
  return of;
}

/**
 * Whether the capitalised run `[start, end)` stands right after a preposition of place and has nothing of a person:
 * no honorific, no title, no given name the pack knows ("a retired nurse in Ashford, Ky.", "a donor from Monsey"):
 * a place or an organisation, no speaker.
 *
 * @example
 * ```ts
 * // tokens of "a retired nurse in Ashford, Ky., said": the run "Ashford" (tokens 8 to 9) is a place.
 * isPlaceAfterPreposition(english, tokens, 8, 9, 0); // true
 * ```
 */
export function isPlaceAfterPreposition(lang: Language, tokens: readonly Token[], start: number, end: number, floor: number): boolean {
  const before = tokens[start - 1];
  if (start - 1 < floor || before === undefined || before.kind !== 'word' || before.upper) return false;
  // After `from`, only a place written with its state or country: "a donor from Monsey, New York" ("a letter from
  // Smith" is a person's).
  const origin = lang.originPrepositions.has(before.lower) && tokens[end]?.text === ',' && tokens[end + 1]?.upper === true;
  if (!origin && !lang.placePrepositions.has(before.lower)) return false;
  if (lang.givenNameGenders.has(tokens[start]!.lower)) return false;
  for (let index = start; index < end; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || !token.upper || lang.honorifics.has(token.lower) || lang.titleHeads.has(token.lower) || lang.morphology.isPossessive(token.lower)) return false;
  }
  return true;
}

/**
 * The speaker of a place after its preposition, `tokens[start, last]` with the preposition before `start`: the noun
 * phrase that speaks before the preposition, with it (`officials in Ashford said`, `a spokesman in Washington said`,
 * `Traders in Tokyo said`); `undefined` when the noun before the preposition does not speak.
 */
function placeSpeaker(lang: Language, tokens: readonly Token[], start: number, last: number, floor: number): SpeakerPhrase | undefined {
  const noun = tokens[start - 2];
  if (start - 2 < floor || noun === undefined || noun.kind !== 'word' || !(lang.speakerNouns.has(noun.lower) || lang.titleHeads.has(noun.lower) || isNumber(lang, noun))) return undefined;
  // "Traders in Tokyo said": a capitalised noun that speaks opens the sentence.
  if (noun.upper) return start - 2 === floor || tokens[start - 3]?.kind !== 'word' ? { speaker: { start: start - 2, end: last + 1 }, pronoun: false } : undefined;
  const head = speakerBefore(lang, tokens, start - 2, floor);
  if (!head || head.pronoun || head.role || head.speaker.end !== start - 1) return undefined;
  return { speaker: { start: head.speaker.start, end: last + 1 }, pronoun: false };
}

/**
 * The noun phrase a place ends, when an appositive finds no name before it: the place after its preposition at
 * `last` and the words back to a determiner before the preposition (`a woman in Worcester` in "after a woman in
 * Worcester, Massachusetts, told him"); `undefined` when `last` ends no place or no determiner opens the phrase.
 *
 * @example
 * ```ts
 * // tokens of "after a woman in Worcester": the phrase "a woman in Worcester" ends at "Worcester" (token 8).
 * placePhraseBefore(english, tokens, 8, 0)?.speaker; // { start: 2, end: 9 }
 * ```
 */
export function placePhraseBefore(lang: Language, tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | undefined {
  let start = last;
  while (start - 1 >= floor && last - start < 3 && isNameWord(lang, tokens[start - 1])) start -= 1;
  if (!isNameWord(lang, tokens[last]) || !isPlaceAfterPreposition(lang, tokens, start, last + 1, floor)) return undefined;
  let first = start - 2;
  while (first >= floor && start - first < 6 && isLowerWord(lang, tokens[first]!)) first -= 1;
  if (first < floor || first === start - 2 || !lang.determiners.has(tokens[first]!.lower)) return undefined;
  return { speaker: { start: first, end: last + 1 }, pronoun: false };
}

/**
 * A speaker whose name is only words of a party or a nation (`Republican`, `Democrats`) is a common noun phrase,
 * its modifiers and a determiner or quantity before it included: `One senior Republican said`, `a Democrat said`
 * (no name with a title `senior`). Any other phrase is returned as it is.
 */
function groupPhrase(lang: Language, tokens: readonly Token[], phrase: SpeakerPhrase, floor: number): SpeakerPhrase {
  const { start, end } = phrase.speaker;
  for (let index = start; index < end; index += 1) if (!lang.groupWords.has(tokens[index]!.lower) && !lang.nationalities.has(tokens[index]!.lower)) return phrase;
  let first = phrase.role?.start ?? start;
  for (let index = first; index < start; index += 1) if (tokens[index]!.upper && !lang.groupWords.has(tokens[index]!.lower)) return phrase;
  const before = tokens[first - 1];
  if (first - 1 >= floor && before !== undefined && before.kind === 'word' && (lang.determiners.has(before.lower) || lang.quantities.has(before.lower))) first -= 1;
  return { speaker: { start: first, end }, pronoun: false };
}

/** Whether a title head is among tokens `[start, end)` ("Secretary of State"). */
function hasTitle(lang: Language, tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (lang.titleHeads.has(tokens[index]!.lower)) return true;
  return false;
}

/**
 * Whether a lower-case word is the plural of a noun of people by what they do (the pack's `agentPluralEndings`):
 * `forecasters`, `investors`, `physicians`, `congressmen`. Right before a cue they speak ("..., forecasters said"), as
 * the listed `speakerNouns` do.
 */
function isAgentPlural(lang: Language, token: Token): boolean {
  if (token.kind !== 'word' || token.upper) return false;
  const lower = token.lower;
  if (lower.length < 5) return false;
  for (const ending of lang.agentPluralEndings) if (lower.endsWith(ending)) return true;
  return false;
}

/**
 * Whether a lower-case word names a person or people who can speak: a speaker noun (`officials`, `spokesman`; a
 * singular whose plural is one: `member`, `lawyer`) or the head of a title (`director`, `head`), not a word of quantity;
 * capitalised only when it opens the clause (`Members of the board said`).
 */
function isPersonNoun(lang: Language, token: Token, opens: boolean): boolean {
  if (token.kind !== 'word' || (token.upper && !opens) || lang.quantities.has(token.lower)) return false;
  const lower = token.lower;
  return lang.speakerNouns.has(lower) || lang.speakerNouns.has(`${lower}s`) || lang.titleHeads.has(lower);
}

/**
 * Whether tokens `[start, last]` (from a determiner) are a noun phrase a preposition takes, whom a person speaks for:
 * no verb inside (`of the Supreme Court shouldn't`), no phrase of time (`at the time`, `in the past`), and a noun at
 * the end, not a number or a word of quantity (`in all five states`: `states` is the noun, not the cue).
 */
function isObjectPhrase(lang: Language, tokens: readonly Token[], start: number, last: number): boolean {
  for (let index = start; index <= last; index += 1) {
    const lower = tokens[index]!.lower;
    if (isAuxiliaryForm(lang, lower)) return false;
    if (lang.timeWords.has(lower) || lang.durations.has(lower) || lang.timeNouns.has(lower)) return false;
  }
  const end = tokens[last]!;
  return !isNumber(lang, end) && !lang.subjectStops.has(end.lower) && !lang.determiners.has(end.lower) && !lang.prepositions.has(end.lower);
}

/** Whether a phrase that starts at `start` opens its clause: nothing before it, punctuation, or an opener (`and`, `but`). */
function opensClause(lang: Language, tokens: readonly Token[], start: number, floor: number): boolean {
  const before = tokens[start - 1];
  return start - 1 < floor || before === undefined || before.kind !== 'word' || lang.openers.has(before.lower);
}

/** A lower-case word that is no function word. */
function isLowerWord(lang: Language, token: Token): boolean {
  return token.kind === 'word' && !token.upper && !lang.subjectStops.has(token.lower) && !lang.determiners.has(token.lower) && !lang.pronouns.has(token.lower);
}

/** Whether a word can be part of a preposed title ("Kremlin spokesman", "U.S. Deputy Secretary of State"). */
function isRoleWord(lang: Language, token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (lang.honorifics.has(token.lower)) return true;
  if (token.upper) return !lang.notNames.has(token.lower) || token.lower === 'the' || isAcronym(token);
  return lang.descriptive.has(token.lower) || lang.titleHeads.has(token.lower) || token.lower === 'of' || token.lower.includes('-');
}

/**
 * Where an organisation's name ends right before token `at` opens at: up to four capitalised words, acronyms and
 * numbers (`NWS`, `CNN`, `Teamsters Local 120`), the first of them capitalised; `at` itself when there is none.
 */
function organisationBefore(lang: Language, tokens: readonly Token[], at: number, floor: number): number {
  let first = at;
  while (first - 1 >= floor && at - first < 4) {
    const token = tokens[first - 1]!;
    if (token.kind !== 'word' || !(isAcronym(token) || (token.upper && !lang.notNames.has(token.lower)) || /^\d+$/.test(token.text))) break;
    first -= 1;
  }
  while (first < at && !tokens[first]!.upper) first += 1;
  if (first === at) return at;
  // Capitalised words alone may open a sentence ("More from ..."): without an acronym they are taken only inside a
  // sentence, after the quotation or a comma, as in `"...," Teamsters Local 120 president Dana Ruiz said`.
  let acronym = false;
  for (let index = first; index < at; index += 1) if (isAcronym(tokens[index]!)) acronym = true;
  if (acronym) return first;
  const before = tokens[first - 1];
  return first - 1 >= floor && before !== undefined && (before.kind === 'quote' || before.text === ',') ? first : at;
}

/**
 * The speaker phrase that ends at token `last` (inclusive), scanning back
 * no further than `floor`: a pronoun, a name with its preposed title, or a
 * common noun phrase ("the ministry", "a senior official", "police").
 */
export function speakerBefore(lang: Language, tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | undefined {
  const token = tokens[last];
  if (!token || token.kind !== 'word' || last < floor) return undefined;
  if (lang.pronouns.has(token.lower)) {
    const before = tokens[last - 1];
    // "told him", "as he" are not subjects; a pronoun is when nothing wordy joins it to what precedes.
    if ((token.lower === 'it' || token.lower === 'you') && before && before.kind === 'word' && last - 1 >= floor && !lang.subjectStops.has(before.lower) && !before.upper && !before.text.endsWith('.')) return undefined;
    return { speaker: { start: last, end: last + 1 }, pronoun: true };
  }
  if (lang.morphology.isSingularPossessive(token.lower)) return undefined;
  if (isNameWord(lang, token) || lang.suffixes.has(token.lower)) {
    // The capitalised run and its title words.
    let start = last;
    for (;;) {
      if (start - 1 >= floor && last - start < 12 && isRoleWord(lang, tokens[start - 1]!)) {
        start -= 1;
        continue;
      }
      // Particles inside a name, with a name word before them: "Pieter van Dalen", "Ursula von der Leyen".
      let particle = start;
      while (particle - 1 >= floor && start - particle < 3 && !tokens[particle - 1]!.upper && lang.particles.has(tokens[particle - 1]!.lower)) particle -= 1;
      if (particle < start && particle - 1 >= floor && isNameWord(lang, tokens[particle - 1])) {
        start = particle - 1;
        continue;
      }
      break;
    }
    while (start < last && (tokens[start]!.lower === 'of' || (lang.notNames.has(tokens[start]!.lower) && !isAcronym(tokens[start]!))) && tokens[start]!.lower !== 'the' && !lang.honorifics.has(tokens[start]!.lower)) start += 1;
    // A place after its preposition: before a comma it is in an appositive, which reads on to the name before it
    // ("Nora Vance, 58, a retired nurse in Ashford, Ky., said"); before the cue, the noun that speaks before it
    // keeps it ("officials in Ashford said"), else the place stands as written (and is nobody's name).
    if (isPlaceAfterPreposition(lang, tokens, start, last + 1, floor)) {
      const next = tokens[last + 1];
      if (next !== undefined && next.kind === 'punct' && (next.text === ',' || next.text === '\u2014' || next.text === '\u2013')) return undefined;
      const place = placeSpeaker(lang, tokens, start, last, floor);
      if (place) return place;
    }
    if (start - 1 >= floor && tokens[start - 1]!.text === 'the') {
      start -= 1;
      // After a preposition that follows a noun of no speaker it is an object: "Results in the Fourth Ward could
      // reveal" (not "a spokesman for the Iowa Democratic Party said", "the head of the Fourth Ward", nor "after the
      // Post revealed", where the preposition opens a clause).
      const preposition = tokens[start - 1];
      const noun = tokens[start - 2];
      // A person named before `of the` ("Archbishop Aris Tamrazian of the Armenian Patriarchate said"): the person
      // speaks, the organisation is a second role.
      if (preposition?.lower === 'of' && start - 2 >= floor && isNameWord(lang, tokens[start - 2]) && !isOrganisation(lang, tokens, start, last + 1) && !hasTitle(lang, tokens, start, last + 1)) {
        const named = speakerBefore(lang, tokens, start - 2, floor);
        const title = named !== undefined && (lang.titleHeads.has(tokens[named.speaker.end - 1]!.lower) || isOrganisation(lang, tokens, named.speaker.start, named.speaker.end));
        if (named && !title && !named.pronoun && !named.apposition && (named.role || named.speaker.end - named.speaker.start >= 2)) return { ...named, apposition: { start: start - 1, end: last + 1 } };
      }
      const object = start - 2 >= floor && lang.prepositions.has(preposition!.lower) && !lang.clauseStops.has(preposition!.lower);
      if (object && noun!.kind === 'word' && (!noun!.upper || start - 2 === floor) && !lang.speakerNouns.has(noun!.lower) && !lang.speakerNouns.has(`${noun!.lower}s`) && !lang.titleHeads.has(noun!.lower)) return undefined;
    } else if (start - 2 >= floor && lang.prepositions.has(tokens[start - 1]!.lower) && tokens[start - 1]!.lower !== 'like' && isPersonNoun(lang, tokens[start - 2]!, start - 2 === floor)) {
      // A noun of a person before a preposition and the name: the noun speaks, for whom it speaks is a second role
      // ("A spokeswoman for Ortiz said", "an aide to Gov. Dana Ruiz said"); not an example ("critics like Huffman
      // say", where the one named is among them).
      const head = speakerBefore(lang, tokens, start - 2, floor);
      if (head && !head.pronoun && !head.apposition && head.speaker.end === start - 1 && opensClause(lang, tokens, Math.min(head.speaker.start, head.role?.start ?? Infinity), floor)) return { ...head, apposition: { start: start - 1, end: last + 1 } };
    } else {
      // A lower-case title opening the clause: `"...," councilmember Mark Levine said`.
      let first = start;
      while (first - 1 >= floor && start - first < 3 && isLowerWord(lang, tokens[first - 1]!)) first -= 1;
      // ... with a determiner: `his nephew Michel Soheil`.
      if (first < start && first - 1 >= floor && lang.determiners.has(tokens[first - 1]!.lower)) first -= 1;
      // ... or after the organisation it works for: `NWS forecaster Lena Ortiz`, `Teamsters Local 120 president Dana Ruiz`,
      // which may itself follow a word or two that describe the title (`former FBI agent Dana Gill`).
      else if (first < start) {
        const organisation = organisationBefore(lang, tokens, first, floor);
        first = organisation;
        while (first < start && organisation - first < 2 && first - 1 >= floor && tokens[first - 1]!.kind === 'word' && lang.descriptive.has(tokens[first - 1]!.lower)) first -= 1;
      }
      if (first < start && (first - 1 < floor || tokens[first - 1]!.kind !== 'word')) start = first;
    }
    return groupPhrase(lang, tokens, splitName(lang, tokens, start, last + 1), floor);
  }
  // A quantity alone that opens its clause: "Most believe", "About three-quarters support", "only 50 percent said".
  if (lang.quantities.has(token.lower)) {
    const first = quantityStart(lang, tokens, last, floor);
    if (first >= 0 && opensClause(lang, tokens, first, floor)) return { speaker: { start: first, end: last + 1 }, pronoun: false };
  }
  if (token.upper) return undefined;
  // A share, as polls are reported: "About 4 in 10 say", "three in five said".
  if (isNumber(lang, token) && tokens[last - 1]?.lower === 'in' && last - 2 >= floor) {
    const first = quantityStart(lang, tokens, last - 2, floor);
    if (first >= 0) return { speaker: { start: first, end: last + 1 }, pronoun: false };
  }
  const joined = coordinationStart(lang, tokens, last, floor);
  if (joined !== undefined) return { speaker: { start: joined, end: last + 1 }, pronoun: false };
  // A common noun phrase: back to a determiner, at most six words.
  let start = last;
  let determiner = false;
  while (start - 1 >= floor && last - start < 6) {
    const previous = tokens[start - 1]!;
    if (previous.kind !== 'word' || (lang.subjectStops.has(previous.lower) && !lang.determiners.has(previous.lower))) break;
    start -= 1;
    if (lang.determiners.has(previous.lower) || lang.morphology.isSingularPossessive(previous.lower)) {
      determiner = true;
      // A possessive name runs back over its other words ("North Korea's state media", "the White House's").
      if (previous.upper && lang.morphology.isSingularPossessive(previous.lower)) {
        while (start - 1 >= floor && last - start < 8 && isNameWord(lang, tokens[start - 1])) start -= 1;
        if (start - 1 >= floor && tokens[start - 1]!.lower === 'the') start -= 1;
      }
      break;
    }
  }
  if (!determiner && !lang.speakerNouns.has(token.lower) && !lang.titleHeads.has(token.lower) && !isAgentPlural(lang, token)) return undefined;
  // A subject opens its clause: "expects a fast reply" is an object, not a speaker.
  const opener = tokens[start - 1];
  if (determiner && start - 1 >= floor && opener && opener.kind === 'word' && !opener.upper && (!lang.subjectStops.has(opener.lower) || lang.prepositions.has(opener.lower))) {
    // ... unless a name stands before the preposition: the organisation of the person named
    // (`Deputy Chief Ana Okafor with the state highway patrol said`), which is a second role.
    // Only `with` or `of` before `the`, after a name of two words or more: "at the time", "from the report" and
    // "Organizers of both conventions" stay what they were.
    // A quantity before `of` or `in` heads the phrase: "Many in the crowd said", "most of the voters say".
    if ((opener.lower === 'of' || opener.lower === 'in') && start - 2 >= floor) {
      const first = quantityStart(lang, tokens, start - 2, floor);
      if (first >= 0) return { speaker: { start: first, end: last + 1 }, pronoun: false };
    }
    if ((opener.lower === 'with' || opener.lower === 'of') && tokens[start]!.lower === 'the' && start - 2 >= floor && isNameWord(lang, tokens[start - 2])) {
      const named = speakerBefore(lang, tokens, start - 2, floor);
      if (named && !named.pronoun && !named.apposition && named.speaker.end - named.speaker.start >= 2) return { ...named, apposition: { start: start - 1, end: last + 1 } };
    }
    // ... or a noun of a person or of people before the preposition: what the phrase names is whom they speak for or
    // belong to ("A spokesman for the airline said", "a lawyer for the family", "the head of the agency", "Critics of
    // the plan say"): the noun speaks, the phrase is a second role.
    // An unnamed source's phrase of how they know stands between the noun and the preposition ("A person familiar
    // with the matter said", "people with direct knowledge of the talks", "two people briefed on the plan").
    // The phrases may run in a chain, the person noun before the first ("A person familiar with the plans for the
    // meeting", "a lawyer for the family of the victim"): up to three, each a determiner and one noun before the next.
    let from = start;
    for (let hop = 0; hop < 3 && from - 1 >= floor && lang.prepositions.has(tokens[from - 1]!.lower); hop += 1) {
      let noun = from - 2;
      let modified = false;
      while (noun - 1 >= floor && from - noun < 6 && tokens[noun]!.kind === 'word' && (lang.sourceModifiers.has(tokens[noun]!.lower) || (noun < from - 2 && lang.prepositions.has(tokens[noun]!.lower)))) {
        if (lang.sourceModifiers.has(tokens[noun]!.lower)) modified = true;
        noun -= 1;
      }
      if (!modified) noun = from - 2;
      if (noun >= floor && isPersonNoun(lang, tokens[noun]!, noun === floor) && isObjectPhrase(lang, tokens, from, last)) {
        const head = speakerBefore(lang, tokens, noun, floor);
        if (head && !head.pronoun && !head.apposition && head.speaker.end === noun + 1 && opensClause(lang, tokens, Math.min(head.speaker.start, head.role?.start ?? Infinity), floor)) return { ...head, apposition: { start: noun + 1, end: last + 1 } };
        return undefined;
      }
      const determiner = from - 3;
      if (determiner < floor || !lang.determiners.has(tokens[determiner]!.lower) || !isLowerWord(lang, tokens[from - 2]!)) break;
      from = determiner;
    }
    return undefined;
  }
  if (!determiner) {
    // "Richmond police", "White House officials": only modifiers before the head.
    start = last;
    while (start - 1 >= floor && last - start < 6 && (tokens[start - 1]!.upper || lang.descriptive.has(tokens[start - 1]!.lower)) && tokens[start - 1]!.kind === 'word' && !lang.notNames.has(tokens[start - 1]!.lower)) start -= 1;
    // Lower-case nouns before the head, when they open the clause: ", law enforcement officials say", "tech executives said".
    let first = start;
    while (first - 1 >= floor && start - first < 3 && isNounModifier(lang, tokens[first - 1]!)) first -= 1;
    if (first < start && (first - 1 < floor || tokens[first - 1]!.kind !== 'word')) start = first;
  }
  return { speaker: { start, end: last + 1 }, pronoun: false };
}

/** Whether a token is `and` or `or`, which join the last conjunct of a coordination. */
function joinsLast(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'and' || token.lower === 'or');
}

/** A word that can be a conjunct of a coordinated speaker: lower-case (or first in its sentence), no function word. */
function isConjunct(lang: Language, token: Token | undefined, first: boolean): boolean {
  return token !== undefined && token.kind === 'word' && (!token.upper || first) && !lang.subjectStops.has(token.lower) && !lang.determiners.has(token.lower) && !lang.pronouns.has(token.lower);
}

/**
 * Where a coordination of one-word nouns ending at `last` starts, when it opens its clause and one of them speaks
 * on its own: "parents, alumni and others", "students and parents" (the whole coordination is the speaker, not its
 * last noun); `undefined` otherwise.
 */
function coordinationStart(lang: Language, tokens: readonly Token[], last: number, floor: number): number | undefined {
  // The last conjunct may be a noun with a modifier: "residents and business owners said".
  const head = last - 1 >= floor && !joinsLast(tokens[last - 1]) && isModifiedNoun(lang, tokens, last - 1) ? last - 1 : last;
  if (head - 2 < floor || !joinsLast(tokens[head - 1]) || !isConjunct(lang, tokens[head], false)) return undefined;
  let speaks = lang.speakerNouns.has(tokens[last]!.lower) || lang.speakerNouns.has(tokens[head]!.lower);
  let start = head - 1;
  for (let count = 0; count < 5; count += 1) {
    if (!isConjunct(lang, tokens[start - 1], start - 1 === floor) || start - 1 < floor) return undefined;
    start -= 1;
    speaks ||= lang.speakerNouns.has(tokens[start]!.lower);
    if (start - 2 < floor || tokens[start - 1]!.text !== ',' || !isConjunct(lang, tokens[start - 2], start - 2 === floor)) break;
    start -= 1;
  }
  return speaks && (start === floor || tokens[start - 1]!.kind !== 'word') ? start : undefined;
}

/**
 * Whether `tokens[at]` and the word after it are a conjunct of two words, a noun and its modifier (`business
 * owners`, `local officials`): the modifier may modify a noun, and the noun is a plural or one that speaks on its own.
 */
function isModifiedNoun(lang: Language, tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at + 1];
  if (!isNounModifier(lang, tokens[at]!) || noun === undefined || !isNounModifier(lang, noun) || lang.timeWords.has(noun.lower) || lang.morphology.isAdverb(noun.lower)) return false;
  return lang.speakerNouns.has(noun.lower) || (noun.lower.endsWith('s') && !noun.lower.endsWith('ss') && !lang.cues.words.has(noun.lower));
}

/** Whether a word may modify a common-noun speaker from before it ("law" in "law enforcement officials"): a lower-case word that is no function word, no pronoun and no past or -ing form. */
function isNounModifier(lang: Language, token: Token): boolean {
  if (token.kind !== 'word' || token.upper) return false;
  const lower = token.lower;
  return !lang.subjectStops.has(lower) && !lang.determiners.has(lower) && !lang.pronouns.has(lower) && !lang.prepositions.has(lower) && !lang.morphology.isPastForm(lower) && !lang.morphology.isProgressive(lower) && !lang.beForms.has(lower);
}

/** Whether a word is a number: digits ("10", "1,200") or a quantity word of the pack ("six"). */
function isNumber(lang: Language, token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return (code >= 48 && code <= 57) || lang.quantities.has(token.lower);
}

/** The first token of a run of quantity words and numbers that ends at `at` ("more than half", "55 percent"), or -1 when `at` is none. */
function quantityStart(lang: Language, tokens: readonly Token[], at: number, floor: number): number {
  let start = at;
  while (start >= floor && start > at - 5 && tokens[start]!.kind === 'word' && isNumber(lang, tokens[start]!)) start -= 1;
  return start === at ? -1 : start + 1;
}

/** Whether a capitalised word describes a person as a group or an organisation does: a party or a nation, an acronym, an organisation's head. */
function isGroupish(lang: Language, token: Token): boolean {
  return lang.groupWords.has(token.lower) || lang.nationalities.has(token.lower) || isAcronym(token) || lang.organisationHeads.has(token.lower) || lang.descriptive.has(token.lower);
}

/**
 * A name after the capitalised words `[first, end)` and one or two lower-case nouns, which together are its title
 * (`said Democratic pollster Geoff Garin`, `said Republican party boss Reince Priebus`, `said Monmouth University
 * political scientist Patrick Murray`; a single capitalised word before one noun: `said Clinton ally James
 * Carville`): the capitalised words are those of a party, a nation or an organisation, or one word alone; the
 * nouns are no verb forms (`Hillary Clinton won South Dakota`, `Trump calls Clinton`), and the name is no
 * possessive. `undefined` otherwise.
 */
function describedName(lang: Language, tokens: readonly Token[], first: number, end: number, ceiling: number): { phrase: SpeakerPhrase; next: number } | undefined {
  const lead = tokens[first]!.lower === 'the' ? first + 1 : first;
  if (lead >= end || lang.honorifics.has(tokens[lead]!.lower)) return undefined;
  let groupish = true;
  for (let index = lead; index < end; index += 1) groupish &&= tokens[index]!.upper ? isGroupish(lang, tokens[index]!) : lang.descriptive.has(tokens[index]!.lower);
  if (!groupish && (end - lead > 1 || lead > first)) return undefined;
  let name = end;
  while (name < ceiling && name - end < 2 && isNounModifier(lang, tokens[name]!) && !lang.cues.words.has(tokens[name]!.lower) && (groupish || !tokens[name]!.lower.endsWith('s'))) name += 1;
  if (name === end || !isNameWord(lang, tokens[name])) return undefined;
  // After a single word that is no party's, nation's or organisation's, one noun that names a person by what they
  // do: `Clinton ally`, `Cruz constituent`, not `Sanders lost`.
  if (!groupish && (name - end > 1 || !lang.agentEndings.some((ending) => tokens[end]!.lower.endsWith(ending)))) return undefined;
  const found = speakerAfter(lang, tokens, name, ceiling);
  if (!found || found.phrase.pronoun || !tokens[found.phrase.speaker.start]!.upper) return undefined;
  const { speaker, role } = found.phrase;
  if (lang.morphology.isPossessive(tokens[speaker.end - 1]!.lower) || isOrganisation(lang, tokens, speaker.start, speaker.end)) return undefined;
  return { phrase: { ...found.phrase, role: { start: first, end: role ? role.end : speaker.start } }, next: found.next };
}

/**
 * The speaker phrase that starts at token `first`, as after an inverted cue
 * ("said Dmitry Peskov", "said a senior official"), reading no further than
 * `ceiling`. Returns the phrase and the index after it.
 */
export function speakerAfter(lang: Language, tokens: readonly Token[], first: number, ceiling: number): { phrase: SpeakerPhrase; next: number } | undefined {
  const token = tokens[first];
  if (!token || token.kind !== 'word' || first >= ceiling) return undefined;
  if (lang.pronouns.has(token.lower)) return { phrase: { speaker: { start: first, end: first + 1 }, pronoun: true }, next: first + 1 };
  const particles = token.upper ? first : particleRunEnd(lang, tokens, first, ceiling);
  if (particles > first) {
    // A name that opens with its particle: `said van Dalen`, `said de Vries`.
    let end = particles;
    while (end < ceiling && isNameWord(lang, tokens[end])) end += 1;
    return { phrase: { speaker: { start: first, end }, pronoun: false }, next: end };
  }
  if (!token.upper && !lang.determiners.has(token.lower) && !lang.pronouns.has(token.lower)) {
    // A lower-case title before a name: `said election lawyer Joe Birkenstock`.
    let name = first;
    while (name < ceiling && name - first < 3 && isLowerWord(lang, tokens[name]!)) name += 1;
    if (name > first && isNameWord(lang, tokens[name])) {
      const found = speakerAfter(lang, tokens, name, ceiling);
      if (found && !found.phrase.pronoun) {
        const { speaker, role } = found.phrase;
        return { phrase: { speaker, role: { start: first, end: role ? role.end : speaker.start }, pronoun: false }, next: found.next };
      }
    }
  }
  if (token.upper || lang.descriptive.has(token.lower) || lang.titleHeads.has(token.lower)) {
    let end = first;
    while (end < ceiling && end - first < 12) {
      const current = tokens[end]!;
      if (current.kind !== 'word') break;
      // An honorific is no name alone, but opens one (`said Mr. Acosta`).
      if (current.upper && (!lang.notNames.has(current.lower) || lang.honorifics.has(current.lower))) end += 1;
      else if (current.lower === 'the' && end === first) end += 1;
      else if (!current.upper && (lang.descriptive.has(current.lower) || lang.titleHeads.has(current.lower))) end += 1;
      else if (isNameGlue(lang, current) && isNameWord(lang, tokens[end + 1]) && end > first) end += 1;
      else if (current.lower === 'of' && isNameWord(lang, tokens[end + 1]) && end > first && (end - first === 1 || hasTitle(lang, tokens, first, end))) end += 1;
      else {
        const particles = end > first ? particleRunEnd(lang, tokens, end, ceiling) : end;
        if (particles === end) break;
        end = particles;
      }
    }
    // Capitalised words that describe the person before a lower-case noun and the name are a title: `said Democratic
    // pollster Geoff Garin`, `said Republican party boss Reince Priebus`, `said Trump supporter Ann Lee`.
    const titled = describedName(lang, tokens, first, end, ceiling);
    if (titled) return titled;
    // Trim back to a name word.
    while (end > first && !(isNameWord(lang, tokens[end - 1]) || lang.suffixes.has(tokens[end - 1]!.lower) || lang.titleHeads.has(tokens[end - 1]!.lower))) end -= 1;
    if (end > first) {
      if (!isNameWord(lang, tokens[end - 1])) return { phrase: { speaker: { start: first, end }, pronoun: false }, next: end };
      return { phrase: splitName(lang, tokens, first, end), next: end };
    }
    // A determiner capitalised because it opens the sentence opens a common noun phrase, as a lower-case one does
    // ("The agency sold the unit and said ...").
    if (!lang.determiners.has(token.lower)) return undefined;
  }
  if (!lang.determiners.has(token.lower) && !lang.speakerNouns.has(token.lower)) return undefined;
  let end = first + 1;
  while (end < ceiling && end - first < 8) {
    const current = tokens[end]!;
    const familiar = current.lower === 'with' && tokens[end - 1]!.lower === 'familiar';
    if (current.kind !== 'word' || (lang.subjectStops.has(current.lower) && !familiar)) break;
    end += 1;
  }
  // A coordination after an inverted cue: "said parents, alumni and neighbors" (the whole of it is the speaker).
  if (end === first + 1 && lang.speakerNouns.has(token.lower)) end = coordinationEnd(lang, tokens, end, ceiling);
  // After a capitalised determiner (the sentence's first word), a noun that speaks or an organisation's must be among
  // the words: "The agency sold ...", "The council voted ...", not "The decision ...".
  if (token.upper && !hasSpeakerNoun(lang, tokens, first + 1, end)) return undefined;
  return { phrase: { speaker: { start: first, end }, pronoun: false }, next: end };
}

/**
 * Whether one of the words `[from, end)` is a noun that speaks (the pack's `speakerNouns`) or heads an organisation's
 * name (`organisationHeads`): `the agency`, `a spokeswoman for the county`, not `the plan`.
 */
export function hasSpeakerNoun(lang: Language, tokens: readonly Token[], from: number, end: number): boolean {
  for (let index = from; index < end; index += 1) if (lang.speakerNouns.has(tokens[index]!.lower) || lang.organisationHeads.has(tokens[index]!.lower)) return true;
  return false;
}

/**
 * Where a coordination of one-word nouns that starts with the noun before `from` ends, when it closes its clause
 * (`parents, alumni and neighbors.`); `from` itself when there is none.
 */
function coordinationEnd(lang: Language, tokens: readonly Token[], from: number, ceiling: number): number {
  let at = from;
  for (let count = 0; count < 5; count += 1) {
    const joiner = tokens[at];
    if (at + 1 >= ceiling || joiner === undefined) return from;
    if (joiner.text === ',' && isConjunct(lang, tokens[at + 1], false) && (tokens[at + 2]?.text === ',' || joinsLast(tokens[at + 2]))) {
      at += 2;
      continue;
    }
    // The last conjunct, after "and" or "or" (with or without a comma before it), then the end of the clause; it may
    // be a noun with a modifier (`residents and business owners`).
    let last = joiner.text === ',' ? at + 2 : at + 1;
    if (!joinsLast(tokens[last - 1]) || !isConjunct(lang, tokens[last], false)) return from;
    if (last + 2 <= ceiling && isModifiedNoun(lang, tokens, last)) last += 1;
    const after = tokens[last + 1];
    // The clause ends there: punctuation, or the attribution's tail (`on Tuesday`, `in a statement`).
    return last + 1 >= ceiling || after === undefined || after.kind !== 'word' || lang.timeWords.has(after.lower) || after.lower === 'on' || after.lower === 'in' ? last + 1 : from;
  }
  return from;
}
