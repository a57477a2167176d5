/**
 * English function words the attribution rules stop at or step over.
 *
 * @module
 */

/** Forms of "be": before a past participle they make a passive ("was told"), before an -ing form a progressive. */
export const beForms: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
];

/** Determiners and possessives that make the next cue word a noun ("the claims", "his statement"). */
export const nounMarkers: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
];

/** Words that end a subject phrase when scanning back from a cue. */
export const subjectStops: readonly string[] = [
  'that', 'and', 'but', 'or', 'nor', 'because', 'while', 'whereas', 'when', 'where', 'as', 'if', 'which', 'who',
  'whom', 'whose', 'what', 'after', 'before', 'since', 'so', 'than', 'then', 'though', 'although', 'unless', 'until',
  'to', 'in', 'on', 'into', 'onto', 'by', 'with', 'without', 'about', 'over', 'under', 'during', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'not', 'also', 'has', 'have', 'had', 'did', 'does', 'do', 'would', 'will', 'could',
  'should', 'can', 'may', 'might', 'must', 'shall', 'once', 'yet', 'how', 'why', 'even', 'just', 'against',
  'between', 'among', 'through', 'like', 'unlike', 'per', 'via', 'upon', 'within', 'amid', 'despite', 'whether',
  'instead', 'there', 'here', 'this', 'these', 'those', 'it', 'its', 'him', 'her', 'them', 'us', 'me', 'his',
  'their', 'our', 'my', 'your', 'later', 'earlier', 'again', 'yesterday', 'today', 'tonight', 'now',
];

/** Words of comparison that make a past form after them an adjective, no cue ("than expected", "above predicted"). */
export const comparisons: readonly string[] = [
  'than', 'as', 'above', 'below', 'beyond',
];

/** Words that may sit between a subject and its cue ("Smith also said", "he has said"). */
export const betweenSubjectAndCue: readonly string[] = [
  'also', 'later', 'then', 'again', 'previously', 'once', 'further', 'has', 'have', 'had', 'would', 'will', 'could',
  'should', 'may', 'might', 'must', 'did', 'does', 'do', 'reportedly', 'recently', 'repeatedly', 'publicly',
  'privately', 'simply', 'quickly', 'flatly', 'bluntly', 'openly', 'often', 'frequently', 'still', 'even', 'just',
  'first', 'never', 'always', 'already', 'subsequently', 'separately', 'earlier', 'herself', 'himself', 'themselves',
  'itself', 'personally', 'in', 'turn', 'not', 'only', 'ultimately', 'finally', 'additionally', 'similarly',
  'likewise', 'directly', 'specifically', 'explicitly', 'angrily', 'sharply', 'strongly', 'firmly', 'calmly',
  'softly', 'emphatically', 'tearfully', 'proudly', 'defiantly', 'confidently',
];

/** Determiners and quantifiers that open a common-noun speaker ("the ministry", "two officials"). */
export const determiners: readonly string[] = [
  'the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'both',
  'most', 'all', 'few', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
];

/** Units of a span of time, for a time phrase before a cue ("The ministry two weeks ago said"). */
export const durations: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'decade', 'decades',
];

/** Words that close a span of time into a point in the past ("two weeks ago"). */
export const pastMarkers: readonly string[] = ['ago', 'earlier'];

/**
 * Nouns of time a phrase of time ends with (`at the time`, `in the past`): such a phrase after a noun says when, not
 * whom the noun speaks for ("Analysts in the past criticized").
 */
export const timeNouns: readonly string[] = ['time', 'times', 'past', 'moment', 'end', 'future', 'meantime', 'interim', 'outset'];

/** Days and time words that may follow a cue ("said Tuesday"). */
export const timeWords: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening',
  'night',
];

