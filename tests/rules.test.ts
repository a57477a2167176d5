/**
 * Each attribution rule on its own example (the one in its module's doc comment): what the pass gives with every
 * rule, and that leaving the rule out changes it, so the rule is what gives it.
 */
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/attribution/rules/index.js';
import { attributions } from '../src/index.js';
import { attributeWith, attributionsOf, credits, reportedOf, rulesWithout } from './helpers/rules.js';

/** The speaker of each attribution record of `text`, parsed with every rule. */
function speakersOf(text: string): Array<string | undefined> {
  return attributions(attributeWith(text)).map((record) => record.speaker);
}

/** A table of texts, each with the speaker of its one attribution, under `title`. */
function speakerCases(title: string, cases: Array<[string, string]>): void {
  describe(title, () => {
    it.each(cases)('%s', (text, speaker) => {
      expect(speakersOf(text)).toStrictEqual([speaker]);
    });
  });
}

/** A table of texts, each with the speaker and content of every attribution record, under `title`. */
function speakerContentCases(title: string, cases: Array<[string, Array<[string | undefined, string]>]>): void {
  describe(title, () => {
    it.each(cases)('%s', (text, expected) => {
      expect(attributions(attributeWith(text)).map((record) => [record.speaker, record.text])).toStrictEqual(expected);
    });
  });
}

interface Case {
  rule: string;
  text: string;
  /** `credits` (quotations) and `attributions` with every rule. */
  quotes: string[][];
  attributions: string[][];
}

const cases: Case[] = [
  {
    rule: 'according-to',
    text: 'The talks stalled, according to a senior Western diplomat.',
    quotes: [],
    attributions: [['according to a senior Western diplomat', 'a senior Western diplomat', 'according to', 'indirect']],
  },
  {
    rule: 'inverted',
    text: '"We are not there yet," said Dmitry Peskov, the Kremlin spokesman.',
    quotes: [['We are not there yet,', 'Dmitry Peskov', 'say']],
    attributions: [['said Dmitry Peskov, the Kremlin spokesman', 'Dmitry Peskov', 'say', 'direct']],
  },
  {
    rule: 'subject',
    text: 'Julianne Smith, the U.S. ambassador to NATO, said the alliance was united.',
    quotes: [],
    attributions: [['Julianne Smith, the U.S. ambassador to NATO, said', 'Julianne Smith', 'say', 'indirect']],
  },
  {
    rule: 'relative-subject',
    text: 'The plan drew fire from Sen. Ruth Adler, who has long called it "a giveaway."',
    quotes: [['a giveaway.', 'who', 'call']],
    attributions: [['who has long called', 'who', 'call', 'direct']],
  },
  {
    rule: 'shared-speaker',
    text: 'Peskov declared the talks over and said "there is nothing left to discuss."',
    quotes: [['there is nothing left to discuss.', 'Peskov', 'declare']],
    attributions: [['Peskov declared', 'Peskov', 'declare', 'direct']],
  },
  {
    rule: 'sentence-subject',
    text: 'She greeted the crowd in Des Moines and told them that "help is on the way."',
    quotes: [['help is on the way.', 'She', 'tell']],
    attributions: [['She greeted the crowd in Des Moines and told', 'She', 'tell', 'direct']],
  },
  {
    rule: 'after-quote',
    text: '"The alliance is united," Julianne Smith said Tuesday.',
    quotes: [['The alliance is united,', 'Julianne Smith', 'say']],
    attributions: [['Julianne Smith said Tuesday', 'Julianne Smith', 'say', 'direct']],
  },
  {
    rule: 'positional',
    text: '"Not on my watch," Smith harrumphed.',
    quotes: [['Not on my watch,', 'Smith', 'harrumph']],
    attributions: [['Smith harrumphed', 'Smith', 'harrumph', 'direct']],
  },
  {
    rule: 'title',
    text: 'Smith said the band played "Born in the U.S.A." as the crowd sang along.',
    quotes: [['Born in the U.S.A.', '-', '-']],
    attributions: [['Smith said', 'Smith', 'say', 'indirect']],
  },
  {
    rule: 'colon-name',
    text: 'Pollsters agree - Carl Bialik: "It is too close to call."',
    quotes: [['It is too close to call.', 'Carl Bialik', ':']],
    attributions: [['Pollsters agree', 'Pollsters', 'agree', 'indirect'], ['Carl Bialik:', 'Carl Bialik', ':', 'direct']],
  },
  {
    rule: 'before',
    text: 'He branded the group "an instrument of confrontation."',
    quotes: [['an instrument of confrontation.', 'He', 'brand']],
    attributions: [['He branded', 'He', 'brand', 'direct']],
  },
  {
    rule: 'quote-run',
    text: '"Tax cuts" and "jobs," the senator said, were his themes.',
    quotes: [['Tax cuts', 'the senator', 'say'], ['jobs,', 'the senator', 'say']],
    attributions: [['the senator said', 'the senator', 'say', 'direct']],
  },
  {
    rule: 'acted-on',
    text: 'Lee, 17, was arrested by officers responding to a "noise complaint" call on Oak Street.',
    quotes: [['noise complaint', '-', '-']],
    attributions: [],
  },
  {
    rule: 'closing',
    text: 'The reporter was "arbitrarily detained" for weeks, the group says.',
    quotes: [['arbitrarily detained', 'the group', 'say']],
    attributions: [['the group says', 'the group', 'say', 'direct']],
  },
  {
    rule: 'floating',
    text: 'Smith said the vote was close. "We are ready for it." "We have always been ready."',
    quotes: [['We are ready for it.', 'Smith', 'say'], ['We have always been ready.', 'Smith', 'say']],
    attributions: [['Smith said', 'Smith', 'say', 'direct']],
  },
  {
    rule: 'carried',
    text: '"We will not back down," Smith said.\n\n"Not now, not ever, not under any pressure."',
    quotes: [['We will not back down,', 'Smith', 'say'], ['Not now, not ever, not under any pressure.', 'Smith', 'say']],
    attributions: [['Smith said', 'Smith', 'say', 'direct']],
  },
  {
    rule: 'introduces',
    text: 'The minister read the statement aloud:\n\n"We will rebuild every home in the valley."',
    quotes: [['We will rebuild every home in the valley.', 'The minister', 'read']],
    attributions: [['The minister read', 'The minister', 'read', 'direct']],
  },
  {
    rule: 'running-pieces',
    text: '"We came here to talk," Smith said.\n\n"We are still here and we are still talking.\n\n"And we will stay until it is done," Jones added.',
    quotes: [['We came here to talk,', 'Smith', 'say'], ['We are still here and we are still talking.', 'Jones', 'add'], ['And we will stay until it is done,', 'Jones', 'add']],
    attributions: [['Smith said', 'Smith', 'say', 'direct'], ['Jones added', 'Jones', 'add', 'direct']],
  },
];

