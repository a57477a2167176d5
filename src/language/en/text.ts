/**
 * English text conventions: abbreviations whose period belongs to the word, and the words that open a sentence
 * after an abbreviation's period.
 *
 * @module
 */

/** Abbreviations (lower case, without their period) whose period belongs to the word ("Sen.", "Calif."). */
export const abbreviations: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'cpl', 'pvt', 'rev', 'msgr', 'fr', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'no', 'gens', 'sens', 'reps', 'det', 'supt', 'insp', 'ald', 'ala',
  'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'univ', 'dept', 'est', 'approx', 'mt', 'ft', 'e.g', 'i.e', 'etc',
];

/**
 * Abbreviations that are also lower-case words: their period belongs to them only when they are capitalised ("No. 1",
 * "Ill.", "Mass."); in lower case it ends a sentence ("voted no.", "fell ill.", "a near miss.").
 */
export const capitalAbbreviations: readonly string[] = ['no', 'ill', 'miss', 'mass', 'wash', 'ore', 'mar', 'rep', 'ark', 'pa'];

/** Words (as written) that start a sentence after an abbreviation's period ("in the U.S. The ..."). */
export const sentenceStarters: readonly string[] = [
  'He', 'She', 'They', 'It', 'We', 'I', 'The', 'But', 'And', 'In', 'This', 'That', 'There', 'His', 'Her', 'Their',
  'A', 'An',
];
