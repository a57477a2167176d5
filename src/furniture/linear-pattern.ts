/**
 * Users' boilerplate patterns run in a linear-time engine, so no pattern a user writes can hang a parse the way a
 * backtracking `RegExp` like `/^(a+)+$/` does on a 40-character block.
 *
 * The engine is small on purpose (it used to be re2js, 46 KB gzipped, more than the rest of a browser bundle): the
 * pattern's structure (sequence, alternation, groups, quantifiers, anchors, word boundaries) is compiled into a
 * Thompson NFA and run as a Pike VM, every state of which advances once per character; each single character of
 * the pattern (a literal, `.`, an escape such as `\d` or `\p{Lu}`, a class `[...]`) is tested by JavaScript's own
 * `RegExp` on one character of the text, which takes constant time and keeps every flag's meaning. A test of a
 * block of n characters takes O(n × m) for a pattern of m states, never more.
 *
 * @module
 */

/**
 * What the boilerplate catalogue needs of a pattern: a yes or no for one block. A built-in `RegExp` (checked for
 * linear time by the ReDoS tests) and a user's pattern compiled by the linear-time engine both fit.
 *
 * @example
 * ```ts
 * import type { PatternMatcher } from 'wirecopy';
 * const matcher: PatternMatcher = /^Reuter$/;
 * matcher.test('Reuter'); // true
 * ```
 */
export interface PatternMatcher {
  /** Whether the pattern matches somewhere in `text` (as `RegExp.prototype.test` without `g` or `y`). */
  test(text: string): boolean;
}

/** Most NFA states one pattern may compile to (a bounded repetition is copied out: `(?:ab){1000}` is 2,000). */
export const MAX_PATTERN_STATES = 20_000;

type Assertion = 'start' | 'end' | 'boundary' | 'not-boundary';

/** The pattern's structure. A `char` is one character of the text, tested by its predicate. */
type Node =
  | { readonly type: 'char'; readonly test: (char: string) => boolean }
  | { readonly type: 'assert'; readonly kind: Assertion }
  | { readonly type: 'seq'; readonly items: readonly Node[] }
  | { readonly type: 'alt'; readonly options: readonly Node[] }
  | { readonly type: 'repeat'; readonly body: Node; readonly min: number; readonly max: number };

/** One NFA state. `char` consumes a character; `split` forks; `jump` goes on; `assert` checks a position. */
type State =
  | { op: 'char'; test: (char: string) => boolean }
  | { op: 'split'; next: number; alt: number }
  | { op: 'jump'; next: number }
  | { op: 'assert'; kind: Assertion }
  | { op: 'match' };

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** Reads a pattern's source into its structure; each single-character piece becomes a one-character `RegExp`. */
class Reader {
  private at = 0;
  private readonly cache = new Map<string, (char: string) => boolean>();
  private readonly unicode: boolean;
  private readonly sets: boolean;
  private readonly charFlags: string;

  constructor(
    private readonly source: string,
    flags: string,
  ) {
    this.unicode = flags.includes('u') || flags.includes('v');
    this.sets = flags.includes('v');
    this.charFlags = [...'isuv'].filter((flag) => flags.includes(flag)).join('');
  }

