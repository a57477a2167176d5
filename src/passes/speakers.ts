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
import { isNameWord, isOrganisation, SPEAKER_NOUNS, splitName } from '../attribution/names.js';
import { Resolver } from '../attribution/resolve.js';
import { scanText, type Token } from '../attribution/scan.js';
import type { Paragraph, Speaker } from '../types.js';

/** Registers the names among tokens `[from, to)`. */
function mentionNames(tokens: readonly Token[], from: number, to: number, resolver: Resolver): void {
  let index = from;
  while (index < to) {
    if (!isNameWord(tokens[index])) {
      index += 1;
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
    const { start: first, end: last } = splitName(tokens, start, index).speaker;
    if (isOrganisation(tokens, first, last)) continue;
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

function resolveSpeaker(speaker: Speaker, resolver: Resolver): void {
  if (speaker.pronoun) {
    const resolved = resolver.resolvePronoun(speaker.name);
    if (resolved !== undefined) speaker.resolved = resolved;
    return;
  }
  const first = speaker.name[0] ?? '';
  if (first === first.toLowerCase()) return; // a common noun phrase ("the ministry")
  const tokens: Token[] = [];
  scanText(speaker.name, 0, tokens);
  if (tokens.length === 0 || isOrganisation(tokens, 0, tokens.length) || tokens[0]!.lower === 'the' || SPEAKER_NOUNS.has(tokens.at(-1)!.lower)) return;
  if (!tokens.every((token) => token.kind !== 'word' || token.upper || token.lower.length <= 3)) return;
  const resolved = resolver.resolveName(speaker.name);
  if (resolved !== undefined) speaker.resolved = resolved;
}

/**
 * Resolves the speakers of one paragraph and registers the names it
 * mentions, in reading order.
 *
 * @param paragraph The paragraph, its attributions built.
 * @param tokens The paragraph's tokens (offsets stay valid when nodes are wrapped).
 * @param resolver The people of the article so far.
 */
export function resolveParagraph(paragraph: Paragraph, tokens: readonly Token[], resolver: Resolver): void {
  const speakers: Speaker[] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'attribution') continue;
    for (const part of child.children) if (part.type === 'speaker') speakers.push(part);
  }
  let from = 0;
  let index = 0;
  for (const speaker of speakers) {
    const start = speaker.position.start.offset;
    while (index < tokens.length && tokens[index]!.start < start) index += 1;
    mentionNames(tokens, from, index, resolver);
    resolveSpeaker(speaker, resolver);
    while (index < tokens.length && tokens[index]!.start < speaker.position.end.offset) index += 1;
    from = index;
  }
  mentionNames(tokens, from, tokens.length, resolver);
}