describe('attribution rules, one by one', () => {
  it('has one case for every rule, and every rule in the order of rules/index.ts', () => {
    const names = [...defaultRules.cue, ...defaultRules.quote, ...defaultRules.paragraph, ...defaultRules.article].map((rule) => rule.name);
    // The reported-speech rules have their cases below.
    expect(new Set(cases.map((entry) => entry.rule))).toStrictEqual(new Set(names));
  });

  // Direct quotes and their attributions, without reported speech (whose attributions the cases below cover).
  const direct = { reportedSpeech: false };

  it.each(cases)('$rule: its example, and what changes without it', ({ rule, text, quotes, attributions }) => {
    const all = attributeWith(text, defaultRules, direct);
    expect(credits(all)).toStrictEqual(quotes);
    expect(attributionsOf(all)).toStrictEqual(attributions);
    const without = attributeWith(text, rulesWithout(rule), direct);
    expect([credits(without), attributionsOf(without)]).not.toStrictEqual([quotes, attributions]);
  });
});

/** A reported-speech rule's example: its contents (`[words, speaker, lemma]`) with every rule. */
interface ReportedCase {
  rule: string;
  text: string;
  reported: string[][];
}

// Wire-style sentences written for these tests (the examples in the rules' doc comments).
const reportedCases: ReportedCase[] = [
  {
    rule: 'according-content',
    text: 'According to two officials familiar with the talks, the deal is close.',
    reported: [['the deal is close', 'two officials familiar with the talks', 'according to']],
  },
  {
    rule: 'parenthetical',
    text: 'Russia, the minister said Tuesday, expects an answer within days.',
    reported: [['Russia', 'the minister', 'say'], ['expects an answer within days', 'the minister', 'say']],
  },
  {
    rule: 'content-before',
    text: 'The talks failed to produce a deal, officials said.',
    reported: [['The talks failed to produce a deal', 'officials', 'say']],
  },
  {
    rule: 'content-after',
    text: 'NATO Secretary-General Jens Stoltenberg said Tuesday that the alliance and Russia would meet again.',
    reported: [['the alliance and Russia would meet again', 'Jens Stoltenberg', 'say']],
  },
  {
    rule: 'evidence',
    text: 'A new poll shows most voters oppose the plan.',
    reported: [['most voters oppose the plan', 'A new poll', 'show']],
  },
  {
    rule: 'belief',
    text: 'The mayor believes the city can balance its budget.',
    reported: [['the city can balance its budget', 'The mayor', 'believe']],
  },
  {
    rule: 'content-noun',
    text: 'The minister repeated his warning that the ceasefire would not hold.',
    reported: [['the ceasefire would not hold', 'his', 'warning']],
  },
];

