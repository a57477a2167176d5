// The bench's inputs, built the same way in the parent and in every child process.
//
// Articles come from ../shared/gold/*.jsonl when that folder exists (licensed texts: read at run time only,
// never written into the repository), else from the seed article and the test fixtures. Scaling and
// adversarial inputs are made from them or generated; nothing here is written to disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const goldFolder = join(root, '..', 'shared', 'gold');

/** All article texts, and where they came from. */
export function loadArticles() {
  if (existsSync(goldFolder)) {
    const files = readdirSync(goldFolder).filter((name) => name.endsWith('.jsonl')).sort();
    const perFile = files.map((name) =>
      readFileSync(join(goldFolder, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line).text)
        .filter((text) => typeof text === 'string' && text.length > 0),
    );
    // Round-robin over the files, so a prefix of the stream mixes every source.
    const texts = [];
    for (let index = 0; perFile.some((list) => index < list.length); index += 1) {
      for (const list of perFile) if (index < list.length) texts.push(list[index]);
    }
    if (texts.length > 0) return { source: `gold (${files.join(', ')})`, texts };
  }
  const texts = [];
  for (const name of readdirSync(join(root, 'seeds')).sort()) texts.push(readFileSync(join(root, 'seeds', name), 'utf8'));
  const fixtures = join(root, 'tests', 'fixtures');
  for (const name of readdirSync(fixtures).sort()) {
    const file = join(fixtures, name, 'input.txt');
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (text.trim() !== '') texts.push(text);
    }
  }
  return { source: 'seed + test fixtures (no ../shared/gold/)', texts };
}

/** A stream of whole articles of at least `size` UTF-16 code units (texts repeat when there are too few). */
export function articleStream(texts, size) {
  const stream = [];
  let length = 0;
  for (let index = 0; length < size; index += 1) {
    const text = texts[index % texts.length];
    stream.push(text);
    length += text.length;
  }
  return stream;
}

/** One input of exactly `size` code units: articles joined by blank lines. */
export function joined(texts, size) {
  const parts = [];
  let length = 0;
  for (let index = 0; length < size; index += 1) {
    const text = texts[index % texts.length];
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

/** A small deterministic random generator (LCG), so inputs are the same on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

const MARKS = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u201e', '\u201a', '\u00ab', '\u00bb', '\u2039', '\u203a'];

/** `unit` repeated to `size` code units, after `prefix`. */
function repeated(prefix, unit, size) {
  return (prefix + unit.repeat(Math.ceil(size / unit.length))).slice(0, size);
}

/**
 * The adversarial inputs, each `size` code units long: the floods of the first bench, and the hostile shapes of the
 * reliability issue (a unit repeated: each once made a quadratic path, a crash or the largest trees per character).
 */
export const adversarial = {
  'quote marks': (size) => {
    const next = random(1);
    let text = '';
    while (text.length < size) text += MARKS[Math.floor(next() * MARKS.length)];
    return text;
  },
  'marks and words': (size) => {
    // Every mark opening a quotation (nesting to the cap), closers out of order, words in between.
    const next = random(2);
    const parts = [];
    let length = 0;
    while (length < size) {
      const part = MARKS[Math.floor(next() * MARKS.length)] + (next() < 0.7 ? 'word ' : ' ');
      parts.push(part);
      length += part.length;
    }
    return parts.join('').slice(0, size);
  },
  'no line break': (size, texts) => joined(texts, size).replace(/\r\n|\r|\n/g, ' '),
  'no space or line break': (size) => {
    const next = random(3);
    let text = '';
    while (text.length < size) text += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)].repeat(64);
    return text.slice(0, size);
  },
  // A running quote reopened on every paragraph and never closed.
  'running quote': (size) => repeated('"Hi," Jones said.\n\n', '"We are ready\n\n', size),
  // One long sentence of participle cues, each with a quotation.
  'participle chain': (size) => repeated('', 'Smith spoke, adding "a b c" and ', size),
  // Quotation after quotation on one line, after an attribution.
  'quote after quote': (size) => repeated('"We are ready," John Smith said.\n', '"a" ', size),
  // A speaker and a colon on every line.
  'colon chain': (size) => repeated('', 'Smith said:\n', size),
  // An unclosed quotation on every line.
  'unclosed per line': (size) => repeated('', '"a\n', size),
  // A paragraph of one letter on every line.
  'one-line paragraphs': (size) => repeated('', 'a\n', size),
  // Curly double and single marks alternating, each opening inside the one before.
  'alternating nested': (size) => repeated('', '\u201c\u2018\u201d\u2019', size),
};

/** The names of the hostile shapes among {@link adversarial} (the bench runs them for wirecopy only). */
export const hostileShapes = ['running quote', 'participle chain', 'quote after quote', 'colon chain', 'unclosed per line', 'one-line paragraphs', 'alternating nested'];

/** The paragraph-sized set: every article split at blank lines, each piece parsed on its own (briefs, alerts, feeds). */
export function paragraphPieces(texts) {
  const pieces = [];
  for (const text of texts) {
    for (const piece of text.split(/\r?\n[ \t]*\r?\n/)) if (piece.trim() !== '') pieces.push(piece);
  }
  return pieces;
}
