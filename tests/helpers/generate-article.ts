/**
 * A fast-check arbitrary that assembles wire-like articles: a headline, a
 * byline, a dateline, paragraphs of prose with quotations (straight, curly,
 * low and guillemet marks, nested, partial, running over paragraphs) and
 * attributions, boilerplate lines, in one of the three layouts, with noise
 * (stray marks, odd spacing, mixed line breaks, control characters, a BOM,
 * emoji and lone surrogates). Every piece is made up here in the style of
 * wire copy; none is taken from real articles.
 */
import fc from 'fast-check';

const NAMES = ['Jane Doe', 'John Roe', 'Maria Alvarez', 'Kenji Sato', 'Amina Okafor', 'Lars Berg', 'the minister', 'a spokeswoman'];
const ROLES = ['the city’s mayor', 'a senior official', 'the union’s president', 'a fellow at the institute', 'Deputy Foreign Minister'];
const CUES = ['said', 'told reporters', 'added', 'wrote on Twitter', 'according to', 'stated', 'warned', 'says'];
const PLACES = ['MOSCOW', 'WASHINGTON', 'LOUISVILLE, Ky.', 'AUSTIN, Texas', 'LONDON/SINGAPORE', 'CHICAGO', 'SALVADOR'];
const AGENCIES = ['(AP)', '(Reuters)', '(AFP)', ''];
const DATES = ['', ', Jan 12', ', Feb 26', ', March 3'];
const DASHES = ['—', '-', '--', '–'];
const WORDS = [
  'the', 'government', 'said', 'on', 'Tuesday', 'that', 'it', 'would', 'not', 'back', 'down', 'troops', 'border', 'talks',
  'in', 'Geneva', 'were', 'expected', 'to', 'resume', 'next', 'week', 'officials', 'Russia’s', 'won’t', 'troops’', 'combat-ready',
  'COVID-19', '100,000', '1.4', '12:50', '1990s', '’90s', "'90s", 'rock', "'n'", 'roll', 'U.S.', 'NATO', 'percent', 'Jones’',
];
const BOILERPLATE = [
  'The Associated Press contributed to this report.',
  '(Reporting by Jane Doe; Editing by John Roe)',
  'Reuter',
  '-30-',
  '###',
  '___',
  '* * *',
  'Follow AP’s coverage at https://apnews.com/hub/example',
  '(AP Photo/Jane Doe)',
  'Post a Comment',
  'View comments (299)',
  'Copyright 2024 The Associated Press. All rights reserved.',
  'This story has been corrected to show the vote was on Tuesday.',
  '12:50 p.m.',
];
/** Opening and closing marks of one quotation style. */
const STYLES: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['\u201c', '\u201d'],
  ["'", "'"],
  ['\u2018', '\u2019'],
  ['\u201e', '\u201c'],
  ['\u00ab', '\u00bb'],
  ['\u2039', '\u203a'],
];
const NOISE = ['"', '\u201d', '\u2019', '\u00bb', '\u201c', '  ', '\t', '\u00a0', '\u200b', '\ufeff', '\u0000', '\u0007', '\ud800', '\udfff', '😀', 'e\u0301', 'שלום', 'مرحبا', '\r', '\r\n', '…', '...'];

const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));

/** A quotation, possibly nested one level, possibly left open. */
const quotation: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...STYLES), sentence, fc.option(fc.tuple(fc.constantFrom(...STYLES), sentence)), fc.boolean())
  .map(([[open, close], words, nested, closed]) => {
    const inner = nested ? ` ${nested[0][0]}${nested[1]}${nested[0][1]} ${words}` : '';
    return `${open}${words}${inner},${closed ? close : ''}`;
  });

const speaker = fc.tuple(fc.constantFrom(...NAMES), fc.option(fc.constantFrom(...ROLES))).map(([name, role]) => (role ? `${name}, ${role},` : name));

