/**
 * The word lists of attribution: speech cues with their lemmas, titles,
 * honorifics, pronouns and the small function words the layouts stop at.
 * Everything is built into Sets and Maps once, when the module loads.
 *
 * @module
 */
import { signature, signatureTable } from './signature.js';

/**
 * Verbs (as lemmas) that introduce speech or writing in wire copy. A
 * particle after a space is part of the cue ("point out").
 */
export const SPEECH_LEMMAS: readonly string[] = [
  'say', 'tell', 'state', 'add', 'warn', 'tweet', 'write', 'insist', 'note', 'remark', 'inform', 'explain',
  'declare', 'announce', 'argue', 'ask', 'answer', 'reply', 'respond', 'claim', 'contend', 'maintain',
  'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'assert', 'allege', 'charge', 'complain', 'lament',
  'predict', 'promise', 'pledge', 'vow', 'recall', 'report', 'suggest', 'urge', 'emphasize', 'emphasise',
  'stress', 'observe', 'comment', 'continue', 'conclude', 'counter', 'retort', 'quip', 'joke', 'shout', 'yell',
  'scream', 'chant', 'exclaim', 'whisper', 'mutter', 'boast', 'brag', 'caution', 'testify', 'post', 'reiterate',
  'repeat', 'affirm', 'reaffirm', 'assure', 'advise', 'interject', 'muse', 'wonder', 'question', 'recount',
  'reveal', 'disclose', 'indicate', 'proclaim', 'demand', 'plead', 'implore', 'threaten', 'swear', 'opine',
  'reason', 'speculate', 'sigh', 'gush', 'fume', 'snap', 'thunder', 'cry', 'groan', 'gripe', 'grumble',
  'protest', 'object', 'rebut', 'elaborate', 'clarify', 'describe', 'call', 'brand', 'dub', 'label', 'term',
  'accuse', 'blast', 'slam', 'criticize', 'criticise', 'praise', 'mock', 'tout', 'hail', 'decry', 'denounce',
  'condemn', 'dismiss', 'thank', 'read', 'text', 'email', 'message', 'blog', 'preach', 'lecture', 'concur',
  'agree', 'disagree', 'point out', 'go on', 'shoot back', 'fire back', 'hit back', 'push back', 'chime in',
  'weigh in', 'sum up', 'put', 'characterize', 'characterise', 'summarize', 'summarise', 'forecast', 'estimate',
  'confide', 'confess', 'vouch', 'pronounce', 'rule', 'find', 'cite', 'quote', 'bemoan', 'bark', 'boom', 'grouse',
  'rail', 'assail', 'chide', 'scold', 'lash out', 'retaliate', 'react', 'riff', 'surmise', 'echo', 'retweet', 'beam',
  'chirp', 'holler', 'roar', 'growl', 'speak', 'talk', 'blame', 'release', 'publish', 'offer', 'express', 'propose',
  'credit', 'issue', 'refer to', 'reference', 'mention', 'recite', 'portray', 'highlight', 'defend',
  'deliver', 'share', 'tell of', 'lambaste', 'ridicule', 'scoff', 'deride', 'applaud', 'laud', 'commend', 'welcome',
  'liken', 'compare', 'remind', 'reminisce', 'apologize', 'apologise', 'pray', 'sing', 'announce', 'signal',
];

/**
 * Cues that name or describe what they quote rather than introduce speech
 * ("He branded the group ..."). They credit a partial quote after their
 * object, but never reported speech without marks.
 */
export const NAMING_LEMMAS: ReadonlySet<string> = new Set([
  'call', 'brand', 'dub', 'label', 'term', 'describe', 'characterize', 'characterise', 'accuse', 'blast', 'slam',
  'criticize', 'criticise', 'praise', 'mock', 'tout', 'hail', 'decry', 'denounce', 'condemn', 'dismiss', 'thank',
  'put', 'cite', 'quote', 'read', 'find', 'rule', 'go on', 'speak', 'talk', 'blame', 'release', 'publish', 'offer',
  'express', 'propose', 'credit', 'issue', 'refer to', 'reference', 'mention', 'recite', 'portray',
  'highlight', 'defend', 'deliver', 'share', 'applaud', 'laud', 'commend', 'welcome', 'liken', 'compare', 'sing',
  'ridicule', 'deride', 'lambaste', 'assail', 'chide', 'scold', 'react', 'retweet', 'echo', 'signal',
]);

