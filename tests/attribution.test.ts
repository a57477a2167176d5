import { describe, expect, it } from 'vitest';
import { isAttribution, isQuotation, parseArticle, speakers, toString, type Article, type Attribution, type Cue, type Quotation, type Role, type Speaker } from '../src/index.js';
import { english, englishPack, extendCues } from '../src/language/index.js';
import { isTitle, wordCount } from '../src/attribution/content.js';
import { Resolver } from '../src/attribution/resolve.js';
import { isOrganisation } from '../src/attribution/names.js';
import { scanText } from '../src/words/scan.js';
import type { Token } from '../src/words/token.js';
import { parse } from './helpers/parse.js';

/** The attribution of the n-th top-level quotation, as plain strings. */
function credit(tree: Article, n = 0): { speaker?: string; resolved?: string; pronoun?: boolean; role?: string; cue?: string; lemma?: string } | undefined {
  const quotations: Quotation[] = [];
  const attributions = new Map<string, Attribution>();
  for (const block of tree.children) {
    if (block.type !== 'paragraph') continue;
    for (const child of block.children) {
      if (isQuotation(child)) quotations.push(child);
      if (isAttribution(child)) attributions.set(child.id, child);
      // A mixed quote's quotation sits inside its reported speech.
      if (child.type === 'reportedSpeech') for (const part of child.children) if (isQuotation(part)) quotations.push(part);
    }
  }
  const id = quotations[n]?.attribution;
  const attribution = id === undefined ? undefined : attributions.get(id);
  if (!attribution) return undefined;
  const speaker = attribution.children.find((c): c is Speaker => c.type === 'speaker');
  const role = attribution.children.find((c): c is Role => c.type === 'role');
  const cue = attribution.children.find((c): c is Cue => c.type === 'cue');
  return {
    ...(speaker ? { speaker: toString(speaker), pronoun: speaker.pronoun, ...(speaker.resolved ? { resolved: speaker.resolved } : {}) } : {}),
    ...(role ? { role: toString(role) } : {}),
    ...(cue ? { cue: toString(cue), lemma: cue.lemma } : {}),
  };
}

function attributionsOf(tree: Article): Attribution[] {
  return tree.children.flatMap((block) => (block.type === 'paragraph' ? block.children.filter(isAttribution) : []));
}

