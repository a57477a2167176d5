/**
 * The speaker step: fills in `speaker.resolved`, one paragraph at a time in
 * document order. The attribution pass calls it right after it has built a
 * paragraph's attributions, with the same tokens, so a paragraph's tokens die
 * with it (nothing later in the pass changes a speaker node: the
 * cross-paragraph rules only move credits between attributions). Names in the
 * running text (two capitalised words or more) are remembered so that a later
 * short name resolves to them; a name that opens a sentence, or a named
 * speaker, becomes the candidate for a later `he` or `she`.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import { isNameWord, isOrganisation, isPlaceAfterPreposition, splitName } from '../attribution/names.js';
import { commonWord } from '../attribution/common-word.js';
import { datelinePlaces, showsPerson, writtenAsPlace } from '../attribution/places.js';
import type { Resolver } from '../attribution/resolve.js';
import type { Antecedent, AttributionState } from '../attribution/state.js';
import type { IndexList } from '../words/marks.js';
import { scanText } from '../words/scan.js';
import type { Token } from '../words/token.js';
import type { Paragraph, Speaker } from '../types.js';

/** Registers the names among tokens `[from, to)`; `names` are the paragraph's capitalised words, read forward. */
function mentionNames(lang: Language, tokens: readonly Token[], from: number, to: number, names: IndexList, resolver: Resolver, source: string): void {
  let index = from;
  while (index < to) {
    if (!isNameWord(lang, tokens[index])) {
      // Only a capitalised word starts a name.
      index = names.next(index + 1);
      continue;
    }
    const start = index;
    // Capitalised words and initials ("J."): a word's offsets are its text's in `source`, so nothing is cut to see it.
    while (index < to && tokens[index]!.kind === 'word' && (tokens[index]!.upper || (tokens[index]!.end - tokens[index]!.start === 2 && source.charCodeAt(tokens[index]!.end - 1) === 46))) index += 1;
    // An honorific before the name is part of it ("Sen. Ruth Adler"; it tells "Mr." from "Mrs.").
    let lead = start;
    while (lead > 0 && lead > start - 2 && tokens[lead - 1]!.kind === 'word' && lang.honorifics.has(tokens[lead - 1]!.lower)) lead -= 1;
    // A place after its preposition ("a nurse in Ashford, Ky.", "in Iowa"): remembered as a place, no one. A name of
    // two words or more there is taken for a place only when a state or a country follows it or the pack knows it
    // ("the fighter he had in Corey Lewandowski" names a person).
    if (isPlaceAfterPreposition(lang, tokens, lead, index, 0)) {
      const lowers = lowerWords(tokens, start, index);
      if (index - start === 1 || (tokens[index]?.text === ',' && tokens[index + 1]?.upper === true) || lang.placeNames.has(lowers.join(' '))) {
        resolver.markPlace(lowers);
        continue;
      }
    }
    const previous = tokens[lead - 1];
    const subject = (previous === undefined || (previous.kind === 'punct' && '.!?'.includes(previous.text)) || afterIntroduction(lang, tokens, lead, index)) && !inHeadlineLine(tokens, lead, -1, source);
    if (index - start === 1) {
      // One capitalised word: only a known surname opening a sentence counts (a pronoun's candidate).
      const word = tokens[start]!;
      if (subject && resolver.known(word.lower) && tokens[index]?.kind === 'word' && !tokens[index]!.upper) resolver.mentionWords([word.text], [word.lower], true);
      continue;
    }
    const { speaker, role } = splitName(lang, tokens, lead, index);
    const { start: first, end: last } = speaker;
    if (isOrganisation(lang, tokens, first, last)) continue;
    if (last - first >= 2) {
      const written: string[] = [];
      const lowers: string[] = [];
      for (let at = first; at < last; at += 1) {
        written.push(tokens[at]!.text);
        lowers.push(tokens[at]!.lower);
      }
      // A subject the text writes as a place nearby ("On Tuesday, Puerto Rico missed ..." beside "in Puerto Rico").
      if (subject) markIfPlace(lang, tokens, first, last, source, resolver);
      const person = resolver.mentionWords(written, lowers, subject);
      // A title before the name ("Mayor Karen Holt"): a later "the mayor" is this person.
      if (person && role) resolver.giveRole(person, tokens.slice(role.start, role.end).map((token) => token.lower));
    } else if (subject && resolver.known(tokens[first]!.lower) && tokens[last]?.kind === 'word' && !tokens[last]!.upper) {
      resolver.mentionWords([tokens[first]!.text], [tokens[first]!.lower], true);
    }
  }
}

