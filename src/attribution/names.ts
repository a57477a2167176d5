/**
 * Names, roles and speaker phrases over the tokens of a paragraph: where a
 * speaker's name starts and ends, which words before it are a title, and
 * which capitalised runs are organisations.
 *
 * @module
 */
import { DESCRIPTIVE, DETERMINERS, HONORIFICS, NOT_NAMES, PRONOUNS, SUBJECT_STOPS, TITLE_HEADS } from './lexicon.js';
import type { Token } from './scan.js';
import { signatureTable } from './signature.js';

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
  /** Whether the speaker is a personal pronoun. */
  pronoun: boolean;
}

/** Name particles that join the parts of a name ("Ursula von der Leyen"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'al', 'bin', 'ibn', 'ben', 'el', 'st.', 'mac', 'ter']);

/** Prepositions: a noun phrase after one is no subject ("in the past described"). */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'into', 'after', 'before', 'during', 'over', 'under', 'about', 'to', 'against', 'through', 'without', 'within', 'amid', 'like']);

/** Name suffixes ("Jr.", "III"). */
const SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** Last words of organisation names. */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'journal', 'press', 'ministry', 'department', 'agency', 'party', 'council', 'committee',
  'office', 'police', 'association', 'union', 'inc.', 'corp.', 'co.', 'ltd.', 'company', 'group', 'institute',
  'university', 'court', 'commission', 'bureau', 'service', 'campaign', 'administration', 'government', 'kremlin',
  'pentagon', 'house', 'senate', 'congress', 'parliament', 'network', 'foundation', 'center', 'centre', 'fund',
  'bank', 'board', 'authority', 'tribune', 'herald', 'magazine', 'reuters', 'ap', 'afp', 'cnn', 'msnbc', 'nbc', 'cbs',
  'abc', 'fox', 'politico', 'breitbart', 'npr', 'bbc', 'organization', 'organisation', 'coalition', 'alliance',
  'federation', 'league', 'army', 'navy', 'guard', 'force', 'forces', 'corps', 'team', 'club', 'church', 'school',
  'hospital', 'county', 'city', 'state', 'states', 'nations', 'cabinet', 'commission', 'tass', 'interfax', 'xinhua',
  'ria', 'daily', 'gazette', 'chronicle', 'observer', 'guardian', 'telegraph', 'economist', 'review', 'blog',
  'report', 'statement', 'website', 'network', 'channel', 'tv', 'television', 'radio', 'caucus', 'conference',
  'treasury', 'fed', 'reserve', 'exchange', 'parliament', 'corp', 'inc', 'co', 'ltd', 'llc', 'plc', 'ag', 'motors', 'airlines', 'industries', 'systems', 'holdings',
]);

/** Common nouns that can be speakers on their own ("officials said", "police said"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'official', 'police', 'authorities', 'prosecutors', 'investigators', 'critics', 'experts',
  'sources', 'analysts', 'lawmakers', 'democrats', 'republicans', 'witnesses', 'residents', 'activists', 'aides',
  'spokesman', 'spokeswoman', 'spokesperson', 'organizers', 'researchers', 'scientists', 'doctors', 'supporters',
  'opponents', 'diplomats', 'leaders', 'people', 'voters', 'protesters', 'students', 'parents', 'workers',
  'economists', 'observers', 'advocates', 'insiders', 'staffers', 'officers', 'troops', 'soldiers', 'statement',
  'report', 'ministry', 'government', 'administration', 'campaign', 'court', 'judge', 'lawsuit', 'letter',
  'memo', 'complaint', 'document', 'documents', 'study', 'survey', 'poll', 'polls', 'filing', 'indictment',
  'agency', 'department', 'company', 'group', 'spokespeople', 'representatives', 'senators', 'members',
  'residents', 'families', 'victims', 'survivors', 'colleagues', 'friends', 'neighbors', 'allies', 'advisers',
  'opponents', 'proponents', 'backers', 'detractors', 'skeptics', 'sceptics', 'scholars', 'historians', 'officers',
  'negotiators', 'organisers', 'prosecutors', 'attorneys', 'lawyers', 'economists', 'traders', 'dealers', 'bankers',
  'executives', 'participants', 'delegates', 'journalists', 'reporters', 'editors', 'fans', 'players', 'coaches',
]);

/** Whether a word is written like part of a name: capitalised, not a function word. */
export function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.upper && (NOT_NAME_SIGNATURES[token.sig] === 0 || !NOT_NAMES.has(token.lower) || isAcronym(token));
}