describe('attribution layouts', () => {
  it('after the quote, with an appositive role', () => {
    expect(credit(parse('"We stay," Ana Ruiz, the Spanish envoy, said Monday.'))).toStrictEqual({
      speaker: 'Ana Ruiz', pronoun: false, resolved: 'Ana Ruiz', role: 'the Spanish envoy', cue: 'said', lemma: 'say',
    });
  });

  it('a title before the name and a description after it are two roles', () => {
    const tree = parse('"Order matters," House Speaker Ann Ruiz, the convention chair, told delegates.');
    const [attribution] = attributionsOf(tree);
    expect(attribution?.children.filter((c) => c.type === 'role').map((c) => toString(c))).toStrictEqual(['House Speaker', 'the convention chair']);
    expect(credit(parse('"Ready!" US Senator Jeff Sessions said.'))).toMatchObject({ speaker: 'Jeff Sessions', role: 'US Senator' });
  });

  it('a given name that ends like a nationality word is part of the name; a nationality before a title is part of the role', () => {
    expect(credit(parse('"We held the line," Brian Castell said.'))).toMatchObject({ speaker: 'Brian Castell' });
    expect(credit(parse('"It is done," Adrian T. Booker said Friday.'))).toMatchObject({ speaker: 'Adrian T. Booker' });
    expect(credit(parse('"No more delays," said Gillian Marsh, the county clerk.'))).toMatchObject({ speaker: 'Gillian Marsh', role: 'the county clerk' });
    expect(credit(parse('"We will respond," Estonian Defense Minister Hanno Pevkur said.'))).toMatchObject({ speaker: 'Hanno Pevkur', role: 'Estonian Defense Minister' });
    expect(credit(parse('"Talks go on," Chinese envoy Li Wen said.'))).toMatchObject({ speaker: 'Li Wen', role: 'Chinese envoy' });
  });

  it('takes the organisation before a lower-case title into the role: an acronym, or capitalised words after the quote', () => {
    expect(credit(parse('"The storm turns north tonight," NWS forecaster Lena Ortiz said.'))).toMatchObject({ speaker: 'Lena Ortiz', role: 'NWS forecaster' });
    expect(credit(parse('"It is a fair deal," Teamsters Local 120 president Dana Ruiz said.'))).toMatchObject({ speaker: 'Dana Ruiz', role: 'Teamsters Local 120 president' });
    // At a sentence start, capitalised words without an acronym may be any sentence's opening words: not a role.
    expect(credit(parse('The vote was close. "We won," More voters said.'))).not.toMatchObject({ role: 'More voters' });
  });

  it('credits a named person, not the organisation after "with" or "of" that follows the name', () => {
    const tree = parse('"Traffic is backed up for miles," Deputy Chief Ana Okafor with the state highway patrol said.');
    expect(credit(tree)).toMatchObject({ speaker: 'Ana Okafor', role: 'Deputy Chief' });
    const roles = tree.children.flatMap((block) => ('children' in block ? block.children : [])).filter(isAttribution)[0]!.children.filter((child) => child.type === 'role');
    expect(roles.map((role) => toString(role))).toStrictEqual(['Deputy Chief', 'with the state highway patrol']);
    expect(credit(parse('"Rain by noon," Tom Price of the weather service said.'))).toMatchObject({ speaker: 'Tom Price', role: 'of the weather service' });
  });

  it('credits the subject of a passive report: quoted as saying, reported to have said, heard saying', () => {
    expect(credit(parse('"Nothing has changed," Lee was quoted as saying.'))).toMatchObject({ speaker: 'Lee', cue: 'saying', lemma: 'say' });
    expect(credit(parse('"It is over," Gov. Ann Lee is reported to have said.'))).toMatchObject({ speaker: 'Gov. Ann Lee', cue: 'said' });
    expect(credit(parse('"We are fine," Ruth Adler has been quoted as saying.'))).toMatchObject({ speaker: 'Ruth Adler' });
    expect(credit(parse('Lee was heard saying, "This is over."'))).toMatchObject({ speaker: 'Lee' });
  });

  it('keeps name particles inside the name, before or after the cue, and at its start', () => {
    expect(credit(parse('"We are ready," Pieter van Dalen said.'))).toMatchObject({ speaker: 'Pieter van Dalen' });
    expect(credit(parse('"We are ready," said van Dalen.'))).toMatchObject({ speaker: 'van Dalen' });
    expect(credit(parse('"The door is open," said Ursula von der Leyen, the commission president.'))).toMatchObject({ speaker: 'Ursula von der Leyen', role: 'the commission president' });
    expect(credit(parse('"We will see," Finance Minister Barend du Plessis said.'))).toMatchObject({ speaker: 'Barend du Plessis', role: 'Finance Minister' });
    // A lower-case word that is no particle is still a title: `said election lawyer Joe Birkenstock`.
    expect(credit(parse('"It holds," said election lawyer Joe Birkenstock.'))).toMatchObject({ speaker: 'Joe Birkenstock', role: 'election lawyer' });
  });

  it('credits no scare quote to a participle of action, no comparison, no object of a preposition; keeps a coordination whole', () => {
    // acted-on: what the participle acts on; a participle of speech still credits ("asking for a ... wing").
    expect(credit(parse('Ray Dunn, 19, was detained by deputies reacting to a "shots fired" report.'))).toBeUndefined();
    expect(credit(parse('The group released a site asking for a "wall of shame" wing.'))).toMatchObject({ speaker: 'The group', lemma: 'ask' });
    // A past form after a word of comparison is an adjective.
    expect(attributionsOf(parse('Sales in both stores came in slightly above predicted "holiday" levels.'))).toHaveLength(0);
    expect(attributionsOf(parse('Costs ran higher than expected, the mayor said.'))).toHaveLength(1);
    // A name after a preposition that follows a noun of no speaker is its object; after a speaker noun it stays.
    expect(credit(parse('Returns in the Ninth Precinct could reveal "a late swing," she said.'))).toMatchObject({ speaker: 'she' });
    expect(attributionsOf(parse('Returns in the Ninth Precinct could reveal a late swing.'))).toHaveLength(0);
    const speakerOf = (node: Attribution): string => toString(node.children.find((child) => child.type === 'speaker')!);
    expect(attributionsOf(parse('A spokesman for the Ninth Ward Party said the count was fair.')).map(speakerOf)).toStrictEqual(['the Ninth Ward Party']);
    // Coordinated nouns, one of which speaks on its own.
    expect(credit(parse('"Save the library," parents, teachers and neighbours said in a petition.'))).toMatchObject({ speaker: 'parents, teachers and neighbours' });
    expect(credit(parse('"Keep it open," students and parents told the board.'))).toMatchObject({ speaker: 'students and parents', lemma: 'tell' });
    // ... and after an inverted cue, when the coordination closes the clause.
    expect(credit(parse('"Save the library," said parents, teachers and neighbours.'))).toMatchObject({ speaker: 'parents, teachers and neighbours' });
    expect(credit(parse('"Keep it open," said students and parents on Tuesday.'))).toMatchObject({ speaker: 'students and parents' });
    expect(credit(parse('"Keep it open," said officials, who asked not to be named.'))).toMatchObject({ speaker: 'officials' });
    // The last conjunct may be a noun with its modifier, after the cue or before it.
    expect(credit(parse('"The water reaches the doors," said residents and business owners.'))).toMatchObject({ speaker: 'residents and business owners' });
    expect(credit(parse('"The water reaches the doors," said residents and local officials on Tuesday.'))).toMatchObject({ speaker: 'residents and local officials' });
    expect(credit(parse('"The water reaches the doors," residents and business owners said.'))).toMatchObject({ speaker: 'residents and business owners' });
    // ... but a verb after "and" is no conjunct.
    expect(credit(parse('"It floods," said residents and then left.'))).toMatchObject({ speaker: 'residents' });
  });

  it('takes a capitalised run that ends in an acronym for an organisation, unless it ends in a suffix', () => {
    const words = (text: string) => {
      const tokens: Token[] = [];
      scanText(english, text, 0, tokens);
      return tokens;
    };
    for (const [text, organisation] of [['Antigonish RCMP', true], ['Priorities USA', true], ['NATO', true], ['John Smith III', false], ['Jane Doe', false]] as const) {
      const tokens = words(text);
      expect(isOrganisation(english, tokens, 0, tokens.length), text).toBe(organisation);
    }
  });

  it('inverted, with the role after the name', () => {
    expect(credit(parse('"We stay," said Ana Ruiz, the Spanish envoy.'))).toMatchObject({ speaker: 'Ana Ruiz', role: 'the Spanish envoy', lemma: 'say' });
  });

  it('before the quote, after a colon or a comma', () => {
    expect(credit(parse('Ruiz told reporters: "We stay."'))).toMatchObject({ speaker: 'Ruiz', cue: 'told', lemma: 'tell' });
    expect(credit(parse('Ruiz said, "We stay."'))).toMatchObject({ speaker: 'Ruiz', cue: 'said' });
  });

  it('split quotes share one attribution', () => {
    const tree = parse('"First," she said, "we count the votes."');
    expect(credit(tree, 0)).toMatchObject({ speaker: 'she', pronoun: true });
    expect(attributionsOf(tree)[0]?.quotations).toStrictEqual(['q1', 'q2']);
  });

  it('mid-sentence attributions credit the partial quote after them', () => {
    expect(credit(parse('The goal, Ruiz said, is to "finish the bridge by May."'))).toMatchObject({ speaker: 'Ruiz', lemma: 'say' });
  });

  it('partial quotes in reported speech and after naming verbs', () => {
    expect(credit(parse('Ruiz says the data suggest that "the worst is over."'))).toMatchObject({ speaker: 'Ruiz', lemma: 'say' });
    expect(credit(parse('He branded the plan "a road to nowhere."'))).toMatchObject({ speaker: 'He', lemma: 'brand' });
  });

  it('according to, and preposed titles as roles', () => {
    expect(credit(parse('"No deal," according to the union.'))).toMatchObject({ speaker: 'the union', cue: 'according to', lemma: 'according to' });
    expect(credit(parse('"No deal," Labor Minister Eva Lind informed the press.'))).toMatchObject({ speaker: 'Eva Lind', role: 'Labor Minister', lemma: 'inform' });
  });

  it('an honorific opens the name after an inverted cue (newspaper style: Mr., Ms., Mrs.)', () => {
    expect(credit(parse('"Sales are up a little," said Mr. Okoro.'))).toMatchObject({ speaker: 'Mr. Okoro', lemma: 'say' });
    expect(credit(parse("''We need more time,'' said Ms. Vance, the union's lawyer."))).toMatchObject({ speaker: 'Ms. Vance', lemma: 'say' });
    expect(credit(parse('"It was a long night," said Mrs. Dale on Tuesday.'))).toMatchObject({ speaker: 'Mrs. Dale', lemma: 'say' });
  });

  it('a verb the lexicon does not know, between a quote and a name', () => {
    expect(credit(parse('"Not again," Ruiz groused.'))).toMatchObject({ speaker: 'Ruiz', cue: 'groused', lemma: 'grouse' });
    expect(credit(parse('"Not again," groused Ruiz.'))).toMatchObject({ speaker: 'Ruiz', cue: 'groused' });
  });

  it('floating quotes belong to the quote before; running quote pieces share', () => {
    const tree = parse('"We are done," Ruiz said. "It is over.\n\n"Nothing is left."\n\n"Go home."');
    const [attribution] = attributionsOf(tree);
    expect(attribution?.quotations).toStrictEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('a participle that introduces the quote is its cue, with the speaker of the clause before', () => {
    expect(credit(parse('Ruiz met reporters on Tuesday and spoke briefly, adding that "the talks are over."'))).toMatchObject({ speaker: 'Ruiz', cue: 'adding', lemma: 'add' });
    const tree = parse('"We are done," Ruiz said, adding: "It is over."');
    expect(credit(tree, 1)).toMatchObject({ speaker: 'Ruiz', cue: 'said' });
  });

  it('a colon introduces a quote, in the sentence or opening the next paragraph', () => {
    expect(credit(parse('Pollster Dana Reyes: "The race is tied."'))).toMatchObject({ speaker: 'Dana Reyes', role: 'Pollster', cue: ':', lemma: ':' });
    const tree = parse('Reyes then turned to the crowd:\n\n"Vote early."');
    expect(credit(tree)).toMatchObject({ speaker: 'Reyes', cue: ':' });
  });

  it('reported speech without marks is indirect and feeds pronouns', () => {
    const tree = parse('Chief negotiator Ola Brandt said talks would resume.\n"We are close," he told reporters.');
    const [indirect, direct] = attributionsOf(tree);
    expect(indirect).toMatchObject({ form: 'indirect', quotations: [] });
    expect(direct).toMatchObject({ form: 'direct', quotations: ['q1'] });
    expect(credit(tree)).toMatchObject({ speaker: 'he', pronoun: true, resolved: 'Ola Brandt', lemma: 'tell' });
  });

  it('a cue verb with a reflexive object is not speech', () => {
    expect(attributionsOf(parse('Follow the money, and the story tells itself.'))).toHaveLength(0);
    const [only] = attributionsOf(parse('"Keep going," she told herself, and the coach said nothing.'));
    expect(only && toString(only)).toBe('the coach said');
  });
});

describe('speakers and resolution', () => {
  it('resolves short names to the fullest earlier name', () => {
    const tree = parse('Deputy Secretary Nora Whitfield spoke first.\n"We agree," Whitfield said.');
    expect(credit(tree)).toMatchObject({ speaker: 'Whitfield', resolved: 'Nora Whitfield' });
  });

  it('never resolves a full name to another full name of the same surname; the surname alone is the first of them', () => {
    const text = [
      'Fire Chief Daniel Roth said the blaze was out by noon.',
      '"Nobody was hurt," Mara Roth, his sister, said.',
      '"We got lucky," Roth said.',
      '"I saw it all," D. Roth said.',
      '"It was close," Marine Le Pen said.',
      '"Very close," Le Pen added.',
    ].join('\n\n');
    const tree = parse(text);
    expect([0, 1, 2, 3, 4].map((n) => credit(tree, n)?.resolved)).toStrictEqual(['Mara Roth', 'Daniel Roth', 'Daniel Roth', 'Marine Le Pen', 'Marine Le Pen']);
    const people = speakers(tree).map((person) => [person.name, person.names]);
    expect(people).toStrictEqual([
      ['Daniel Roth', ['Daniel Roth', 'Roth', 'D. Roth']],
      ['Mara Roth', ['Mara Roth']],
      ['Marine Le Pen', ['Marine Le Pen', 'Le Pen']],
    ]);
  });

  it('resolves a first name alone to the person last named in full with it, unless it is someone\'s surname', () => {
    const tree = parse('Chris Anderson opened the store in 2010.\n\n"It was a gamble," Chris said.\n\n"Then it paid off," said Premier Li Wen.\n\n"Slowly," Mr. Li added.');
    expect([0, 1, 2].map((n) => credit(tree, n)?.resolved)).toStrictEqual(['Chris Anderson', 'Li Wen', 'Li Wen']);
    const surname = parse('Pat Morgan spoke first.\n\n"No," Morgan Lee said.\n\n"Yes," Morgan said.');
    expect(credit(surname, 1)?.resolved).toBe('Pat Morgan');
  });

  it('never takes a headline or a furniture line left in the story, or a common word that opens a sentence, for a person', () => {
    // A line of its own without closing punctuation, in a paragraph whose other lines end their sentences.
    const headline = parse('Councillor Dana Price spoke at the vigil.\n\nTeen charged in Elm Street fire\n\n"The street is still in shock," she said.', { layout: 'blank' });
    expect(credit(headline)).toMatchObject({ speaker: 'she', resolved: 'Dana Price' });
    const furniture = parse('Councillor Dana Price spoke at the vigil.\nStory continues below\n"The street is still in shock," she said.', { layout: 'blank' });
    expect(credit(furniture)).toMatchObject({ speaker: 'she', resolved: 'Dana Price' });
    // A hard-wrapped sentence whose short line ends without punctuation is no headline.
    const wrapped = parse('The vigil drew 300 people. Councillor Dana Price said she had never\nseen the street so full.\nMaria Lopez added that\nthe fire hall "stayed open all night," she said.', { layout: 'blank' });
    expect(credit(wrapped)).toMatchObject({ speaker: 'she', resolved: 'Maria Lopez' });
    // "Hospitality" writes "hospitality" nearby and is never capitalised inside a sentence: a common word.
    const common = parse('Councillor Dana Price thanked the hospitality workers. Hospitality reported a quiet week.\n\n"We owe them," she said.', { layout: 'blank' });
    expect(credit(common)).toMatchObject({ speaker: 'she', resolved: 'Dana Price' });
    const name = parse('Councillor Dana Price met Mr. Ostrow, whose ostrow-brand signs line the street. Ostrow reported a quiet week.\n\n"We owe them," he said.', { layout: 'blank' });
    expect(credit(name)).toMatchObject({ speaker: 'he', resolved: 'Ostrow' });
  });

  it('takes a name after an introductory phrase that opens the sentence, before its verb, as a pronoun\'s candidate', () => {
    const tree = parse('Mr. Ed Wiley spoke first.\n\nOn Tuesday, Senator Ruth Adler toured the mill. She said, "It can run again."', { layout: 'blank' });
    expect(credit(tree)).toMatchObject({ speaker: 'She', resolved: 'Ruth Adler' });
    // A name that goes on with a title is no subject: "On Monday, Clinton campaign manager ..." is not about Clinton.
    const title = parse('Mr. Ed Wiley and Sen. Ruth Adler met.\n\nOn Monday, Adler campaign manager Joan Ames booked the hall.\n\n"It holds," he said.', { layout: 'blank' });
    expect(credit(title)).toMatchObject({ speaker: 'he', resolved: 'Ed Wiley' });
    expect(credit(parse('Ruth Adler spoke.\n\nAfter the vote, Mr. Ed Wiley left early.\n\n"We lost," she said.', { layout: 'blank' }))).toMatchObject({ resolved: 'Ruth Adler' });
  });

  it('resolves a definite role to the person last given it, with every word of it', () => {
    const tree = parse('Mayor Karen Holt cut the ribbon.\n\n"We waited years," the mayor said.\n\n"Not me," said Tom Baird, the city\'s former mayor.\n\n"Nor me," the former mayor added.\n\n"Good," the new mayor said.', { layout: 'blank' });
    expect([0, 1, 2, 3].map((n) => credit(tree, n)?.resolved)).toStrictEqual(['Karen Holt', 'Tom Baird', 'Tom Baird', undefined]);
    const resolver = new Resolver(english);
    const person = resolver.mention('Karen Holt', false)!;
    resolver.giveRole(person, ['u.s.', 'ambassador', 'to', 'nato']);
    expect(resolver.resolveRole(['the', 'ambassador'])).toBe('Karen Holt');
    expect(resolver.resolveRole(['an', 'ambassador'])).toBeUndefined();
    expect(resolver.resolveRole(['the', 'russian', 'ambassador'])).toBeUndefined();
    expect(resolver.resolvePronoun('she')).toBe('Karen Holt');
  });

  it('resolves a role to the person an abbreviated title was given ("Gov." is "the governor")', () => {
    const tree = parse('Gov. Dana Whitfield signed the bill on Monday.\n\n"It is done," the governor said.\n\n"Not yet," Sen. Tom Ochs said.\n\n"We will see," the senator added.', { layout: 'blank' });
    expect([0, 1, 2].map((n) => credit(tree, n)?.resolved)).toStrictEqual(['Dana Whitfield', 'Tom Ochs', 'Tom Ochs']);
    // Without the title, no one: "the governor" names nobody here.
    expect(credit(parse('Dana Whitfield signed the bill on Monday.\n\n"It is done," the governor said.', { layout: 'blank' }))?.resolved).toBeUndefined();
  });

  it('keeps honorifics in the name as written and drops them when resolving', () => {
    const tree = parse('"It was close," said Sen. Ann Miller.\n"Very close," Mrs. Miller added.');
    expect(credit(tree, 0)).toMatchObject({ speaker: 'Sen. Ann Miller', resolved: 'Ann Miller' });
    expect(credit(tree, 1)).toMatchObject({ speaker: 'Mrs. Miller', resolved: 'Ann Miller' });
  });

  it('resolves he and she to the most recent person of fitting gender', () => {
    const tree = parse('"Yes," Mr. Tom Hale said.\n"No," Mrs. Ann Bell said.\n"Maybe," he said.\n"Never," she said.');
    expect(credit(tree, 2)).toMatchObject({ resolved: 'Tom Hale' });
    expect(credit(tree, 3)).toMatchObject({ resolved: 'Ann Bell' });
  });

  it('organisations and common nouns are speakers without a resolved name', () => {
    expect(credit(parse('"Flights are suspended," the Transport Ministry said.'))).toStrictEqual({ speaker: 'the Transport Ministry', pronoun: false, cue: 'said', lemma: 'say' });
    expect(credit(parse('"Stay indoors," police said.'))).toMatchObject({ speaker: 'police', pronoun: false });
  });

  it('leaves a pronoun with nobody before it unresolved', () => {
    expect(credit(parse('"Fine," he said.'))).toStrictEqual({ speaker: 'he', pronoun: true, cue: 'said', lemma: 'say' });
  });

  it('resolves a speaker from the names before it only, paragraph by paragraph', () => {
    const tree = parse('"We will see," he said.\nTom Hale, the mayor, spoke later.\n"It is done," he said.\n"All of it."');
    expect(credit(tree, 0)).toStrictEqual({ speaker: 'he', pronoun: true, cue: 'said', lemma: 'say' });
    expect(credit(tree, 1)).toMatchObject({ speaker: 'he', resolved: 'Tom Hale' });
    // The floating quote of the last paragraph is carried to the attribution before it; its speaker stays resolved.
    expect(credit(tree, 2)).toMatchObject({ speaker: 'he', resolved: 'Tom Hale' });
  });

  it('resolves a speaker whose span is not written as its name (a double space) by its whole name', () => {
    const tree = parse('Ann Miller spoke first.\n\n"It was close," said Sen. Ann  Miller.\n\n"Very," said The New\nYork Times.', { layout: 'blank' });
    expect(credit(tree, 0)).toMatchObject({ speaker: 'Sen. Ann  Miller', resolved: 'Ann Miller' });
    const times = attributionsOf(tree)[1]!.children.find((child): child is Speaker => child.type === 'speaker')!;
    expect([times.name, toString(times), times.resolved]).toStrictEqual(['The New York Times', 'York Times', undefined]);
  });

  it('never takes a place after its preposition for a speaker: the name before it speaks', () => {
    // "NAME of PLACE": the place is a role of the person, and a pronoun after it is that person.
    const inverted = parse('"We will hold the line," said Gov. Ray Dunmore of Iowa.\n\n"It is over," he said.');
    expect(credit(inverted)).toMatchObject({ speaker: 'Gov. Ray Dunmore', resolved: 'Ray Dunmore', role: 'of Iowa' });
    expect(credit(inverted, 1)).toMatchObject({ speaker: 'he', resolved: 'Ray Dunmore' });
    expect(credit(parse('"It will pass," Sen. Alan Pratt of Vermont said.'))).toMatchObject({ speaker: 'Sen. Alan Pratt', role: 'of Vermont' });
    // A title with "of" before the name stays a title; a lower-case title and "of" make one noun phrase.
    expect(credit(parse('"It will pass," said Director of National Intelligence Ruth Kemp.'))).toMatchObject({ speaker: 'Ruth Kemp', role: 'Director of National Intelligence' });
    expect(credit(parse('"No," the governor of Iowa said.'))).toMatchObject({ speaker: 'the governor of Iowa' });
    // A place in an appositive ("in Ashford, Ky.", "from Monsey, New York"): the name before the appositive speaks.
    const nurse = parse('Nora Vance, 58, a retired nurse in Ashford, Ky., said the clinic had closed.\n\n"It was the only one," she added.');
    expect(credit(nurse)).toMatchObject({ speaker: 'she', resolved: 'Nora Vance' });
    expect(attributionsOf(nurse)[0]!.children.find((child): child is Speaker => child.type === 'speaker')?.name).toBe('Nora Vance');
    expect(credit(parse('Carla Voss, a donor from Monsey, New York, said it fell flat. "It was thin," she said.'))).toMatchObject({ resolved: 'Carla Voss' });
    // After "from", only a place with its state: "More from Jones:" is a person's.
    expect(credit(parse('Jeffrey Jones wrote the survey. More from Jones: "The state leans left."'))).toMatchObject({ speaker: 'Jones', resolved: 'Jeffrey Jones' });
    // A speaker noun before the place keeps it; a noun phrase is kept when no name stands before the appositive.
    expect(credit(parse('"No," officials in Ashford said.'))).toMatchObject({ speaker: 'officials in Ashford' });
    const traders = parse('"It fell," Traders in Port Arden said.\n\nTraders in Port Arden said the dollar fell.');
    expect(credit(traders)).toMatchObject({ speaker: 'Traders in Port Arden' });
    expect(credit(traders)?.resolved).toBeUndefined();
    // An honorific that is also a noun that speaks still opens a person's name.
    expect(credit(parse('"Denied," said Judge David Keane.'))).toMatchObject({ resolved: 'David Keane' });
    expect(attributionsOf(parse('Mayor Tom Hale spoke after a woman in Ashford, Vermont, told him she was "scared" of the dark.')).map((node) => node.children.find((child): child is Speaker => child.type === 'speaker')?.name)).toContain('a woman in Ashford');
    // A person named before "of the" speaks, not the organisation.
    expect(credit(parse('Bishop Aram Tamrazian of the Armenian Patriarchate told reporters, "We have waited."'))).toMatchObject({ speaker: 'Aram Tamrazian', role: 'Bishop' });
  });

  it('takes the capitalised words of a party, a nation or an organisation before a noun and a name for a title', () => {
    expect(credit(parse('"It would hurt us," said Democratic pollster Gary Finn.'))).toMatchObject({ speaker: 'Gary Finn', role: 'Democratic pollster' });
    expect(credit(parse('"It is a distraction," said Republican party boss Ron Pryce.'))).toMatchObject({ speaker: 'Ron Pryce', role: 'Republican party boss' });
    expect(credit(parse('"It was close," said Clinton ally Joe Varga.'))).toMatchObject({ speaker: 'Joe Varga', role: 'Clinton ally' });
    // A verb between two names is no title: "Hillary Clinton won South Dakota's primary, adding ...".
    expect(credit(parse('Dana Ruiz won Ashford County\'s primary on Tuesday, adding that "the work starts now."'))).toMatchObject({ speaker: 'Dana Ruiz' });
    expect(attributionsOf(parse('Dana Ruiz lost Ohio, Iowa and Maine to Tom Hale, who added to his lead.')).map((node) => node.children.find((child): child is Speaker => child.type === 'speaker')?.name)).not.toContain('Iowa');
    // A party word alone is a common noun phrase, nobody's name.
    const senior = parse('Tom Bell spoke first.\n\n"We are ready," one senior Republican said.\n\n"No," he said.');
    expect(credit(senior)).toMatchObject({ speaker: 'one senior Republican', pronoun: false });
    expect(credit(senior)?.resolved).toBeUndefined();
    expect(credit(senior, 1)).toMatchObject({ speaker: 'he', resolved: 'Tom Bell' });
  });

  it('never makes a place a pronoun\'s antecedent: the pack\'s places, the dateline\'s, those written after "in"', () => {
    // A country or a state after an introductory phrase opens the sentence but is no one.
    const country = parse('Wendy Ames spoke first.\n\nOn Tuesday, Puerto Rico missed a payment. "We are out of cash," she said.', { layout: 'blank' });
    expect(credit(country)).toMatchObject({ speaker: 'she', resolved: 'Wendy Ames' });
    const france = parse('Tom Hale spoke first.\n\nOn Tuesday, France offered to mediate. "We are listening," he said.', { layout: 'blank' });
    expect(credit(france)).toMatchObject({ resolved: 'Tom Hale' });
    // A place of the dateline, and one the text writes after "in" nearby.
    const dateline = parse('EAST LINDALE, Ore. (AP) — Wendy Ames spoke first.\n\nOn Tuesday, East Lindale closed its pool. "It is too hot," she said.', { layout: 'blank' });
    expect(credit(dateline)).toMatchObject({ resolved: 'Wendy Ames' });
    const written = parse('Wendy Ames spoke first.\n\nOn Tuesday, Port Arden closed its pool. "It is too hot," she said.\n\nThe heat in Port Arden broke a record.', { layout: 'blank' });
    expect(credit(written)).toMatchObject({ resolved: 'Wendy Ames' });
    // With no one before it, the pronoun stays unresolved rather than wrong.
    expect(credit(parse('On Tuesday, France offered to mediate. "We are listening," he said.'))?.resolved).toBeUndefined();
    // A sign of a person wins: someone already named so, an honorific.
    const jordan = parse('Michael Jordan spoke first.\n\nOn Tuesday, Jordan toured the plant. "It can run again," he said.', { layout: 'blank' });
    expect(credit(jordan)).toMatchObject({ resolved: 'Michael Jordan' });
    const named = parse('Donald Trump spoke. Voters have confidence in Trump. "We are ready," he said.');
    expect(credit(named)).toMatchObject({ resolved: 'Donald Trump' });
  });

  it('passes over an opening phrase that cannot speak for the subject after its comma (sentence-subject)', () => {
    const using = parse('Using the rally to test a new line, the senator greeted the crowd and told them that "help is coming."');
    expect(credit(using)).toMatchObject({ speaker: 'the senator', lemma: 'tell' });
    expect(credit(parse('Continuing her tour, Mayor Ann Cole visited the plant and told workers that "the jobs stay."'))).toMatchObject({ speaker: 'Ann Cole', role: 'Mayor' });
    expect(credit(parse('Led by its pastor, the congregation marched to city hall and told the council that "enough is enough."'))).toMatchObject({ speaker: 'the congregation' });
    // With no subject after a comma, a phrase that cannot speak credits nothing ("Using" was the speaker, and a person).
    expect(credit(parse('Using the rally to test a new line the senator greeted the crowd and told them that "help is coming."'))).toBeUndefined();
    // ... unless it is someone named before ("Shilling" ends like a participle).
    expect(credit(parse('Curt Shilling spoke first.\n\nShilling did not back down and told reporters that "the post stands."'))).toMatchObject({ speaker: 'Shilling', resolved: 'Curt Shilling' });
    // A capitalised modifier before a plural noun opens the subject's noun phrase.
    expect(credit(parse('Right-wing parties across the region rallied on Sunday and told supporters that "the border is closed."'))).toMatchObject({ speaker: 'Right-wing parties' });
    expect(credit(parse('Democratic voters in the county lined up early and told reporters that "this one matters."'))).toMatchObject({ speaker: 'Democratic voters' });
    // A subject that can speak is kept, an introductory phrase or not.
    expect(credit(parse('She greeted the crowd in Des Moines and told them that "help is on the way."'))).toMatchObject({ speaker: 'She' });
    expect(credit(parse('In Des Moines, she greeted the crowd and told them that "help is on the way."'))).toMatchObject({ speaker: 'she' });
  });

  it('keeps places and party words out of the people a resolver tracks', () => {
    const resolver = new Resolver(english);
    expect(resolver.mention('Puerto Rico', true)).toBeUndefined();
    expect(resolver.mention('Republican', true)).toBeUndefined();
    resolver.markPlace(['port', 'arden']);
    expect(resolver.mention('Port Arden', true)).toBeUndefined();
    expect(resolver.mention('Gov. Port Arden', true)?.full).toBe('Port Arden');
    // A place marked after a person was named with it leaves the person alone when the person shows a sign of one.
    const later = new Resolver(english);
    later.mention('Sen. Ada Lane', true);
    later.markPlace(['lane']);
    expect(later.resolvePronoun('she')).toBe('Ada Lane');
  });

  it('registers a name given as words like the same name given as a string', () => {
    const fromWords = new Resolver(english);
    fromWords.mentionWords(['Sen.', 'Ann', "Miller's"], ['sen.', 'ann', "miller's"], true);
    const fromString = new Resolver(english);
    fromString.mention("Sen. Ann Miller's", true);
    for (const resolver of [fromWords, fromString]) {
      expect(resolver.resolveName('Miller')).toBe('Ann Miller');
      expect(resolver.known('miller')).toBe(true);
    }
  });
});

describe('what stays unattributed', () => {
  it('titles and scare quotes after verbs of thinking', () => {
    const tree = parse('Burton claims that his favorite book is "One Hundred Years of Solitude".\nBurton thinks that cats are "cuties".');
    expect(credit(tree, 0)).toBeUndefined();
    expect(credit(tree, 1)).toBeUndefined();
    expect(tree.diagnostics).toStrictEqual([]);
  });

  it('reports a quotation nobody is credited with', () => {
    const tree = parse('The crowd waited. "Let them in, now!"');
    expect(credit(tree)).toBeUndefined();
    expect(tree.diagnostics.map((d) => [d.code, d.severity])).toStrictEqual([['unattributed-quotation', 'info']]);
  });

  it('skips quotations in the headline-less boilerplate-free paragraph with no words', () => {
    const tree = parse('He said "" twice.');
    expect(credit(tree)).toBeUndefined();
  });
});

describe('options', () => {
  it('cues adds verbs with their inflections and lemma', () => {
    const text = '"It will rain," Hale prognosticated, pointing at the clouds, and others nodded.';
    expect(credit(parse(text, { cues: ['prognosticate'] }))).toMatchObject({ cue: 'prognosticated', lemma: 'prognosticate' });
  });

  it('attribution: false leaves the tree without attributions', () => {
    const tree = parse('"Yes," she said.', { attribution: false });
    expect(attributionsOf(tree)).toStrictEqual([]);
    expect(tree.diagnostics).toStrictEqual([]);
  });

  it('rejects malformed cues and switches, naming the option', () => {
    expect(() => parseArticle('x', { cues: 'said' as never })).toThrow(new TypeError('parseArticle: options.cues must be an array of strings, got the string "said"'));
    expect(() => parseArticle('x', { cues: [3 as never] })).toThrow(/options\.cues\[0\] must be a string/);
    expect(() => parseArticle('x', { cues: ['go (on)'] })).toThrow(RangeError);
    expect(() => parseArticle('x', { cues: [''] })).toThrow(RangeError);
    expect(() => parseArticle('x', { cues: Array.from({ length: 1001 }, () => 'opine') })).toThrow(/at most 1000/);
    expect(() => parseArticle('x', { attribution: 'no' as never })).toThrow(/options\.attribution must be a boolean/);
  });
});

describe('lexicon', () => {
  it('inflects lemmas regularly and knows the irregular forms', () => {
    const lexicon = extendCues({ ...english, pack: { ...englishPack, speechLemmas: [], irregularCues: [] } }, ['reply', 'note', 'stress', 'point out']).cues;
    expect(lexicon.words.get('replied')).toBe('reply');
    expect(lexicon.words.get('noting')).toBe('note');
    expect(lexicon.words.get('stresses')).toBe('stress');
    expect(lexicon.phrases.get('pointed')).toContainEqual(['out', 'point out']);
    expect(english.cues.words.get('said')).toBe('say');
    expect(english.cues.words.get('told')).toBe('tell');
    expect(english.cues.words.get('informed')).toBe('inform');
  });

  it('guesses lemmas of unknown verbs', () => {
    expect(['opined', 'quipped', 'groused', 'barked', 'hollered', 'carried'].map(english.morphology.guessLemma)).toStrictEqual(['opine', 'quip', 'grouse', 'bark', 'holler', 'carry']);
  });

  it('counts words only as far as asked', () => {
    expect(wordCount(' one two  three four ')).toBe(4);
    expect(wordCount(' one two  three four ', 2)).toBe(2);
    expect(wordCount('one two', 5)).toBe(2);
    expect(wordCount(' \u00a0 ', 1)).toBe(0);
  });

  it('tells titles from speech', () => {
    expect(isTitle(english, 'One Hundred Years of Solitude')).toBe(true);
    expect(isTitle(english, 'We will win,')).toBe(false);
    expect(isTitle(english, 'the worst is over.')).toBe(false);
  });
});

describe('cost', () => {
  it('stays linear on long paragraphs full of cues and quotes', () => {
    const unit = '"We said so," said Ann Lee, the aide, adding that he said "they said no" and said, told, warned. ';
    const small = unit.repeat(500);
    const large = unit.repeat(2000);
    /** Best of three parses, in milliseconds: noise only ever adds time. */
    const time = (text: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round += 1) {
        const start = performance.now();
        parseArticle(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(large); // warm-up
    // Four times the text: linear gives about 4, quadratic about 16. A ratio over
    // the limit is measured again up to three times, since a quadratic pass fails every time.
    let ratio = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 4 && ratio >= 4 * 3; attempt += 1) ratio = Math.min(ratio, time(large) / Math.max(time(small), 1));
    expect(ratio).toBeLessThan(4 * 3);
  });
});
