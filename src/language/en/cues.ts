/**
 * English cue words: the verbs that introduce speech, the ones that name what they quote, their irregular forms,
 * and the cue forms that are also nouns.
 *
 * @module
 */

/** Verbs (as lemmas) that introduce speech or writing in wire copy; a particle after a space is part of the cue ("point out"). */
export const speechLemmas: readonly string[] = [
  'say', 'tell', 'state', 'add', 'warn', 'tweet', 'write', 'insist', 'note', 'remark', 'inform', 'explain',
  'declare', 'announce', 'argue', 'ask', 'answer', 'reply', 'respond', 'claim', 'contend', 'maintain', 'acknowledge',
  'admit', 'concede', 'confirm', 'deny', 'assert', 'allege', 'charge', 'complain', 'lament', 'predict', 'promise',
  'pledge', 'vow', 'recall', 'report', 'suggest', 'urge', 'emphasize', 'emphasise', 'stress', 'observe', 'comment',
  'continue', 'conclude', 'counter', 'retort', 'quip', 'joke', 'shout', 'yell', 'scream', 'chant', 'exclaim',
  'whisper', 'mutter', 'boast', 'brag', 'caution', 'testify', 'post', 'reiterate', 'repeat', 'affirm', 'reaffirm',
  'assure', 'advise', 'interject', 'muse', 'wonder', 'question', 'recount', 'reveal', 'disclose', 'indicate',
  'proclaim', 'demand', 'plead', 'implore', 'threaten', 'swear', 'opine', 'reason', 'speculate', 'sigh', 'gush',
  'fume', 'snap', 'thunder', 'cry', 'groan', 'gripe', 'grumble', 'protest', 'object', 'rebut', 'elaborate',
  'clarify', 'describe', 'call', 'brand', 'dub', 'label', 'term', 'accuse', 'blast', 'slam', 'criticize',
  'criticise', 'praise', 'mock', 'tout', 'hail', 'decry', 'denounce', 'condemn', 'dismiss', 'thank', 'read', 'text',
  'email', 'message', 'blog', 'preach', 'lecture', 'concur', 'agree', 'disagree', 'point out', 'call for', 'call on', 'go on', 'shoot back',
  'fire back', 'hit back', 'push back', 'chime in', 'weigh in', 'sum up', 'put', 'characterize', 'characterise',
  'summarize', 'summarise', 'forecast', 'estimate', 'confide', 'confess', 'vouch', 'pronounce', 'rule', 'find',
  'cite', 'quote', 'bemoan', 'bark', 'boom', 'grouse', 'rail', 'assail', 'chide', 'scold', 'lash out', 'retaliate',
  'react', 'riff', 'surmise', 'echo', 'retweet', 'beam', 'chirp', 'holler', 'roar', 'growl', 'speak', 'talk',
  'blame', 'release', 'publish', 'offer', 'express', 'propose', 'credit', 'issue', 'refer to', 'reference',
  'mention', 'recite', 'portray', 'highlight', 'defend', 'deliver', 'share', 'tell of', 'lambaste', 'ridicule',
  'scoff', 'deride', 'applaud', 'laud', 'commend', 'welcome', 'liken', 'compare', 'remind', 'reminisce', 'apologize',
  'apologise', 'pray', 'sing', 'signal',
];

/** Naming cues that give a thing its name: their past participle after a noun names it ("a program called ..."). */
export const nameGivingLemmas: readonly string[] = ['call', 'dub', 'label', 'brand', 'term', 'nickname', 'title'];

/** Cues that name or describe what they quote ("He branded the group ..."): they credit a partial quote after their object, never reported speech without marks. */
export const namingLemmas: readonly string[] = [
  'call', 'brand', 'dub', 'label', 'term', 'describe', 'characterize', 'characterise', 'accuse', 'blast', 'slam',
  'criticize', 'criticise', 'praise', 'mock', 'tout', 'hail', 'decry', 'denounce', 'condemn', 'dismiss', 'thank',
  'put', 'cite', 'quote', 'read', 'find', 'rule', 'go on', 'speak', 'talk', 'blame', 'release', 'publish', 'offer',
  'express', 'propose', 'credit', 'issue', 'refer to', 'reference', 'mention', 'recite', 'portray', 'highlight',
  'defend', 'deliver', 'share', 'applaud', 'laud', 'commend', 'welcome', 'liken', 'compare', 'sing', 'ridicule',
  'deride', 'lambaste', 'assail', 'chide', 'scold', 'react', 'retweet', 'echo', 'signal',
];

/** Irregular cue forms, form -> lemma (the regular ones come from `inflectCue`); listed first, they win over a generated form. */
export const irregularCues: ReadonlyArray<readonly [string, string]> = [
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

/** Cue lemmas whose base and -s forms are also nouns ("state", "calls"): such a form needs its subject right before it. */
export const nounishLemmas: readonly string[] = [
  'state', 'call', 'email', 'comment', 'text', 'post', 'message', 'report', 'question', 'object', 'counter',
  'charge', 'claim', 'note', 'quote', 'term', 'label', 'brand', 'tweet', 'blog', 'answer', 'reply', 'release',
  'issue', 'offer', 'share', 'credit', 'reference', 'echo', 'signal', 'remark', 'cry', 'protest', 'demand',
  'promise', 'pledge', 'vow', 'estimate', 'forecast', 'sigh', 'joke', 'quip', 'chant', 'groan', 'gripe', 'cite',
  'read', 'find', 'rule', 'put', 'talk', 'speak', 'express', 'defend', 'mention', 'highlight', 'deliver', 'welcome',
  'roar', 'boom', 'bark', 'beam', 'rail', 'thunder', 'snap', 'muse', 'plead', 'respond', 'concern', 'caution',
  'advise', 'praise', 'dismiss',
];

/**
 * Cue lemmas that also name an act other than speech ("officers responding to a call", "reacting to the news"): their
 * participle credits no quotation in the phrase after its preposition.
 */
export const actionLemmas: readonly string[] = [
  'respond', 'react', 'answer', 'deliver', 'post', 'release', 'issue', 'signal', 'retaliate',
];

/**
 * Cue lemmas that invert after the clause they report when a common noun phrase speaks ("The line reopened Friday,
 * said a spokeswoman for the railroad."); after other cues such a phrase is an object ("..., blamed the board.").
 */
export const closingLemmas: readonly string[] = ['say', 'add', 'explain', 'note', 'continue'];

/**
 * Cue lemmas that after a modal or `to` name an act, not speech: "The company will add 200 jobs", "The talks would
 * continue into the night", "plans to add a second line" (after a modal, "he would add that ..." is rare in news).
 */
export const actsAfterModal: readonly string[] = ['add', 'continue'];

/** Reflexive pronouns: a cue verb followed by one does not report speech ("she told herself"). */
export const reflexives: readonly string[] = [
  'itself', 'himself', 'herself', 'themselves', 'myself', 'yourself', 'yourselves', 'ourselves', 'oneself',
];

/**
 * The words of a passive report between a form of "be" and its cue ("she was quoted as saying", "he is reported to
 * have said", "was heard saying"): the speaker is the subject before the form of "be".
 */
export const passiveReports: readonly string[] = [
  'quoted as', 'reported to have', 'reported as', 'said to have', 'heard', 'overheard', 'recorded', 'recorded as',
  'caught on tape', 'seen',
];
