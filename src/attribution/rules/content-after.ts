/**
 * `content-after`: the content right after its cue, the common layout of reported speech, with its complements.
 *
 * > NATO Secretary-General Jens Stoltenberg said Tuesday that the alliance and Russia would meet again.
 * > The governor told reporters the budget was balanced. The senator urged Congress to act.
 * > She promised to veto the bill. He asked whether the vote would be delayed.
 *
 * The content starts after the cue, past a `that` within six words (`said of the plan that`, `said in a
 * statement Tuesday that`; ten when they open with an object or a preposition: `told reporters at the Capitol on
 * Monday that`), else past time words and an object such as `reporters`; it ends at the end of the
 * sentence or of its clause (`spans.ts`). Without `that`, a content that opens with a preposition (`said in a
 * statement`) is no content, nor is anything after a cue that credits a quote before it (`"...," Smith said Tuesday`),
 * nor, after a cue that takes objects as often as speech (`objectCues` in the pack) or a cue of a relative clause
 * (`who declared victory`), a noun phrase (`announced his return`): there the words must read as a clause
 * (`readsAsClause` in `spans.ts`).
 *
 * @module
 */
import type { Language } from '../../language/types.js';
import { isAdverb, isWord } from '../predicates.js';
import type { Token } from '../sentences.js';
import { contentEnd, contentOf, nextAttribution, pastRecipient, readsAsClause } from '../spans.js';
import type { ContentRule } from './types.js';

/** Within how many words after the cue a `that` opens the content. */
const NEAR_THAT = 6;
/** ... when those words open with an object of saying or a preposition. */
const FAR_THAT = 10;

/** Whether a word is a preposition that opens a phrase of place, time or means (`at`, `in`, `on`; not `to`). */
function opensPlaceOrTime(lang: Language, token: Token | undefined): boolean {
  return isWord(token) && lang.prepositions.has(token.lower) && token.lower !== 'to';
}

/** Whether the words at `from` ask for anonymity (the pack's `anonymityRequest`: "not to be named"). */
function asksAnonymity(lang: Language, tokens: readonly Token[], from: number): boolean {
  const words = lang.anonymityRequest;
  if (words.length === 0) return false;
  for (let index = 0; index < words.length; index += 1) if (tokens[from + index]?.lower !== words[index]) return false;
  return true;
}

/** Whether a word is a finite verb after a subject: a form of "be", an auxiliary or a modal, a past form. */
function opensVerb(lang: Language, token: Token | undefined): boolean {
  return isWord(token) && !token.upper && (lang.beForms.has(token.lower) || lang.auxiliaries.has(token.lower) || lang.morphology.isPastForm(token.lower));
}

/** Whether a word opens a clause after a name: a determiner, a pronoun, `that`, a time word or a number. */
function opensClauseAfterName(lang: Language, token: Token | undefined): boolean {
  if (!isWord(token) || token.upper) return false;
  const lower = token.lower;
  return lang.determiners.has(lower) || lang.pronouns.has(lower) || lang.complementizers.has(lower) || lang.timeWords.has(lower) || (lower.charCodeAt(0) >= 48 && lower.charCodeAt(0) <= 57);
}

