/**
 * Options of {@link parseArticle}, checked and filled in with defaults.
 *
 * @module
 */
import { statelessPattern, type BoilerplatePattern, type ResolvedBoilerplatePattern } from './furniture/boilerplate.js';
import { linearMatcher } from './furniture/linear-pattern.js';
import { english } from './language/en/index.js';
import type { Language } from './language/types.js';
import { DEFAULT_MAX_DEPTH, type Layout } from './parser/index.js';
import { boilerplateKinds, type BoilerplateKind } from './types.js';

/**
 * How to parse. Every field is optional.
 *
 * @example
 * ```ts
 * import { parseArticle, type ParseOptions } from 'wirecopy';
 * const options: ParseOptions = { layout: 'blank' };
 * parseArticle('A hard-wrapped\nparagraph.\n\nAnother one.', options).children.length; // 3
 * ```
 */
export interface ParseOptions {
  /**
   * How lines group into paragraphs: `line` (one paragraph per line),
   * `blank` (hard-wrapped, blank lines between paragraphs), `indent`
   * (hard-wrapped, an indented line starts a paragraph), or `auto` (the
   * default) to detect it from the text.
   */
  layout?: Layout | 'auto';
  /** Deepest quotation nesting kept as structure (default 32, 1 to 100); deeper marks stay text. The grammar recurses once per level, so the cap keeps the call stack safe in any thread. */
  maxQuotationDepth?: number;
  /**
   * Label wire furniture: headline, bylines, dateline and boilerplate
   * (default `true`). With `false` every block stays a paragraph.
   */
  furniture?: boolean;
  /**
   * Your own boilerplate forms, tried before the built-in catalogue (see
   * `docs/furniture.md`). Each `pattern` is tested against a whole block of
   * at most 600 characters, its line breaks folded into spaces and trimmed;
   * anchor it (`^…$`) so it does not catch prose. Flags `g` and `y` are
   * ignored. Patterns run in a linear-time engine (an NFA, see `docs/furniture.md`), so none can hang a
   * parse; lookaround and backreferences are refused with a `RangeError`.
   *
   * @example
   * ```ts
   * import { parseArticle } from 'wirecopy';
   * const tree = parseArticle('Story.\n\nMore at example.com', {
   *   boilerplate: [{ kind: 'related', pattern: /^More at \S+$/ }],
   * });
   * tree.children[2]?.type; // 'boilerplate'
   * ```
   */
  boilerplate?: readonly BoilerplatePattern[];
  /**
   * Extra cue verbs, as lemmas (`'opine'`, `'point out'`): their regular forms
   * (`opines`, `opined`, `opining`) become cues with that lemma, on top of the
   * built-in lexicon (see `docs/attribution.md`). At most 1000, each one word
   * or a verb and its particle, 1 to 40 characters.
   */
  cues?: readonly string[];
  /**
   * The language pack the attribution and speaker passes read (default {@link english}); `cues` extends it. Build a
   * pack with {@link defineLanguage} (see `docs/language-packs.md`).
   *
   * @example
   * ```ts
   * import { english, extendCues, parseArticle } from 'wirecopy';
   * const language = extendCues(english, ['opine']); // build once, reuse for every parse
   * parseArticle('"Fine," Smith opined.', { language }).children[0]?.type; // 'paragraph'
   * ```
   */
  language?: Language;
  /** Whether to find attributions (default `true`); `false` skips the attribution and speaker passes. */
  attribution?: boolean;
  /**
   * Whether to mark the content of reported speech (default `true`): `reportedSpeech` nodes for indirect and mixed
   * quotes (`Smith said the talks had failed.`), linked to their attributions (see `docs/attribution.md`). With
   * `false` no such node is made and no attribution is added for them: the tree is the one of direct quotes alone.
   * Needs `attribution`.
   *
   * @example
   * ```ts
   * import { parseArticle } from 'wirecopy';
   * const paragraph = parseArticle('Smith said the talks had failed.', { reportedSpeech: false }).children[0];
   * paragraph?.type === 'paragraph' && paragraph.children.some((node) => node.type === 'reportedSpeech'); // false
   * ```
   */
  reportedSpeech?: boolean;
  /**
   * Whether reported speech includes what is not speech (default `true`): beliefs (`Smith believes that ...`,
   * `thinks`, `expects`, `hopes`, `fears`) and evidence (`polls show ...`, `a report found ...`). With `false`
   * only speech counts.
   *
   * @example
   * ```ts
   * import { parseArticle } from 'wirecopy';
   * parseArticle('Smith believes the talks will fail.', { beliefs: false }).children[0]?.type; // 'paragraph'
   * ```
   */
  beliefs?: boolean;
}

