/**
 * `relative-subject`: a cue whose subject is a relative pronoun after a comma takes the noun phrase before the
 * comma as its speaker.
 *
 * > The plan drew fire from Sen. Ruth Adler, who has long called it "a giveaway."
 *
 * The pronoun is one of the pack's `subjectRelatives` (`who`, `which`, `that`), right before the cue or with
 * adverbs and auxiliaries between (`who has long argued`, `which also said`). The speaker node is the pronoun, the
 * cue's subject as written (`pronoun: true`, like `he`), and the attribution runs from it to the cue (`who has long
 * called`), inside the relative clause; the noun phrase before the comma (a name with its title, `Sen. Ruth Adler`,
 * or a common noun phrase, `the governor`) is its antecedent, to which the speaker step resolves it
 * (`speaker.resolved`: the antecedent's fullest name, else its words). The antecedent may stand in another
 * attribution (`said officials, who asked ...`) or in what it reports: it stays where it is. `which` takes a common
 * noun phrase or an organisation (`the group, which said`), never a person's name or a place. A relative clause
 * before its main clause's own cue (`Graham, who says ..., tweeted that ...`) is left inside that cue's
 * attribution, which cannot hold another. A cue of the pack's `objectCues` with neither `that` nor a quotation in its
 * clause (`which reported 13 billion dlrs in profits`) tells what was done, and a request for anonymity (`who asked
 * not to be named`) is no speech: the first makes no attribution, the second one that reports nothing
 * (`content-after`).
 *
 * @module
 */
import type { CueLexicon, Language } from '../../language/types.js';
import { makeCandidate } from '../candidate.js';
import { lookupCue } from '../cues.js';
import { isOrganisation } from '../names.js';
import { isAdverb, isComma, isDash, isWord } from '../predicates.js';
import { antecedentBefore } from '../subjects.js';
import type { Token } from '../sentences.js';
import type { CueRule } from './types.js';

/**
 * Whether the relative clause whose cue ends at `from` is closed, with no quotation in it, by a comma or a dash
 * after which the main clause's own cue comes (`Graham, who says ..., tweeted that "..."`): that cue's attribution runs from the
 * antecedent over the relative clause, so the relative clause makes none of its own.
 */
function mainCueAfter(lang: Language, lexicon: CueLexicon, tokens: readonly Token[], from: number, end: number): boolean {
  let at = from;
  while (at < end && !(isComma(tokens[at]) || isDash(tokens[at]))) {
    // A quotation in the relative clause: the main cue's subject search stops at it and takes no antecedent.
    if (tokens[at]!.kind === 'quote') return false;
    at += 1;
  }
  at += 1;
  while (at < end && isAdverb(lang, tokens[at]!)) at += 1;
  const verb = tokens[at];
  return at < end && isWord(verb) && !verb.upper && !lang.morphology.isProgressive(verb.lower) && lookupCue(lang, tokens, at, lexicon) !== undefined;
}

/** Whether a quotation lies between `from` and the first comma or dash after it in the sentence. */
function quoteInClause(tokens: readonly Token[], from: number, end: number): boolean {
  for (let at = from; at < end && !isComma(tokens[at]) && !isDash(tokens[at]); at += 1) if (tokens[at]!.kind === 'quote') return true;
  return false;
}

/** The rule. */
export const relativeSubject: CueRule = Object.freeze<CueRule>({
  name: 'relative-subject',
  find({ lang, lexicon, tokens, sentence, index, candidates }, site) {
    if (site.kind !== 'lexicon' || site.participle || site.before === 'to' || site.before === 'by') return undefined;
    let relative = (site.subjectEnd ?? site.at) - 1;
    while (relative > sentence.start && (isAdverb(lang, tokens[relative]!) || lang.durationAdverbs.has(tokens[relative]!.lower) || (site.progressive && lang.beForms.has(tokens[relative]!.lower)))) relative -= 1;
    const pronoun = tokens[relative];
    if (!isWord(pronoun) || pronoun.upper || !lang.subjectRelatives.has(pronoun.lower)) return undefined;
    const comma = relative - 1;
    if (comma <= sentence.start || !(isComma(tokens[comma]) || isDash(tokens[comma]))) return undefined;
    const antecedent = antecedentBefore(lang, tokens, comma - 1, sentence.start);
    // `which` stands for a thing or a group, not a person or a place: a name before it is an organisation.
    if (antecedent && pronoun.lower === 'which' && tokens[antecedent.speaker.start]!.upper && !isOrganisation(lang, tokens, antecedent.speaker.start, antecedent.speaker.end)) return undefined;
    if (!antecedent || candidates.some((candidate) => candidate.extent.start <= relative && relative < candidate.extent.end)) return undefined;
    if (mainCueAfter(lang, lexicon, tokens, site.cue.end, sentence.end)) return undefined;
    // A cue that takes objects as often as speech, with no `that` and no quotation in its clause ("the industry,
    // which reported 13 billion dlrs in profits, would see"), tells what was done: it stays part of the clause around.
    const after = tokens[site.cue.end];
    if (lang.objectCues.has(site.lemma) && !(isWord(after) && lang.complementizers.has(after.lower)) && !quoteInClause(tokens, site.cue.end, sentence.end)) return undefined;
    const role = antecedent.role ?? antecedent.apposition;
    const phrase = { speaker: { start: relative, end: relative + 1 }, pronoun: true, antecedent: { speaker: antecedent.speaker, ...(role ? { role } : {}) } };
    const extent = { start: relative, end: site.cue.end };
    return { candidate: makeCandidate({ kind: 'subject', cue: site.cue, lemma: site.lemma, phrase, extent, speech: site.speech, sentence: index }), last: site.cue.end - 1 };
  },
});
