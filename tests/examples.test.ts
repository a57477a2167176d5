/**
 * The docs cannot rot: every public export has a TSDoc `@example`, every
 * example typechecks against the published types (dist/index.d.ts) and runs
 * against the built library (dist/index.js), and a line `expression; // value`
 * in an example is checked: the expression must equal the value. The README's
 * examples run too, and their printed output must match the README.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const distEntry = join(root, 'dist', 'index.js');
const distTypes = join(root, 'dist', 'index.d.ts');

interface Example {
  /** The export it documents, or `module` for the package comment. */
  name: string;
  /** Where the comment is. */
  where: string;
  code: string;
}

/** The fenced code blocks after each `@example` tag of a doc comment. */
function examplesOf(comment: string): string[] {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''));
  const found: string[] = [];
  let inExample = false;
  let fence: string[] | undefined;
  for (const line of lines) {
    if (/^@\w+/.test(line)) inExample = line.startsWith('@example');
    if (!inExample) continue;
    if (fence === undefined && /^```(ts|typescript|js)?\s*$/.test(line)) fence = [];
    else if (fence !== undefined && /^```\s*$/.test(line)) {
      found.push(fence.join('\n'));
      fence = undefined;
    } else if (fence !== undefined) fence.push(line);
  }
  return found;
}

/** Every public export of src/index.ts with the examples of its declarations. */
function publicExamples(): { exports: Map<string, Example[]> } {
  const entry = join(root, 'src', 'index.ts');
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const exports = new Map<string, Example[]>();
  const moduleComments = ts.getLeadingCommentRanges(source.text, 0) ?? [];
  exports.set(
    'module',
    moduleComments.flatMap((range) => examplesOf(source.text.slice(range.pos, range.end))).map((code) => ({ name: 'module', where: 'src/index.ts', code })),
  );
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const examples: Example[] = [];
    for (const declaration of target.declarations ?? []) {
      const file = declaration.getSourceFile();
      const where = `${file.fileName.slice(root.length + 1)}:${file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1}`;
      for (const doc of ts.getJSDocCommentsAndTags(declaration)) {
        if (!ts.isJSDoc(doc)) continue;
        for (const code of examplesOf(doc.getText())) examples.push({ name: symbol.name, where, code });
      }
    }
    exports.set(symbol.name, examples);
  }
  return { exports };
}

/**
 * Turns `expression; // value` lines into checks. A declaration
 * `const name = ...; // value` checks `name`. Comments that are not a
 * JavaScript value (prose) are left alone.
 */
export function addChecks(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const match = /^(\s*)(.+?);\s*\/\/\s*(.+?)\s*$/.exec(line);
    if (!match) return line;
    const [, indent, statement, expected] = match as unknown as [string, string, string, string];
    // Only a self-contained value counts (a literal, array or object of literals): a comment that
    // names variables, or is prose, is left alone.
    try {
      const value: unknown = new Function(`"use strict"; return (${expected});`)();
      if (typeof value === 'function') return line;
    } catch {
      return line;
    }
    const declaration = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(statement);
    if (declaration) {
      checks += 1;
      return `${line}\n${indent}__check(${declaration[1]}, (${expected}), ${JSON.stringify(line.trim())});`;
    }
    if (/^(import|export|type|interface|function|class|return|if|for|while|const|let|var)\b/.test(statement)) return line;
    checks += 1;
    return `${indent}__check((${statement}), (${expected}), ${JSON.stringify(line.trim())});`;
  });
  return { code: lines.join('\n'), checks };
}