/**
 * Options with every default filled in.
 *
 * @example
 * ```ts
 * import { english, type ResolvedOptions } from 'wirecopy';
 * const resolved: ResolvedOptions = { layout: 'auto', maxQuotationDepth: 32, furniture: true, boilerplate: [], cues: [], language: english, attribution: true, reportedSpeech: true, beliefs: true };
 * ```
 */
export interface ResolvedOptions {
  /** See {@link ParseOptions.layout}. */
  layout: Layout | 'auto';
  /** See {@link ParseOptions.maxQuotationDepth}. */
  maxQuotationDepth: number;
  /** See {@link ParseOptions.furniture}. */
  furniture: boolean;
  /** See {@link ParseOptions.boilerplate}: each pattern with its linear-time matcher. */
  boilerplate: readonly ResolvedBoilerplatePattern[];
  /** See {@link ParseOptions.cues}. */
  cues: readonly string[];
  /** See {@link ParseOptions.language}. */
  language: Language;
  /** See {@link ParseOptions.attribution}. */
  attribution: boolean;
  /** See {@link ParseOptions.reportedSpeech}. */
  reportedSpeech: boolean;
  /** See {@link ParseOptions.beliefs}. */
  beliefs: boolean;
}

/**
 * Highest `maxQuotationDepth` allowed. At 1,000 the grammar's recursion overflowed the call stack of a worker
 * thread on Node 24 (about seven frames per level); 100 levels is far deeper than any real article.
 */
const MAX_QUOTATION_DEPTH = 100;

const LAYOUTS: ReadonlyArray<ResolvedOptions['layout']> = ['auto', 'line', 'blank', 'indent'];

/**
 * Describes a value for an error message (the one describer of `parseArticle`'s arguments and options):
 * `undefined`, `null`, `an array`, `the RegExp /a/`, `the string "a"`, `an object` (with its class when it is not a
 * plain object), `a function`, else its type and value (`number 42`).
 */