describe('reported-speech rules, one by one', () => {
  it('has one case for every source and content rule', () => {
    const names = [...defaultRules.source, ...defaultRules.content].map((rule) => rule.name);
    expect(new Set(reportedCases.map((entry) => entry.rule))).toStrictEqual(new Set(names));
  });

  it.each(reportedCases)('$rule: its example, and what changes without it', ({ rule, text, reported }) => {
    expect(reportedOf(attributeWith(text))).toStrictEqual(reported);
    expect(reportedOf(attributeWith(text, rulesWithout(rule)))).not.toStrictEqual(reported);
  });

  // The other forms of the issue, each with its own sentence (they run through the rules above).
  it.each([
    ['The governor told reporters the budget was balanced.', [['the budget was balanced', 'The governor', 'tell']]],
    ['The senator said of the plan that it would never pass the House.', [['it would never pass the House', 'The senator', 'say']]],
    ['Smith urged Congress to act before the recess.', [['Congress to act before the recess', 'Smith', 'urge']]],
    ['The governor promised to veto the bill.', [['to veto the bill', 'The governor', 'promise']]],
    ['Reporters asked whether the vote would be delayed.', [['whether the vote would be delayed', 'Reporters', 'ask']]],
    ['The deal is close, according to two officials.', [['The deal is close', 'two officials', 'according to']]],
    ['Court records show the company paid no tax last year.', [['the company paid no tax last year', 'Court records', 'show']]],
    ['A report found that the agency had lost track of the money.', [['the agency had lost track of the money', 'A report', 'find']]],
    ['Analysts fear that the bank will raise rates again.', [['the bank will raise rates again', 'Analysts', 'fear']]],
    ['Democrats hope the vote will come before the holiday.', [['the vote will come before the holiday', 'Democrats', 'hope']]],
    ['Smith said the talks had failed, but the ceasefire held.', [['the talks had failed', 'Smith', 'say']]],
    // A source of "according to" runs on to its comma, or to the end of the sentence it closes.
    ['According to early results of an exit poll conducted for the networks, most voters were angry.', [['most voters were angry', 'early results', 'according to']]],
    ['Turnout rose in the suburbs, according to figures kept by the state election board.', [['Turnout rose in the suburbs', 'figures kept', 'according to']]],
    // Quantities as speakers, the way polls and crowds are reported.
    ['About 4 in 10 say they would vote for the measure.', [['they would vote for the measure', 'About 4 in 10', 'say']]],
    ['Many in the crowd said the speech ran too long.', [['the speech ran too long', 'Many in the crowd', 'say']]],
    ['Most believe the economy is getting worse.', [['the economy is getting worse', 'Most', 'believe']]],
    // Intention and stance verbs report what a source wants or backs, switched off with beliefs: false.
    ['The governor wants to cut the sales tax by a point.', [['to cut the sales tax by a point', 'The governor', 'want']]],
    ['The senator seemed to rule out a second term.', [['to rule out a second term', 'The senator', 'seem']]],
    ['The union opposes the new contract.', [['the new contract', 'The union', 'oppose']]],
    // An evidence noun with a modifier before its verb.
    ['A poll conducted for the station last week showed that the mayor had lost ground.', [['the mayor had lost ground', 'A poll', 'show']]],
    ['Footage from the hearing shows the chairman leaving the room.', [['the chairman leaving the room', 'Footage', 'show']]],
    // A clause that opens with an introductory phrase is content; lower-case nouns before a speaker are its words.
    ['About 300 families have been moved to shelters since Monday, county officials said.', [['About 300 families have been moved to shelters since Monday', 'county officials', 'say']]],
    ['In the long run, the change would cost the state money, budget analysts say.', [['In the long run, the change would cost the state money', 'budget analysts', 'say']]],
    // A naming cue whose object is what it reports.
    ['The governor criticized the decision to close the rural clinics.', [['the decision to close the rural clinics', 'The governor', 'criticize']]],
    ['Local leaders called for an independent review of the shooting.', [['an independent review of the shooting', 'Local leaders', 'call for']]],
    // A quote ending in a full stop, then a cue with its own content: two sentences, so the quote stays with the first.
    ['Baker said the inquiry was "ongoing." He said the bureau had not commented on its scope.', [['the inquiry was "ongoing."', 'Baker', 'say'], ['the bureau had not commented on its scope', 'He', 'say']]],

    ['Samorukov says the lack of concessions probably means that "Russia is ready to tolerate a failure."', [['the lack of concessions probably means that "Russia is ready to tolerate a failure."', 'Samorukov', 'say']]],
  ])('%s', (text, reported) => {
    expect(reportedOf(attributeWith(text))).toStrictEqual(reported);
  });

  it('finds no content where none is reported', () => {
    for (const text of ['"We are done," Smith said Tuesday.', 'Smith said in a statement.', 'The team continued its campaign in Ohio.', 'Later, he flew to Ohio.', 'He branded the group a menace.', 'The mayor spoke to the crowd for an hour.', 'The spokesman read a short statement to reporters.', 'On Tuesday, the senator said.']) {
      expect(reportedOf(attributeWith(text))).toStrictEqual([]);
    }
  });
});

describe('inverted: only a finite verb inverts', () => {
  it.each([
    // A participle after a quote shares the speaker of its clause; the words after it are its object, not a speaker.
    ['Mayor Dana Ruiz said the work "should be done by spring," referring to the bridge repairs.', [['should be done by spring,', 'Dana Ruiz', 'say']]],
    ['The governor called the ruling "a setback for every family in this state," telling reporters he would appeal.', [['a setback for every family in this state,', 'The governor', 'call']]],
    ['Okafor said the audit was "long overdue," blaming the previous board.', [['long overdue,', 'Okafor', 'say']]],
    // A finite verb after the quote still inverts.
    ['"We will appeal," said Dana Ruiz, the mayor.', [['We will appeal,', 'Dana Ruiz', 'say']]],
  ])('%s', (text, expected) => {
    expect(credits(attributeWith(text))).toStrictEqual(expected);
  });
});