/** Irregular forms: form -> lemma. */
const IRREGULAR: ReadonlyArray<readonly [string, string]> = [
  ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['wrote', 'write'], ['written', 'write'], ['writing', 'write'],
  ['swore', 'swear'], ['sworn', 'swear'], ['read', 'read'], ['reads', 'read'], ['found', 'find'], ['put', 'put'],
  ['puts', 'put'], ['putting', 'put'], ['went on', 'go on'], ['goes on', 'go on'], ['going on', 'go on'],
  ['shot back', 'shoot back'], ['shoots back', 'shoot back'], ['hit back', 'hit back'], ['hits back', 'hit back'],
  ['cried', 'cry'], ['cries', 'cry'], ['testified', 'testify'], ['testifies', 'testify'], ['replied', 'reply'],
  ['replies', 'reply'], ['denied', 'deny'], ['denies', 'deny'], ['clarified', 'clarify'], ['clarifies', 'clarify'],
  ['snapped', 'snap'], ['snapping', 'snap'], ['quipped', 'quip'], ['quipping', 'quip'], ['summed up', 'sum up'],
  ['sums up', 'sum up'], ['emailed', 'email'], ['messaged', 'message'], ['blogged', 'blog'], ['texted', 'text'],
  ['according to', 'according to'], ['fumed', 'fume'], ['concurred', 'concur'], ['referred to', 'refer to'],
  ['referring to', 'refer to'], ['admitted', 'admit'], ['admitting', 'admit'], ['rebutted', 'rebut'],
  ['rebutting', 'rebut'], ['spoke', 'speak'], ['spoken', 'speak'], ['regretted', 'regret'], ['barked', 'bark'],
  ['echoes', 'echo'], ['sang', 'sing'], ['sung', 'sing'], ['lashed out', 'lash out'], ['lashes out', 'lash out'],
  ['lashing out', 'lash out'], ['signaled', 'signal'], ['signalled', 'signal'],
];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Regular inflections of a one-word lemma: -s, -ed, -ing. */
function inflect(lemma: string): string[] {
  const forms = [lemma];
  const last = lemma.at(-1) ?? '';
  const before = lemma.at(-2) ?? '';
  if (last === 'y' && !VOWELS.has(before)) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else if (last === 'e') forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (last === 's' || last === 'x' || lemma.endsWith('sh') || lemma.endsWith('ch')) forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  else forms.push(`${lemma}s`, `${lemma}ed`, `${lemma}ing`);
  return forms;
}

/** Inflections of a lemma with a particle ("point out" -> "pointed out", ...). */
function inflectPhrase(lemma: string): string[] {
  const space = lemma.indexOf(' ');
  if (space < 0) return inflect(lemma);
  const head = lemma.slice(0, space);
  const tail = lemma.slice(space);
  return inflect(head).map((form) => form + tail);
}

/**
 * Cue forms -> lemma, for single words ("said" -> "say"), and the first word
 * of a phrase -> its possible phrases.
 */
export interface CueLexicon {
  /** One-word forms. */
  readonly words: ReadonlyMap<string, string>;
  /** Two-word forms keyed by their first word: "pointed" -> [["out", "point out"]]. */
  readonly phrases: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;
  /** Every first word of a cue, one- or two-word: a single lookup rules most words out. */
  readonly firsts: ReadonlySet<string>;
  /** Signatures of every first word (see `signature.ts`), flagged: rules out most words before hashing them. */
  readonly signatures: Uint8Array;
}

/**
 * Whether a lower-case word may be the first word of a cue (`firsts.has`
 * decides): a word whose signature (see `signature.ts`) no first word has is
 * ruled out without hashing the whole string. `sig` is the word's signature
 * when the caller has it (a token's `sig`).
 */
export function mayStartCue(lexicon: CueLexicon, lower: string, sig = signature(lower)): boolean {
  if (lexicon.signatures[sig] === 0) return false;
  return lexicon.firsts.has(lower);
}

