/**
 * English word forms: how a cue lemma inflects, a lemma for a verb the lexicon does not know, and the endings the
 * attribution rules read (-ing, -ed, -ly, -'s, nationalities).
 *
 * @module
 */
import type { Morphology } from '../types.js';

const VOWELS = 'aeiou';

/**
 * Words in -ly that are no adverb: nouns (and adjectives used as nouns) a subject may end with, so they are never
 * stepped over between a subject and its cue ("a lawyer for the family said", "the state assembly said").
 */
const NOT_ADVERBS: ReadonlySet<string> = new Set([
  'family', 'assembly', 'rally', 'monopoly', 'anomaly', 'homily', 'supply', 'reply', 'bully', 'belly', 'jelly',
  'folly', 'holly', 'tally', 'gully', 'elderly', 'melancholy',
]);

/** Regular inflections of a one-word lemma: -s, -ed, -ing. */
function inflectWord(lemma: string): string[] {
  const forms = [lemma];
  const last = lemma.at(-1) ?? '';
  const before = lemma.at(-2) ?? '';
  if (last === 'y' && !VOWELS.includes(before)) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else if (last === 'e') forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (last === 's' || last === 'x' || lemma.endsWith('sh') || lemma.endsWith('ch')) forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  else forms.push(`${lemma}s`, `${lemma}ed`, `${lemma}ing`);
  return forms;
}

/** A crude lemma for a verb the lexicon does not know ("opined" -> "opine"). */
function guessLemma(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('ed')) {
    const stem = lower.slice(0, -2);
    const last = stem.at(-1) ?? '';
    if (stem.length > 2 && last === stem.at(-2) && !'aeiouls'.includes(last)) return stem.slice(0, -1);
    const vowel = (char: string): boolean => VOWELS.includes(char);
    if (stem.length >= 3 && !vowel(last) && vowel(stem.at(-2) ?? '') && !vowel(stem.at(-3) ?? '') && !stem.endsWith('er') && !'wxy'.includes(last)) return `${stem}e`;
    if ('vzc'.includes(last) || (last === 's' && vowel(stem.at(-2) ?? ''))) return `${stem}e`;
    return stem;
  }
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('es') && (lower.endsWith('shes') || lower.endsWith('ches') || lower.endsWith('sses'))) return lower.slice(0, -2);
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

/** English word forms (see {@link Morphology}). */
export const morphology: Morphology = Object.freeze<Morphology>({
  inflect(lemma) {
    const space = lemma.indexOf(' ');
    if (space < 0) return inflectWord(lemma);
    // A verb and its particle: "point out" -> "pointed out", ...
    const tail = lemma.slice(space);
    return inflectWord(lemma.slice(0, space)).map((form) => form + tail);
  },
  guessLemma,
  isProgressive: (lower) => lower.endsWith('ing'),
  isPastForm: (lower) => lower.endsWith('ed'),
  isAdverb: (lower) => lower.endsWith('ly') && lower.length > 4 && !NOT_ADVERBS.has(lower),
  isUnknownVerb: (lower) => lower.length >= 4 && (lower.endsWith('ed') || (lower.endsWith('s') && !lower.endsWith('ss'))),
  isPossessive: (lower) => lower.endsWith("'s") || lower.endsWith('’s') || lower.endsWith("s'") || lower.endsWith('s’'),
  isSingularPossessive: (lower) => lower.endsWith("'s") || lower.endsWith('’s'),
  possessiveStem: (word) => (word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : undefined),
});