/** The lower-cased words of `tokens[start, end)`. */
function lowerWords(tokens: readonly Token[], start: number, end: number): string[] {
  const lowers: string[] = [];
  for (let at = start; at < end; at += 1) lowers.push(tokens[at]!.lower);
  return lowers;
}

/**
 * Records the name `tokens[start, end)` as a place when it shows no person, is nobody's name so far, and the text
 * nearby writes it after a preposition of place: then it is no pronoun's candidate.
 */
function markIfPlace(lang: Language, tokens: readonly Token[], start: number, end: number, source: string, resolver: Resolver): void {
  if (end <= start || showsPerson(lang, tokens, start, end) || resolver.knownWord(tokens[end - 1]!.lower)) return;
  const at = tokens[start]!.start;
  if (writtenAsPlace(lang, source, at, source.slice(at, tokens[end - 1]!.end))) resolver.markPlace(lowerWords(tokens, start, end));
}

/**
 * Whether the name `tokens[start, end)` follows an introductory phrase that opens its sentence and is followed by
 * its verb ("On Tuesday, Senator Ruth Adler toured"; not "On Monday, Clinton campaign manager Robby Mook"): a comma
 * before it, and before that at most eight words back to the sentence's start, the first a preposition, an opener or
 * a time word.
 */
function afterIntroduction(lang: Language, tokens: readonly Token[], start: number, end: number): boolean {
  const verb = tokens[end];
  if (tokens[start - 1]?.text !== ',' || verb?.kind !== 'word' || verb.upper || lang.descriptive.has(verb.lower) || lang.titleHeads.has(verb.lower)) return false;
  let first = start - 1;
  while (first > 0 && tokens[first - 1]!.kind === 'word' && start - first < 9) first -= 1;
  const before = tokens[first - 1];
  if (first === start - 1 || (before && !(before.kind === 'break' || (before.kind === 'punct' && '.!?'.includes(before.text))))) return false;
  const opener = tokens[first]!.lower;
  return lang.prepositions.has(opener) || lang.openers.has(opener) || lang.timeWords.has(opener);
}

/**
 * Resolves one speaker. `tokens[from, to)` are the paragraph's tokens of its
 * span; when the span is written exactly as the name (no line break or
 * double space taken out of it), they are the tokens a scan of the name would
 * give, so the name is not scanned again.
 */
