/**
 * English words of people and organisations: pronouns, honorifics, titles and role words, name particles and
 * suffixes, organisation heads and the common nouns that speak on their own.
 *
 * @module
 */
import type { PronounInfo } from '../types.js';

/** Personal pronouns that can be speakers, with the gender and number a resolver needs (`he`, `she` resolve to a person). */
export const pronouns: Readonly<Record<string, PronounInfo>> = {
  he: { gender: 'male', number: 'singular' },
  she: { gender: 'female', number: 'singular' },
  they: { number: 'plural' },
  i: { number: 'singular' },
  we: { number: 'plural' },
  it: { number: 'singular' },
  you: {},
};

/**
 * Endings of the plurals of nouns that name people by what they do (`forecasters`, `investors`, `economists`,
 * `physicians`, `congressmen`): right before a cue such a word speaks (", forecasters said"). Not `-ents` or `-ants`,
 * which end as many things as people (`governments`, `grants`).
 */
export const agentPluralEndings: readonly string[] = ['ers', 'ors', 'ists', 'ians', 'men'];

/**
 * Endings of nouns that name people by what they do (`supporter`, `pollster`, `activist`, `constituent`,
 * `historian`): one such noun between a capitalised word and a name makes a title (`said Clinton supporter Ann Lee`).
 */
export const agentEndings: readonly string[] = [
  'er', 'or', 'ist', 'ian', 'ant', 'ent', 'man', 'woman', 'ally', 'aide',
];

/** The endings of a contracted auxiliary after a pronoun ("he's", "they're", "I'm"). */
export const contractions: readonly string[] = [
  's', 're', 'm', 'd', 'll', 've',
];

/** Honorifics and forms of address: kept in the speaker's name as written ("Sen. Ted Cruz") and dropped from the resolved name. */
export const honorifics: readonly string[] = [
  'mr.', 'mrs.', 'ms.', 'miss', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'lt.', 'gen.', 'col.', 'sgt.', 'capt.',
  'cmdr.', 'adm.', 'maj.', 'cpl.', 'pvt.', 'rev.', 'msgr.', 'fr.', 'sir', 'dame', 'lord', 'lady', 'officer',
  'detective', 'det.', 'sheriff', 'deputy', 'judge', 'justice', 'mr', 'mrs', 'ms', 'dr',
];

/** Honorifics that tell a man. */
export const maleHonorifics: readonly string[] = [
  'mr.', 'mr', 'sir', 'lord', 'fr.',
];

/** Honorifics that tell a woman. */
export const femaleHonorifics: readonly string[] = [
  'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady',
];

/**
 * Abbreviated titles and the title they stand for, lower case: "the governor" is the person given "Gov." before
 * their name.
 */
export const titleAbbreviations: ReadonlyArray<readonly [string, string]> = [
  ['gov.', 'governor'], ['sen.', 'senator'], ['rep.', 'representative'], ['gen.', 'general'], ['capt.', 'captain'],
  ['det.', 'detective'], ['atty.', 'attorney'], ['prof.', 'professor'], ['pres.', 'president'], ['adm.', 'admiral'],
  ['cmdr.', 'commander'], ['supt.', 'superintendent'], ['sgt.', 'sergeant'], ['lt.', 'lieutenant'], ['col.', 'colonel'],
];

