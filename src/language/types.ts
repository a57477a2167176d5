/**
 * What a language pack is: the word lists and word-form rules of one language, as a pack author writes them
 * ({@link LanguagePack}), and as the parser reads them once built ({@link Language}).
 *
 * @module
 */

/**
 * The gender and number of a personal pronoun, as far as the language marks them.
 *
 * @example
 * ```ts
 * import type { PronounInfo } from 'wirecopy';
 * const she: PronounInfo = { gender: 'female', number: 'singular' };
 * ```
 */
export interface PronounInfo {
  /** `male` or `female` when the pronoun tells it (`he`, `she`): only those resolve to a person. */
  readonly gender?: 'male' | 'female';
  /** `singular` or `plural` when the pronoun tells it. */
  readonly number?: 'singular' | 'plural';
}

/**
 * The word-form rules of a language: how a cue lemma inflects, and the endings the attribution rules read. Every
 * function takes a lower-cased word.
 *
 * @example
 * ```ts
 * import { english } from 'wirecopy';
 * english.morphology.inflect('opine'); // ['opine', 'opines', 'opined', 'opining']
 * english.morphology.guessLemma('quipped'); // 'quip'
 * ```
 */
export interface Morphology {
  /** Every form of a cue lemma (a verb, or a verb and its particle after a space), the lemma itself first. */
  inflect(lemma: string): string[];
  /** A lemma for a verb the lexicon does not know (`"opined"` -> `"opine"`), for cues found by position. */
  guessLemma(word: string): string;
  /** A progressive or participle form (`adding`): it takes the sentence's subject, not the words before it. */
  isProgressive(lower: string): boolean;
  /** A past form (`described`): it cuts a common-noun subject at its verb. */
  isPastForm(lower: string): boolean;
  /** An adverb by its form (`flatly`), which may sit between a subject and its cue. */
  isAdverb(lower: string): boolean;
  /** A form the positional rule takes for a verb it does not know (`quipped`, `quips`). */
  isUnknownVerb(lower: string): boolean;
  /** A possessive, singular or plural (`Smith's`, `officials'`). */
  isPossessive(lower: string): boolean;
  /** A singular possessive (`Smith's`). */
  isSingularPossessive(lower: string): boolean;
  /** The word without its possessive ending (`Peskov's` -> `Peskov`), or `undefined` when it has none. */
  possessiveStem(word: string): string | undefined;
}

/**
 * The word lists of the furniture recognisers (bylines and datelines), as a pack author writes them. Each says
 * whether it is matched as written or lower-cased.
 *
 * @example
 * ```ts
 * import { englishPack } from 'wirecopy';
 * englishPack.furniture.months.includes('sept'); // true
 * ```
 */
export interface FurniturePack {
  /** Lower case: the first words of a byline's organisation phrase (`ap`, `staff`; `the` only before another of them). */
  readonly organizationStarts: readonly string[];
  /** As written, longest first: agencies named at the start of a byline's organisation phrase (`AP Medical Writer` -> `AP`). */
  readonly bylineAgencies: readonly string[];
  /** Lower case: capitalised words that are never a name in a byline (`By March`, `By Monday`). */
  readonly bylineNotNames: readonly string[];
  /** As written: lower-case words allowed inside a byline name (`Ana de Armas`, `Abdullah bin Zayed`). */
  readonly bylineParticles: readonly string[];
  /** As written: lower-case words allowed inside an outlet's name (`Times of India`, `Post and Courier`). */
  readonly outletLinks: readonly string[];
  /** Lower case: last words of a news outlet's name (`Deseret News`, `Chicago Tribune`). */
  readonly outletWords: readonly string[];
  /** Lower case: words of a writer's role in a byline (`Contributing Writer`, `Staff Reporter`). */
  readonly roleWords: readonly string[];
  /** Lower case: units of a web page's relative time stamp in a byline line (`5 days ago`). */
  readonly timeAgoUnits: readonly string[];
  /** Lower case: month names and their abbreviations, in datelines and bylines (`Jan.`, `Sept`). */
  readonly months: readonly string[];
  /** As written: agencies that may stand alone in a dateline, without a place (`(CNN)`). */
  readonly datelineAgencies: readonly string[];
  /** As written: parenthesised labels after a place that are not agencies (`WASHINGTON (Updated) —`). */
  readonly notAgencies: readonly string[];
  /** As written: capitalised words that open sentences but never a paper-style dateline (`NATO`, `BREAKING`). */
  readonly notPlaces: readonly string[];
  /** As written: titles that open a person's name, never a place (`Sen. Jane Doe (D-Ohio) —`). */
  readonly personTitles: readonly string[];
  /** As written: lower-case words inside a place name (`Stratford-upon-Avon`, `Rio de Janeiro`). */
  readonly placeParticles: readonly string[];
  /** As written: lower-case words of sentences that never occur in a place name (`said`, `the`). */
  readonly sentenceWords: readonly string[];
}

