import { describe, expect, it } from 'vitest';
import { parseArticle, toString, type Article, type Boilerplate, type Byline, type Dateline, type WirecopyNode } from '../src/index.js';
import { BUILT_IN_FORMS } from '../src/furniture/boilerplate-forms.js';
import { fold, lineBreakTolerant } from '../src/furniture/boilerplate.js';
import { loadFixtures } from './helpers/fixtures.js';
import { parse } from './helpers/parse.js';

function firstDateline(tree: Article): Dateline | undefined {
  const first = tree.children.find((block) => block.type === 'paragraph');
  const node = first?.type === 'paragraph' ? first.children[0] : undefined;
  return node?.type === 'dateline' ? node : undefined;
}

function nodesOfType(tree: WirecopyNode, type: string): WirecopyNode[] {
  const found: WirecopyNode[] = [];
  const walk = (node: WirecopyNode): void => {
    if (node.type === type) found.push(node);
    for (const child of (node as { children?: WirecopyNode[] }).children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

describe('datelines', () => {
  const forms: Array<[string, { text: string; location?: string; agency?: string; date?: string }]> = [
    ['MOSCOW (AP) — Russia said no.', { text: 'MOSCOW (AP) —', location: 'MOSCOW', agency: 'AP' }],
    ['AUSTIN, Texas (AP) — Lawmakers met.', { text: 'AUSTIN, Texas (AP) —', location: 'AUSTIN, Texas', agency: 'AP' }],
    ['LOUISVILLE, Ky. (AP) — A horse won.', { text: 'LOUISVILLE, Ky. (AP) —', location: 'LOUISVILLE, Ky.', agency: 'AP' }],
    ['WASHINGTON, Jan 12 (Reuters) - The Fed met.', { text: 'WASHINGTON, Jan 12 (Reuters) -', location: 'WASHINGTON', agency: 'Reuters', date: 'Jan 12' }],
    ['LONDON/SINGAPORE, June 14 (Reuters) - Oil rose.', { text: 'LONDON/SINGAPORE, June 14 (Reuters) -', location: 'LONDON/SINGAPORE', agency: 'Reuters', date: 'June 14' }],
    ['Dec 29 (Reuters) - Stocks fell.', { text: 'Dec 29 (Reuters) -', agency: 'Reuters', date: 'Dec 29' }],
    ['PARIS, Jan 1 (AFP) - Crowds gathered.', { text: 'PARIS, Jan 1 (AFP) -', location: 'PARIS', agency: 'AFP', date: 'Jan 1' }],
    ['New Delhi (AFP) - Rain came.', { text: 'New Delhi (AFP) -', location: 'New Delhi', agency: 'AFP' }],
    ['Nagpur (India) (AFP) – Rain came.', { text: 'Nagpur (India) (AFP) –', location: 'Nagpur (India)', agency: 'AFP' }],
    ['MAREA, Syria, Nov. 8 (UPI) -- Fighting went on.', { text: 'MAREA, Syria, Nov. 8 (UPI) --', location: 'MAREA, Syria', agency: 'UPI', date: 'Nov. 8' }],
    ['Jan. 19 (UPI) -- The Senate voted.', { text: 'Jan. 19 (UPI) --', agency: 'UPI', date: 'Jan. 19' }],
    ['BEIRUT, Lebanon, June 2 — Power failed.', { text: 'BEIRUT, Lebanon, June 2 —', location: 'BEIRUT, Lebanon', date: 'June 2' }],
    ['CHICAGO, Feb 26 - Dean Foods said.', { text: 'CHICAGO, Feb 26 -', location: 'CHICAGO', date: 'Feb 26' }],
    ['panama city, april 29 - a strike began.', { text: 'panama city, april 29 -', location: 'panama city', date: 'april 29' }],
    ["ST. JOHN'S, Newfoundland, March 9 - Fishing resumed.", { text: "ST. JOHN'S, Newfoundland, March 9 -", location: "ST. JOHN'S, Newfoundland", date: 'March 9' }],
    ['HONG KONG, March 25 -\nShares rose.', { text: 'HONG KONG, March 25 -', location: 'HONG KONG', date: 'March 25' }],
    ['WASHINGTON — The House voted.', { text: 'WASHINGTON —', location: 'WASHINGTON' }],
    ['MANCHESTER, N.H. - Voters lined up.', { text: 'MANCHESTER, N.H. -', location: 'MANCHESTER, N.H.' }],
    ['WASHINGTON—The House voted.', { text: 'WASHINGTON—', location: 'WASHINGTON' }],
    ['(CNN)A storm hit.', { text: '(CNN)', agency: 'CNN' }],
    ['(CNN) — A storm hit.', { text: '(CNN) —', agency: 'CNN' }],
    ['BONN (dpa) - Rain came.', { text: 'BONN (dpa) -', location: 'BONN', agency: 'dpa' }],
    ['DAKAR, Senegal (Agence France-Presse) — Rain came.', { text: 'DAKAR, Senegal (Agence France-Presse) —', location: 'DAKAR, Senegal', agency: 'Agence France-Presse' }],
    ['July 22--JANESVILLE -- The city council met.', { text: 'July 22--JANESVILLE --', location: 'JANESVILLE', date: 'July 22' }],
    ['Jun. 21—WATERTOWN — Police said a man was hurt.', { text: 'Jun. 21—WATERTOWN —', location: 'WATERTOWN', date: 'Jun. 21' }],
    ['Sept. 3 -- Riverton, Wis. -- The fair opened.', { text: 'Sept. 3 -- Riverton, Wis. --', location: 'Riverton, Wis.', date: 'Sept. 3' }],
  ];
  for (const [input, expected] of forms) {
    it(`recognises ${JSON.stringify(input.slice(0, 30))}`, () => {
      const dateline = firstDateline(parse(input));
      expect(dateline, input).toBeDefined();
      const { text, ...fields } = expected;
      expect(toString(dateline!)).toBe(text);
      expect({ location: dateline!.location, agency: dateline!.agency, date: dateline!.date }).toEqual({
        location: fields.location,
        agency: fields.agency,
        date: fields.date,
      });
    });
  }

  const sentences = [
    'NATO — the alliance of 32 countries — met on Thursday.',
    'Officials in Kyiv, March 3 - a date they had circled - said the talks went well.',
    'The senator - who had voted no - changed her mind.',
    'Sources say — and officials agree — that the plan is dead.',
    'SMITH--John, 81, of Dayton, died Friday.',
    '"WASHINGTON — it is a swamp," he said.',
    'EXCLUSIVE – The inside story of the vote.',
    '(Reuters reported the deal last week.) - The company said nothing.',
    'UPDATE: 5/12 — The listing was removed.',
    'Prices rose in January, February and March - a record run.',
    'It was, in short - and everyone agreed - a mess.',
    'Sen. Jane Doe (D-Ohio) — announced her run in March.',
    'President Roe (R) — as he likes to be called — spoke first.',
    'WASHINGTON (Updated) — The vote was moved.',
    'Gov. Jane Doe, March 3 - the day she won - spoke first.',
    'March 3 - the day of the vote - was cold.',
    'May 4 -- and not a day later -- the bill passed.',
    'July 22-- the council said -- the pool would close.',
  ];
  for (const sentence of sentences) {
    it(`invents no dateline from ${JSON.stringify(sentence.slice(0, 40))}`, () => {
      expect(nodesOfType(parse(sentence), 'dateline')).toEqual([]);
    });
  }

  it('never ends a value in a space, whatever the space (a BOM, U+2028, U+205F)', () => {
    expect(firstDateline(parse('MOSCOW\ufeff (AP) \u2014 Russia said no.'))?.location).toBe('MOSCOW');
    expect(firstDateline(parse('WASHINGTON\u2028 \u2014 Officials met.'))?.location).toBe('WASHINGTON');
    expect(firstDateline(parse('AUSTIN, Texas\u205f (AP) \u2014 Lawmakers met.'))?.location).toBe('AUSTIN, Texas');
    const byline = parse('By JANE DOE\u000b and JOHN ROE, Associated Press\nBERLIN (AP) \u2014 Something happened.').children[0] as Byline;
    expect(byline.authors).toEqual(['JANE DOE', 'JOHN ROE']);
  });

  it('only opens the first body paragraph', () => {
    const lede = `The story starts here with no dateline, and its first paragraph is far too long to be a headline: ${'it goes on and on, '.repeat(8)}until it ends.`;
    const tree = parse(`${lede}\nMOSCOW (AP) — This is the second paragraph.`);
    expect(nodesOfType(tree, 'dateline')).toEqual([]);
  });

  it('is found after the labels and the abstract of database copy', () => {
    const text = 'Council backs road plan.\n\nABSTRACT.\n\nThe city council backed a plan to repair roads, and the mayor said she would sign it within the week, once the budget office had checked the costs of every part of it.\n\nFULL TEXT.\n\nWASHINGTON - The city council on Monday backed a plan.\n\nIt passed 7-2.';
    const tree = parse(text);
    const blocks = tree.children.filter((block) => block.type !== 'whitespace');
    expect(blocks.map((block) => (block.type === 'boilerplate' ? `boilerplate:${block.kind}` : block.type))).toEqual([
      'headline', 'boilerplate:label', 'paragraph', 'boilerplate:label', 'paragraph', 'paragraph',
    ]);
    expect(firstDateline({ ...tree, children: blocks.slice(4) })?.location).toBe('WASHINGTON');
  });

  it('is found after a headline, a byline and a boilerplate line', () => {
    const tree = parse('Storm hits coast\n\nBy JANE DOE\nAssociated Press\n\n(AP Photo/John Roe)\n\nMIAMI (AP) — The storm came ashore.');
    expect(tree.children.filter((block) => block.type !== 'whitespace').map((block) => block.type)).toEqual(['headline', 'byline', 'boilerplate', 'paragraph']);
    expect(firstDateline(tree)?.location).toBe('MIAMI');
  });
});

describe('bylines', () => {
  const forms: Array<[string, string[], string | undefined]> = [
    ['By VLADIMIR PETROV and LORNA COOKE', ['VLADIMIR PETROV', 'LORNA COOKE'], undefined],
    ['By Robin Ames, Reuters', ['Robin Ames'], 'Reuters'],
    ['By MARIA CHEN AP Medical Writer', ['MARIA CHEN'], 'AP'],
    ['By JANE DOE, Associated Press Writer', ['JANE DOE'], 'Associated Press'],
    ['By Jane Doe, John Roe and Mary Poe', ['Jane Doe', 'John Roe', 'Mary Poe'], undefined],
    ['By Jane Doe, John Roe, and Mary Poe', ['Jane Doe', 'John Roe', 'Mary Poe'], undefined],
    ['By Jane Doe & John Roe', ['Jane Doe', 'John Roe'], undefined],
    ['By J. Robert Ames Jr.', ['J. Robert Ames Jr.'], undefined],
    ['By The Associated Press', [], 'The Associated Press'],
    ['BY KARL-HEINZ MÜLLER', ['KARL-HEINZ MÜLLER'], undefined],
    ['By Jane Okafor, The New York Times', ['Jane Okafor'], 'The New York Times'],
    ['By Jane Okafor, Chicago Tribune', ['Jane Okafor'], 'Chicago Tribune'],
    ['By Jane Okafor | Chicago Tribune', ['Jane Okafor'], 'Chicago Tribune'],
    ['by Kelly Brandt', ['Kelly Brandt'], undefined],
    ['Jane Okafor | Contributing Writer | 5 days ago', ['Jane Okafor'], undefined],
    ['By Jane Okafor and Li Wei | Deseret News | Updated Jan. 5, 2020', ['Jane Okafor', 'Li Wei'], 'Deseret News'],
    ['By Jane Okafor | AP', ['Jane Okafor'], 'AP'],
    ['By Jane Okafor, Contributing Writer', ['Jane Okafor'], undefined],
    ['By Pat Rowan, Tribune Washington Bureau', ['Pat Rowan'], 'Tribune Washington Bureau'],
    ['By Kelly Brandt | kbrandt@example.com', ['Kelly Brandt'], undefined],
    ['By Kelly Brandt | @kbrandt | Riverton Ledger', ['Kelly Brandt'], 'Riverton Ledger'],
  ];
  for (const [line, authors, organization] of forms) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const tree = parse(`${line}\nBERLIN (AP) — Something happened.`);
      const byline = tree.children[0] as Byline;
      expect(byline.type).toBe('byline');
      expect(byline.authors).toEqual(authors);
      expect(byline.organization).toBe(organization);
    });
  }

  it('drops a final period from the organisation line', () => {
    const byline = parse('By JANE DOE\nAssociated Press.\nROME (AP) — Text.').children[0] as Byline;
    expect(byline.organization).toBe('Associated Press');
  });

  it('takes the organisation line under it, in the same block or the next', () => {
    for (const text of ['By JANE DOE\nAssociated Press\n\nROME (AP) — Text.', 'By JANE DOE\nAssociated Press\nROME (AP) — Text.']) {
      const tree = parse(text);
      const byline = tree.children[0] as Byline;
      expect(byline.type).toBe('byline');
      expect(byline.organization).toBe('Associated Press');
      expect(toString(byline)).toBe('By JANE DOE\nAssociated Press');
    }
  });

  const sentences = [
    'By the end of the year, the plan was dead.',
    'By Tuesday, both sides had signed.',
    'By 2010, his revival was complete.',
    'By March',
    'By law, the board must meet.',
    'By Christmas the troops were home.',
    'By winning Ohio, he took all 66 delegates.',
    'By comparison, the old plan was cheap.',
    'By JANE DOE. She wrote this.',
    'by the end of the week, it was over.',
    'Trump | Biden',
    'Jane Okafor | Opinion',
    'Election 2020 | Live updates',
  ];
  for (const sentence of sentences) {
    it(`leaves ${JSON.stringify(sentence)} a paragraph`, () => {
      expect(nodesOfType(parse(`${sentence}\nMore text follows here.`), 'byline')).toEqual([]);
    });
  }

  it('takes an outlet line under it, and the dateline after them', () => {
    const tree = parse('By Pat Rowan\nDeseret News\n\nRIVERTON — The school board met on Tuesday.\n\nIt voted to raise fees.');
    const byline = tree.children[0] as Byline;
    expect(byline.type).toBe('byline');
    expect(byline.authors).toEqual(['Pat Rowan']);
    expect(byline.organization).toBe('Deseret News');
    expect(firstDateline(tree)?.location).toBe('RIVERTON');
  });

  it('takes an outlet line with the writer\'s role under it', () => {
    const byline = parse('By PAT ROWAN\nDeseret News Staff Writer\n\nRIVERTON — The board met.').children[0] as Byline;
    expect(byline.organization).toBe('Deseret News');
    expect(toString(byline)).toBe('By PAT ROWAN\nDeseret News Staff Writer');
  });

  it('leaves a sentence under a byline in the story', () => {
    const tree = parse('By Pat Rowan\nThe board met on Tuesday.\nIt voted to raise fees.');
    expect((tree.children[0] as Byline).organization).toBeUndefined();
    expect(tree.children[2]!.type).toBe('paragraph');
  });

  it('is looked for only at the top', () => {
    const text = ['First paragraph of the story.', 'Second paragraph.', 'By JANE DOE'].join('\n');
    expect(nodesOfType(parse(text), 'byline')).toEqual([]);
  });
});