/** Signatures of `NOT_NAMES` (`isNameWord` reads every capitalised word). */
const NOT_NAME_SIGNATURES = signatureTable(NOT_NAMES);

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
function isNameGlue(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  if (token.upper && token.text.length === 2 && token.text.endsWith('.')) return true;
  return PARTICLES.has(token.lower);
}

/** Whether a capitalised word is an acronym or nationality-like adjective that belongs to a title, not a name. */
function isTitleish(token: Token): boolean {
  const lower = token.lower;
  if (TITLE_HEADS.has(lower) || DESCRIPTIVE.has(lower)) return true;
  if (token.text.length >= 2 && token.text === token.text.toUpperCase() && /[A-Z]/.test(token.text)) return true;
  return lower.endsWith('ian') || lower.endsWith('ese') || lower.endsWith('ish') || lower.endsWith("'s") || lower.endsWith('’s');
}

/** Whether the capitalised run `[start, end)` names an organisation ("the Daily News", "NATO"). */
export function isOrganisation(tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1]!;
  if (ORGANISATION_HEADS.has(last.lower)) return true;
  return end - start === 1 && last.text.length >= 2 && last.text === last.text.toUpperCase() && /[A-Z]/.test(last.text);
}

/**
 * Splits a run of words ending in a name into role and name: the name is
 * the last one or two capitalised words (with initials, particles, a suffix
 * and an honorific), the role is what comes before it.
 *
 * @param start First token of the run.
 * @param end One past the run's last token (a name word or suffix).
 */
export function splitName(tokens: readonly Token[], start: number, end: number): SpeakerPhrase {
  let nameEnd = end;
  let cursor = end - 1;
  if (cursor > start && SUFFIXES.has(tokens[cursor]!.lower)) cursor -= 1;
  let count = 0;
  let nameStart = cursor + 1;
  while (cursor >= start) {
    const token = tokens[cursor]!;
    if (token.kind !== 'word') break;
    if (HONORIFICS.has(token.lower) && count > 0) {
      nameStart = cursor;
      break;
    }
    if (isNameGlue(token) && count > 0) {
      nameStart = cursor;
      cursor -= 1;
      continue;
    }
    if (!isNameWord(token) || count >= 2 || (count > 0 && isTitleish(token))) break;
    nameStart = cursor;
    count += 1;
    cursor -= 1;
  }
  if (count === 0) nameStart = end - 1;
  if (isOrganisation(tokens, nameStart, nameEnd)) {
    // Organisations keep their whole capitalised run ("The New York Times").
    let first = nameStart;
    while (first > start && tokens[first - 1]!.upper && tokens[first - 1]!.kind === 'word' && !NOT_NAMES.has(tokens[first - 1]!.lower)) first -= 1;
    if (first > start && tokens[first - 1]!.lower === 'the') first -= 1;
    nameStart = first;
  }
  // "The Treasury", "the Pentagon": a determiner alone is no role.
  if (nameStart === start + 1 && (tokens[start]!.lower === 'the' || tokens[start]!.lower === 'a')) nameStart = start;
  const phrase: SpeakerPhrase = { speaker: { start: nameStart, end: nameEnd }, pronoun: false };
  if (nameStart > start) phrase.role = { start, end: nameStart };
  return phrase;
}