/**
 * The furniture lists built for the parser: each list a set, except `bylineAgencies`, which keeps its order (longest
 * first).
 *
 * @example
 * ```ts
 * import { english } from 'wirecopy';
 * english.furniture.outletWords.has('tribune'); // true
 * ```
 */
export type FurnitureWords = { readonly [List in keyof FurniturePack]: List extends 'bylineAgencies' ? readonly string[] : ReadonlySet<string> };

/**
 * A language pack as written: plain lists (lower case unless the doc says otherwise) and the word-form rules.
 * Pass it to {@link defineLanguage} to get the {@link Language} that `ParseOptions.language` takes; see
 * `docs/language-packs.md` for what each list is for.
 *
 * @example
 * ```ts
 * import { defineLanguage, englishPack, type LanguagePack } from 'wirecopy';
 * const pack: LanguagePack = { ...englishPack, tag: 'en-x-court', speechLemmas: [...englishPack.speechLemmas, 'rule'] };
 * defineLanguage(pack).tag; // 'en-x-court'
 * ```
 */
export interface LanguagePack {
  /** A BCP 47 tag for the pack (`en`). */
  readonly tag: string;
  /** Verbs (lemmas) that introduce speech; a particle after a space is part of the cue (`point out`). */
  readonly speechLemmas: readonly string[];
  /** Cues that name what they quote (`call`, `brand`): never reported speech without marks. */
  readonly namingLemmas: readonly string[];
  /** Naming cues that give a thing its name (`call`, `dub`): their past participle right after a noun names it, no one speaks ("a program called ..."). */
  readonly nameGivingLemmas: readonly string[];
  /** Irregular cue forms, `[form, lemma]`; they win over a generated form. */
  readonly irregularCues: ReadonlyArray<readonly [string, string]>;
  /** Cue lemmas whose base and -s forms are also nouns (`state`, `call`). */
  readonly nounishLemmas: readonly string[];
  /** Reflexive pronouns: a cue followed by one reports no speech. */
  readonly reflexives: readonly string[];
  /** Cue lemmas that invert after the clause they report before a common noun phrase (`say`): "..., said a spokeswoman for the railroad." */
  readonly closingLemmas: readonly string[];
  /** Cue lemmas that after a modal or `to` name an act, not speech (`add`: "will add 200 jobs"). */
  readonly actsAfterModal: readonly string[];
  /** The words of a passive report between a form of "be" and the cue (`quoted as`, `reported to have`). */
  readonly passiveReports: readonly string[];
  /** Cue lemmas that also name an act other than speech (`respond`): their participle credits no quote after its preposition. */
  readonly actionLemmas: readonly string[];
  /** The two words of the `according to` cue, lower case. */
  readonly accordingTo: readonly [string, string];
  /** The lemma of a cue that reads as one only before what was said (`go on`, as in "went on to say"), and the word after it that makes it one. */
  readonly continuation: readonly [lemma: string, next: string];
  /** Personal pronouns that can be speakers, with gender and number. */
  readonly pronouns: Readonly<Record<string, PronounInfo>>;
  /** The endings of a contracted auxiliary after a pronoun (`s` in "he's"). */
  readonly contractions: readonly string[];
  /** Honorifics and forms of address (`sen.`, `officer`). */
  readonly honorifics: readonly string[];
  /** Honorifics that tell a man. */
  readonly maleHonorifics: readonly string[];
  /** Honorifics that tell a woman. */
  readonly femaleHonorifics: readonly string[];
  /** Heads of titles (`minister`, `spokesman`). */
  readonly titleHeads: readonly string[];
  /** Lower-case words of a description before a name (`presidential`, `former`). */
  readonly descriptive: readonly string[];
  /** Name particles (`von`, `bin`). */
  readonly particles: readonly string[];
  /** Nationality and regional adjectives that end like given names (`estonian`, `chinese`, `british`): part of a title. */
  readonly nationalities: readonly string[];
  /** Name suffixes (`jr.`, `iii`). */
  readonly suffixes: readonly string[];
  /**
   * Capitalised adjectives and nouns of a party, a nation or a region (`republican`, `democrats`, `southern`,
   * `french`): a name made only of them (or of `nationalities`) is no person, and one before a lower-case noun and a
   * name is part of a title (`Democratic pollster Geoff Garin`).
   */
  readonly groupWords: readonly string[];
  /**
   * Prepositions of place (`in`, `from`): a capitalised name right after one, with no honorific, title or known
   * given name, is a place or an organisation (`a nurse in Ashford, Ky.`), never a speaker or a pronoun's antecedent.
   */
  readonly placePrepositions: readonly string[];
  /**
   * Prepositions of origin (`from`): after one, a capitalised name followed by a comma and another capitalised name
   * is a place with its state or country (`a donor from Monsey, New York`).
   */
  readonly originPrepositions: readonly string[];
  /**
   * Names of places, lower case, their words one space apart (`france`, `puerto rico`): a name that is one of them
   * is no person unless the text shows one (an honorific, a title, a known first name, someone already named so).
   */
  readonly placeNames: readonly string[];
  /**
   * Endings of nouns that name people by what they do (`supporter`, `activist`, `constituent`): one such noun between
   * a capitalised word and a name makes a title (`Clinton supporter Ann Lee`), a verb does not (`Sanders lost Ohio`).
   */
  readonly agentEndings: readonly string[];
  /** Endings of plurals of nouns of people by what they do (`-ers`, `-ists`): right before a cue the word speaks (", forecasters said"). */
  readonly agentPluralEndings: readonly string[];
  /** Last words of organisation names (`ministry`, `reuters`). */
  readonly organisationHeads: readonly string[];
  /** Common nouns that speak on their own (`officials`, `police`). */
  readonly speakerNouns: readonly string[];
  /** Prepositions that open a role between commas (`of`: "Ortiz, of Ames, said"). */
  readonly rolePrepositions: readonly string[];
  /** Words after an unnamed source that tell how they know (`familiar`, `briefed`): "a person familiar with the matter". */
  readonly sourceModifiers: readonly string[];
  /** Abbreviated titles and the title each stands for, lower case (`gov.` -> `governor`): "the governor" resolves to the person given "Gov.". */
  readonly titleAbbreviations: ReadonlyArray<readonly [string, string]>;
  /** Words of quantity that head a speaker before `of` or `in` (`most of the voters`, `many in the crowd`), with the words that go before them (`about`, `more than`). */
  readonly quantities: readonly string[];
  /** Forms of "be" (passives, progressives). */
  readonly beForms: readonly string[];
  /** Determiners and possessives that make the next cue word a noun. */
  readonly nounMarkers: readonly string[];
  /** Words that end a subject phrase, scanning back from a cue. */
  readonly subjectStops: readonly string[];
  /** Words between a subject and its cue (`also`, `has`). */
  readonly betweenSubjectAndCue: readonly string[];
  /** Words of comparison before a past form that make it an adjective, no cue (`than`, `above`: "above predicted"). */
  readonly comparisons: readonly string[];
  /** Determiners that open a common-noun speaker. */
  readonly determiners: readonly string[];
  /** Time words that may follow a cue (`tuesday`). */
  readonly timeWords: readonly string[];
  /** Units of a span of time (`weeks`), for a time phrase between a subject and its cue ("two weeks ago said"). */
  readonly durations: readonly string[];
  /** Words that close a span of time into a point in the past (`ago`). */
  readonly pastMarkers: readonly string[];
  /** Nouns of time that end a phrase of time (`at the time`, `in the past`). */
  readonly timeNouns: readonly string[];
  /** Capitalised words that are never a name on their own. */
  readonly notNames: readonly string[];
  /** Prepositions. */
  readonly prepositions: readonly string[];
  /** Words that end an attribution clause. */
  readonly clauseStops: readonly string[];
  /** Relative pronouns. */
  readonly relatives: readonly string[];
  /** Relative pronouns that may be their clause's subject (`who`, `which`, `that`): `Okafor, who said`. */
  readonly subjectRelatives: readonly string[];
  /** The words after a cue that ask for anonymity (`asked not to be named`), in order. */
  readonly anonymityRequest: readonly string[];
  /** Auxiliaries and modals that open a predicate (`has`, `would`). */
  readonly auxiliaries: readonly string[];
  /** Modal verbs (`will`, `would`): after one, a cue of {@link actsAfterModal} names an act. */
  readonly modals: readonly string[];
  /** Adverbs of duration between a perfect auxiliary and a relative clause's cue (`who has long argued`). */
  readonly durationAdverbs: readonly string[];
  /** Words that make a capitalised opener an introductory phrase (`later`). */
  readonly introAdverbs: readonly string[];
  /** Words that may open a sentence before its subject (`but`). */
  readonly openers: readonly string[];
  /** Words that may open a floating quote's sentence. */
  readonly conjunctions: readonly string[];
  /** Small words a title may hold in lower case. */
  readonly titleSmallWords: readonly string[];
  /** Abbreviations (lower case, without the period) whose period belongs to the word. */
  readonly abbreviations: readonly string[];
  /** Abbreviations that are also lower-case words (`no`, `ill`): they keep their period only when capitalised ("No. 1"; "voted no."). */
  readonly capitalAbbreviations: readonly string[];
  /** Words, as written, that open a sentence after an abbreviation's period. */
  readonly sentenceStarters: readonly string[];
  /** The word lists of bylines and datelines. */
  readonly furniture: FurniturePack;
  /**
   * First names by gender, lower case (optional: `englishWithNames` has them, from a data package). A pronoun never
   * resolves to a person whose first name is only of the other gender; a name on both lists tells nothing.
   */
  readonly givenNames?: {
    /** Men's first names. */
    readonly male: readonly string[];
    /** Women's first names. */
    readonly female: readonly string[];
  };
  /** Words that open a content clause after a cue (`that`): skipped, not part of the reported speech. */
  readonly complementizers: readonly string[];
  /** Words that open an indirect question after a cue (`whether`): part of the reported speech. */
  readonly questionWords: readonly string[];
  /** Verbs of belief, as lemmas (`believe`, `think`): their subject holds a belief (`ParseOptions.beliefs`). */
  readonly beliefLemmas: readonly string[];
  /** Verbs that evidence reports with, as lemmas (`show`, `find`): "polls show ...". */
  readonly evidenceLemmas: readonly string[];
  /** Irregular forms of the belief and evidence verbs, `[form, lemma]` (`thought` -> `think`). */
  readonly irregularContentVerbs: ReadonlyArray<readonly [string, string]>;
  /** Nouns that are evidence when they are the subject of an evidence verb (`poll`, `report`, `records`). */
  readonly evidenceNouns: readonly string[];
  /** Nouns that take a content clause (`claim`, `warning`): "his warning that ...". */
  readonly contentNouns: readonly string[];
  /** Words that end a content at a comma before them: a new coordinated clause (`but`, `while`). */
  readonly clauseBreakers: readonly string[];
  /** Objects of a cue skipped before its content (`reporters`, `him`): "told reporters the talks failed". */
  readonly speechObjects: readonly string[];
  /** Cue lemmas that take the one told as an object before `that` (`tell`, `assure`); after others a noun phrase before `that` is no object. */
  readonly recipientCues: readonly string[];
  /** Cue lemmas whose first object is always the one told (`tell`, `inform`): a name after them is no content ("told CNN the talks failed"). */
  readonly toldCues: readonly string[];
  /** Nouns of the medium of a statement (`interview`, `letter`): "said in an interview she was ..." needs no `that`. */
  readonly mediumNouns: readonly string[];
  /** Prepositions that open what a telling is about (`of`, `about`): "reminded voters of his record". */
  readonly topicPrepositions: readonly string[];
  /** Possessive determiners (`his`, `their`): the speaker of a content noun ("his warning that ..."). */
  readonly possessiveDeterminers: readonly string[];
  /** Words that make a run of words a clause, not a noun phrase: auxiliaries, modals, common irregular past forms. */
  readonly clauseMarkers: readonly string[];
  /** Naming cues whose noun-phrase object is what they report (`criticized the plan`; not `spoke to the crowd`): without a quotation the object is the content. */
  readonly namingReports: readonly string[];
  /** Cue lemmas that take a noun phrase as often as speech: their content without `that` must read as a clause. */
  readonly objectCues: readonly string[];
  /** The word-form rules. */
  readonly morphology: Morphology;
}

