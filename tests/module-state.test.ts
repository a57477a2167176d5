/**
 * No module-level mutable state in src/: every module-level binding is a `const`, and none is initialised with a
 * mutable container (`new Map`, `new Set`, `new WeakMap`, a class instance, an array or object literal) unless its
 * type says it is read-only (`readonly T[]`, `ReadonlySet`, `ReadonlyMap`, `Readonly<...>`, `as const`,
 * `Object.freeze`). Per-parse state lives in objects passed explicitly (see `src/attribution/state.ts`).
 *
 * The exceptions are listed below, each with its reason; a new one fails this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

/** `file:name` -> why it may stay. */
const ALLOWED: Readonly<Record<string, string>> = {
  // Chevrotain instances, created lazily once and reused (engineering.md: "One lexer and one parser instance");
  // a parse is synchronous, and each call sets the instance's whole input before it reads any.
  'lexer/index.ts:articleLexer': 'the Chevrotain lexer, created on first use',
  'lexer/index.ts:wordLexer': 'the Chevrotain word lexer, created on first use',
  'parser/index.ts:parser': 'the Chevrotain parser, created on first use',
  'furniture/grammar.ts:parser': 'the Chevrotain furniture parser, created on first use',
  // Chevrotain custom token patterns return an array; the lexer reuses one instead of allocating one per match.
  'lexer/runs.ts:result': 'the reused match array of a custom token pattern',
  'lexer/words.ts:result': 'the reused match array of a custom token pattern',
  'lexer/words.ts:backtick': 'the match array a custom token pattern returns for a single backtick (never written)',
  // Token tables Chevrotain reads at start-up (it wants plain arrays).
  'lexer/index.ts:keptTokens': 'Chevrotain token table', 'lexer/tokens.ts:quoteTokens': 'Chevrotain token table',
  'lexer/tokens.ts:articleTokens': 'Chevrotain token table', 'lexer/tokens.ts:wordTokens': 'Chevrotain token table',
  'lexer/tokens.ts:allTokens': 'Chevrotain token table', 'lexer/tokens.ts:neverInRun': 'token types, read only',
  'lexer/words.ts:ELISIONS': 'a lexer word list (the lexer is outside the language pack: it defines tokens)',
  'furniture/vocabulary.ts:furnitureTokens': 'Chevrotain token table of the furniture grammar',
};

/** Tables filled once when their module loads and only read after (typed arrays cannot be typed read-only). */
const LOAD_TIME_TABLES = new Set([
  'words/scan.ts:ASCII',
  'parser/grammar.ts:contentTypes', 'parser/grammar.ts:quoteTypes', 'parser/grammar.ts:openerTypes',
  'parser/grammar.ts:straightTypes', 'parser/grammar.ts:apostropheLikeTypes', 'parser/grammar.ts:closesTable',
  'parser/grammar.ts:reversibleTypes',
]);

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const READONLY_TYPE = /^(readonly |Readonly|ReadonlyArray|ReadonlySet|ReadonlyMap)/;

/** Why a module-level declaration is mutable state, or `undefined`. */
function mutability(declaration: ts.VariableDeclaration, flags: ts.NodeFlags, source: ts.SourceFile): string | undefined {
  if (!(flags & ts.NodeFlags.Const)) return 'a module-level let/var';
  const init = declaration.initializer;
  if (!init) return undefined;
  const type = declaration.type?.getText(source) ?? '';
  if (READONLY_TYPE.test(type)) return undefined;
  let value: ts.Expression = init;
  if (ts.isAsExpression(value) && value.type.getText(source) === 'const') return undefined;
  if (ts.isCallExpression(value) && value.expression.getText(source) === 'Object.freeze') return undefined;
  while (ts.isParenthesizedExpression(value) || ts.isAsExpression(value) || ts.isSatisfiesExpression(value)) value = value.expression;
  if (ts.isNewExpression(value)) {
    const made = value.expression.getText(source);
    if (made === 'RegExp' || made === 'TextDecoder' || made === 'TextEncoder') return undefined;
    return `a module-level new ${made}(...)`;
  }
  if (ts.isArrayLiteralExpression(value)) return 'a module-level array literal without a readonly type';
  if (ts.isObjectLiteralExpression(value) && value.properties.some((property) => !ts.isMethodDeclaration(property) && !(ts.isPropertyAssignment(property) && (ts.isArrowFunction(property.initializer) || ts.isFunctionExpression(property.initializer))))) {
    return 'a module-level object literal with data, without a Readonly type';
  }
  return undefined;
}

function findings(): string[] {
  const found: string[] = [];
  for (const path of files(src)) {
    const name = relative(src, path).replaceAll('\\', '/');
    if (name.startsWith('cli/')) continue; // the command's own process state (not part of the library)
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const id = `${name}:${declaration.name.getText(source)}`;
        const why = mutability(declaration, statement.declarationList.flags, source);
        if (!why || id in ALLOWED) continue;
        // The boilerplate catalogue: arrays of forms, read only (the catalogue module freezes what it builds).
        if (name === 'furniture/boilerplate-forms.ts' && why.includes('array literal')) continue;
        if (LOAD_TIME_TABLES.has(id) && why.includes('Uint8Array')) continue;
        found.push(`${id}: ${why}`);
      }
    }
  }
  return found;
}

describe('module state', () => {
  it('has no module-level mutable state in src/', () => {
    expect(findings()).toStrictEqual([]);
  });

  it('catches a module-level let, a Map and an unmarked array (the check can fail)', () => {
    const source = ts.createSourceFile('x.ts', 'let a = 1;\nconst b = new Map();\nconst c = [1];\nconst d: readonly number[] = [1];\nconst e = [1] as const;', ts.ScriptTarget.Latest, true);
    const reasons = source.statements.filter(ts.isVariableStatement).map((statement) => mutability(statement.declarationList.declarations[0]!, statement.declarationList.flags, source));
    expect(reasons).toStrictEqual(['a module-level let/var', 'a module-level new Map(...)', 'a module-level array literal without a readonly type', undefined, undefined]);
  });
});