/** Builds a lexicon from lemmas (regular inflections generated) and the irregular table. */
export function buildCueLexicon(lemmas: readonly string[]): CueLexicon {
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
  for (const [form, lemma] of IRREGULAR) add(form, lemma);
  for (const lemma of lemmas) for (const form of inflectPhrase(lemma)) add(form, lemma);
  const firsts = new Set([...words.keys(), ...phrases.keys()]);
  return { words, phrases, firsts, signatures: signatureTable(firsts) };
}

/** The built-in lexicon. */
export const DEFAULT_CUES: CueLexicon = buildCueLexicon(SPEECH_LEMMAS);

const extended = new Map<string, CueLexicon>();

/**
 * The built-in lexicon plus a user's extra lemmas (cached per list, so
 * repeated parses with the same options build it once).
 */
export function cueLexicon(extra: readonly string[]): CueLexicon {
  if (extra.length === 0) return DEFAULT_CUES;
  const key = extra.join('\n');
  let lexicon = extended.get(key);
  if (!lexicon) {
    lexicon = buildCueLexicon([...SPEECH_LEMMAS, ...extra.map((cue) => cue.toLowerCase())]);
    if (extended.size > 16) extended.clear();
    extended.set(key, lexicon);
  }
  return lexicon;
}

/** Personal pronouns that can be speakers. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/**
 * Honorifics and forms of address: kept in the speaker's name as written
 * ("Sen. Ted Cruz", "Officer Tusk") and dropped from the resolved name.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'miss', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'lt.', 'gen.', 'col.', 'sgt.', 'capt.',
  'cmdr.', 'adm.', 'maj.', 'cpl.', 'pvt.', 'rev.', 'msgr.', 'fr.', 'sir', 'dame', 'lord', 'lady', 'officer',
  'detective', 'det.', 'sheriff', 'deputy', 'judge', 'justice', 'mr', 'mrs', 'ms', 'dr',
]);

/** Honorifics that tell a person's gender. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mr', 'sir', 'lord', 'fr.']);
/** Honorifics that tell a person's gender. */
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady']);

/**
 * Heads of titles: a capitalised run before a name that contains one of
 * these is a role ("Estonian Protection Minister Kalle Laanet").
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'secretary-general', 'ambassador', 'chancellor', 'governor', 'mayor',
  'senator', 'representative', 'congressman', 'congresswoman', 'chairman', 'chairwoman', 'chair', 'speaker',
  'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'attorney', 'director', 'chief', 'executive', 'ceo',
  'commissioner', 'commander', 'admiral', 'general', 'king', 'queen', 'prince', 'princess', 'pope', 'premier',
  'head', 'official', 'officials', 'adviser', 'advisor', 'aide', 'manager', 'strategist', 'candidate', 'hopeful',
  'nominee', 'lawmaker', 'legislator', 'analyst', 'economist', 'professor', 'founder', 'owner', 'coach', 'captain',
  'councilman', 'councilwoman', 'councilor', 'delegate', 'envoy', 'negotiator', 'prosecutor', 'lawyer',
  'counsel', 'judge', 'justice', 'sheriff', 'chief', 'commissioner', 'treasurer', 'auditor', 'comptroller',
  'whip', 'vice', 'deputy', 'acting', 'former', 'assistant', 'undersecretary', 'fellow', 'researcher', 'expert',
  'correspondent', 'editor', 'columnist', 'host', 'anchor', 'writer', 'author', 'activist', 'organizer', 'pastor',
  'bishop', 'cardinal', 'rabbi', 'imam', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'ceo', 'cfo', 'coo',
  'senators', 'spokesmen', 'leaders', 'officials', 'members', 'member', 'partner', 'director-general',
]);

/**
 * Lower-case words a speaker's description may contain before a name
 * ("Kremlin spokesman Dmitry Peskov", "Republican presidential hopeful").
 */
export const DESCRIPTIVE: ReadonlySet<string> = new Set([
  'presidential', 'former', 'top', 'senior', 'chief', 'deputy', 'acting', 'longtime', 'veteran', 'then',
  'foreign', 'prime', 'vice', 'state', 'federal', 'national', 'party', 'campaign', 'press', 'communications',
  'security', 'defense', 'defence', 'interior', 'finance', 'health', 'trade', 'justice', 'energy', 'white',
  'house', 'republican', 'democratic', 'conservative', 'liberal', 'independent', 'retired', 'incoming',
  'outgoing', 'current', 'new', 'assistant', 'associate', 'executive', 'managing', 'general', 'special', 'military',
  'intelligence', 'police', 'county', 'city', 'district', 'u.s.', 'gop', 'economic', 'political', 'legal',
  'policy', 'public', 'health', 'team', 'company', 'government', 'administration', 'union', 'board', 'civil',
  'rights', 'human', 'family', 'majority', 'minority', 'house', 'senate', 'ranking',
]);