describe('according-to: a source with its agent', () => {
  it.each([
    ['The budget "cannot pass as written," according to a memo released by the finance committee.', 'a memo released by the finance committee'],
    ['The plant will close in June, according to a statement issued by the company on Friday.', 'a statement issued by the company'],
    ['According to a report published by the state auditor, the agency lost track of 40 vehicles.', 'a report published by the state auditor'],
    // No agent: the phrase is as before.
    ['The vote was delayed, according to two officials.', 'two officials'],
  ])('%s', (text, speaker) => {
    expect(attributionsOf(attributeWith(text)).map((row) => row[1])).toStrictEqual([speaker]);
  });
});

describe('inverted after a clause', () => {
  it.each([
    // A name and its role close the sentence after the cue: the clause before is what they said.
    ['The ruling came after a long fight, said Lena Ortiz, the city attorney.', [['Lena Ortiz', 'the city attorney', 'The ruling came after a long fight']]],
    ['The talks stalled, said Ortiz.', [['Ortiz', undefined, 'The talks stalled']]],
    // A common noun phrase whose noun speaks, after a cue that inverts there.
    ['Fares will rise in May, said the agency.', [['the agency', undefined, 'Fares will rise in May']]],
    ['The county will appeal, said two officials familiar with the case.', [['two officials familiar with the case', undefined, 'The county will appeal']]],
    // After other cues such a phrase is the object, and the subject before the comma speaks.
    ['The commission, which met for a year, blamed the board for the losses.', [['The commission', undefined, 'the board for the losses']]],
    // The medium of a statement is no speaker.
    ['Prices rose 4 percent, the central bank, Bank Negara, said in a statement.', [['Bank Negara', 'the central bank', 'Prices rose 4 percent']]],
    // Not after a cue that tells someone: the name is the one told.
    ['The talks stalled, Ortiz, the spokeswoman, told Reuters.', [['Ortiz', 'the spokeswoman', 'The talks stalled']]],
    // A subject before the cue still speaks.
    ['Ortiz, the city attorney, said the ruling came late.', [['Ortiz', 'the city attorney', 'the ruling came late']]],
  ])('%s', (text, expected) => {
    expect(attributions(attributeWith(text)).map((record) => [record.speaker, record.role, record.text])).toStrictEqual(expected);
  });

});

speakerCases('state media: a noun-like cue form after a nationality is a noun, and news media speak', [
  ['Russian state media reported that the talks had failed.', 'Russian state media'],
  ['Chinese state television said the ferry had sunk.', 'Chinese state television'],
  ['Local media reported the mayor had resigned.', 'Local media'],
  ['The talks failed, state media said.', 'state media'],
]);

speakerContentCases('a legislator: a noun-like cue before a title, a party label in parentheses', [
  // "State" before "Sen." is part of the title, no cue that inverts.
  ['State Sen. Dana Ruiz, a Republican from Ames, said the bill would pass.', [['Sen. Dana Ruiz', 'the bill would pass']]],
  // The name before "(R)" and a role between commas.
  ['Rep. Wendy Nanney (R), a leader of the coalition, suggested that the vote was rigged.', [['Rep. Wendy Nanney', 'the vote was rigged']]],
  // An organisation's acronym in parentheses is no party label.
  ['The chair of the talks on a new Tin Agreement (ITA), Lena Xu of Thailand, said the issues were settled.', [['The chair', 'the issues were settled']]],
]);

speakerContentCases('an act after a modal or "to" (the pack\'s actsAfterModal)', [
  // "will add" and "will continue" name acts: no cue, and the clause is what the closing attribution reports.
  ['The company will add 200 jobs, officials said.', [['officials', 'The company will add 200 jobs']]],
  ['The union will continue its strike, leaders said.', [['leaders', 'The union will continue its strike']]],
  // ... but before what is said they are speech.
  ['He went on to add that the plan would fail.', [['He', 'the plan would fail']]],
]);

speakerContentCases('the plural of a noun of people by what they do (the pack\'s agentPluralEndings)', [
  ['The storm is expected to make landfall Friday, forecasters said.', [['forecasters', 'The storm is expected to make landfall Friday']]],
  ['Shares will rebound next year, investors said.', [['investors', 'Shares will rebound next year']]],
  ['Some backed the plan; others said it was too costly.', [['others', 'it was too costly']]],
]);

speakerContentCases('an infinitive cue bounds no other content', [
  // "to testify" is what she is to do: the clause is what her lawyer said.
  ['Ortiz is scheduled to testify Thursday, her lawyer said.', [['her lawyer', 'Ortiz is scheduled to testify Thursday']]],
  // Alone in its sentence it reports nothing (and the sentence has no list of bounds).
  ['Ortiz is scheduled to testify Thursday.', []],
]);

speakerContentCases('a closing attribution before a participle of speech', [
  // The clause before and the participle's content are both what police said.
  ['Two people were hurt, police said, adding that the driver fled.', [['police', 'Two people were hurt the driver fled']]],
]);

speakerCases('a possessive name of several words', [
  ["North Korea's state media said the launch was a success.", "North Korea's state media"],
  ["The White House's press office said the president would travel.", "The White House's press office"],
  ["Ruiz's lawyer said the case was closed.", "Ruiz's lawyer"],
]);