/** Capitalised words that are never a person's name on their own. */
export const notNames: readonly string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'it', 'this', 'that', 'these', 'those', 'there', 'here',
  'when', 'while', 'as', 'after', 'before', 'if', 'what', 'why', 'how', 'who', 'we', 'i', 'you', 'he', 'she', 'they',
  'his', 'her', 'their', 'our', 'its', 'my', 'for', 'with', 'by', 'from', 'to', 'of', 'so', 'still', 'yet', 'now',
  'then', 'also', 'however', 'meanwhile', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'mr.', 'mrs.', 'ms.', 'whereas',
  'although', 'though', 'because', 'since', 'unless', 'until', 'once', 'during', 'despite', 'among', 'instead',
  'indeed', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'thus', 'therefore', 'asked', 'later',
  'earlier', 'last', 'next', 'every', 'each', 'some', 'many', 'most', 'no', 'not', 'only', 'even', 'just', 'like',
  'unlike', 'about', 'over', 'under', 'into', 'through', 'against', 'between', 'without', 'within', 'both', 'either',
  'neither', 'all', 'any', 'one', 'two', 'three', 'several', 'according', 'speaking', 'yes', 'well', 'oh', 'sure',
  'thanks', 'please', 'today', 'tonight', 'yesterday', 'tomorrow', 'me', 'him', 'them', 'us', 'where', 'which',
  'whose', 'whom', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'should', 'might', 'must', 'let', 'don’t', "don't",
];

/** Prepositions: a noun phrase after one is no subject ("in the past described"). */
export const prepositions: readonly string[] = [
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'into', 'after', 'before', 'during', 'over', 'under', 'about',
  'to', 'against', 'through', 'without', 'within', 'amid', 'like',
];

/** Words that end the extension of an attribution clause ("said Tuesday that ..."). */
export const clauseStops: readonly string[] = [
  'that', 'as', 'and', 'but', 'while', 'because', 'when', 'after', 'before', 'if', 'though', 'although', 'since',
  'who', 'which', 'so', 'adding', 'saying', 'noting', 'until', 'where', 'whether', 'than',
];

/** Relative pronouns that open a clause rather than a role ("Smith, who ..."). */
export const relatives: readonly string[] = [
  'who', 'which', 'whose', 'whom', 'where', 'when', 'that',
];

/**
 * Relative pronouns that may be the subject of their clause's verb: after a comma the verb's subject is the noun
 * phrase before the comma ("Okafor, who called it ...", "the group, which said ...").
 */
export const subjectRelatives: readonly string[] = ['who', 'which', 'that'];

/**
 * Adverbs of duration after a perfect auxiliary in a relative clause ("who has long argued"). Only there: before a
 * subject's cue "have long" is as often part of a clause the cue's subject is not ("officials have long been
 * talking").
 */
export const durationAdverbs: readonly string[] = ['long'];

/** Modal verbs: after one, a cue of `actsAfterModal` names an act, not speech ("will add 200 jobs"). */
export const modals: readonly string[] = ['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall'];

/** Auxiliaries and modals that open a predicate (`Okafor, who said ..., has since left`). */
export const auxiliaries: readonly string[] = [
  'has', 'have', 'had', 'would', 'will', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'can',
];

/**
 * The words after a cue that ask for anonymity, not report speech ("who asked not to be named", "who requested not to
 * be identified"): a relative clause with them credits nothing and reports nothing.
 */
export const anonymityRequest: readonly string[] = ['not', 'to', 'be'];

/** Words after a capitalised opener that make it an introductory phrase ("Hours later, ..."). */
export const introAdverbs: readonly string[] = [
  'later', 'earlier', 'ago', 'after', 'before', 'afterward', 'afterwards', 'since',
];

/** Words that may open a sentence before its subject ("But she said"). */
export const openers: readonly string[] = [
  'and', 'but', 'so', 'yet', 'or', 'also', 'still', 'then', 'now', 'instead', 'later', 'meanwhile',
];

/** Words that may open a floating quote's sentence (`But "..."`). */
export const conjunctions: readonly string[] = [
  'but', 'and', 'or', 'so', 'still', 'yet', 'also',
];

/** Small words a title may hold in lower case ("One Hundred Years of Solitude"). */
export const titleSmallWords: readonly string[] = [
  'of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'or', 'from', 'de', '&',
];