function resolveSpeaker(lang: Language, speaker: Speaker, credit: Credit, tokens: readonly Token[], from: number, to: number, source: string, resolver: Resolver): void {
  if (speaker.pronoun) {
    const resolved = resolver.resolvePronoun(speaker.name);
    if (resolved !== undefined) speaker.resolved = resolved;
    return;
  }
  const first = speaker.name[0] ?? '';
  if (first === first.toLowerCase() || /^the [a-z]/i.test(speaker.name)) {
    // A common noun phrase ("the ministry"), or a definite role: "the mayor" after "Mayor Karen Holt".
    const resolved = resolver.resolveRole(speaker.name.toLowerCase().split(' '));
    if (resolved !== undefined) speaker.resolved = resolved;
    return;
  }
  const exact = writtenAsName(speaker, source);
  if (!isPersonName(lang, ...nameTokens(lang, speaker, exact, tokens, from, to))) return;
  // A headline or a line of furniture left in the paragraph is never an antecedent: a name in it is registered (a
  // later short name may resolve to it) without becoming a pronoun's candidate, and a word alone in it, nobody's
  // name so far, is no one ("Man charged after crash", "Article continued below").
  const headline = from < to && inHeadlineLine(tokens, from, credit.cueEnd, source);
  const single = from + 1 === to && tokens[from]!.kind === 'word';
  if (single && !resolver.knownWord(tokens[from]!.lower) && (headline || commonWord(lang, tokens, from, source))) return;
  const words = exact ? spacedWords(tokens, from, to, source) : undefined;
  if (words) markIfPlace(lang, tokens, from, to, source, resolver);
  const found = words ? resolver.mentionWords(words.written, words.lowers, !headline) : resolver.mention(speaker.name, !headline);
  if (found === undefined) return;
  speaker.resolved = found.full;
  for (const role of credit.roles) resolver.giveRole(found, role.toLowerCase().split(/\s+/));
}

/**
 * Resolves a relative pronoun (`Okafor, who said`) to the noun phrase it stands for, which ends before the pronoun's
 * token `at`: that phrase is resolved as a speaker would be (a name to its fullest form, a definite role to the
 * person given it, with its title given as a role), and the pronoun takes its resolution, else its words as written.
 * With `register: false` (an attribution only reported speech made) the phrase is resolved as `resolveOnly` does.
 */
function resolveRelative(lang: Language, speaker: Speaker, antecedent: Antecedent, tokens: readonly Token[], at: number, source: string, resolver: Resolver, register = true): void {
  let to = at;
  while (to > 0 && tokens[to - 1]!.start >= antecedent.end) to -= 1;
  let from = to;
  while (from > 0 && tokens[from - 1]!.start >= antecedent.start) from -= 1;
  const written = source.slice(antecedent.start, antecedent.end);
  const point = (offset: number) => ({ line: 0, column: 0, offset });
  const standIn: Speaker = { type: 'speaker', name: written.replace(/\s+/g, ' '), pronoun: false, position: { start: point(antecedent.start), end: point(antecedent.end) }, children: [] };
  const roles = antecedent.role ? [source.slice(antecedent.role.start, antecedent.role.end)] : [];
  if (register) resolveSpeaker(lang, standIn, { cueEnd: -1, roles }, tokens, from, to, source, resolver);
  else resolveOnly(lang, standIn, tokens, from, to, source, resolver);
  speaker.resolved = standIn.resolved ?? standIn.name;
}

/** What a speaker's attribution holds besides the speaker: where its cue ends (an offset, -1 for none) and its roles as written. */
interface Credit {
  cueEnd: number;
  roles: string[];
}

/** At most this many words make a line that may be a headline or a line of furniture. */
const HEADLINE_WORDS = 10;

/**
 * Whether token `index` is in a line that reads as a headline or a line of furniture left inside a paragraph, not
 * a sentence of the story ("Man charged after crash on Highway 7", "Article continued below"): a line of its own of
 * at most ten words and nothing else (a quotation may hold line breaks, a comma goes on with a sentence), ending in
 * a word that is not the cue (`cueEnd`, an offset; -1 for none), followed by nothing, a quotation or a capitalised
 * word, in a paragraph whose other lines all end a sentence (the lines of hard-wrapped copy end anywhere).
 */