describe('headlines', () => {
  it('needs the layout to show one', () => {
    expect(parse('Council approves budget\n\nThe council voted on Monday.').children[0]!.type).toBe('headline');
    expect(parse('Council approves budget\nMIAMI (AP) — The council voted.').children[0]!.type).toBe('headline');
    expect(parse('Council approves budget\nBy JANE DOE\nMIAMI (AP) — The council voted.').children[0]!.type).toBe('headline');
    // A short first paragraph that ends like a sentence is the story, not a title.
    expect(parse('The council approved the budget.\n\nIt voted on Monday.').children[0]!.type).toBe('paragraph');
    expect(parse('"It is over."\n\nThe mayor said so on Monday.').children[0]!.type).toBe('paragraph');
    expect(parse('Is the economy slowing?\n\nEconomists are split.').children[0]!.type).toBe('headline');
    // Line layout without a byline or dateline after it: no headline.
    expect(parse('Council approves budget\nThe council voted on Monday.\nIt met late.').children[0]!.type).toBe('paragraph');
  });

  it('takes one or two deck lines between the headline and the dateline, never three', () => {
    const types = (text: string): string[] => parse(text).children.filter((block) => block.type !== 'whitespace').map((block) => block.type);
    expect(types('Mayor runs again\n\nA crowded field.\n\nPORTLAND, Maine - She said so.')).toEqual(['headline', 'headline', 'paragraph']);
    expect(types('Mayor runs again\n\nCROWDED FIELD\n\nFive rivals so far.\n\nPORTLAND, Maine - She said so.')).toEqual(['headline', 'headline', 'headline', 'paragraph']);
    expect(types('Mayor runs again\n\nOne.\n\nTwo.\n\nThree.\n\nPORTLAND, Maine - She said so.')).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('is never a long or hard-wrapped block', () => {
    const long = `${'Council approves a very long budget '.repeat(6)}\nMIAMI (AP) — The council voted.`;
    expect(parse(long).children[0]!.type).toBe('paragraph');
    expect(parse('Council approves\nbudget for parks\n\nThe council voted on Monday night\nto approve it.\n\nMore.').children[0]!.type).toBe('paragraph');
  });
});

describe('boilerplate', () => {
  const lines: Array<[string, Boilerplate['kind']]> = [
    ['The Associated Press contributed to this report.', 'credit'],
    ['Associated Press writers Jane Doe in Rome and John Roe in Paris contributed.', 'credit'],
    ['Jane Doe contributed reporting from Paris. John Roe reported from Washington, D.C.', 'credit'],
    ['Contributing: Jane Doe, USA TODAY', 'credit'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'reporting'],
    ['(Additional reporting by Jane Doe in Oslo; Writing by John Roe; Editing by Mary Poe)', 'reporting'],
    ['Reporting by Jane Doe in Lima; Editing by John Roe', 'reporting'],
    ['Reuter', 'signoff'],
    ['REUTER', 'signoff'],
    ['-30-', 'signoff'],
    ['###', 'signoff'],
    ['bur-xx/yy', 'signoff'],
    ['Copyright 2024 The Associated Press. All rights reserved.', 'copyright'],
    ['© 2024 Example News Co.', 'copyright'],
    ['___', 'separator'],
    ['* * *', 'separator'],
    ['This story has been corrected to show the vote was Tuesday.', 'correction'],
    ['CORRECTION: An earlier version of this story misspelled a name.', 'correction'],
    ["Editor's note: This story contains graphic descriptions.", 'editor-note'],
    ['This article has been updated with comments from the mayor.', 'editor-note'],
    ["Follow AP's coverage of the elections at https://apnews.com/hub/elections.", 'follow'],
    ['Follow Jane Doe on Twitter @janedoe.', 'follow'],
    ['The mayor speaks to reporters on Tuesday. (AP Photo/Jane Doe)', 'caption'],
    ['Protesters march in the capital. (Reuters/John Roe)', 'caption'],
    ['Getty Images', 'caption'],
    ['12:50 p.m.', 'timestamp'],
    ['9 a.m. EST', 'timestamp'],
    ['Post a Comment', 'comments'],
    ['View comments (299)', 'comments'],
    ['Advertisement', 'advertisement'],
    ['Sign up for our newsletter to get the news in your inbox.', 'newsletter'],
    ['Share on Facebook', 'share'],
    ['Share | Tweet | Email', 'share'],
    ['Read more: Storm damage tops $1 billion', 'related'],
    ['RELATED: City braces for the storm', 'related'],
    ['Watch the full interview below:', 'other'],
    ['(END)', 'signoff'],
    ['---', 'separator'],
    ['14:05 GMT', 'timestamp'],
    ['Updated 3:45 p.m.', 'timestamp'],
    ['12 Comments', 'comments'],
    ['Story continues below advertisement', 'advertisement'],
    ['Find more AP coverage of the election', 'follow'],
    ['Photo: Jane Doe/AP', 'caption'],
    ['See also — Storm season starts early', 'related'],
    ['Read the full story here.', 'related'],
    ['Click here to subscribe.', 'other'],
    ['(h/t The Daily Example)', 'other'],
    ['UPDATE: The vote was moved to Friday.', 'editor-note'],
    ['This is a developing story.', 'editor-note'],
    ['An earlier version of this story misstated the date of the vote.', 'correction'],
    ['All rights reserved.', 'copyright'],
    ['This material may not be published, broadcast, rewritten or redistributed.', 'copyright'],
    ['Subscribe to our politics podcast here.', 'newsletter'],
    ['Jane Doe via Getty Images', 'caption'],
    ['John Roe/Reuters.', 'caption'],
    ['Twitter: @janedoe', 'follow'],
    ['FACEBOOK.', 'share'],
    ['__', 'separator'],
    ['}', 'other'],
    ['.bio-text, .twitter-bio {', 'other'],
    ['text-align: center;', 'other'],
    ['ABSTRACT', 'label'],
    ['FULL TEXT.', 'label'],
    ['Summary:', 'label'],
    ['Article continued below', 'advertisement'],
    ['(Story continues below)', 'advertisement'],
    ['Advertisement - Scroll to continue', 'advertisement'],
    ['1 of 4. Rescue crews search the rubble of a collapsed bakery on Sunday.', 'caption'],
    ['12 of 30 | Fans wait outside the arena before the game.', 'caption'],
    ['(AP Photo/Jane Roe)', 'caption'],
    ['Distributed by Tribune Content Agency, LLC.', 'copyright'],
    ['(c)2018 The Riverton Ledger (Riverton, Wis.) Visit the Riverton Ledger at www.example.com', 'copyright'],
    ['11: 06 a.m.', 'timestamp'],
    ['View comments(12)', 'comments'],
    // Forms rewritten so that no run of letters or spaces can be split two ways (tests/redos-*.test.ts).
    ['Associated Press writer Ahmed al-Hassan contributed to this report.', 'credit'],
    ['Staff writer Ann deGrasse contributed reporting from Lyon.', 'credit'],
    ['Read the rest of the interview below.', 'related'],
    ['Read the full story of the flood here.', 'related'],
    ["See all of the AP's storm coverage.", 'follow'],
    ['Get the Morning Wire newsletter in your inbox.', 'newsletter'],
    ['Firefighters work at the scene. (Photo: Jane Doe)', 'caption'],
    ['The crowd waits. (Photo by John Roe)', 'caption'],
  ];
  for (const [line, kind] of lines) {
    it(`labels ${JSON.stringify(line)} as ${kind}`, () => {
      const tree = parse(`The story is told in this first paragraph.\n\n${line}`);
      const block = tree.children[2] as Boilerplate;
      expect(block.type).toBe('boilerplate');
      expect(block.kind).toBe(kind);
    });
  }

  it('has a line above for every built-in form, of the form\'s kind', () => {
    const missing = BUILT_IN_FORMS.filter((form) => !lines.some(([line, kind]) => kind === form.kind && form.pattern.test(fold(line).trim())));
    expect(missing.map((form) => `${form.kind}: /${form.pattern.source.slice(0, 60)}/`)).toStrictEqual([]);
  });

  const notBoilerplate = [
    '1 of 4 residents said the water tasted odd.',
    'Summary judgment was granted on Friday.',
    'Abstract art sold well at the fair, dealers said.',
    'Distributed by volunteers, the leaflets urged calm.',
  ];
  for (const line of notBoilerplate) {
    it(`leaves ${JSON.stringify(line)} a paragraph`, () => {
      expect(parse(`The story is told in this first paragraph.\n\n${line}`).children[2]!.type).toBe('paragraph');
    });
  }

  it('labels a hard-wrapped credit line', () => {
    const tree = parse('The story is told here in a long first line that\ngoes on to the next one and then\nstops.\n\nAssociated Press writer Jane Doe in Rome\ncontributed to this report.\n');
    expect((tree.children[2] as Boilerplate).kind).toBe('credit');
  });

  it('leaves ordinary prose alone in every non-furniture fixture', () => {
    for (const fixture of loadFixtures()) {
      if (fixture.name.startsWith('furniture-') || fixture.name === 'seed') continue;
      expect(nodesOfType(parse(fixture.input, fixture.options), 'boilerplate'), fixture.name).toEqual([]);
    }
  });

  it('folds each line break and the blanks around it into one space', () => {
    expect(fold('no breaks')).toBe('no breaks');
    expect(fold('Jane Doe \n  contributed.')).toBe('Jane Doe contributed.');
    expect(fold('a\r\nb\rc\nd')).toBe('a b c d');
    expect(fold('a\n\nb')).toBe('a  b');
    expect(fold(' \t\n\t ')).toBe(' ');
    const spaces = `${' '.repeat(50_000)}x`;
    expect(fold(spaces)).toBe(spaces);
  });

  it('keeps every built-in pattern line-break tolerant and anchored', () => {
    for (const form of BUILT_IN_FORMS) {
      const source = form.pattern.source;
      expect(source.startsWith('^') || source.endsWith('$'), source).toBe(true);
      expect(lineBreakTolerant(form.pattern).source).not.toContain(' ');
    }
  });

  it('stays fast on long adversarial blocks', () => {
    const blocks = [
      `The ${'contributed '.repeat(45)}`,
      `Follow ${'@ '.repeat(280)}`,
      `Share ${'| '.repeat(280)}x`,
      `(Reporting by ${'a) '.repeat(180)}`,
      `${'Watch '.repeat(90)}`,
      `${'ab/'.repeat(190)}`,
    ];
    const started = performance.now();
    for (const block of blocks) parse(`First paragraph.\n\n${block}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('options', () => {
  const text = 'Storm hits coast\nBy JANE DOE\nMIAMI (AP) — The storm came ashore.\nPost a Comment';

  it('switches furniture off', () => {
    const tree = parse(text, { furniture: false });
    expect(tree.children.filter((block) => block.type !== 'whitespace').every((block) => block.type === 'paragraph')).toBe(true);
    expect(nodesOfType(tree, 'dateline')).toEqual([]);
  });

  it('adds user patterns, tried before the built-in forms', () => {
    const tree = parse('A story.\n\nMore stories at example.com\n\nPost a Comment', {
      boilerplate: [
        { kind: 'related', pattern: /^More stories at \S+$/ },
        { kind: 'other', pattern: /^Post a Comment$/g },
      ],
    });
    const kinds = tree.children.filter((block): block is Boilerplate => block.type === 'boilerplate').map((block) => block.kind);
    expect(kinds).toEqual(['related', 'other']);
    // A `g` flag leaves no lastIndex behind: the same options work twice.
    const options = { boilerplate: [{ kind: 'other' as const, pattern: /^Tail$/g }] };
    expect(nodesOfType(parse('A.\n\nTail', options), 'boilerplate')).toHaveLength(1);
    expect(nodesOfType(parse('A.\n\nTail', options), 'boilerplate')).toHaveLength(1);
  });

  it('tests user patterns on folded text', () => {
    const tree = parse('A story that is long enough to\nwrap over several lines of\ntext.\n\nMore stories\nat example.com\n', {
      boilerplate: [{ kind: 'related', pattern: /^More stories at \S+$/ }],
    });
    expect((tree.children[2] as Boilerplate).kind).toBe('related');
  });

  it('rejects malformed options with errors that name them', () => {
    expect(() => parseArticle('x', { furniture: 'yes' as never })).toThrow(new TypeError('parseArticle: options.furniture must be a boolean, got the string "yes"'));
    expect(() => parseArticle('x', { boilerplate: /x/ as never })).toThrow(/options\.boilerplate must be an array/);
    expect(() => parseArticle('x', { boilerplate: ['x'] as never })).toThrow(/options\.boilerplate\[0\] must be an object/);
    expect(() => parseArticle('x', { boilerplate: [{ kind: 3, pattern: /x/ }] as never })).toThrow(TypeError);
    expect(() => parseArticle('x', { boilerplate: [{ kind: 'footer', pattern: /x/ }] as never })).toThrow(RangeError);
    expect(() => parseArticle('x', { boilerplate: [{ kind: 'footer', pattern: /x/ }] as never })).toThrow(/options\.boilerplate\[0\]\.kind must be one of credit/);
    expect(() => parseArticle('x', { boilerplate: [{ kind: 'other', pattern: '^x$' }] as never })).toThrow(/options\.boilerplate\[0\]\.pattern must be a RegExp/);
  });
});