/** The rule. */
export const contentAfter: ContentRule = Object.freeze<ContentRule>({
  name: 'content-after',
  find(scope, candidate) {
    const { lang, tokens, sentence } = scope;
    if (candidate.kind === 'inverted' || candidate.kind === 'colon' || candidate.kind === 'positional' || candidate.kind === 'according') return undefined;
    let start = candidate.extent.end;
    if (start >= sentence.end) return undefined;
    // "officials, who asked not to be named": a request for anonymity reports nothing.
    if (candidate.phrase?.antecedent && asksAnonymity(scope.lang, tokens, start)) return [];
    // "that" within the next few words opens the content, unless another attribution comes first.
    const ceiling = nextAttribution(scope, start, candidate);
    let that = -1;
    /** Where a clause opens past a phrase of place, time or medium, without `that`. */
    let clause = -1;
    // Past a phrase of place and time, or an object and one, the `that` may stand further ("told reporters at the
    // Capitol on Monday that", "wrote in a letter to the board that"); not past an infinitive or a noun phrase ("hopes
    // to make a statement in a contest that will ...", "pledged her commitment to the causes that he ...", where
    // `that` opens a relative clause).
    const opener = tokens[start];
    // The one told, by name, is not counted in that window ("told The New York Times on Tuesday that").
    const told = pastRecipient(lang, tokens, candidate.lemma, start, sentence.end);
    const byName = told > start && !lang.speechObjects.has(opener!.lower);
    const from = byName ? told : start;
    const reach = opensPlaceOrTime(lang, tokens[from]) || (isWord(opener) && lang.speechObjects.has(opener.lower) && opensPlaceOrTime(lang, tokens[start + 1])) ? FAR_THAT : NEAR_THAT;
    for (let index = start; index < ceiling && index < from + reach; index += 1) {
      const token = tokens[index]!;
      // A quoted name of a show or work in that phrase ("said on ABC's \"This Week,\" that") is one of its words.
      if (token.kind === 'quote' && reach === FAR_THAT) continue;
      if (token.kind !== 'word') break;
      // A pronoun and its verb right after the medium or the time open the content themselves ("said in a television
      // interview he was heartened that", "told Reuters in an interview it was not true that", "told the paper last week
      // she would"; not "concluded by making it clear to", nor a relative clause: "the treatment he was getting").
      const previous = tokens[index - 1]!;
      if (reach === FAR_THAT && index > from && lang.pronouns.has(token.lower) && opensVerb(lang, tokens[index + 1]) && (lang.mediumNouns.has(previous.lower) || lang.timeWords.has(previous.lower))) {
        clause = index;
        break;
      }
      if (lang.complementizers.has(token.lower)) {
        that = index;
        break;
      }
    }
    // After a cue that takes no one told, a noun phrase before `that` is what `that` relates to: the content is the
    // noun phrase on ("said the plan that the board passed was dead").
    if (that > start && isWord(opener) && lang.determiners.has(opener.lower) && !lang.recipientCues.has(candidate.lemma)) that = -1;
    if (that >= 0) start = that + 1;
    else if (clause >= 0) start = clause;
    else {
      if (candidate.kind === 'noun') return undefined;
      // A cue after its quote ("...," Smith said Tuesday) has said what it says.
      for (const quote of candidate.quotes) if (quote < candidate.cue.start) return undefined;
      // The one told, by name, when a clause opens after it ("told The Associated Press the vote was close", "told
      // CNN it was"); not before an infinitive ("told Congress to act", whose content holds them), nor when the name
      // runs on ("told The Post and Courier", "reminded Hillary Clinton's campaign").
      const named = byName && opensClauseAfterName(lang, tokens[told]);
      if (named) start = told;
      // Time words, adverbs and an object such as `reporters` (not after a name: "told the AP her group").
      while (start < sentence.end && isWord(tokens[start]) && (lang.timeWords.has(tokens[start]!.lower) || (!named && lang.speechObjects.has(tokens[start]!.lower)) || isAdverb(lang, tokens[start]!))) start += 1;
      // A `that` past the one told and the time words ("told The New York Times Tuesday morning that").
      if (start > candidate.extent.end && isWord(tokens[start]) && lang.complementizers.has(tokens[start]!.lower)) start += 1;
      const first = tokens[start];
      if (!isWord(first) || (lang.prepositions.has(first.lower) && first.lower !== 'to')) return undefined;
      // After a participle, `to` before a noun phrase is a preposition, not an infinitive ("..., adding to his
      // victories in the South", "reacting to the ruling").
      const after = tokens[start + 1];
      if (first.lower === 'to' && lang.morphology.isProgressive(tokens[candidate.cue.start]!.lower) && isWord(after) && (after.upper || lang.determiners.has(after.lower) || lang.possessiveDeterminers.has(after.lower) || lang.speechObjects.has(after.lower))) return undefined;
    }
    const found = contentOf(scope, [{ start, end: contentEnd(scope, start, candidate) }], candidate);
    // Without "that", a cue that takes objects reports only a clause: "announced his return" reports no speech; so
    // does any cue of a relative clause, which more often tells what its antecedent did ("who declared victory").
    const objects = lang.objectCues.has(candidate.lemma) || candidate.phrase?.antecedent !== undefined;
    return that >= 0 || clause >= 0 || found.length === 0 || !objects || readsAsClause(scope, found[0]!) ? found : [];
  },
});