/**
 * Cue forms -> lemma, built from a pack's lemmas and irregular forms.
 *
 * @example
 * ```ts
 * import { english } from 'wirecopy';
 * english.cues.words.get('said'); // 'say'
 * ```
 */
export interface CueLexicon {
  /** One-word forms. */
  readonly words: ReadonlyMap<string, string>;
  /** Two-word forms keyed by their first word: "pointed" -> [["out", "point out"]]. */
  readonly phrases: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;
  /** Every first word of a cue, one- or two-word: a single lookup rules most words out. */
  readonly firsts: ReadonlySet<string>;
  /** Signatures of every first word (see `words/signature.ts`), flagged: rules out most words before hashing them. */
  readonly signatures: Uint8Array;
}

/**
 * A language pack built for the parser (by {@link defineLanguage}): the pack's lists as sets, its cue lexicon, and
 * the pack itself. Immutable; build it once and pass it to every parse.
 *
 * @example
 * ```ts
 * import { english, parseArticle } from 'wirecopy';
 * english.titleHeads.has('minister'); // true
 * parseArticle('"No," she said.', { language: english }).type; // 'article'
 * ```
 */
export interface Language {
  /** The pack's tag. */
  readonly tag: string;
  /** The pack as written. */
  readonly pack: LanguagePack;
  /** The cue lexicon. */
  readonly cues: CueLexicon;
  /** See {@link LanguagePack.namingLemmas}. */
  readonly namingLemmas: ReadonlySet<string>;
  /** See {@link LanguagePack.nameGivingLemmas}. */
  readonly nameGivingLemmas: ReadonlySet<string>;
  /** See {@link LanguagePack.nounishLemmas}. */
  readonly nounishLemmas: ReadonlySet<string>;
  /** See {@link LanguagePack.reflexives}. */
  readonly reflexives: ReadonlySet<string>;
  /** See {@link LanguagePack.closingLemmas}. */
  readonly closingLemmas: ReadonlySet<string>;
  /** See {@link LanguagePack.actsAfterModal}. */
  readonly actsAfterModal: ReadonlySet<string>;
  /** See {@link LanguagePack.actionLemmas}. */
  readonly actionLemmas: ReadonlySet<string>;
  /** {@link LanguagePack.passiveReports}, each split into its words. */
  readonly passiveReports: ReadonlyArray<readonly string[]>;
  /** The speaker pronouns (the keys of {@link LanguagePack.pronouns}). */
  readonly pronouns: ReadonlySet<string>;
  /** See {@link LanguagePack.contractions}. */
  readonly contractions: ReadonlySet<string>;
  /** See {@link LanguagePack.honorifics}. */
  readonly honorifics: ReadonlySet<string>;
  /** See {@link LanguagePack.maleHonorifics}. */
  readonly maleHonorifics: ReadonlySet<string>;
  /** See {@link LanguagePack.femaleHonorifics}. */
  readonly femaleHonorifics: ReadonlySet<string>;
  /** See {@link LanguagePack.titleHeads}. */
  readonly titleHeads: ReadonlySet<string>;
  /** See {@link LanguagePack.descriptive}. */
  readonly descriptive: ReadonlySet<string>;
  /** See {@link LanguagePack.particles}. */
  readonly particles: ReadonlySet<string>;
  /** See {@link LanguagePack.nationalities}. */
  readonly nationalities: ReadonlySet<string>;
  /** See {@link LanguagePack.suffixes}. */
  readonly suffixes: ReadonlySet<string>;
  /** See {@link LanguagePack.groupWords}. */
  readonly groupWords: ReadonlySet<string>;
  /** See {@link LanguagePack.placePrepositions}. */
  readonly placePrepositions: ReadonlySet<string>;
  /** See {@link LanguagePack.originPrepositions}. */
  readonly originPrepositions: ReadonlySet<string>;
  /** See {@link LanguagePack.placeNames}. */
  readonly placeNames: ReadonlySet<string>;
  /** See {@link LanguagePack.agentEndings}. */
  readonly agentEndings: readonly string[];
  /** See {@link LanguagePack.agentPluralEndings}. */
  readonly agentPluralEndings: readonly string[];
  /** See {@link LanguagePack.organisationHeads}. */
  readonly organisationHeads: ReadonlySet<string>;
  /** See {@link LanguagePack.speakerNouns}. */
  readonly speakerNouns: ReadonlySet<string>;
  /** See {@link LanguagePack.rolePrepositions}. */
  readonly rolePrepositions: ReadonlySet<string>;
  /** See {@link LanguagePack.sourceModifiers}. */
  readonly sourceModifiers: ReadonlySet<string>;
  /** See {@link LanguagePack.titleAbbreviations}. */
  readonly titleAbbreviations: ReadonlyMap<string, string>;
  /** See {@link LanguagePack.quantities}. */
  readonly quantities: ReadonlySet<string>;
  /** See {@link LanguagePack.beForms}. */
  readonly beForms: ReadonlySet<string>;
  /** See {@link LanguagePack.nounMarkers}. */
  readonly nounMarkers: ReadonlySet<string>;
  /** See {@link LanguagePack.subjectStops}. */
  readonly subjectStops: ReadonlySet<string>;
  /** See {@link LanguagePack.betweenSubjectAndCue}. */
  readonly betweenSubjectAndCue: ReadonlySet<string>;
  /** See {@link LanguagePack.comparisons}. */
  readonly comparisons: ReadonlySet<string>;
  /** See {@link LanguagePack.determiners}. */
  readonly determiners: ReadonlySet<string>;
  /** See {@link LanguagePack.timeWords}. */
  readonly timeWords: ReadonlySet<string>;
  /** See {@link LanguagePack.durations}. */
  readonly durations: ReadonlySet<string>;
  /** See {@link LanguagePack.pastMarkers}. */
  readonly pastMarkers: ReadonlySet<string>;
  /** See {@link LanguagePack.timeNouns}. */
  readonly timeNouns: ReadonlySet<string>;
  /** See {@link LanguagePack.notNames}. */
  readonly notNames: ReadonlySet<string>;
  /** Signatures of {@link notNames}: a 0 proves a word is not in it. */
  readonly notNameSignatures: Uint8Array;
  /** See {@link LanguagePack.prepositions}. */
  readonly prepositions: ReadonlySet<string>;
  /** See {@link LanguagePack.clauseStops}. */
  readonly clauseStops: ReadonlySet<string>;
  /** See {@link LanguagePack.relatives}. */
  readonly relatives: ReadonlySet<string>;
  /** See {@link LanguagePack.subjectRelatives}. */
  readonly subjectRelatives: ReadonlySet<string>;
  /** See {@link LanguagePack.anonymityRequest}. */
  readonly anonymityRequest: readonly string[];
  /** See {@link LanguagePack.auxiliaries}. */
  readonly auxiliaries: ReadonlySet<string>;
  /** See {@link LanguagePack.modals}. */
  readonly modals: ReadonlySet<string>;
  /** See {@link LanguagePack.durationAdverbs}. */
  readonly durationAdverbs: ReadonlySet<string>;
  /** See {@link LanguagePack.introAdverbs}. */
  readonly introAdverbs: ReadonlySet<string>;
  /** See {@link LanguagePack.openers}. */
  readonly openers: ReadonlySet<string>;
  /** See {@link LanguagePack.conjunctions}. */
  readonly conjunctions: ReadonlySet<string>;
  /** See {@link LanguagePack.titleSmallWords}. */
  readonly titleSmallWords: ReadonlySet<string>;
  /** See {@link LanguagePack.abbreviations}. */
  readonly abbreviations: ReadonlySet<string>;
  /** See {@link LanguagePack.capitalAbbreviations}. */
  readonly capitalAbbreviations: ReadonlySet<string>;
  /** See {@link LanguagePack.sentenceStarters}. */
  readonly sentenceStarters: ReadonlySet<string>;
  /** See {@link LanguagePack.furniture}. */
  readonly furniture: FurnitureWords;
  /** The gender each first name of {@link LanguagePack.givenNames} tells (names on both lists left out; empty without the lists). */
  readonly givenNameGenders: ReadonlyMap<string, 'male' | 'female'>;
  /** See {@link LanguagePack.complementizers}. */
  readonly complementizers: ReadonlySet<string>;
  /** See {@link LanguagePack.questionWords}. */
  readonly questionWords: ReadonlySet<string>;
  /** Every form of {@link LanguagePack.beliefLemmas} -> its lemma. */
  readonly beliefs: ReadonlyMap<string, string>;
  /** Every form of {@link LanguagePack.evidenceLemmas} -> its lemma. */
  readonly evidence: ReadonlyMap<string, string>;
  /** See {@link LanguagePack.evidenceNouns}. */
  readonly evidenceNouns: ReadonlySet<string>;
  /** See {@link LanguagePack.contentNouns}. */
  readonly contentNouns: ReadonlySet<string>;
  /** See {@link LanguagePack.clauseBreakers}. */
  readonly clauseBreakers: ReadonlySet<string>;
  /** See {@link LanguagePack.speechObjects}. */
  readonly speechObjects: ReadonlySet<string>;
  /** See {@link LanguagePack.recipientCues}. */
  readonly recipientCues: ReadonlySet<string>;
  /** See {@link LanguagePack.toldCues}. */
  readonly toldCues: ReadonlySet<string>;
  /** See {@link LanguagePack.mediumNouns}. */
  readonly mediumNouns: ReadonlySet<string>;
  /** See {@link LanguagePack.topicPrepositions}. */
  readonly topicPrepositions: ReadonlySet<string>;
  /** See {@link LanguagePack.possessiveDeterminers}. */
  readonly possessiveDeterminers: ReadonlySet<string>;
  /** See {@link LanguagePack.clauseMarkers}. */
  readonly clauseMarkers: ReadonlySet<string>;
  /** See {@link LanguagePack.namingReports}. */
  readonly namingReports: ReadonlySet<string>;
  /** See {@link LanguagePack.objectCues}. */
  readonly objectCues: ReadonlySet<string>;
  /** Signatures of every belief and evidence form and content noun: a 0 proves a word starts no source of reported speech. */
  readonly sourceSignatures: Uint8Array;
  /**
   * Every belief and evidence form and content noun, exactly: the words a source rule of reported speech may start
   * at. About half the words that pass {@link sourceSignatures} on news text are none of these.
   */
  readonly sourceWords: ReadonlySet<string>;
  /** See {@link LanguagePack.morphology}. */
  readonly morphology: Morphology;
}