/** Points `from 'wirecopy'` (and `'wirecopy/unified'`, `'wirecopy/guards'`) at the built library (types or code). */
function retarget(code: string, target: string): string {
  return code.replace(/from\s+(['"])wirecopy(?:\/(\w+))?\1/g, (_, _quote, entry?: string) => `from ${JSON.stringify(entry ? target.replace(/index\.js$/, `${entry}.js`) : target)}`);
}

const RUNNER = `import { format, isDeepStrictEqual, inspect } from 'node:util';
globalThis.__check = (actual, expected, line) => {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(\`\${line}: got \${inspect(actual, { depth: 6 })}, expected \${inspect(expected, { depth: 6 })}\`);
  }
};
const results = [];
for (const file of JSON.parse(process.argv[2])) {
  const logs = [];
  const log = console.log;
  console.log = (...args) => logs.push(format(...args));
  try {
    await import(file);
    results.push({ file, ok: true, output: logs.join('\\n') });
  } catch (error) {
    results.push({ file, ok: false, error: String(error && error.message || error) });
  } finally {
    console.log = log;
  }
}
process.stdout.write(JSON.stringify(results));`;

/** Runs examples (TypeScript) against dist in one Node process; returns one result per example. */
function runExamples(dir: string, codes: string[]): Array<{ ok: boolean; error?: string; output?: string }> {
  const files = codes.map((code, index) => {
    const js = ts.transpileModule(retarget(addChecks(code).code, pathToFileURL(distEntry).href), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const file = join(dir, `example-${index}.mjs`);
    writeFileSync(file, `${js}\nexport {};\n`);
    return pathToFileURL(file).href;
  });
  writeFileSync(join(dir, 'runner.mjs'), RUNNER);
  const result = spawnSync(process.execPath, [join(dir, 'runner.mjs'), JSON.stringify(files)], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`example runner failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Type errors of the examples against dist/index.d.ts, one string per error. */
function typeErrors(dir: string, codes: string[]): string[] {
  const files = codes.map((code, index) => {
    const file = join(dir, `example-${index}.ts`);
    writeFileSync(file, `${retarget(code, distTypes.replace(/\.d\.ts$/, '.js'))}\nexport {};\n`);
    return file;
  });
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: false,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/**
 * Examples in Markdown (README.md and docs/*.md): a ```js block followed by a
 * line "Output:" and a ```text block is run, and must print exactly that text.
 * (A block without "Output:" is not run, and the match never reaches across
 * it into the next block.)
 */
function markdownExamples(): Array<{ file: string; code: string; output: string }> {
  const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  const found: Array<{ file: string; code: string; output: string }> = [];
  const pattern = /```js\n((?:(?!```)[\s\S])*)```[ \t]*\n\s*Output:[ \t]*\n\s*```text\n([\s\S]*?)```/g;
  for (const file of files) {
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(pattern)) {
      found.push({ file, code: match[1]!, output: match[2]!.replace(/\n$/, '') });
    }
  }
  return found;
}

const { exports } = publicExamples();
const all = [...exports.values()].flat();
let dir = '';
let results: Array<{ ok: boolean; error?: string; output?: string }> = [];

beforeAll(() => {
  if (!existsSync(distEntry)) throw new Error('dist/ is missing: run npm run build first');
  // Inside the repository (.tmp/ is ignored by git) so that examples can import the dependencies.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(root, '.tmp', 'examples-'));
  results = runExamples(dir, all.map((example) => example.code));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('TSDoc examples', () => {
  it('finds the public exports', () => {
    expect([...exports.keys()]).toContain('parseArticle');
    expect(exports.size).toBeGreaterThan(20);
  });

  it('every public export has an @example', () => {
    const missing = [...exports].filter(([, examples]) => examples.length === 0).map(([name]) => name);
    expect(missing).toStrictEqual([]);
  });

  it('every example typechecks against the published types', () => {
    const typeDir = mkdtempSync(join(tmpdir(), 'wirecopy-example-types-'));
    try {
      const errors = typeErrors(typeDir, all.map((example) => example.code));
      const named = errors.map((error) => {
        const index = Number(/example-(\d+)\.ts/.exec(error)?.[1]);
        return `${all[index]?.name} (${all[index]?.where}): ${error}`;
      });
      expect(named).toStrictEqual([]);
    } finally {
      rmSync(typeDir, { recursive: true, force: true });
    }
  });

  it.each(all.map((example, index) => [`${example.name} (${example.where})`, index] as const))('%s runs and its value comments hold', (_label, index) => {
    const result = results[index]!;
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('checks value comments: some examples have them, and a wrong one fails', () => {
    expect(all.reduce((sum, example) => sum + addChecks(example.code).checks, 0)).toBeGreaterThan(20);
    const [wrong, right, prose, destructured] = runExamples(dir, [
      "import { parseArticle } from 'wirecopy';\nparseArticle('Hi.').type; // 'paragraph'",
      "import { parseArticle } from 'wirecopy';\nconst kids = parseArticle('Hi.').children.length; // 1",
      "import { parseArticle } from 'wirecopy';\nparseArticle('Hi.'); // the whole tree",
      "import { parseArticle } from 'wirecopy';\nconst [first] = parseArticle('Hi.').children; // first.type === 'paragraph'\nfirst?.type; // first is a paragraph",
    ]);
    expect(wrong!.ok).toBe(false);
    expect(wrong!.error).toMatch(/got 'article', expected 'paragraph'/);
    expect(right!.ok).toBe(true);
    expect(prose!.ok).toBe(true);
    expect(destructured!.error).toBeUndefined();
  });
});

describe('Markdown examples (README.md, docs/*.md)', () => {
  const examples = markdownExamples();

  it('the README and the getting-started guide have runnable examples with their output', () => {
    expect(examples.filter((example) => example.file === 'README.md').length).toBeGreaterThan(0);
    expect(examples.filter((example) => example.file === 'docs/getting-started.md').length).toBeGreaterThan(0);
  });

  it.each(examples.map((example, index) => [example.file, index] as const))('%s example %i runs and prints what it shows', (_file, index) => {
    const example = examples[index]!;
    const [result] = runExamples(dir, [example.code]);
    expect(result!.error).toBeUndefined();
    expect(result!.output).toBe(example.output);
  });
});