describe('a legislator with party and state', () => {
  it.each([
    // AP style: the party and state between commas are a role, and their period is no sentence end.
    ['Sen. Dana Ruiz, D-Ore., said the bill would pass.', 'Sen. Dana Ruiz', 'D-Ore.', 'the bill would pass'],
    ['"It failed," said Rep. Dana Ruiz, R-Texas.', 'Rep. Dana Ruiz', 'R-Texas', 'It failed,'],
    // A party and state is no name: the name before it speaks.
    ['Sen. Dana Ruiz, R-Fla., appearing on Fox News after the speech, said the plan failed.', 'Sen. Dana Ruiz', 'R-Fla., appearing on Fox News after the speech', 'the plan failed'],
  ])('%s', (text, speaker, role, content) => {
    expect(attributions(attributeWith(text)).map((record) => [record.speaker, record.role, record.text])).toStrictEqual([[speaker, role, content]]);
  });
});

describe('the end of a content', () => {
  it.each([
    // A relative pronoun whose clause another attribution cut off is no part of it.
    ['Ortiz said Tuesday the city would appeal the ruling, which she called unfair.', 'the city would appeal the ruling'],
    // A lower-case "no." ends the sentence, and the content before it.
    ['Ortiz, a retired teacher from Ames, said she would vote no.', 'she would vote no'],
    // Two words are a content when they are a whole clause, subject and verb.
    ['Ortiz said sales fell.', 'sales fell'],
    ['Ruiz said she agreed.', 'she agreed'],
    // ... not when cut short, nor an infinitive.
    ['Ruiz said she could.', ''],
    ['The board urged to act.', ''],
  ])('%s', (text, content) => {
    expect(attributions(attributeWith(text)).map((record) => record.text)[0]).toBe(content);
  });
});

describe('the one told, by name, and the medium of a statement', () => {
  it.each([
    // After a cue of telling, a name before the content is the one told (the pack's toldCues).
    ['Jones told The Associated Press the vote would be close.', 'the vote would be close'],
    ['Ruiz told CNN it was a mistake.', 'it was a mistake'],
    ['Ruiz told The New York Times on Tuesday that the plan was dead.', 'the plan was dead'],
    ['Ruiz told the AP her group never met him.', 'her group never met him'],
    // ... and closing a sentence, after its cue.
    ['The suspect is in custody, Police Chief Lena Ortiz told reporters Monday.', 'The suspect is in custody'],
    ['The vote was close, she told CNN on Sunday.', 'The vote was close'],
    // Not before an infinitive, whose content holds the one told; not what a telling is about (topicPrepositions).
    ['Ruiz told Congress to act.', 'Congress to act'],
    ['The budget was tight, Ruiz told reporters about the plan.', ''],
    // A pronoun and its verb right after the medium open the content (mediumNouns); not an object pronoun.
    ['Ruiz said in a television interview she was heartened that the bill passed.', 'she was heartened that the bill passed'],
    ['Ruiz told Reuters in an interview it was not true that the talks failed.', 'it was not true that the talks failed'],
    ['Ruiz concluded by making it clear to the judge that the sentence was fair.', 'the sentence was fair'],
  ])('%s', (text, content) => {
    expect(attributions(attributeWith(text)).map((record) => record.text)).toStrictEqual([content]);
  });
});

speakerContentCases('according-to after another attribution of the sentence', [
  // The words before are the first speaker's content, which the source reports; the source keeps no content.
  ['Kim said Sunday that the talks would resume in May, according to state media.', [['Kim', 'the talks would resume in May'], ['state media', '']]],
  ['The talks failed, the envoy said, according to a transcript.', [['the envoy', 'The talks failed'], ['a transcript', '']]],
  // Alone in its sentence, the source reports the words before it.
  ['The talks failed, according to a transcript.', [['a transcript', 'The talks failed']]],
]);

describe('sentence subject after a participial phrase', () => {
  it.each([
    ['Continuing to explain her view, Okafor rejected the idea, saying that if she "found something rotten, I would fix it."', 'Okafor'],
    ['Led by Mayor Dana Ruiz, the crowd denounced the plan as "a betrayal of the valley."', 'the crowd'],
    // A name that ends like a participle is still a name before its verb.
    ['Manning told the crowd that "the season is not over."', 'Manning'],
  ])('%s', (text, speaker) => {
    expect(credits(attributeWith(text)).map((row) => row[1])).toStrictEqual([speaker]);
  });
});

speakerContentCases('a sentence that opens with a capitalised determiner', [
  // A noun that speaks, or an organisation's, after "The" opens the subject a second verb shares.
  ['The agency signed the lease and said the move would save money.', [['The agency', 'the move would save money']]],
  ['The council voted 4-3 and said the fee would rise in July.', [['The council', 'the fee would rise in July']]],
  // The subject ends at an irregular verb, a modal or a time word after its noun.
  ['The company sold the unit and said it would cut 40 jobs.', [['The company', 'it would cut 40 jobs']]],
  ['The county board last week rejected the bid, saying it came in late.', [['The county board', 'it came in late']]],
  // A noun that cannot speak opens no subject.
  ['One key detail emerged Tuesday, suggesting the deal was near.', []],
]);

speakerContentCases('a cue form that is also a noun, after a capitalised determiner', [
  // After "A new" or "The former secretary of", the form is a noun of the subject, and the cue comes later.
  ['A new report by the agency said the river was unsafe.', [['A new report', 'the river was unsafe']]],
  ['The former secretary of state said the plan would fail.', [['The former secretary of state', 'the plan would fail']]],
  ['The strong jobs report cleared the way for a rate rise.', []],
  // A noun that speaks before it is its subject.
  ['The agency reports that the river is unsafe.', [['The agency', 'the river is unsafe']]],
]);