/** A paragraph of prose: sentences, quotations with attributions before or after them, partial quotes. */
const paragraph: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: sentence.map((text) => `${text[0]!.toUpperCase()}${text.slice(1)}.`) },
      { weight: 3, arbitrary: fc.tuple(quotation, speaker, fc.constantFrom(...CUES)).map(([quote, who, cue]) => `${quote} ${who} ${cue}.`) },
      { weight: 2, arbitrary: fc.tuple(speaker, fc.constantFrom(...CUES), quotation).map(([who, cue, quote]) => `${who} ${cue}: ${quote}`) },
      { weight: 1, arbitrary: fc.tuple(speaker, sentence, fc.constantFrom(...STYLES), sentence).map(([who, text, [open, close], quoted]) => `${who} called it ${text} ${open}${quoted}${close} on Monday.`) },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((sentences) => sentences.join(' '));

const dateline = fc
  .tuple(fc.constantFrom(...PLACES), fc.constantFrom(...DATES), fc.constantFrom(...AGENCIES), fc.constantFrom(...DASHES))
  .map(([place, date, agency, dash]) => `${place}${date}${agency ? ` ${agency}` : ''} ${dash} `);

const headline = fc.array(word, { minLength: 2, maxLength: 9 }).map((words) => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '));
const byline = fc.tuple(fc.constantFrom(...NAMES), fc.option(fc.constantFrom(...NAMES)), fc.constantFrom('Associated Press', 'Reuters', 'AFP')).map(([a, b, org]) => `By ${a.toUpperCase()}${b ? ` and ${b.toUpperCase()}` : ''}, ${org}`);

/** Hard-wraps a paragraph at about `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(' ')) {
    if (line !== '' && line.length + piece.length + 1 > width) {
      lines.push(line);
      line = piece;
    } else line = line === '' ? piece : `${line} ${piece}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Inserts noise at pseudo-random places chosen by `picks` (positions as fractions, noise indexes). */
function addNoise(text: string, picks: ReadonlyArray<readonly [number, number]>): string {
  let result = text;
  for (const [where, which] of picks) {
    const at = Math.floor(where * (result.length + 1));
    result = result.slice(0, at) + NOISE[which % NOISE.length]! + result.slice(at);
  }
  return result;
}

/** The pieces of one generated article, before they are laid out. */
export interface ArticleParts {
  headline: string | null;
  byline: string | null;
  dateline: string | null;
  paragraphs: string[];
  boilerplate: string[];
  layout: 'line' | 'blank' | 'indent';
  lineBreak: '\n' | '\r\n' | '\r';
  noise: Array<[number, number]>;
}

/** The parts of a wire-like article. */
export const articleParts: fc.Arbitrary<ArticleParts> = fc.record({
  headline: fc.option(headline),
  byline: fc.option(byline),
  dateline: fc.option(dateline),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 8 }),
  boilerplate: fc.array(fc.constantFrom(...BOILERPLATE), { maxLength: 3 }),
  layout: fc.constantFrom('line' as const, 'blank' as const, 'indent' as const),
  lineBreak: fc.constantFrom('\n' as const, '\n' as const, '\r\n' as const, '\r' as const),
  noise: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat()), { maxLength: 6 }),
});

/** Lays the parts out as text in their layout. */
export function layOut(parts: ArticleParts): string {
  const nl = parts.lineBreak;
  const body = parts.paragraphs.map((text, index) => (index === 0 && parts.dateline ? parts.dateline + text : text));
  const blocks: string[] = [];
  if (parts.headline) blocks.push(parts.headline);
  if (parts.byline) blocks.push(parts.byline);
  let text: string;
  if (parts.layout === 'line') {
    text = [...blocks, ...body, ...parts.boilerplate].join(nl);
  } else if (parts.layout === 'blank') {
    text = [...blocks, ...body.map((p) => wrap(p, 64).join(nl)), ...parts.boilerplate].join(nl + nl);
  } else {
    text = [...blocks, ...body.map((p) => `    ${wrap(p, 60).join(nl)}`), ...parts.boilerplate.map((line) => `    ${line}`)].join(nl);
  }
  return addNoise(text + nl, parts.noise);
}

/** Wire-like article texts. */
export const article: fc.Arbitrary<string> = articleParts.map(layOut);