/** Whether a title head is among tokens `[start, end)` ("Secretary of State"). */
function hasTitle(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (TITLE_HEADS.has(tokens[index]!.lower)) return true;
  return false;
}

/** A lower-case word that is no function word. */
function isLowerWord(token: Token): boolean {
  return token.kind === 'word' && !token.upper && !SUBJECT_STOPS.has(token.lower) && !DETERMINERS.has(token.lower) && !PRONOUNS.has(token.lower);
}

/** Whether a word can be part of a preposed title ("Kremlin spokesman", "U.S. Deputy Secretary of State"). */
function isRoleWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (HONORIFICS.has(token.lower)) return true;
  if (token.upper) return !NOT_NAMES.has(token.lower) || token.lower === 'the' || isAcronym(token);
  return DESCRIPTIVE.has(token.lower) || TITLE_HEADS.has(token.lower) || token.lower === 'of' || token.lower.includes('-');
}

/**
 * The speaker phrase that ends at token `last` (inclusive), scanning back
 * no further than `floor`: a pronoun, a name with its preposed title, or a
 * common noun phrase ("the ministry", "a senior official", "police").
 */
export function speakerBefore(tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | undefined {
  const token = tokens[last];
  if (!token || token.kind !== 'word' || last < floor) return undefined;
  if (PRONOUNS.has(token.lower)) {
    const before = tokens[last - 1];
    // "told him", "as he" are not subjects; a pronoun is when nothing wordy joins it to what precedes.
    if ((token.lower === 'it' || token.lower === 'you') && before && before.kind === 'word' && last - 1 >= floor && !SUBJECT_STOPS.has(before.lower) && !before.upper && !before.text.endsWith('.')) return undefined;
    return { speaker: { start: last, end: last + 1 }, pronoun: true };
  }
  if (token.lower.endsWith("'s") || token.lower.endsWith('’s')) return undefined;
  if (isNameWord(token) || SUFFIXES.has(token.lower)) {
    // The capitalised run and its title words.
    let start = last;
    while (start - 1 >= floor && last - start < 12 && isRoleWord(tokens[start - 1]!)) start -= 1;
    while (start < last && (tokens[start]!.lower === 'of' || (NOT_NAMES.has(tokens[start]!.lower) && !isAcronym(tokens[start]!))) && tokens[start]!.lower !== 'the' && !HONORIFICS.has(tokens[start]!.lower)) start += 1;
    if (start - 1 >= floor && tokens[start - 1]!.text === 'the') start -= 1;
    else {
      // A lower-case title opening the clause: `"...," councilmember Mark Levine said`.
      let first = start;
      while (first - 1 >= floor && start - first < 3 && isLowerWord(tokens[first - 1]!)) first -= 1;
      // ... with a determiner: `his nephew Michel Soheil`.
      if (first < start && first - 1 >= floor && DETERMINERS.has(tokens[first - 1]!.lower)) first -= 1;
      if (first < start && (first - 1 < floor || tokens[first - 1]!.kind !== 'word')) start = first;
    }
    return splitName(tokens, start, last + 1);
  }
  if (token.upper) return undefined;
  // A common noun phrase: back to a determiner, at most six words.
  let start = last;
  let determiner = false;
  while (start - 1 >= floor && last - start < 6) {
    const previous = tokens[start - 1]!;
    if (previous.kind !== 'word' || (SUBJECT_STOPS.has(previous.lower) && !DETERMINERS.has(previous.lower))) break;
    start -= 1;
    if (DETERMINERS.has(previous.lower) || previous.lower.endsWith("'s") || previous.lower.endsWith('’s')) {
      determiner = true;
      break;
    }
  }
  if (!determiner && !SPEAKER_NOUNS.has(token.lower) && !TITLE_HEADS.has(token.lower)) return undefined;
  // A subject opens its clause: "expects a fast reply" is an object, not a speaker.
  const opener = tokens[start - 1];
  if (determiner && start - 1 >= floor && opener && opener.kind === 'word' && !opener.upper && (!SUBJECT_STOPS.has(opener.lower) || PREPOSITIONS.has(opener.lower))) return undefined;
  if (!determiner) {
    // "Richmond police", "White House officials": only modifiers before the head.
    start = last;
    while (start - 1 >= floor && last - start < 6 && (tokens[start - 1]!.upper || DESCRIPTIVE.has(tokens[start - 1]!.lower)) && tokens[start - 1]!.kind === 'word' && !NOT_NAMES.has(tokens[start - 1]!.lower)) start -= 1;
  }
  return { speaker: { start, end: last + 1 }, pronoun: false };
}

/**
 * The speaker phrase that starts at token `first`, as after an inverted cue
 * ("said Dmitry Peskov", "said a senior official"), reading no further than
 * `ceiling`. Returns the phrase and the index after it.
 */
export function speakerAfter(tokens: readonly Token[], first: number, ceiling: number): { phrase: SpeakerPhrase; next: number } | undefined {
  const token = tokens[first];
  if (!token || token.kind !== 'word' || first >= ceiling) return undefined;
  if (PRONOUNS.has(token.lower)) return { phrase: { speaker: { start: first, end: first + 1 }, pronoun: true }, next: first + 1 };
  if (!token.upper && !DETERMINERS.has(token.lower) && !PRONOUNS.has(token.lower)) {
    // A lower-case title before a name: `said election lawyer Joe Birkenstock`.
    let name = first;
    while (name < ceiling && name - first < 3 && isLowerWord(tokens[name]!)) name += 1;
    if (name > first && isNameWord(tokens[name])) {
      const found = speakerAfter(tokens, name, ceiling);
      if (found && !found.phrase.pronoun) {
        const { speaker, role } = found.phrase;
        return { phrase: { speaker, role: { start: first, end: role ? role.end : speaker.start }, pronoun: false }, next: found.next };
      }
    }
  }
  if (token.upper || DESCRIPTIVE.has(token.lower) || TITLE_HEADS.has(token.lower)) {
    let end = first;
    while (end < ceiling && end - first < 12) {
      const current = tokens[end]!;
      if (current.kind !== 'word') break;
      if (current.upper && !NOT_NAMES.has(current.lower)) end += 1;
      else if (current.lower === 'the' && end === first) end += 1;
      else if (!current.upper && (DESCRIPTIVE.has(current.lower) || TITLE_HEADS.has(current.lower))) end += 1;
      else if (isNameGlue(current) && isNameWord(tokens[end + 1]) && end > first) end += 1;
      else if (current.lower === 'of' && isNameWord(tokens[end + 1]) && end > first && (end - first === 1 || hasTitle(tokens, first, end))) end += 1;
      else break;
    }
    // Trim back to a name word.
    while (end > first && !(isNameWord(tokens[end - 1]) || SUFFIXES.has(tokens[end - 1]!.lower) || TITLE_HEADS.has(tokens[end - 1]!.lower))) end -= 1;
    if (end === first) return undefined;
    if (!isNameWord(tokens[end - 1])) return { phrase: { speaker: { start: first, end }, pronoun: false }, next: end };
    return { phrase: splitName(tokens, first, end), next: end };
  }
  if (!DETERMINERS.has(token.lower) && !SPEAKER_NOUNS.has(token.lower)) return undefined;
  let end = first + 1;
  while (end < ceiling && end - first < 8) {
    const current = tokens[end]!;
    const familiar = current.lower === 'with' && tokens[end - 1]!.lower === 'familiar';
    if (current.kind !== 'word' || (SUBJECT_STOPS.has(current.lower) && !familiar)) break;
    end += 1;
  }
  return { phrase: { speaker: { start: first, end }, pronoun: false }, next: end };
}
