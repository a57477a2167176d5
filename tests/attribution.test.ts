import { describe, expect, it } from 'vitest';
import { isAttribution, isQuotation, parseArticle, toString, type Article, type Attribution, type Cue, type Quotation, type Role, type Speaker } from '../src/index.js';
import { english, englishPack, extendCues } from '../src/language/index.js';
import { isTitle, wordCount } from '../src/attribution/content.js';
import { Resolver } from '../src/attribution/resolve.js';
import { createMarks, IndexList, scanText, tokenizeParagraph, type Token } from '../src/attribution/scan.js';
import { signature, signatureTable } from '../src/words/signature.js';
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

  it('gives every word the signature of its lower-cased form, which its word list never rules out', () => {
    const tokens: Token[] = [];
    scanText(english, 'Said U.S. Sen. J. Smith-Jones, a naïve ÉCOLE co. e.g. 3.5 don’t Mr. A. WROTE Reuters’ Ibn al-Walid.', 0, tokens);
    const words = tokens.filter((token) => token.kind === 'word');
    expect(words.map((token) => token.text)).toContain('U.S.');
    for (const token of words) expect([token.text, token.sig]).toStrictEqual([token.text, signature(token.lower)]);
    const table = signatureTable(english.cues.firsts);
    for (const form of english.cues.firsts) expect(table[signature(form)]).toBe(1);
    // The third character tells apart forms that share their length, first two letters and last letter.
    expect(signature('supports')).not.toBe(signature('suggests'));
    expect(signature('years')).not.toBe(signature('yells'));
  });

  it('marks the words that may start a cue, the capitalised words and the tokens that may end a sentence', () => {
    const text = 'According to Sen. J. Smith, the U.S. plan "works." Officials said it! He told us: no? e.g. fine';
    const tree = parseArticle(text, { attribution: false });
    const paragraph = tree.children.find((block) => block.type === 'paragraph')!;
    const marks = createMarks(english.cues.signatures, english);
    const tokens = tokenizeParagraph(paragraph, text, marks);
    const read = (list: IndexList): number[] => {
      const found: number[] = [];
      list.rewind();
      for (let at = list.next(0); at < tokens.length; at = list.next(at + 1)) found.push(at);
      return found;
    };
    const where = (test: (token: Token) => boolean): number[] => tokens.flatMap((token, index) => (test(token) ? [index] : []));
    const according = signature('according');
    expect(read(marks.cues)).toStrictEqual(where((token) => token.kind === 'word' && ((!token.upper && english.cues.signatures[token.sig] === 1) || token.sig === according)));
    expect(read(marks.names)).toStrictEqual(where((token) => token.kind === 'word' && token.upper));
    expect(read(marks.stops)).toStrictEqual(where((token) => token.kind === 'quote' || ['.', '!', '?'].includes(token.text) || (token.kind === 'word' && token.text.length > 2 && token.text.endsWith('.'))));
    // The lists hold what the test says they hold: "According", "said", "told"; "Sen.", "U.S.", the quote, "!", "?" (not "J.": an initial never ends one).
    expect(read(marks.cues).map((at) => tokens[at]!.lower)).toEqual(expect.arrayContaining(['according', 'said', 'told']));
    expect(read(marks.stops).map((at) => tokens[at]!.kind === 'quote' ? '"' : tokens[at]!.text)).toStrictEqual(['Sen.', 'U.S.', '"', '!', '?', 'e.g.']);
  });

  it('reads a run of stray quote marks as one punctuation token, a lone mark as one', () => {
    const tokens: Token[] = [];
    scanText(english, 'He wrote \u201d\u201c"\u00bb and \u201d left.', 0, tokens);
    expect(tokens.map((token) => [token.kind, token.text])).toStrictEqual([
      ['word', 'He'],
      ['word', 'wrote'],
      ['punct', '\u201d\u201c"\u00bb'],
      ['word', 'and'],
      ['punct', '\u201d'],
      ['word', 'left'],
      ['punct', '.'],
    ]);
    expect(tokens[2]).toMatchObject({ start: 9, end: 13 });
  });

  it('keeps token indices in order past its first storage and reads them forward', () => {
    const list = new IndexList();
    for (let index = 0; index < 500; index += 3) list.push(index);
    expect([list.next(0), list.next(1), list.next(299), list.next(300), list.next(498), list.next(499)]).toStrictEqual([0, 3, 300, 300, 498, 0x7fffffff]);
    list.rewind();
    expect(list.next(4)).toBe(6);
    list.clear();
    expect(list.next(0)).toBe(0x7fffffff);
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