speakerContentCases('evidence and belief', [
  // A modifier between commas after the evidence noun.
  ['The report, released Tuesday, found that most schools were underfunded.', [['The report', 'most schools were underfunded']]],
  // Before an attribution that closes the sentence, a belief or evidence is part of what it reports.
  ['Results showed the company was strong, analysts said.', [['analysts', 'Results showed the company was strong']]],
  ['The mayor believes the plan will work, aides said on Tuesday.', [['aides', 'The mayor believes the plan will work']]],
  ['The mayor believes the plan will work.', [['The mayor', 'the plan will work']]],
]);

describe('a preposed title with an organisation after a descriptive word', () => {
  it.each([
    ['"It is a felony to lie to an agent," former FBI agent Dana Gill said.', [['It is a felony to lie to an agent,', 'Dana Gill', 'say']], 'former FBI agent'],
    ['"The launch slipped twice," retired NASA engineer Lena Ortiz said.', [['The launch slipped twice,', 'Lena Ortiz', 'say']], 'retired NASA engineer'],
  ])('%s', (text, expected, role) => {
    const article = attributeWith(text);
    expect(credits(article)).toStrictEqual(expected);
    expect(attributions(article).map((record) => record.role)).toStrictEqual([role]);
  });
});

describe('roles', () => {
  it.each([
    // A lower-case honorific is a title word, not part of the name.
    ['Former first lady Laura Bush said the library "belongs to everyone."', 'Laura Bush', 'Former first lady'],
    ['"It belongs to everyone," said Lady Thatcher.', 'Lady Thatcher', undefined],
    // A phrase between commas that opens with a preposition says when or how, not who: no role.
    ['Okafor, in an interview on Friday, called the plan "a disaster."', 'Okafor', undefined],
    ['Okafor, the county treasurer, called the plan "a disaster."', 'Okafor', 'the county treasurer'],
    // ... but where the speaker is from is a role; "of course" is not.
    ['Okafor, of Ames, called the plan "a disaster."', 'Okafor', 'of Ames'],
    ['Okafor, of course, called the plan "a disaster."', 'Okafor', undefined],
    // A possessive description before the name: the name speaks.
    ["Iran's foreign ministry spokesman, Dana Ruiz, called the plan \"a disaster.\"", 'Dana Ruiz', "Iran's foreign ministry spokesman"],
    // A participle with its phrase says when or how, not who.
    ['Okafor, speaking at a news conference, called the plan "a disaster."', 'Okafor', undefined],
    ['Okafor, asked about the vote, called the plan "a disaster."', 'Okafor', undefined],
    // A role may hold an ampersand.
    ['"It is a disaster," said Dana Lee, an analyst at Baird & Co.', 'Dana Lee', 'an analyst at Baird & Co.'],
  ])('%s', (text, speaker, role) => {
    expect(attributions(attributeWith(text)).map((record) => [record.speaker, record.role])).toStrictEqual([[speaker, role]]);
  });
});

describe('a person noun with the phrase of whom it speaks for', () => {
  it.each([
    // The noun speaks; the phrase after its preposition is a second role.
    ['A spokesman for the airline said flights would resume Thursday.', 'A spokesman', 'for the airline', 'flights would resume Thursday'],
    ['"Flights will resume Thursday," a spokesman for the airline said.', 'a spokesman', 'for the airline', 'Flights will resume Thursday,'],
    ['Members of the county board said the vote was delayed.', 'Members', 'of the county board', 'the vote was delayed'],
    ['The head of the agency told reporters the review was complete.', 'The head', 'of the agency', 'the review was complete'],
    ['Critics of the plan say it will raise rents.', 'Critics', 'of the plan', 'it will raise rents'],
    // A name after the preposition.
    ['A spokeswoman for Ortiz said she was unavailable.', 'A spokeswoman', 'for Ortiz', 'she was unavailable'],
    ['An aide to Gov. Dana Ruiz said the governor was traveling.', 'An aide', 'to Gov. Dana Ruiz', 'the governor was traveling'],
    // ... but not an example of them: the one named is among them.
    ['Critics like Ortiz say the plan costs too much.', 'Ortiz', undefined, 'the plan costs too much'],
    // A chain of phrases.
    ['A lawyer for the family of the victim said the case would go to trial.', 'A lawyer', 'for the family of the victim', 'the case would go to trial'],
    ['A person familiar with the plans for the merger said talks would resume.', 'A person', 'familiar with the plans for the merger', 'talks would resume'],
    // An unnamed source, with how they know (the pack's sourceModifiers).
    ['A person familiar with the matter said the deal could be announced Monday.', 'A person', 'familiar with the matter', 'the deal could be announced Monday'],
    ['Two people briefed on the plan said it would be delayed.', 'Two people', 'briefed on the plan', 'it would be delayed'],
    ['Officials with direct knowledge of the talks said the deal was close.', 'Officials', 'with direct knowledge of the talks', 'the deal was close'],
    ['The deal is close, people familiar with the talks said.', 'people', 'familiar with the talks', 'The deal is close'],
    // A noun in -ly is no adverb between the subject and its cue.
    ['A lawyer for the family said the settlement was fair.', 'A lawyer', 'for the family', 'the settlement was fair'],
    ['The state assembly said it would vote on Friday.', 'The state assembly', undefined, 'it would vote on Friday'],
    // Not whom it speaks for: a phrase of time; a noun phrase inside a content, with its verb.
    ['Analysts at the time criticized the merger as rushed.', 'Analysts', undefined, 'the merger as rushed'],
    ["He said members of the court shouldn't weigh in on elections.", 'He', undefined, "members of the court shouldn't weigh in on elections"],
    // A description, then the name between commas: the name speaks, the description is its role.
    ['Another delegate on the county slate, Dana Ruiz, said she was undecided.', 'Dana Ruiz', 'Another delegate on the county slate', 'she was undecided'],
    ['Chairman of the county board, Lena Ortiz, urged the council to act.', 'Lena Ortiz', 'Chairman of the county board', 'the council to act'],
    // One connective between the commas is said of the saying, no role.
    ['Supporters of the measure, however, say it will pass.', 'Supporters', 'of the measure', 'it will pass'],
    ['Okafor, meanwhile, said the vote was close.', 'Okafor', undefined, 'the vote was close'],
  ])('%s', (text, speaker, role, content) => {
    expect(attributions(attributeWith(text)).map((record) => [record.speaker, record.role, record.text])).toStrictEqual([[speaker, role, content]]);
  });

  it('walks a chain of phrases back to the start of the sentence and stops there', () => {
    // The chain reaches the first word, with no person noun before it: no speaker, and no read before the text.
    expect(attributions(attributeWith('The plans for the park say it costs too much.'))).toStrictEqual([]);
  });

  it('ends the phrase at a noun, not a number or a preposition: in "in all 50 states said", "states" is no cue', () => {
    for (const text of ['Officials in all 50 states said the count was fair.', 'Officials in a number of states said the count was fair.']) {
      expect(attributions(attributeWith(text)).map((record) => [record.speaker, record.cue, record.text])).toStrictEqual([['Officials', 'said', 'the count was fair']]);
    }
  });
});

