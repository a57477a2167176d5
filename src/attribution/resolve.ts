/**
 * Who a speaker is: short names resolve to the fullest earlier name of the
 * same person ("Peskov" -> "Dmitry Peskov"), `he` and `she` to the most
 * recent fitting person named as a speaker or as the subject of a sentence.
 *
 * @module
 */
import { FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, TITLE_HEADS } from './lexicon.js';

type Gender = 'male' | 'female' | undefined;

interface Person {
  /** The fullest name seen so far, honorifics left out. */
  full: string;
  /** How many words `full` has. */
  count: number;
  gender: Gender;
}

const SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** Words of a name without honorifics, a suffix or a possessive ending. */
function nameWords(name: string): { words: string[]; gender: Gender } {
  const words = name.split(' ').filter((word) => word.length > 0);
  let gender: Gender;
  while (words.length > 1) {
    const lower = words[0]!.toLowerCase();
    if (!HONORIFICS.has(lower) && !TITLE_HEADS.has(lower)) break;
    if (MALE_HONORIFICS.has(lower)) gender = 'male';
    if (FEMALE_HONORIFICS.has(lower)) gender = 'female';
    words.shift();
  }
  while (words.length > 1 && SUFFIXES.has(words.at(-1)!.toLowerCase())) words.pop();
  const last = words.at(-1);
  if (last && (last.endsWith("'s") || last.endsWith('’s'))) words[words.length - 1] = last.slice(0, -2);
  return { words, gender };
}

/** Tracks the people of one article in document order. */
export class Resolver {
  private readonly people = new Map<string, Person>();
  private readonly recent: Person[] = [];

  /** Registers a person's name seen in the text (`subject`: as a sentence subject, which makes it a pronoun's candidate). */
  mention(name: string, subject: boolean): Person | undefined {
    const { words, gender } = nameWords(name);
    if (words.length === 0) return undefined;
    const key = words.at(-1)!.toLowerCase();
    let person = this.people.get(key);
    if (!person) {
      person = { full: words.join(' '), count: words.length, gender };
      this.people.set(key, person);
    } else {
      if (words.length > person.count) {
        person.full = words.join(' ');
        person.count = words.length;
      }
      person.gender ??= gender;
    }
    if (subject) this.touch(person);
    return person;
  }

  /** Whether a single word is the surname of someone named earlier. */
  known(word: string): boolean {
    return this.people.has(word.toLowerCase());
  }

  /** The resolved name of a named speaker (and it becomes the most recent person). */
  resolveName(name: string): string | undefined {
    const person = this.mention(name, true);
    return person?.full;
  }

  /** The person a pronoun most likely points to, or `undefined`. */
  resolvePronoun(pronoun: string): string | undefined {
    const lower = pronoun.toLowerCase();
    if (lower !== 'he' && lower !== 'she') return undefined;
    const gender: Gender = lower === 'he' ? 'male' : 'female';
    const person = this.recent.find((candidate) => candidate.gender === undefined || candidate.gender === gender);
    if (!person) return undefined;
    person.gender = gender;
    this.touch(person);
    return person.full;
  }

  private touch(person: Person): void {
    const recent = this.recent;
    if (recent[0] === person) return;
    const at = recent.indexOf(person);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(person);
    if (recent.length > 8) recent.length = 8;
  }
}
