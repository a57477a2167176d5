/**
 * The regular expressions of src/ and recheck's verdict on each, shared by
 * the ReDoS tests (`tests/redos-*.test.ts`).
 *
 * The expressions are found, not listed: every regular-expression literal in
 * src/**\/*.ts (read with the TypeScript parser), every RegExp a module of
 * src/ exports (token patterns and the boilerplate catalogue as it runs
 * included), and every `new RegExp(...)` call site, which must be reachable
 * as an export or a token pattern so it can be checked.
 *
 * recheck (https://makenowjust-labs.github.io/recheck/) is a ReDoS checker:
 * automata theory where the pattern allows it, fuzzing with a step-counting
 * matcher otherwise. It runs here as its JavaScript build, with a fixed seed
 * and no time limits, so a verdict does not depend on the machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { checkSync, type Diagnostics } from 'recheck';

export const srcRoot = join(import.meta.dirname, '..', '..', 'src');

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
export function exportedRegExps(module: Record<string, unknown>): RegExp[] {
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

// recheck's pure JavaScript build (Scala.js), the same on every platform. Its default here would be a native
// binary where one exists for the platform, which explores differently: one of the patterns fixed for this test
// was found by the JavaScript build only.
process.env.RECHECK_SYNC_BACKEND = 'pure';

/** recheck's options: fixed seed, no time limits. Part of every cache key. */
const RECHECK_OPTIONS = { randomSeed: 0, timeout: null, incubationTimeout: null, seedingTimeout: null } as const;
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

/**
 * recheck's verdict on one expression. Fixed seed, no time limits, one
 * backend: the result is the same on every machine (only slower on a slow one).
 */
function redos(regex: RegExp): Diagnostics {
  return checkSync(regex.source, regex.flags, RECHECK_OPTIONS);
}

/** What a failing check prints: the verdict and recheck's attack string. */
export function verdict(regex: RegExp): string {
  const result = redos(regex);
  if (result.status === 'vulnerable') return `vulnerable (${result.complexity.type}${result.complexity.type === 'polynomial' ? `, degree ${result.complexity.degree}` : ''}), attack: ${result.attack.pattern}`;
  if (result.status === 'unknown') return `unknown (${result.error.kind})`;
  return 'safe';
}

/**
 * The cache key of one expression: a hash of everything a verdict depends on
 * (recheck's version, its options, the source and the flags). A changed or new
 * expression has a new key, so it is never answered from the cache.
 */
export function verdictKey(regex: RegExp, version = RECHECK_VERSION): string {
  return createHash('sha256').update(JSON.stringify([version, RECHECK_OPTIONS, regex.source, regex.flags])).digest('hex').slice(0, 32);
}

/**
 * Verdicts kept between runs, in a file of the repo (one per test file, so
 * two test files running in parallel never write the same file). It holds
 * the keys of expressions recheck found safe; nothing else is ever stored, so
 * the cache can only skip re-checking an expression already proven safe,
 * never pass one that is not. With `CI` set (`.ci/run`) the cache is neither
 * read nor written: every expression is checked.
 */
export class VerdictCache {
  readonly #file: string | undefined;
  readonly #known: ReadonlySet<string>;
  readonly #used = new Set<string>();
  /** How many verdicts this run computed with recheck (the rest came from the cache). */
  computed = 0;

  /** `file` undefined: no cache, every verdict is computed. */
  constructor(file: string | undefined, private readonly check: (regex: RegExp) => string = verdict) {
    this.#file = file;
    const stored = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { safe?: unknown }).safe : [];
    this.#known = new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
  }

  /** The verdict on `regex`: `'safe'` from the cache when its key is stored, else recheck's. */
  verdict(regex: RegExp): string {
    const key = verdictKey(regex);
    if (this.#file !== undefined && this.#known.has(key)) {
      this.#used.add(key);
      return 'safe';
    }
    this.computed += 1;
    const result = this.check(regex);
    if (result === 'safe') this.#used.add(key);
    return result;
  }

  /** Writes the keys proven safe in this run (stale ones drop out); only when they changed. */
  save(): void {
    if (this.#file === undefined) return;
    const text = `${JSON.stringify({ note: 'recheck verdicts (tests/helpers/regexes.ts): keys of expressions found safe. Rewritten by npm test; CI ignores it.', safe: [...this.#used].sort() }, null, 2)}\n`;
    if (existsSync(this.#file) && readFileSync(this.#file, 'utf8') === text) return;
    writeFileSync(`${this.#file}.tmp`, text);
    renameSync(`${this.#file}.tmp`, this.#file);
  }
}

/** The cache file of one ReDoS test file, or undefined (no cache) when `CI` is set. */
export function verdictCacheFile(name: string): string | undefined {
  return process.env.CI ? undefined : join(import.meta.dirname, '..', 'redos-cache', `${name}.json`);
}

const files = sourceFiles(srcRoot);
export const literals: Found[] = [];
export const dynamicSites: string[] = [];
for (const file of files) {
  const { literals: found, dynamic } = scan(file);
  literals.push(...found);
  dynamicSites.push(...dynamic);
}

/** Every RegExp a module of src/ exports, with its module. */
export const exported: (readonly [string, string, RegExp])[] = [];
for (const file of files) {
  if (file.includes(`${join('src', 'cli')}`)) continue; // the command runs on Node only; its flags are not prose patterns
  const module = (await import(file)) as Record<string, unknown>;
  for (const regex of exportedRegExps(module)) exported.push([relative(srcRoot, file), String(regex).slice(0, 60), regex]);
}

/** Per-test time limit for a recheck verdict: a second or two here, much longer on a slow machine. */
export const SLOW = 120_000;
