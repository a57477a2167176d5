/**
 * Linear time (issue 6): no regular expression in src/ and no token pattern
 * may backtrack super-linearly.
 *
 * The test finds the expressions itself: every regular-expression literal
 * in src/**\/*.ts (read with the TypeScript parser), every RegExp a module of
 * src/ exports (token patterns included), and every `new RegExp(...)` call,
 * which must be reachable as an export or a token pattern so it can be
 * checked. Each expression is run over worst-case strings built from the
 * characters it mentions (long runs of one character or of a pair, with and
 * without a failing last character), as a search and as a global scan, and
 * the time for 100k characters must stay under 50 times the time for 10k
 * (linear gives about 10, quadratic about 100; each time is the best of
 * three rounds, since noise only ever adds time). The
 * lexers' hand-written matchers (word-level and prose runs) are checked the
 * same way through `tokenize` and `tokenizeArticle`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allTokens, tokenize, tokenizeArticle } from '../src/lexer/index.js';

const srcRoot = join(import.meta.dirname, '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  regex: RegExp;
}

/** Regex literals and `new RegExp` call sites of one file. */
function scan(path: string): { literals: Found[]; dynamic: string[] } {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals: Found[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node): string => `${relative(srcRoot, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const slash = text.lastIndexOf('/');
      literals.push({ where: where(node), regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      dynamic.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, dynamic };
}

/** RegExp values among a module's exports (one level into arrays and plain objects). */
function exportedRegExps(module: Record<string, unknown>): RegExp[] {
  const found: RegExp[] = [];
  for (const value of Object.values(module)) {
    if (value instanceof RegExp) {
      found.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) if (item instanceof RegExp) found.push(item);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) if (item instanceof RegExp) found.push(item);
    }
  }
  return found;
}

/** Characters an expression mentions, plus a few every prose pattern meets. */
function alphabet(regex: RegExp): string[] {
  const chars = new Set<string>(['a', 'A', '7', ' ', '\n', '.', ',', '"', "'", '\u201d', '\u2019', '-', '\u2014', '(', ':']);
  const source = regex.source;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (char !== '\\') {
      if (!'()[]{}|?*+^$'.includes(char)) chars.add(char);
      continue;
    }
    const next = source[index + 1] ?? '';
    index += 1;
    if (next === 'u' && source[index + 1] === '{') {
      const end = source.indexOf('}', index);
      chars.add(String.fromCodePoint(Number.parseInt(source.slice(index + 2, end), 16)));
      index = end;
    } else if (next === 'u') {
      chars.add(String.fromCharCode(Number.parseInt(source.slice(index + 1, index + 5), 16)));
      index += 4;
    } else if (next === 'x') {
      chars.add(String.fromCharCode(Number.parseInt(source.slice(index + 1, index + 3), 16)));
      index += 2;
    } else if (next === 'p' || next === 'P') {
      index = source.indexOf('}', index);
      for (const sample of ['a', 'Z', 'é', '7']) chars.add(sample);
    } else if ('dDwWsSbB'.includes(next)) {
      for (const sample of { d: ['7'], D: ['a'], w: ['a', '_'], W: [' '], s: [' ', '\t'], S: ['a'], b: [], B: [] }[next as 'd']) chars.add(sample);
    } else if (next === 'n') chars.add('\n');
    else if (next === 'r') chars.add('\r');
    else if (next === 't') chars.add('\t');
    else chars.add(next);
  }
  return [...chars];
}

/** Worst-case candidates of length `size`: runs of one character or a pair, with and without a failing end. */
function candidates(chars: string[], size: number): string[][] {
  const shapes: string[][] = [];
  for (const char of chars) shapes.push([char, '']), shapes.push([char, '\u0000']);
  const letters = chars.slice(0, 24);
  for (const first of letters) for (const second of letters) if (first !== second) shapes.push([first + second, '\u0000']);
  return shapes.map(([unit, end]) => [unit!.repeat(Math.ceil(size / unit!.length)).slice(0, size - end!.length) + end!, unit!]);
}

/**
 * Runs the expression the ways code uses one: a search, and a global scan
 * over the whole text. The two copies are made once, so every timed call
 * runs the same compiled expression.
 */
function exerciser(regex: RegExp): (text: string) => void {
  const single = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  const global = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + 'g');
  return (text) => {
    single.test(text);
    // Every match in turn, as matchAll or a replace would find them, without building a new string.
    global.lastIndex = 0;
    for (let match = global.exec(text); match !== null; match = global.exec(text)) {
      if (match[0] === '') global.lastIndex += 1;
    }
  };
}

/** Milliseconds per call: calls repeated until 10 ms have passed, best of three such rounds (noise only adds time). */
function timeOf(action: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round += 1) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      action();
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < 10);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/** The worst 100k/10k time ratio of `run` over the candidate strings (the three slowest at 10k are re-timed at 100k). */
function worstRatio(chars: string[], run: (text: string) => void): { ratio: number; unit: string } {
  const small = candidates(chars, 10_000).map(([text, unit]) => {
    let best = Number.POSITIVE_INFINITY;
    // A quick screen: one call each; the slowest few are timed properly.
    const start = performance.now();
    run(text!);
    best = performance.now() - start;
    return { unit: unit!, best };
  });
  small.sort((a, b) => b.best - a.best);
  let worst = { ratio: 0, unit: '' };
  for (const { unit } of small.slice(0, 3)) {
    const short = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 9_999) + '\u0000';
    const long = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 99_999) + '\u0000';
    run(long); // warm-up
    const ratio = timeOf(() => run(long)) / timeOf(() => run(short));
    if (ratio > worst.ratio) worst = { ratio, unit };
  }
  return worst;
}

// Linear is ~10; quadratic ~100. Generous, so a busy CI machine cannot flake it.
const LIMIT = 50;

const files = sourceFiles(srcRoot);
const literals: Found[] = [];
const dynamicSites: string[] = [];
for (const file of files) {
  const { literals: found, dynamic } = scan(file);
  literals.push(...found);
  dynamicSites.push(...dynamic);
}

describe('the check itself', () => {
  it('catches a pattern that is quadratic in a global scan', () => {
    // /\s+$/ retries the whole run of spaces from every start: the classic trim-end trap.
    const run = exerciser(/\s+$/);
    const short = `${' '.repeat(499)}x`;
    const long = `${' '.repeat(4_999)}x`;
    run(long);
    expect(timeOf(() => run(long)) / timeOf(() => run(short))).toBeGreaterThan(LIMIT);
  });
});

describe('regular expressions in src/', () => {
  it('are found (the scan sees the known ones)', () => {
    expect(literals.some((found) => found.where.startsWith('lexer/'))).toBe(true);
    expect(dynamicSites.some((site) => site.startsWith('lexer/tokens.ts'))).toBe(true);
  });

  it('every `new RegExp` is reachable for checking: exported, or a token pattern', async () => {
    for (const site of dynamicSites) {
      const file = site.slice(0, site.lastIndexOf(':'));
      const module = (await import(join(srcRoot, file))) as Record<string, unknown>;
      const reachable = exportedRegExps(module).length > 0 || (file.startsWith('lexer/') && allTokens.some((type) => type.PATTERN instanceof RegExp));
      expect(reachable, `${site}: export the RegExp (or add it to the token table) so tests/regex.test.ts can check it`).toBe(true);
    }
  });

  it.each(literals.map((found) => [`${found.where} ${String(found.regex).slice(0, 60)}`, found.regex] as const))('literal %s runs in linear time', (_, regex) => {
    const { ratio, unit } = worstRatio(alphabet(regex), exerciser(regex));
    expect(ratio, `worst on runs of ${JSON.stringify(unit)}`).toBeLessThan(LIMIT);
  });

  it('every exported RegExp of every module runs in linear time', async () => {
    let checked = 0;
    for (const file of files) {
      if (file.includes(`${join('src', 'cli')}`)) continue; // the command runs on Node only; its flags are not prose patterns
      const module = (await import(file)) as Record<string, unknown>;
      for (const regex of exportedRegExps(module)) {
        const { ratio, unit } = worstRatio(alphabet(regex), exerciser(regex));
        expect(ratio, `${relative(srcRoot, file)} ${String(regex)} on runs of ${JSON.stringify(unit)}`).toBeLessThan(LIMIT);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(0);
  });
});

describe('the token table', () => {
  it.each(allTokens.filter((type) => type.PATTERN instanceof RegExp).map((type) => [type.name, type.PATTERN as RegExp] as const))('pattern of %s runs in linear time', (_, regex) => {
    const { ratio, unit } = worstRatio(alphabet(regex), exerciser(regex));
    expect(ratio, `worst on runs of ${JSON.stringify(unit)}`).toBeLessThan(LIMIT);
  });

  const lexerChars = ['a', 'Z', '7', ' ', '\t', '\n', '\r', "'", '\u2019', '"', '-', '\u2011', ',', '.', ':', 's', '`', '\u201c', '\u00ab', '\u00a0', '\ud800', '😀'];
  const lexers = [
    ['the word-level lexer', tokenize],
    ['the article lexer (prose runs)', tokenizeArticle],
  ] as const;

  it.each(lexers)('%s (hand-written matchers included) tokenises in linear time', (_, lex) => {
    const { ratio, unit } = worstRatio(lexerChars, (text) => lex(text));
    expect(ratio, `worst on runs of ${JSON.stringify(unit)}`).toBeLessThan(LIMIT);
  });

  it.each(lexers)("%s: apostrophe, joiner and space chains stay linear: a'a'a…, 1,1,1…, troops' troops' …, 'n' 'n' …", (_, lex) => {
    for (const unit of ["a'", 'a-', '1,', '1.', "troops' ", "'n' ", "'90s ", "s' a", 'a ', 'a, ', '1 ', 'a  \n', '` ', "''a"]) {
      const short = unit.repeat(10_000 / unit.length);
      const long = unit.repeat(100_000 / unit.length);
      lex(long);
      const ratio = timeOf(() => lex(long)) / timeOf(() => lex(short));
      expect(ratio, JSON.stringify(unit)).toBeLessThan(LIMIT);
    }
  });
});
