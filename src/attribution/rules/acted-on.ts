/**
 * `acted-on`: a quotation that modifies a noun in the phrase after the preposition of a participle of action (a
 * cue that also names an act other than speech, `respond`, `react`: `LanguagePack.actionLemmas`) names what the
 * participle acts on, not what anyone says: the participle does not credit it.
 *
 * > Smith, 17, was arrested by officers responding to a "family problem" call.
 *
 * The quote stands between a determiner and a lower-case word, and ends without punctuation. Runs before
 * `before`, which would give the quote to the participle's attribution (and so to the sentence's subject); a
 * participle of speech (`asking for a "..." wing`, `speaking about a "..." stand`) is unaffected.
 *
 * @module
 */
import { LEAVE, type QuoteRule } from './types.js';

/** The rule. */
export const actedOn: QuoteRule = Object.freeze<QuoteRule>({
  name: 'acted-on',
  credit({ lang, tokens, chain, next }, { at, content }) {
    const noun = tokens[at + 1];
    if (!lang.determiners.has(tokens[at - 1]?.lower ?? '') || noun?.kind !== 'word' || noun.upper || lang.subjectStops.has(noun.lower) || /[,.!?:;]\s*$/.test(content)) return undefined;
    let back = chain.before(next);
    for (let step = 0; back && step < 3 && back.candidate.extent.end > at; step += 1) back = back.prev;
    if (!back || back.candidate.extent.end > at) return undefined;
    const { cue, lemma } = back.candidate;
    const after = tokens[cue.end];
    if (!lang.actionLemmas.has(lemma) || !lang.morphology.isProgressive(tokens[cue.start]!.lower) || after?.kind !== 'word' || !lang.prepositions.has(after.lower)) return undefined;
    for (let index = cue.end; index < at; index += 1) if (tokens[index]!.kind !== 'word') return undefined;
    return LEAVE;
  },
});