export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof RegExp) return `the RegExp ${String(value)}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') {
    const tag = Object.prototype.toString.call(value);
    return tag === '[object Object]' ? 'an object' : `an object (${tag})`;
  }
  return `${typeof value} ${String(value)}`;
}

/** The defaults, one per option. */
function defaults(): ResolvedOptions {
  return { layout: 'auto', maxQuotationDepth: DEFAULT_MAX_DEPTH, furniture: true, boilerplate: [], cues: [], language: english, attribution: true, reportedSpeech: true, beliefs: true };
}

/** One checker per option: returns the resolved value or throws a TypeError/RangeError naming the option. */
const checkers: { [Key in keyof ResolvedOptions]-?: (value: unknown) => ResolvedOptions[Key] } = {
  layout(value) {
    if (!LAYOUTS.includes(value as ResolvedOptions['layout'])) {
      throw new TypeError(`parseArticle: options.layout must be one of ${LAYOUTS.join(', ')}, got ${describe(value)}`);
    }
    return value as ResolvedOptions['layout'];
  },
  maxQuotationDepth(value) {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new TypeError(`parseArticle: options.maxQuotationDepth must be an integer, got ${describe(value)}`);
    }
    if (value < 1 || value > MAX_QUOTATION_DEPTH) {
      throw new RangeError(`parseArticle: options.maxQuotationDepth must be from 1 to ${MAX_QUOTATION_DEPTH}, got ${value}`);
    }
    return value;
  },
  furniture(value) {
    if (typeof value !== 'boolean') throw new TypeError(`parseArticle: options.furniture must be a boolean, got ${describe(value)}`);
    return value;
  },
  boilerplate(value) {
    if (!Array.isArray(value)) {
      throw new TypeError(`parseArticle: options.boilerplate must be an array of { kind, pattern }, got ${describe(value)}`);
    }
    // Array.from visits holes as undefined (map skips them and would keep the array sparse).
    return Array.from(value as unknown[], (entry, index) => checkBoilerplatePattern(entry, index));
  },
  cues(value) {
    if (!Array.isArray(value)) throw new TypeError(`parseArticle: options.cues must be an array of strings, got ${describe(value)}`);
    if (value.length > 1000) throw new RangeError(`parseArticle: options.cues may hold at most 1000 cues, got ${value.length}`);
    return Array.from(value as unknown[], (cue, index) => {
      if (typeof cue !== 'string') throw new TypeError(`parseArticle: options.cues[${index}] must be a string, got ${describe(cue)}`);
      // Runs of white space count as one space, as in the text the cue is matched against.
      const trimmed = cue.trim().replace(/\s+/g, ' ');
      if (trimmed.length < 1 || trimmed.length > 40 || !CUE_PATTERN.test(trimmed)) {
        throw new RangeError(`parseArticle: options.cues[${index}] must be one word or a verb and its particle (letters, hyphens, apostrophes; 1 to 40 characters), got ${describe(cue)}`);
      }
      return trimmed.toLowerCase();
    });
  },
  language(value) {
    if (!isLanguage(value)) throw new TypeError(`parseArticle: options.language must be a language pack built by defineLanguage, got ${describe(value)}`);
    return value;
  },
  attribution(value) {
    if (typeof value !== 'boolean') throw new TypeError(`parseArticle: options.attribution must be a boolean, got ${describe(value)}`);
    return value;
  },
  reportedSpeech(value) {
    if (typeof value !== 'boolean') throw new TypeError(`parseArticle: options.reportedSpeech must be a boolean, got ${describe(value)}`);
    return value;
  },
  beliefs(value) {
    if (typeof value !== 'boolean') throw new TypeError(`parseArticle: options.beliefs must be a boolean, got ${describe(value)}`);
    return value;
  },
};

const BOILERPLATE_KINDS: readonly string[] = boilerplateKinds;

/** Whether a value has the shape {@link defineLanguage} builds (its cue lexicon, sets and word-form rules). */
function isLanguage(value: unknown): value is Language {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<Language>;
  return typeof candidate.tag === 'string' && candidate.cues?.signatures instanceof Uint8Array && candidate.notNames instanceof Set && typeof candidate.morphology?.inflect === 'function' && typeof candidate.pack === 'object';
}

/** Checks one entry of `options.boilerplate`; returns a copy whose pattern has no `g`/`y` flag, with its linear-time matcher. */
function checkBoilerplatePattern(entry: unknown, index: number): ResolvedBoilerplatePattern {
  const name = `options.boilerplate[${index}]`;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    throw new TypeError(`parseArticle: ${name} must be an object { kind, pattern }, got ${describe(entry)}`);
  }
  const { kind, pattern } = entry as Record<string, unknown>;
  if (typeof kind !== 'string') throw new TypeError(`parseArticle: ${name}.kind must be a string, got ${describe(kind)}`);
  if (!BOILERPLATE_KINDS.includes(kind)) {
    throw new RangeError(`parseArticle: ${name}.kind must be one of ${BOILERPLATE_KINDS.join(', ')}, got ${describe(kind)}`);
  }
  if (!(pattern instanceof RegExp)) throw new TypeError(`parseArticle: ${name}.pattern must be a RegExp, got ${describe(pattern)}`);
  let matcher;
  try {
    matcher = linearMatcher(pattern);
  } catch (error) {
    throw new RangeError(`parseArticle: ${name}.pattern ${String(pattern)} cannot run in linear time: ${(error as Error).message}`);
  }
  return { kind: kind as BoilerplateKind, pattern: statelessPattern(pattern), matcher };
}

/** A cue lemma: letters, with spaces, hyphens and apostrophes between them. */
const CUE_PATTERN = /^\p{L}+(?:['\u2019-]\p{L}+)*(?: \p{L}+)?$/u;

/**
 * Checks user options and fills in defaults.
 *
 * @throws {TypeError} for an unknown key or a value of the wrong type.
 * @throws {RangeError} for a number out of range.
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  const resolved = defaults();
  if (options === undefined) return resolved;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`parseArticle: options must be an object, got ${describe(options)}`);
  }
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(checkers, key)) {
      throw new TypeError(`parseArticle: unknown option ${JSON.stringify(key)}; known options: ${Object.keys(checkers).join(', ')}`);
    }
    const name = key as keyof ResolvedOptions;
    (resolved as unknown as Record<string, unknown>)[name] = checkers[name](value);
  }
  return resolved;
}
