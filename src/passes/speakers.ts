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
import { isNameWord, isOrganisation, splitName } from '../attribution/names.js';
import type { Resolver } from '../attribution/resolve.js';
import type { AttributionState } from '../attribution/state.js';
import type { IndexList } from '../words/marks.js';
import { scanText } from '../words/scan.js';
import type { Token } from '../words/token.js';
import type { Paragraph, Speaker } from '../types.js';

/** Registers the names among tokens `[from, to)`; `names` are the paragraph's capitalised words, read forward. */
function mentionNames(lang: Language, tokens: readonly Token[], from: number, to: number, names: IndexList, resolver: Resolver): void {
  let index = from;
  while (index < to) {
    if (!isNameWord(lang, tokens[index])) {
      // Only a capitalised word starts a name.
      index = names.next(index + 1);
      continue;
    }
    const start = index;
    while (index < to && tokens[index]!.kind === 'word' && (tokens[index]!.upper || (tokens[index]!.text.length === 2 && tokens[index]!.text.endsWith('.')))) index += 1;
    const previous = tokens[start - 1];
    const subject = previous === undefined || (previous.kind === 'punct' && (previous.text === '.' || previous.text === '!' || previous.text === '?'));
    if (index - start === 1) {
      // One capitalised word: only a known surname opening a sentence counts (a pronoun's candidate).
      const word = tokens[start]!;
      if (subject && resolver.known(word.lower) && tokens[index]?.kind === 'word' && !tokens[index]!.upper) resolver.mentionWords([word.text], [word.lower], true);
      continue;
    }
    const { start: first, end: last } = splitName(lang, tokens, start, index).speaker;
    if (isOrganisation(lang, tokens, first, last)) continue;
    if (last - first >= 2) {
      const written: string[] = [];
      const lowers: string[] = [];
      for (let at = first; at < last; at += 1) {
        written.push(tokens[at]!.text);
        lowers.push(tokens[at]!.lower);
      }
      resolver.mentionWords(written, lowers, subject);
    } else if (subject && resolver.known(tokens[first]!.lower) && tokens[last]?.kind === 'word' && !tokens[last]!.upper) {
      resolver.mentionWords([tokens[first]!.text], [tokens[first]!.lower], true);
    }
  }
}

/**
 * Resolves one speaker. `tokens[from, to)` are the paragraph's tokens of its
 * span; when the span is written exactly as the name (no line break or
 * double space taken out of it), they are the tokens a scan of the name would
 * give, so the name is not scanned again.
 */
function resolveSpeaker(lang: Language, speaker: Speaker, tokens: readonly Token[], from: number, to: number, source: string, resolver: Resolver): void {
  if (speaker.pronoun) {
    const resolved = resolver.resolvePronoun(speaker.name);
    if (resolved !== undefined) speaker.resolved = resolved;
    return;
  }
  const first = speaker.name[0] ?? '';
  if (first === first.toLowerCase()) return; // a common noun phrase ("the ministry")
  const { start, end } = speaker.position;
  const exact = end.offset - start.offset === speaker.name.length && source.startsWith(speaker.name, start.offset);
  let person: boolean;
  if (exact) person = isPersonName(lang, tokens, from, to);
  else {
    const scanned: Token[] = [];
    scanText(lang, speaker.name, 0, scanned);
    person = isPersonName(lang, scanned, 0, scanned.length);
  }
  if (!person) return;
  const words = exact ? spacedWords(tokens, from, to, source) : undefined;
  const resolved = words ? resolver.resolveNameWords(words.written, words.lowers) : resolver.resolveName(speaker.name);
  if (resolved !== undefined) speaker.resolved = resolved;
}

/**
 * Resolves the speaker of an attribution only reported speech made (a belief, evidence), without making anyone
 * more recent: a pronoun to the person it would point to, a person's name (already mentioned with the paragraph's
 * text) to its fullest form.
 */
function resolveOnly(lang: Language, speaker: Speaker, resolver: Resolver): void {
  if (speaker.pronoun) {
    const resolved = resolver.peekPronoun(speaker.name);
    if (resolved !== undefined) speaker.resolved = resolved;
    return;
  }
  const first = speaker.name[0] ?? '';
  if (first === first.toLowerCase()) return;
  const scanned: Token[] = [];
  scanText(lang, speaker.name, 0, scanned);
  if (!isPersonName(lang, scanned, 0, scanned.length)) return;
  // Only someone already known: registering a new person here would change later resolutions.
  const last = scanned.at(-1);
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

/** Whether the words `tokens[from, to)` of a capitalised speaker name a person: no organisation, no `the`, no common noun. */
function isPersonName(lang: Language, tokens: readonly Token[], from: number, to: number): boolean {
  if (to === from || isOrganisation(lang, tokens, from, to) || tokens[from]!.lower === 'the' || lang.speakerNouns.has(tokens[to - 1]!.lower)) return false;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'word' && !token.upper && token.lower.length > 3) return false;
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
  for (const child of paragraph.children) {
    if (child.type !== 'attribution') continue;
    // The speakers of attributions only reported speech made (beliefs, evidence, ...) are resolved after the others
    // and register no one, so that they never change who a direct quote's pronoun stands for.
    const list = state.reportedOnly.has(child) ? later : speakers;
    for (const part of child.children) if (part.type === 'speaker') list.push(part);
  }
  let from = 0;
  let index = 0;
  for (const speaker of speakers) {
    const start = speaker.position.start.offset;
    while (index < tokens.length && tokens[index]!.start < start) index += 1;
    mentionNames(lang, tokens, from, index, names, resolver);
    const first = index;
    while (index < tokens.length && tokens[index]!.start < speaker.position.end.offset) index += 1;
    resolveSpeaker(lang, speaker, tokens, first, index, source, resolver);
    from = index;
  }
  mentionNames(lang, tokens, from, tokens.length, names, resolver);
  for (const speaker of later) resolveOnly(lang, speaker, resolver);
}
