/**
 * English words of reported speech: what opens a content clause, the verbs of belief and evidence, the nouns that
 * take a content clause and the nouns that are evidence. The cue lexicon's verbs (`cues.ts`) open speech.
 *
 * @module
 */

/** Words that open a content clause after a cue ("said that ..."); skipped, not part of the content. */
export const complementizers: readonly string[] = ['that'];

/** Words that open an indirect question after a cue ("asked whether ..."); kept in the content. */
export const questionWords: readonly string[] = ['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who'];

/** Verbs of belief and expectation, as lemmas: "X believes (that) ..." reports a belief, not speech (`ParseOptions.beliefs`). */
export const beliefLemmas: readonly string[] = [
  'believe', 'think', 'expect', 'hope', 'fear', 'feel', 'worry', 'doubt', 'suspect', 'assume', 'reckon', 'know',
  'understand', 'recognize', 'recognise', 'realize', 'realise',
  // Intention and stance: what a source wants, plans or seems to do is attributed to it as its beliefs are.
  'want', 'wish', 'plan', 'intend', 'seek', 'prefer', 'consider', 'see', 'view', 'seem', 'appear', 'decide',
  'refuse', 'decline', 'support', 'oppose', 'endorse', 'favor', 'favour',
];

/** Verbs that evidence reports with ("polls show ...", "a report found ..."), as lemmas. */
export const evidenceLemmas: readonly string[] = ['show', 'find', 'suggest', 'indicate', 'reveal', 'conclude', 'confirm', 'estimate', 'project', 'predict'];

/** Irregular forms of the belief and evidence verbs, form -> lemma. */
export const irregularContentVerbs: ReadonlyArray<readonly [string, string]> = [
  ['thought', 'think'], ['felt', 'feel'], ['knew', 'know'], ['known', 'know'], ['held', 'hold'], ['found', 'find'],
  ['shown', 'show'], ['saw', 'see'], ['seen', 'see'], ['sought', 'seek'], ['understood', 'understand'], ['worried', 'worry'], ['worries', 'worry'],
];

/** Nouns that are evidence: the subject of an evidence verb that speaks for a source ("polls", "a report"). */
export const evidenceNouns: readonly string[] = [
  'poll', 'polls', 'survey', 'surveys', 'report', 'reports', 'study', 'studies', 'data', 'records', 'documents',
  'analysis', 'analyses', 'figures', 'statistics', 'research', 'review', 'audit', 'investigation', 'estimates',
  'projections', 'filings', 'results', 'numbers', 'tally', 'census', 'findings', 'evidence', 'assessment',
  'memo', 'letter', 'emails', 'testimony', 'probe', 'inquiry', 'forecast', 'models',
  'polling', 'footage', 'video', 'videos', 'photos', 'images', 'transcripts', 'returns', 'tallies',
];

/** Nouns that take a content clause ("the claim that ...", "his warning that ..."). */
export const contentNouns: readonly string[] = [
  'claim', 'claims', 'warning', 'warnings', 'assertion', 'assertions', 'statement', 'argument', 'suggestion',
  'promise', 'promises', 'pledge', 'vow', 'announcement', 'insistence', 'allegation', 'allegations', 'accusation',
  'accusations', 'admission', 'contention', 'prediction', 'predictions', 'threat', 'assurance', 'assurances',
  'acknowledgment', 'acknowledgement', 'denial', 'complaint', 'charge', 'charges', 'arguments',
  'insinuation', 'declaration', 'remarks', 'comments', 'testimony', 'boast', 'belief', 'view', 'hope', 'fear',
  'fears', 'concern', 'concerns', 'expectation', 'conviction', 'report', 'reports', 'rumors', 'rumours', 'message',
];

/** Words that end a content at a comma before them: they open a new coordinated clause ("..., but the deal held"). */
export const clauseBreakers: readonly string[] = ['but', 'while', 'although', 'though', 'whereas', 'yet', 'because', 'since', 'as'];

/**
 * Cue lemmas that take the one told as an object before `that` ("told the committee that ...", "assured voters
 * that ..."). After the others a noun phrase before `that` is what `that` relates to ("said the plan that the board
 * passed was dead"): the content starts at the noun phrase.
 */
export const recipientCues: readonly string[] = [
  'tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'notify', 'convince', 'persuade', 'promise', 'show', 'teach',
  'write', 'email', 'text', 'ask', 'urge', 'caution', 'reassure', 'brief', 'alert', 'signal',
];

