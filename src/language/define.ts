/**
 * Builds a {@link Language} from a {@link LanguagePack}: each list into a set, the cue lexicon from the lemmas, the
 * irregular forms and the pack's inflection.
 *
 * @module
 */
import { signatureTable } from '../words/signature.js';
import type { CueLexicon, FurniturePack, FurnitureWords, Language, LanguagePack } from './types.js';

/**
 * Builds the cue lexicon of `lemmas` (regular forms from `pack.morphology.inflect`) and the pack's irregular forms,
 * which come first and win.
 */
function buildCueLexicon(pack: LanguagePack, lemmas: readonly string[]): CueLexicon {
  const words = new Map<string, string>();
  const phrases = new Map<string, Array<readonly [string, string]>>();
  const add = (form: string, lemma: string): void => {
    const space = form.indexOf(' ');
    if (space < 0) {
      if (!words.has(form)) words.set(form, lemma);
      return;
    }
    const first = form.slice(0, space);
    const list = phrases.get(first) ?? [];
    list.push([form.slice(space + 1), lemma]);
    phrases.set(first, list);
  };
  for (const [form, lemma] of pack.irregularCues) add(form, lemma);
  for (const lemma of lemmas) for (const form of pack.morphology.inflect(lemma)) add(form, lemma);
  const firsts = new Set([...words.keys(), ...phrases.keys()]);
  return { words, phrases, firsts, signatures: signatureTable(firsts) };
}

/** First name -> the gender it tells: the names of one list only. */
function genderMap(names: LanguagePack['givenNames']): ReadonlyMap<string, 'male' | 'female'> {
  const map = new Map<string, 'male' | 'female'>();
  if (!names) return map;
  const female = new Set(names.female);
  for (const name of names.male) if (!female.has(name)) map.set(name, 'male');
  const male = new Set(names.male);
  for (const name of names.female) if (!male.has(name)) map.set(name, 'female');
  return map;
}

/** The furniture lists as sets, `bylineAgencies` in its order. */
function buildFurniture(pack: FurniturePack): FurnitureWords {
  const entries = Object.entries(pack).map(([name, list]: [string, readonly string[]]) => [name, name === 'bylineAgencies' ? list : new Set(list)]);
  return Object.freeze(Object.fromEntries(entries)) as FurnitureWords;
}

/** Every form of each lemma (the pack's inflection), irregular forms first, form -> lemma. */
function verbForms(pack: LanguagePack, lemmas: readonly string[]): ReadonlyMap<string, string> {
  const forms = new Map<string, string>();
  const lemmaSet = new Set(lemmas);
  for (const [form, lemma] of pack.irregularContentVerbs) if (lemmaSet.has(lemma)) forms.set(form, lemma);
  for (const lemma of lemmas) for (const form of pack.morphology.inflect(lemma)) if (!forms.has(form)) forms.set(form, lemma);
  return forms;
}

/**
 * Builds a language pack for the parser. Build it once (it makes about a thousand cue forms) and pass the result to
 * every parse as `ParseOptions.language`.
 *
 * @param pack The pack's lists and word-form rules.
 * @returns The built language, immutable.
 *
 * @example
 * ```ts
 * import { defineLanguage, englishPack } from 'wirecopy';
 * const language = defineLanguage({ ...englishPack, tag: 'en-x-lab' });
 * language.cues.words.get('said'); // 'say'
 * ```
 */