function inHeadlineLine(tokens: readonly Token[], index: number, cueEnd: number, source: string): boolean {
  let start = index;
  let end = index + 1;
  while (start > 0 && !lineBetween(tokens, start - 1, source) && end - start <= HEADLINE_WORDS) start -= 1;
  while (!lineBetween(tokens, end - 1, source) && end - start <= HEADLINE_WORDS) end += 1;
  if (end - start > HEADLINE_WORDS || (start > 0 && !lineBetween(tokens, start - 1, source))) return false;
  for (let at = start; at < end; at += 1) if (tokens[at]!.kind !== 'word') return false;
  const last = tokens[end - 1]!;
  const after = tokens[end];
  if (last.end === cueEnd || last.text.endsWith('.') || (after && after.kind !== 'quote' && !after.upper)) return false;
  // Read in the source, without this line: a line that ends in a word, a comma or `,"` does not end a sentence.
  const others = source.slice(tokens[0]!.start, tokens[start]!.start) + source.slice(last.end, tokens.at(-1)!.end);
  return !/[^.!?:)"'\u201D\u2019\s][ \t]*[\r\n]|,["'\u201D\u2019][ \t]*[\r\n]/.test(others);
}

/** Whether a line break (or the paragraph's end) separates `tokens[at]` from the token after it. */
function lineBetween(tokens: readonly Token[], at: number, source: string): boolean {
  const next = tokens[at + 1];
  if (next === undefined || tokens[at]!.kind === 'break' || next.kind === 'break') return true;
  // A line break in white space the tokens skip (a soft break between two text leaves), read in place.
  for (let index = tokens[at]!.end; index < next.start; index += 1) {
    const code = source.charCodeAt(index);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/** Whether a speaker's span is written exactly as its name (no line break or double space taken out of it). */
function writtenAsName(speaker: Speaker, source: string): boolean {
  const { start, end } = speaker.position;
  return end.offset - start.offset === speaker.name.length && source.startsWith(speaker.name, start.offset);
}

/**
 * The tokens of a speaker's name: the paragraph's `tokens[from, to)` when the span is written as the name, else the
 * name scanned on its own (the rare span with a line break or a double space in it).
 */
function nameTokens(lang: Language, speaker: Speaker, exact: boolean, tokens: readonly Token[], from: number, to: number): [readonly Token[], number, number] {
  if (exact) return [tokens, from, to];
  const scanned: Token[] = [];
  scanText(lang, speaker.name, 0, scanned);
  return [scanned, 0, scanned.length];
}

/**
 * Resolves the speaker of an attribution only reported speech made (a belief, evidence), without making anyone
 * more recent: a pronoun to the person it would point to, a person's name (already mentioned with the paragraph's
 * text) to its fullest form.
 */
function resolveOnly(lang: Language, speaker: Speaker, tokens: readonly Token[], from: number, to: number, source: string, resolver: Resolver): void {
  if (speaker.pronoun) {
    const resolved = resolver.peekPronoun(speaker.name);
    if (resolved !== undefined) speaker.resolved = resolved;
    return;
  }
  const first = speaker.name[0] ?? '';
  if (first === first.toLowerCase()) return;
  const [words, start, end] = nameTokens(lang, speaker, writtenAsName(speaker, source), tokens, from, to);
  if (!isPersonName(lang, words, start, end)) return;
  // Only someone already known: registering a new person here would change later resolutions.
  const last = words[end - 1];
  if (!last || !resolver.known(last.lower)) return;
  const resolved = resolver.mention(speaker.name, false)?.full;
  if (resolved !== undefined) speaker.resolved = resolved;
}

/**
 * The words of `tokens[from, to)` as written and lower-cased, when they are
 * words only, one space apart: then they are the name's words split at its
 * spaces, and the name need not be split again.
 */
function spacedWords(tokens: readonly Token[], from: number, to: number, source: string): { written: string[]; lowers: string[] } | undefined {
  const written: string[] = [];
  const lowers: string[] = [];
  for (let index = from; index < to; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word') return undefined;
    if (index > from && (token.start !== tokens[index - 1]!.end + 1 || source.charCodeAt(token.start - 1) !== 32)) return undefined;
    written.push(token.text);
    lowers.push(token.lower);
  }
  return { written, lowers };
}

/**
 * Whether the words `tokens[from, to)` of a capitalised speaker name a person: no organisation, no `the`, no
 * quantity, determiner or noun that speaks first ("Traders in Tokyo"), no common noun, no preposition of place.
 */
function isPersonName(lang: Language, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (to === from || isOrganisation(lang, tokens, from, to) || first!.lower === 'the' || lang.speakerNouns.has(tokens[to - 1]!.lower)) return false;
  // A phrase that opens with a quantity or a determiner is a common noun phrase ("Most Southern", "One senior Republican").
  if (to - from > 1 && (lang.quantities.has(first!.lower) || lang.determiners.has(first!.lower) || (lang.speakerNouns.has(first!.lower) && !lang.honorifics.has(first!.lower)))) return false;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'word' && !token.upper && (token.lower.length > 3 || lang.placePrepositions.has(token.lower))) return false;
  }
  return true;
}

