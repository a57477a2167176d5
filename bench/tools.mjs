// The parsers the bench compares, each as `run(text)`: wirecopy from dist/ (never tsx: see
// docs/grammar.md), the JavaScript libraries a user would pick instead, and a charCodeAt floor.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The speed of light for any parser in JS: one charCodeAt pass counting quote marks and line breaks. */
function floor(text) {
  let marks = 0;
  let lines = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) lines += 1;
    else if (code === 34 || code === 39 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e) || code === 0x2039 || code === 0x203a) marks += 1;
  }
  return marks + lines;
}

/** Tool names in table order; `wirecopy` is the reference for ratios. */
export const toolNames = ['wirecopy', 'wirecopy + quotations()', 'parse-english', 'wink-nlp', 'compromise + .quotations()', 'sbd (sentences only)', 'charCodeAt floor'];

/**
 * Loads one tool. Returns `{ run }`, or `{ skipped: reason }` when it cannot run here.
 *
 * @param {string} name
 */
export async function loadTool(name) {
  switch (name) {
    case 'wirecopy': {
      const { parseArticle } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
      return { run: (text) => parseArticle(text) };
    }
    case 'wirecopy + quotations()': {
      const wirecopy = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
      if (typeof wirecopy.quotations !== 'function') return { skipped: 'quotations() is not exported yet' };
      return { run: (text) => wirecopy.quotations(wirecopy.parseArticle(text)) };
    }
    case 'parse-english': {
      const { ParseEnglish } = await import('parse-english');
      const parser = new ParseEnglish();
      return { run: (text) => parser.parse(text) };
    }
    case 'wink-nlp': {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      return { run: (text) => nlp.readDoc(text) };
    }
    case 'compromise + .quotations()': {
      const nlp = require('compromise');
      return { run: (text) => nlp(text).quotations().out('array') };
    }
    case 'sbd (sentences only)': {
      const sbd = require('sbd');
      return { run: (text) => sbd.sentences(text) };
    }
    case 'charCodeAt floor':
      return { run: floor };
    default:
      throw new Error(`unknown tool ${name}`);
  }
}