/** Heads of titles: a capitalised run before a name that holds one is a role ("Estonian Protection Minister Kalle Laanet"). */
export const titleHeads: readonly string[] = [
  'president', 'minister', 'secretary', 'secretary-general', 'ambassador', 'chancellor', 'governor', 'mayor',
  'senator', 'representative', 'congressman', 'congresswoman', 'chairman', 'chairwoman', 'chair', 'speaker',
  'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'attorney', 'director', 'chief', 'executive', 'ceo',
  'commissioner', 'commander', 'admiral', 'general', 'king', 'queen', 'prince', 'princess', 'pope', 'premier',
  'head', 'official', 'officials', 'adviser', 'advisor', 'aide', 'manager', 'strategist', 'candidate', 'hopeful',
  'nominee', 'lawmaker', 'legislator', 'analyst', 'economist', 'professor', 'founder', 'owner', 'coach', 'captain',
  'councilman', 'councilwoman', 'councilor', 'delegate', 'envoy', 'negotiator', 'prosecutor', 'lawyer', 'counsel',
  'judge', 'justice', 'sheriff', 'treasurer', 'auditor', 'comptroller', 'whip', 'vice', 'deputy', 'acting', 'former',
  'assistant', 'undersecretary', 'fellow', 'researcher', 'expert', 'correspondent', 'editor', 'columnist', 'host',
  'anchor', 'writer', 'author', 'activist', 'organizer', 'pastor', 'bishop', 'cardinal', 'rabbi', 'imam', 'sen.',
  'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'cfo', 'coo', 'senators', 'spokesmen', 'leaders', 'members', 'member',
  'partner', 'director-general',
];

/** Lower-case words a speaker's description may hold before a name ("Kremlin spokesman", "Republican presidential hopeful"). */
export const descriptive: readonly string[] = [
  'presidential', 'former', 'top', 'senior', 'chief', 'deputy', 'acting', 'longtime', 'veteran', 'then', 'foreign',
  'prime', 'vice', 'state', 'federal', 'national', 'party', 'campaign', 'press', 'communications', 'security',
  'defense', 'defence', 'interior', 'finance', 'health', 'trade', 'justice', 'energy', 'white', 'house',
  'republican', 'democratic', 'conservative', 'liberal', 'independent', 'retired', 'incoming', 'outgoing', 'current',
  'new', 'assistant', 'associate', 'executive', 'managing', 'general', 'special', 'military', 'intelligence',
  'police', 'county', 'city', 'district', 'u.s.', 'gop', 'economic', 'political', 'legal', 'policy', 'public',
  'team', 'company', 'government', 'administration', 'union', 'board', 'civil', 'rights', 'human', 'family',
  'majority', 'minority', 'senate', 'ranking',
];

/** Name particles that join the parts of a name ("Ursula von der Leyen"). */
export const particles: readonly string[] = [
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'al', 'bin', 'ibn', 'ben', 'el',
  'st.', 'mac', 'ter',
];

/** Name suffixes ("Jr.", "III"): part of the name as written, left out of the resolved name. */
export const suffixes: readonly string[] = [
  'jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv',
];

/**
 * Capitalised words of a party, a nation or a region, adjectives and nouns (`Republican`, `Democrats`, `Southern`,
 * `French`): news copy writes them before the people they describe (`Democratic pollster Geoff Garin`, `one senior
 * Democrat`), and a name made only of them is nobody's (with `nationalities`, the adjectives that end like a given name).
 */
export const groupWords: readonly string[] = [
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'gop', 'tory', 'tories', 'labour', 'labor',
  'liberal', 'liberals', 'conservative', 'conservatives', 'socialist', 'socialists', 'communist', 'communists',
  'independent', 'independents', 'libertarians', 'evangelical', 'evangelicals', 'catholic', 'catholics',
  'protestant', 'protestants', 'muslim', 'muslims', 'christians', 'jews', 'southern', 'northern',
  'eastern', 'western', 'midwestern', 'northeastern', 'southwestern', 'american', 'americans', 'european',
  'europeans', 'african', 'africans', 'african-american', 'african-americans', 'latino', 'latinos', 'latina',
  'latinas', 'hispanic', 'hispanics', 'arab', 'arabs', 'french', 'german', 'germans', 'mexican', 'mexicans',
  'israeli', 'israelis', 'iraqi', 'iraqis', 'afghan', 'afghans', 'pakistani', 'pakistanis', 'saudi', 'saudis',
  'greek', 'dutch', 'swiss', 'thai', 'korean', 'koreans', 'cuban', 'cubans', 'venezuelan', 'chilean', 'kenyan',
  'yemeni', 'qatari', 'kuwaiti', 'emirati', 'somali', 'uzbek', 'kazakh', 'russians', 'ukrainians', 'syrians',
  'iranians', 'chinese', 'britons', 'canadians', 'australians',
];