/**
 * Resolves the speakers of one paragraph and registers the names it
 * mentions, in reading order.
 *
 * @param state The pass's state: language, the paragraph's marked names, the people so far.
 * @param paragraph The paragraph, its attributions built.
 * @param tokens The paragraph's tokens (offsets stay valid when nodes are wrapped).
 */
export function resolveParagraph(state: AttributionState, paragraph: Paragraph, tokens: readonly Token[]): void {
  const { language: lang, resolver, text: source } = state;
  const names = state.marks.names;
  names.rewind();
  const speakers: Speaker[] = [];
  const later: Speaker[] = [];
  const credits = new Map<Speaker, Credit>();
  const antecedents = new Map<Speaker, Antecedent>();
  // The dateline's place is no one ("SAN JUAN, Puerto Rico —").
  const first = paragraph.children[0];
  if (first?.type === 'dateline' && first.location !== undefined) for (const place of datelinePlaces(first.location)) resolver.markPlace(place);
  for (const child of paragraph.children) {
    if (child.type !== 'attribution') continue;
    // The speakers of attributions only reported speech made (beliefs, evidence, ...) are resolved after the others
    // and register no one, so that they never change who a direct quote's pronoun stands for.
    const list = state.reportedOnly.has(child) ? later : speakers;
    const credit: Credit = { cueEnd: -1, roles: [] };
    for (const part of child.children) {
      if (part.type === 'cue') credit.cueEnd = part.position.end.offset;
      if (part.type === 'role') credit.roles.push(source.slice(part.position.start.offset, part.position.end.offset));
      if (part.type === 'speaker') {
        list.push(part);
        credits.set(part, credit);
        const antecedent = state.antecedents.get(child);
        if (antecedent) antecedents.set(part, antecedent);
      }
    }
  }
  let from = 0;
  let index = 0;
  for (const speaker of speakers) {
    const start = speaker.position.start.offset;
    while (index < tokens.length && tokens[index]!.start < start) index += 1;
    mentionNames(lang, tokens, from, index, names, resolver, source);
    const first = index;
    while (index < tokens.length && tokens[index]!.start < speaker.position.end.offset) index += 1;
    const antecedent = antecedents.get(speaker);
    if (antecedent) resolveRelative(lang, speaker, antecedent, tokens, first, source, resolver, false);
    else resolveSpeaker(lang, speaker, credits.get(speaker)!, tokens, first, index, source, resolver);
    from = index;
  }
  mentionNames(lang, tokens, from, tokens.length, names, resolver, source);
  // Their tokens, read forward again (the speakers are in document order).
  index = 0;
  for (const speaker of later) {
    while (index < tokens.length && tokens[index]!.start < speaker.position.start.offset) index += 1;
    const first = index;
    while (index < tokens.length && tokens[index]!.start < speaker.position.end.offset) index += 1;
    const antecedent = antecedents.get(speaker);
    if (antecedent) resolveRelative(lang, speaker, antecedent, tokens, first, source, resolver, false);
    else resolveOnly(lang, speaker, tokens, first, index, source, resolver);
  }
}