/** Words that end a subject phrase when scanning back from a cue. */
export const SUBJECT_STOPS: ReadonlySet<string> = new Set([
  'that', 'and', 'but', 'or', 'nor', 'because', 'while', 'whereas', 'when', 'where', 'as', 'if', 'which', 'who',
  'whom', 'whose', 'what', 'after', 'before', 'since', 'so', 'than', 'then', 'though', 'although', 'unless',
  'until', 'to', 'in', 'on', 'into', 'onto', 'by', 'with', 'without', 'about', 'over', 'under', 'during', 'is',
  'are', 'was', 'were', 'be', 'been', 'being', 'not', 'also', 'has', 'have', 'had', 'did', 'does', 'do', 'would',
  'will', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'once', 'yet', 'how', 'why', 'even', 'just',
  'against', 'between', 'among', 'through', 'like', 'unlike', 'per', 'via', 'upon', 'within', 'amid', 'despite',
  'whether', 'instead', 'there', 'here', 'this', 'these', 'those', 'it', 'its', 'him', 'her', 'them', 'us', 'me',
  'his', 'their', 'our', 'my', 'your', 'later', 'earlier', 'again', 'yesterday', 'today', 'tonight', 'now',
]);

/** Words that may sit between a subject and its cue ("Smith also said", "he has said"). */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'again', 'previously', 'once', 'further', 'has', 'have', 'had', 'would', 'will',
  'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'reportedly', 'recently', 'repeatedly',
  'publicly', 'privately', 'simply', 'quickly', 'flatly', 'bluntly', 'openly', 'often', 'frequently', 'still',
  'even', 'just', 'first', 'never', 'always', 'already', 'subsequently', 'separately', 'earlier', 'herself',
  'himself', 'themselves', 'itself', 'personally', 'in', 'turn', 'not', 'only', 'ultimately', 'finally',
  'additionally', 'similarly', 'likewise', 'directly', 'specifically', 'explicitly', 'angrily', 'sharply',
  'strongly', 'firmly', 'calmly', 'softly', 'emphatically', 'tearfully', 'proudly', 'defiantly', 'confidently',
]);

/** Determiners and quantifiers that open a common-noun speaker ("the ministry", "two officials"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'both',
  'most', 'all', 'few', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
]);

/** Days, months and time words that may follow a cue ("said Tuesday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening',
  'night',
]);

/** Capitalised words that are never a person's name on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'it', 'this', 'that', 'these', 'those', 'there', 'here',
  'when', 'while', 'as', 'after', 'before', 'if', 'what', 'why', 'how', 'who', 'we', 'i', 'you', 'he', 'she',
  'they', 'his', 'her', 'their', 'our', 'its', 'my', 'for', 'with', 'by', 'from', 'to', 'of', 'so', 'still', 'yet',
  'now', 'then', 'also', 'however', 'meanwhile', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'mr.', 'mrs.', 'ms.',
  'whereas', 'although', 'though', 'because', 'since', 'unless', 'until', 'once', 'during', 'despite', 'among',
  'instead', 'indeed', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'thus', 'therefore', 'asked',
  'later', 'earlier', 'last', 'next', 'every', 'each', 'some', 'many', 'most', 'no', 'not', 'only', 'even', 'just',
  'like', 'unlike', 'about', 'over', 'under', 'into', 'through', 'against', 'between', 'without', 'within', 'both',
  'either', 'neither', 'all', 'any', 'one', 'two', 'three', 'several', 'according', 'speaking', 'asked', 'yes',
  'well', 'oh', 'so', 'sure', 'thanks', 'please', 'today', 'tonight', 'yesterday', 'tomorrow', 'me', 'him', 'them',
  'us', 'where', 'which', 'whose', 'whom', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'don’t', "don't",
]);