/**
 * Cue lemmas whose first object is always the one told, never what is said: a name right after them is skipped
 * before the content ("told The Associated Press the vote was close"), and may follow them at the end of a sentence
 * ("The vote was close, she told CNN.").
 */
export const toldCues: readonly string[] = ['tell', 'inform', 'assure', 'remind', 'notify', 'reassure', 'brief'];

/**
 * Nouns of the medium a statement is made in ("said in a television interview she was", "wrote in both listings he
 * was"): a pronoun and its verb right after one open the content, with no `that`.
 */
export const mediumNouns: readonly string[] = [
  'interview', 'interviews', 'statement', 'statements', 'letter', 'letters', 'email', 'emails', 'e-mail', 'post',
  'posts', 'tweet', 'tweets', 'speech', 'release', 'memo', 'message', 'messages', 'listing', 'listings', 'broadcast',
  'call', 'podcast', 'video', 'op-ed', 'column', 'filing', 'blog',
];

/**
 * Prepositions that open what a telling is about ("reminded voters of his record", "told reporters about the plan",
 * "briefed them on the talks"): after the one told, the words before the cue are not what was told.
 */
export const topicPrepositions: readonly string[] = ['of', 'about', 'on'];

/** Objects of a cue that stand between it and its content ("told reporters the talks failed"). */
export const speechObjects: readonly string[] = ['reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'you', 'lawmakers', 'supporters'];

/** Possessive determiners: the speaker of a content noun ("his warning that ..."). */
export const possessiveDeterminers: readonly string[] = ['his', 'her', 'their', 'its', 'our', 'my'];

/**
 * Words that make a run of words a clause, not a noun phrase ("said the plan is dead", not "announced his return"):
 * auxiliaries, modals and common irregular past forms. A lower-case word ending in -ed counts too (`spans.ts`).
 */
export const clauseMarkers: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'am', "isn't", "aren't", "wasn't", "weren't", 'will', 'would', 'could',
  'should', 'can', 'may', 'might', 'must', 'shall', 'has', 'have', 'had', 'does', 'did', 'do', "won't", "wouldn't",
  "can't", 'cannot', "couldn't", "shouldn't", "doesn't", "don't", "didn't", "hasn't", "haven't", "hadn't", 'not',
  'lost', 'made', 'took', 'got', 'went', 'came', 'gave', 'won', 'ran', 'knew', 'thought', 'said', 'told', 'left',
  'felt', 'kept', 'began', 'became', 'sent', 'spent', 'held', 'brought', 'paid', 'met', 'led', 'saw', 'found',
  'stood', 'wrote', 'built', 'sold', 'bought', 'fell', 'rose', 'grew', 'drew', 'knows', 'needs', 'wants', 'means',
  'remains', 'seems', 'goes', 'makes', 'takes', 'gets', 'plans', 'intends', 'expects', 'believes', 'supports',
];

/**
 * Naming cues whose noun-phrase object is what they report, with or without a quotation ("criticized the plan",
 * "called for a ban on the drug", "defended his record"): without marks the object is the content. The other naming
 * cues name a thing made or handed on ("read a statement", "released a report"), which is no content.
 */
export const namingReports: readonly string[] = [
  'call', 'describe', 'characterize', 'characterise', 'accuse', 'blast', 'slam', 'criticize', 'criticise', 'praise',
  'mock', 'tout', 'hail', 'decry', 'denounce', 'condemn', 'dismiss', 'cite', 'blame', 'offer',
  'express', 'propose', 'credit', 'refer to', 'reference', 'mention', 'portray', 'highlight', 'defend', 'applaud',
  'laud', 'commend', 'liken', 'ridicule', 'deride', 'lambaste', 'assail', 'chide', 'scold',
];

/**
 * Cue lemmas that take a noun phrase as object as often as speech ("continued his campaign", "maintained his lead",
 * "pledged their support"): after them a content without `that` must read as a clause.
 */
export const objectCues: readonly string[] = [
  'continue', 'maintain', 'respond', 'pledge', 'message', 'email', 'answer', 'advise', 'charge', 'post', 'deny',
  'reason', 'threaten', 'agree', 'state', 'announce', 'admit', 'confirm', 'reply', 'comment', 'boast', 'remark',
  'repeat', 'reiterate', 'question', 'promise', 'report', 'vow', 'reveal', 'disclose', 'recall', 'demand', 'protest',
];