/**
 * Prepositions of place: a capitalised name right after one, with no honorific, title or known given name, is a
 * place or an organisation (`a retired nurse in Ashford, Ky.`, `a donor from Monsey, New York`), never a speaker
 * or a pronoun's antecedent. `to`, `at`, `for` and `of` are left out: news copy writes people after them as often
 * (`spoke to Smith`, `jabs at Trump`); `from` is in `originPrepositions`.
 */
export const placePrepositions: readonly string[] = [
  'in', 'near', 'outside', 'across', 'throughout', 'inside',
];

/**
 * Prepositions of origin: after one, a capitalised name followed by a comma and another capitalised name is a place
 * with its state or country (`a donor from Monsey, New York`); a name alone is not (`a letter from Smith`).
 */
export const originPrepositions: readonly string[] = [
  'from',
];

/**
 * Prepositions that open a role between commas, where the speaker is from ("Ortiz, of Ames, said"); a phrase between
 * commas that opens with another preposition says when or how ("Trump, in an interview, said").
 */
export const rolePrepositions: readonly string[] = ['of', 'from'];

/** Last words of organisation names ("the Daily News", "the Kremlin"): such a speaker is no person. */
export const organisationHeads: readonly string[] = [
  'news', 'times', 'post', 'journal', 'press', 'ministry', 'department', 'agency', 'party', 'council', 'committee',
  'office', 'police', 'association', 'union', 'inc.', 'corp.', 'co.', 'ltd.', 'company', 'group', 'institute',
  'university', 'court', 'commission', 'bureau', 'service', 'campaign', 'administration', 'government', 'kremlin',
  'pentagon', 'house', 'senate', 'congress', 'parliament', 'network', 'foundation', 'center', 'centre', 'fund',
  'bank', 'board', 'authority', 'tribune', 'herald', 'magazine', 'reuters', 'ap', 'afp', 'cnn', 'msnbc', 'nbc',
  'cbs', 'abc', 'fox', 'politico', 'breitbart', 'npr', 'bbc', 'organization', 'organisation', 'coalition',
  'alliance', 'federation', 'league', 'army', 'navy', 'guard', 'force', 'forces', 'corps', 'team', 'club', 'church',
  'school', 'hospital', 'county', 'city', 'state', 'states', 'nations', 'cabinet', 'tass', 'interfax', 'xinhua',
  'ria', 'daily', 'gazette', 'chronicle', 'observer', 'guardian', 'telegraph', 'economist', 'review', 'blog',
  'report', 'statement', 'website', 'channel', 'tv', 'television', 'radio', 'caucus', 'conference', 'treasury',
  'fed', 'reserve', 'exchange', 'corp', 'inc', 'co', 'ltd', 'llc', 'plc', 'ag', 'motors', 'airlines', 'industries',
  'systems', 'holdings',
];

/**
 * Words of quantity that head a speaker phrase before `of` or `in`, the way polls and crowds are reported ("Most of
 * the voters said", "Many in the crowd said", "three-quarters of Democrats say"); a number does as well ("4 in 10
 * say", "55 percent of voters said").
 */
export const quantities: readonly string[] = [
  'many', 'most', 'some', 'few', 'all', 'half', 'majority', 'majorities', 'minority', 'plurality', 'percent',
  'none', 'several', 'dozens', 'hundreds', 'thousands', 'millions', 'third', 'thirds', 'quarter', 'quarters',
  'fifth', 'fifths', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one-third',
  'two-thirds', 'one-quarter', 'three-quarters', 'one-fifth', 'one-half', 'each', 'both', 'nearly', 'about',
  'almost', 'roughly', 'only', 'just', 'than', 'more', 'fewer', 'less',
];

/**
 * Words of the phrase after an unnamed source that tells how they know ("a person familiar with the matter", "people
 * briefed on the plan", "officials with direct knowledge of the talks", "a source close to the family"): with the
 * preposition and noun phrase after them, a second role of the person noun before them.
 */
export const sourceModifiers: readonly string[] = [
  'familiar', 'close', 'closest', 'briefed', 'involved', 'knowledgeable', 'aware', 'privy', 'knowledge', 'direct',
  'firsthand', 'first-hand', 'detailed', 'informed',
];