speakerCases('a time phrase between the subject and its cue', [
  ['The ministry less than two weeks ago said that the border "is closed."', 'The ministry'],
  ['The ministry last week said that the border "is closed."', 'The ministry'],
  ['The ministry on Tuesday said that the border "is closed."', 'The ministry'],
  ['Okafor earlier this month told reporters that "nothing has changed."', 'Okafor'],
  // Not a time phrase: a name, a noun's modifier.
  ['Voters going to the polls on Super Tuesday said they back the plan.', 'Voters'],
]);

speakerCases('a sentence that opens with a preposition', [
  ['Amid calls for his resignation, Mayor Dana Ruiz gave a short speech, saying he would "stay and fight."', 'Dana Ruiz'],
  ['Amid the protests, the governor spoke briefly, saying the plan "will go ahead."', 'the governor'],
]);

describe('content after a phrase of place, time or medium', () => {
  it.each([
    // The noun of the medium ("in a statement") is no source of its own.
    ['Okafor said in a statement that the plan was dead.', [['the plan was dead', 'Okafor', 'say']]],
    ['Okafor wrote in a letter to the board that the plan was dead.', [['the plan was dead', 'Okafor', 'write']]],
    ['Okafor told reporters at the Capitol on Monday that the plan was dead.', [['the plan was dead', 'Okafor', 'tell']]],
    // A show's name in that phrase is a title, not a quote.
    ['Okafor said on WNYC\'s "Morning Edition," that the plan was dead.', [['the plan was dead', 'Okafor', 'say']]],
    // A noun phrase or an infinitive before `that` keeps `that` a relative pronoun.
    ['Okafor hopes to make a statement in a race that will end the primaries.', [['to make a statement in a race that will end the primaries', 'Okafor', 'hope']]],
  ])('%s', (text, reported) => {
    expect(reportedOf(attributeWith(text))).toStrictEqual(reported);
  });

  it('leaves a show named after a possessive to no one', () => {
    expect(credits(attributeWith('Okafor said on WNYC\'s "Morning Edition," that the plan was dead.'))).toStrictEqual([['Morning Edition,', '-', '-']]);
  });
});

describe('a noun phrase before that', () => {
  it.each([
    // After a cue that tells no one, `that` after a noun phrase relates to it: the content is the noun phrase on.
    ['Okafor said the plan that the board passed was dead.', [['the plan that the board passed was dead', 'Okafor', 'say']]],
    // After one that tells someone, the noun phrase is the one told.
    ['Okafor told the committee that the plan was dead.', [['the plan was dead', 'Okafor', 'tell']]],
  ])('%s', (text, reported) => {
    expect(reportedOf(attributeWith(text))).toStrictEqual(reported);
  });
});

describe('a noun-like cue that is a noun', () => {
  it.each([
    // Before a title it modifies the title; after determiners and quantities alone it is their noun.
    ['The new supporters include state Rep. Dana Hoover, the top Republican in the House.', []],
    ['A few states have yet to be called.', []],
    ['Some emails were never turned over.', []],
    // Still a cue: a subject before it, or an object after it.
    ['The report states that the plan "failed."', [['The report', 'state']]],
    ['The agency estimates Mr. Okafor\'s fortune at $2 billion.', [['The agency', 'estimate']]],
  ])('%s', (text, expected) => {
    expect(attributions(attributeWith(text)).map((record) => [record.speaker, record.lemma])).toStrictEqual(expected);
  });
});