  read(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new SyntaxError(`unexpected ${JSON.stringify(this.source[this.at])} at ${this.at}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      items.push(atom.type === 'assert' ? atom : this.quantified(atom));
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  /** The quantifier after an atom, if any (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy). */
  private quantified(body: Node): Node {
    const rest = this.source.slice(this.at);
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    let min: number;
    let max: number;
    if (rest[0] === '*') [min, max, this.at] = [0, Infinity, this.at + 1];
    else if (rest[0] === '+') [min, max, this.at] = [1, Infinity, this.at + 1];
    else if (rest[0] === '?') [min, max, this.at] = [0, 1, this.at + 1];
    else if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.at += braces[0].length;
    } else return body;
    if (this.source[this.at] === '?') this.at += 1; // laziness changes which match, never whether one exists
    if (min > MAX_PATTERN_STATES || (max !== Infinity && max > MAX_PATTERN_STATES)) throw new SyntaxError(`repetition {${min},${max}} is too large`);
    return { type: 'repeat', body, min, max };
  }

  private atom(): Node {
    const char = this.source[this.at]!;
    if (char === '(') return this.group();
    if (char === '^' || char === '$') {
      this.at += 1;
      return { type: 'assert', kind: char === '^' ? 'start' : 'end' };
    }
    if (char === '[') return this.single(this.classEnd());
    if (char === '\\') return this.escape();
    if (char === '*' || char === '+' || char === '?') throw new SyntaxError(`nothing to repeat at ${this.at}`);
    const code = this.source.codePointAt(this.at)!;
    return this.single(this.at + (this.unicode && code > 0xffff ? 2 : 1));
  }

  private group(): Node {
    const rest = this.source.slice(this.at, this.at + 4);
    if (/^\(\?<?[=!]/.test(rest)) throw new SyntaxError('lookaround (?=…), (?!…), (?<=…) and (?<!…) is not supported');
    let open = 1;
    if (rest.startsWith('(?:')) open = 3;
    else if (rest.startsWith('(?<')) open = this.source.indexOf('>', this.at) + 1 - this.at;
    else if (rest.startsWith('(?')) throw new SyntaxError(`the group ${rest}… is not supported`);
    this.at += open;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new SyntaxError(`unterminated group`);
    this.at += 1;
    return { type: 'seq', items: [inner] }; // a group is an atom, even around an assertion: (?:^)* repeats it
  }

  /** The end of the class that starts here (`[` … `]`, escapes skipped; nested classes with the `v` flag). */
  private classEnd(): number {
    let depth = 0;
    for (let at = this.at; at < this.source.length; at += 1) {
      const char = this.source[at];
      if (char === '\\') at += 1;
      else if (char === '[' && (depth === 0 || this.sets)) depth += 1;
      else if (char === ']' && --depth === 0) return at + 1;
    }
    throw new SyntaxError('unterminated character class');
  }

  private escape(): Node {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new SyntaxError('\\ at end of pattern');
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { type: 'assert', kind: next === 'b' ? 'boundary' : 'not-boundary' };
    }
    if (/[1-9]/.test(next) || (next === 'k' && this.source[this.at + 2] === '<')) throw new SyntaxError('backreferences (\\1, \\k<name>) are not supported');
    const rest = this.source.slice(this.at);
    const long =
      /^\\x[\da-fA-F]{2}/.exec(rest) ??
      /^\\u[\da-fA-F]{4}/.exec(rest) ??
      (this.unicode ? (/^\\u\{[\da-fA-F]+\}/.exec(rest) ?? /^\\[pP]\{[^}]*\}/.exec(rest)) : null) ??
      /^\\c[A-Za-z]/.exec(rest);
    return this.single(this.at + (long ? long[0].length : 2));
  }

  /** One character of the text, tested by the pattern's source from here to `end` run as its own `RegExp`. */
  private single(end: number): Node {
    const piece = this.source.slice(this.at, end);
    this.at = end;
    let test = this.cache.get(piece);
    if (!test) {
      const plain = piece.length === 1 && !this.charFlags.includes('i') && !/[.\\[\]]/.test(piece);
      const expression = new RegExp(`^(?:${piece})$`, this.charFlags);
      test = plain ? (char) => char === piece : (char) => expression.test(char);
      this.cache.set(piece, test);
    }
    return { type: 'char', test };
  }
}

/** Compiles the structure into NFA states, the last of which is `match`. */
function compile(root: Node): readonly State[] {
  const states: State[] = [];
  const push = (state: State) => {
    if (states.length >= MAX_PATTERN_STATES) throw new SyntaxError(`the pattern needs more than ${MAX_PATTERN_STATES} states`);
    states.push(state);
    return states.length - 1;
  };
  const emit = (node: Node): void => {
    switch (node.type) {
      case 'char':
        push({ op: 'char', test: node.test });
        return;
      case 'assert':
        push({ op: 'assert', kind: node.kind });
        return;
      case 'seq':
        for (const item of node.items) emit(item);
        return;
      case 'alt': {
        const jumps: { op: 'jump'; next: number }[] = [];
        node.options.forEach((option, index) => {
          const last = index === node.options.length - 1;
          const split = last ? null : { op: 'split' as const, next: 0, alt: 0 };
          if (split) {
            push(split);
            split.next = states.length;
          }
          emit(option);
          if (!last) {
            const jump = { op: 'jump' as const, next: 0 };
            push(jump);
            jumps.push(jump);
            split!.alt = states.length;
          }
        });
        for (const jump of jumps) jump.next = states.length;
        return;
      }
      case 'repeat': {
        for (let count = 0; count < node.min; count += 1) emit(node.body);
        if (node.max === Infinity) {
          const split = { op: 'split' as const, next: 0, alt: 0 };
          const loop = push(split);
          split.next = states.length;
          emit(node.body);
          push({ op: 'jump', next: loop });
          split.alt = states.length;
          return;
        }
        const splits: { op: 'split'; next: number; alt: number }[] = [];
        for (let count = node.min; count < node.max; count += 1) {
          const split = { op: 'split' as const, next: 0, alt: 0 };
          push(split);
          split.next = states.length;
          splits.push(split);
          emit(node.body);
        }
        for (const split of splits) split.alt = states.length;
      }
    }
  };
  emit(root);
  push({ op: 'match' });
  return states;
}

/** Runs the NFA over `text` as a Pike VM: a set of states per position, each followed once. */
function run(states: readonly State[], text: string, multiline: boolean, unicode: boolean, isWord: (char: string) => boolean): boolean {
  const count = states.length;
  const seen = new Int32Array(count).fill(-1);
  let current: number[] = [];
  let next: number[] = [];
  const stack: number[] = [];
  const charAt = (at: number) => (unicode ? String.fromCodePoint(text.codePointAt(at)!) : text[at]!);
  const before = (at: number) => {
    if (at === 0) return '';
    const code = text.charCodeAt(at - 1);
    return unicode && code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
  };
  const holds = (kind: Assertion, at: number) => {
    if (kind === 'start') return at === 0 || (multiline && LINE_TERMINATOR.test(text[at - 1]!));
    if (kind === 'end') return at === text.length || (multiline && LINE_TERMINATOR.test(text[at]!));
    const boundary = isWord(before(at)) !== (at < text.length && isWord(charAt(at)));
    return kind === 'boundary' ? boundary : !boundary;
  };
  /** Adds `start` and every state it reaches without a character to `list`; true when one of them is `match`. */
  const add = (list: number[], start: number, at: number, step: number): boolean => {
    stack.push(start);
    while (stack.length > 0) {
      const index = stack.pop()!;
      if (seen[index] === step) continue;
      seen[index] = step;
      const state = states[index]!;
      if (state.op === 'match') {
        stack.length = 0;
        return true;
      }
      if (state.op === 'jump') stack.push(state.next);
      else if (state.op === 'split') stack.push(state.alt, state.next);
      else if (state.op === 'assert') {
        if (holds(state.kind, at)) stack.push(index + 1);
      } else list.push(index);
    }
    return false;
  };
  for (let at = 0, step = 0; ; step += 1) {
    if (add(current, 0, at, step)) return true; // a match may start at every position
    if (at >= text.length) return false;
    const char = charAt(at);
    next.length = 0;
    for (const index of current) {
      const state = states[index] as { op: 'char'; test: (char: string) => boolean };
      if (state.test(char) && add(next, index + 1, at + char.length, step + 1)) return true;
    }
    [current, next] = [next, current];
    at += char.length;
  }
}

/**
 * Compiles a JavaScript `RegExp` into a matcher that runs in time linear in its input. The flags `i`, `m`, `s`,
 * `u` and `v` keep their meaning; `g`, `y` and `d` are ignored. Lookaround and backreferences cannot run in linear
 * time: such a pattern is refused.
 *
 * @param pattern The user's pattern.
 * @returns The linear-time matcher.
 * @throws {SyntaxError} when the pattern uses what a linear-time engine cannot run; the message says what.
 *
 * @example
 * ```ts
 * linearMatcher(/^(a+)+$/).test(`${'a'.repeat(40)}!`); // false, at once
 * linearMatcher(/^more at \S+$/i).test('More at example.com'); // true
 * ```
 */
export function linearMatcher(pattern: RegExp): PatternMatcher {
  const { source, flags } = pattern;
  const states = compile(new Reader(source, flags).read());
  const unicode = flags.includes('u') || flags.includes('v');
  const word = new RegExp('^\\w$', [...'iuv'].filter((flag) => flags.includes(flag)).join(''));
  const isWord = (char: string) => char !== '' && word.test(char);
  const multiline = flags.includes('m');
  return { test: (text: string) => run(states, text, multiline, unicode, isWord) };
}