/** Common nouns that can be speakers on their own ("officials said", "police said"). */
export const speakerNouns: readonly string[] = [
  'officials', 'official', 'police', 'authorities', 'prosecutors', 'investigators', 'critics', 'experts', 'sources',
  'analysts', 'lawmakers', 'democrats', 'republicans', 'witnesses', 'residents', 'activists', 'aides', 'spokesman',
  'spokeswoman', 'spokesperson', 'organizers', 'researchers', 'scientists', 'doctors', 'supporters', 'opponents',
  'diplomats', 'leaders', 'people', 'voters', 'protesters', 'students', 'parents', 'workers', 'economists',
  'observers', 'advocates', 'insiders', 'staffers', 'officers', 'troops', 'soldiers', 'statement', 'report',
  'ministry', 'government', 'administration', 'campaign', 'court', 'judge', 'lawsuit', 'letter', 'memo', 'complaint',
  'document', 'documents', 'study', 'survey', 'poll', 'polls', 'filing', 'indictment', 'agency', 'department',
  'company', 'group', 'spokespeople', 'representatives', 'senators', 'members', 'families', 'victims', 'survivors',
  'colleagues', 'friends', 'neighbors', 'allies', 'advisers', 'proponents', 'backers', 'detractors', 'skeptics',
  'sceptics', 'scholars', 'historians', 'negotiators', 'organisers', 'attorneys', 'lawyers', 'traders', 'dealers',
  'bankers', 'executives', 'participants', 'delegates', 'journalists', 'reporters', 'editors', 'fans', 'players',
  'coaches', 'person', 'source', 'media', 'television', 'radio', 'newspaper', 'newspapers', 'broadcaster', 'outlets',
];

/**
 * Nationality, regional and denominational adjectives that end like a given name can (`-ian`, `-ese`, `-ish`): a
 * capitalised one right before a name belongs to the title ("Estonian Defense Minister Hanno Pevkur"), while a given
 * name with the same ending ("Brian", "Julian", "Adrian") does not, so the list is closed rather than a suffix test.
 */
export const nationalities: readonly string[] = [
  'albanian', 'algerian', 'arabian', 'argentinian', 'armenian', 'asian', 'australian', 'austrian', 'bahamian',
  'balinese', 'bavarian', 'belarusian', 'belgian', 'beninese', 'bhutanese', 'bolivian', 'bosnian', 'brazilian',
  'british', 'bulgarian', 'burmese', 'burundian', 'californian', 'cambodian', 'canadian', 'cantonese', 'castilian',
  'catalonian', 'caucasian', 'chadian', 'chinese', 'colombian', 'congolese', 'cornish', 'croatian', 'danish',
  'ecuadorian', 'egyptian', 'english', 'episcopalian', 'estonian', 'ethiopian', 'faroese', 'fijian', 'finnish',
  'flemish', 'floridian', 'gabonese', 'gambian', 'georgian', 'ghanaian', 'haitian', 'hungarian', 'indian',
  'indonesian', 'iranian', 'irish', 'italian', 'ivorian', 'japanese', 'javanese', 'jewish', 'jordanian', 'kurdish',
  'latvian', 'lebanese', 'liberian', 'libertarian', 'lithuanian', 'macedonian', 'malaysian', 'malian', 'maltese',
  'mauritanian', 'mauritian', 'milanese', 'mongolian', 'namibian', 'nepalese', 'nigerian', 'norwegian',
  'palestinian', 'panamanian', 'parisian', 'persian', 'peruvian', 'polish', 'portuguese', 'presbyterian', 'prussian',
  'romanian', 'russian', 'scandinavian', 'scottish', 'senegalese', 'serbian', 'siberian', 'slovakian', 'slovenian',
  'somalian', 'spanish', 'sudanese', 'surinamese', 'swedish', 'syrian', 'taiwanese', 'tanzanian', 'tasmanian',
  'timorese', 'togolese', 'tunisian', 'turkish', 'ukrainian', 'unitarian', 'venetian', 'viennese', 'vietnamese',
  'virginian', 'zambian',
];