describe('a name given after a noun', () => {
  it.each([
    ['Barden now helps lead a program called Sandy Hook Promise.', []],
    ['A warm-up band called Sophistafunk got the crowd dancing.', []],
    // Speech stays speech: a speaker before the cue, or no name after it.
    ['The mayor called the plan "a disaster."', [['The mayor', 'call']]],
    ['One lawmaker called Okafor "the orange prince."', [['One lawmaker', 'call']]],
  ])('%s', (text, expected) => {
    expect(attributions(attributeWith(text)).map((record) => [record.speaker, record.lemma])).toStrictEqual(expected);
  });
});

describe('to after a participle', () => {
  it('is a preposition before a noun phrase, an infinitive before a verb', () => {
    expect(reportedOf(attributeWith('Okafor won the county, adding to her victories in the South.'))).toStrictEqual([]);
    expect(reportedOf(attributeWith('Okafor spoke for an hour, promising to cut taxes.'))).toStrictEqual([['to cut taxes', 'Okafor', 'promise']]);
  });
});

describe('a cue in a relative clause', () => {
  it.each([
    // The pronoun is the speaker node; it resolves to the noun phrase before the comma.
    ['The deal drew fire from Okafor, who called it "a disaster."', [['direct', 'who', 'Okafor', 'called', 'a disaster.']]],
    ['Okafor, who called the deal "a disaster," spoke first.', [['mixed', 'who', 'Okafor', 'called', 'the deal "a disaster,"']]],
    ['The inquiry is led by Attorney General Dana Lynch, who told Congress last month: "We will follow the facts."', [['direct', 'who', 'Dana Lynch', 'told', 'We will follow the facts.']]],
    ['Compare that with Ruiz, who has called the pact "a giveaway," and Okafor, who says it is "a disaster."', [['mixed', 'who', 'Ruiz', 'called', 'the pact "a giveaway,"'], ['mixed', 'who', 'Okafor', 'says', 'it is "a disaster."']]],
    ['The count was disputed by the union, which said in a letter that the tally was wrong.', [['indirect', 'which', 'the union', 'said', 'the tally was wrong']]],
    ['The plan was backed by the governor, who has long argued that taxes are too high.', [['indirect', 'who', 'the governor', 'argued', 'taxes are too high']]],
    ['The bill came from Sen. Ann Miller, D-Ohio, who also said it would pass.', [['indirect', 'who', 'Ann Miller', 'said', 'it would pass']]],
    // The who-clause is not the subject of `said`; its verb is no cue: nothing from it.
    ['"We will not stop," said officials, who declined to give their names.', [['direct', 'officials', undefined, 'said', 'We will not stop,']]],
    ['Okafor, who lives in Ohio, said the plan would fail.', [['indirect', 'Okafor', 'Okafor', 'said', 'the plan would fail']]],
    // A request for anonymity reports nothing (before, "to be named" became part of the quote's record).
    ['"We will not stop," said officials, who asked not to be named.', [['direct', 'officials', undefined, 'said', 'We will not stop,'], ['indirect', 'who', 'officials', 'asked', '']]],
    // A relative clause before its main clause's own cue stays inside that attribution.
    ['Okafor, who says the county should act, told reporters that the plan "will not work."', [['mixed', 'Okafor', 'Okafor', 'told', 'the plan "will not work."']]],
    // A quote after the relative clause's closing comma is the main clause's; an object cue tells what was done.
    ['The mill, which reported record profits, would see "a hard year," Okafor said.', [['direct', 'Okafor', 'Okafor', 'said', 'a hard year,']]],
    // `which` never stands for a person; the words before a relative clause's comma are not what it says.
    ['The mayor met Dana Ruiz, which surprised aides.', []],
    ['The deal was blocked by Okafor, who objected.', [['indirect', 'who', 'Okafor', 'objected', '']]],
    // A relative clause between commas is no parenthetical attribution: the words before it are not its content.
    ['Relations between the city and the union chief, who says the deal is dead, are at a low.', [['indirect', 'who', 'the union chief', 'says', 'the deal is dead']]],
  ])('%s', (text, expected) => {
    expect(attributions(attributeWith(text)).map((record) => [record.kind, record.speaker, record.resolved, record.cue, record.text])).toStrictEqual(expected);
  });

  it('gives nothing without the rule', () => {
    const text = 'The deal drew fire from Okafor, who called it "a disaster."';
    expect(attributions(attributeWith(text, rulesWithout('relative-subject')))).toStrictEqual([]);
  });
});

describe('inverted: a pronoun after the cue', () => {
  it.each([
    // With its clause after it, the pronoun is that clause's subject, not an inverted speaker.
    ['The producer of "The Night Desk," said it filed suit on Monday.', [['The Night Desk,', '-', '-']]],
    // Alone, or before a time or place, it is the speaker.
    ['"We are done," said he.', [['We are done,', 'he', 'say']]],
    ['"We are done," said she on Tuesday.', [['We are done,', 'she', 'say']]],
  ])('%s', (text, expected) => {
    expect(credits(attributeWith(text))).toStrictEqual(expected);
  });
});