export function defineLanguage(pack: LanguagePack): Language {
  const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
  const notNames = set(pack.notNames);
  const beliefs = verbForms(pack, pack.beliefLemmas);
  const evidence = verbForms(pack, pack.evidenceLemmas);
  const sourceWords: ReadonlySet<string> = new Set([...beliefs.keys(), ...evidence.keys(), ...pack.contentNouns]);
  let genders: ReadonlyMap<string, 'male' | 'female'> | undefined;
  return Object.freeze({
    tag: pack.tag,
    pack,
    cues: buildCueLexicon(pack, pack.speechLemmas),
    namingLemmas: set(pack.namingLemmas),
    nameGivingLemmas: set(pack.nameGivingLemmas),
    nounishLemmas: set(pack.nounishLemmas),
    reflexives: set(pack.reflexives),
    closingLemmas: set(pack.closingLemmas),
    actsAfterModal: set(pack.actsAfterModal),
    passiveReports: pack.passiveReports.map((phrase) => phrase.split(' ')),
    actionLemmas: set(pack.actionLemmas),
    pronouns: set(Object.keys(pack.pronouns)),
    contractions: set(pack.contractions),
    honorifics: set(pack.honorifics),
    maleHonorifics: set(pack.maleHonorifics),
    femaleHonorifics: set(pack.femaleHonorifics),
    titleHeads: set(pack.titleHeads),
    descriptive: set(pack.descriptive),
    particles: set(pack.particles),
    nationalities: set(pack.nationalities),
    suffixes: set(pack.suffixes),
    groupWords: set(pack.groupWords),
    placePrepositions: set(pack.placePrepositions),
    originPrepositions: set(pack.originPrepositions),
    placeNames: set(pack.placeNames),
    agentEndings: pack.agentEndings,
    agentPluralEndings: pack.agentPluralEndings,
    organisationHeads: set(pack.organisationHeads),
    speakerNouns: set(pack.speakerNouns),
    sourceModifiers: set(pack.sourceModifiers),
    rolePrepositions: set(pack.rolePrepositions),
    titleAbbreviations: new Map(pack.titleAbbreviations),
    quantities: set(pack.quantities),
    beForms: set(pack.beForms),
    nounMarkers: set(pack.nounMarkers),
    subjectStops: set(pack.subjectStops),
    betweenSubjectAndCue: set(pack.betweenSubjectAndCue),
    comparisons: set(pack.comparisons),
    determiners: set(pack.determiners),
    timeWords: set(pack.timeWords),
    durations: set(pack.durations),
    pastMarkers: set(pack.pastMarkers),
    timeNouns: set(pack.timeNouns),
    notNames,
    notNameSignatures: signatureTable(notNames),
    prepositions: set(pack.prepositions),
    clauseStops: set(pack.clauseStops),
    relatives: set(pack.relatives),
    subjectRelatives: set(pack.subjectRelatives),
    anonymityRequest: pack.anonymityRequest,
    auxiliaries: set(pack.auxiliaries),
    modals: set(pack.modals),
    durationAdverbs: set(pack.durationAdverbs),
    introAdverbs: set(pack.introAdverbs),
    openers: set(pack.openers),
    conjunctions: set(pack.conjunctions),
    titleSmallWords: set(pack.titleSmallWords),
    abbreviations: set(pack.abbreviations),
    capitalAbbreviations: set(pack.capitalAbbreviations),
    sentenceStarters: set(pack.sentenceStarters),
    furniture: buildFurniture(pack.furniture),
    // Built on first read: the first-name lists are thousands of names, and most parses never ask.
    get givenNameGenders(): ReadonlyMap<string, 'male' | 'female'> {
      return (genders ??= genderMap(pack.givenNames));
    },
    complementizers: set(pack.complementizers),
    questionWords: set(pack.questionWords),
    beliefs,
    evidence,
    evidenceNouns: set(pack.evidenceNouns),
    contentNouns: set(pack.contentNouns),
    clauseBreakers: set(pack.clauseBreakers),
    speechObjects: set(pack.speechObjects),
    recipientCues: set(pack.recipientCues),
    toldCues: set(pack.toldCues),
    topicPrepositions: set(pack.topicPrepositions),
    mediumNouns: set(pack.mediumNouns),
    possessiveDeterminers: set(pack.possessiveDeterminers),
    clauseMarkers: set(pack.clauseMarkers),
    namingReports: set(pack.namingReports),
    objectCues: set(pack.objectCues),
    sourceSignatures: signatureTable(sourceWords),
    sourceWords,
    morphology: pack.morphology,
  });
}

/**
 * The language with extra cue lemmas (lower-cased, inflected by the pack's rules), on top of its own. What
 * `ParseOptions.cues` does for one parse; build it once with this function to reuse it over many parses.
 *
 * @param language The language to extend.
 * @param lemmas Extra cue lemmas (`'opine'`, `'point out'`).
 * @returns A new language; `language` itself when `lemmas` is empty.
 *
 * @example
 * ```ts
 * import { english, extendCues } from 'wirecopy';
 * extendCues(english, ['opine']).cues.words.get('opined'); // 'opine'
 * ```
 */
export function extendCues(language: Language, lemmas: readonly string[]): Language {
  if (lemmas.length === 0) return language;
  const extra = lemmas.map((lemma) => lemma.toLowerCase());
  return Object.freeze({ ...language, cues: buildCueLexicon(language.pack, [...language.pack.speechLemmas, ...extra]) });
}
