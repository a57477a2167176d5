/**
 * Who a speaker is: short names resolve to the fullest earlier name of the
 * same person ("Peskov" -> "Dmitry Peskov"), `he` and `she` to the most
 * recent fitting person named as a speaker or as the subject of a sentence.
 *
 * @module
 */
import type { Language } from '../language/types.js';

type Gender = 'male' | 'female' | undefined;

/** One person of the article. */
export interface Person {
  /** The fullest name seen so far, honorifics left out. */
  full: string;
  /** How many words `full` has. */
  count: number;
  /** The first word of `full` lower-cased, when it has more than one (a given name or an initial). */
  given: string | undefined;
  gender: Gender;
  /**
   * Whether the text gave the person a sign of being one (an honorific, a title, a role, a first name the pack
   * knows): such a person is a pronoun's candidate even when the same name is also written as a place.
   */
  personal: boolean;
}

/** Whether two given names, lower-cased, may be one person's: equal, or one the other's initial (`d.` and `daniel`). */
function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  const initial = (word: string): boolean => word.length === 2 && word.endsWith('.');
  return (initial(a) && b.startsWith(a[0]!)) || (initial(b) && a.startsWith(b[0]!));
}

/**
 * Words of a name without honorifics, a suffix or a possessive ending, and
 * the key of the person (the last word lower-cased), and how many honorifics and titles opened it. `lowers`
 * are the words lower-cased.
 */
function nameWords(lang: Language, words: readonly string[], lowers: readonly string[]): { words: string[]; key: string; gender: Gender; titles: number } {
  let first = 0;
  let end = words.length;
  let gender: Gender;
  while (end - first > 1) {
    const lower = lowers[first]!;
    if (!lang.honorifics.has(lower) && !lang.titleHeads.has(lower)) break;
    if (lang.maleHonorifics.has(lower)) gender = 'male';
    if (lang.femaleHonorifics.has(lower)) gender = 'female';
    first += 1;
  }
  while (end - first > 1 && lang.suffixes.has(lowers[end - 1]!)) end -= 1;
  const kept = first === 0 && end === words.length ? (words as string[]) : words.slice(first, end);
  if (kept.length === 0) return { words: kept, key: '', gender, titles: first };
  const last = kept.at(-1)!;
  const stripped = lang.morphology.possessiveStem(last);
  if (stripped !== undefined) {
    const copy = kept === words ? kept.slice() : kept;
    copy[copy.length - 1] = stripped;
    return { words: copy, key: stripped.toLowerCase(), gender, titles: first };
  }
  return { words: kept, key: lowers[end - 1]!, gender, titles: first };
}

/**
 * Whether a name's words, honorifics left out, are all words of a party, a nation or a region (`Republican`,
 * `Democrats`, `Southern`, `Ukrainian`): a group, no person.
 */
function isGroupName(lang: Language, words: readonly string[]): boolean {
  for (const word of words) {
    const lower = word.toLowerCase();
    if (!lang.groupWords.has(lower) && !lang.nationalities.has(lower)) return false;
  }
  return true;
}

/** The words of a name as written (`"Sen. Ann Miller"`) and lower-cased. */
function splitWords(name: string): { words: string[]; lowers: string[] } {
  const words = name.split(' ').filter((word) => word.length > 0);
  return { words, lowers: words.map((word) => word.toLowerCase()) };
}

/** Tracks the people of one article in document order (one instance per parse, in its attribution state). */
export class Resolver {
  /** The people of each surname (the last word of a name, lower-cased), in the order they were first named. */
  private readonly people = new Map<string, Person[]>();
  /** The person last named in full with each given name, lower-cased. */
  private readonly byGiven = new Map<string, Person>();
  private readonly recent: Person[] = [];
  /** The person last given each title word, lower-cased, with the words of that role. */
  private readonly roles = new Map<string, { person: Person; words: readonly string[] }>();
  /** Names written as places (after `in`, in the dateline), lower-cased, their words one space apart. */
  private readonly places = new Set<string>();

  /** @param lang The language whose honorifics, suffixes and pronouns the names are read with. */
  constructor(private readonly lang: Language) {}

  /** Forgets every person, so the instance can serve the next article. */
  clear(): void {
    this.people.clear();
    this.byGiven.clear();
    this.recent.length = 0;
    this.roles.clear();
    this.places.clear();
  }

  /**
   * Records a name the text writes as a place, lower-cased (`ashford` in "a nurse in Ashford", `puerto rico` in the
   * dateline "SAN JUAN, Puerto Rico"): a name with those words and no sign of a person is no one from now on.
   *
   * @example
   * ```ts
   * const resolver = new Resolver(english);
   * resolver.markPlace(['port', 'arden']);
   * resolver.mention('Port Arden', true); // undefined
   * ```
   */
  markPlace(lowers: readonly string[]): void {
    if (lowers.length === 0) return;
    const name = lowers.join(' ');
    // Someone already named with that surname keeps it ("confidence in Trump" after "Donald Trump"), unless it is
    // this very name with no sign of a person ("On Tuesday, Puerto Rico missed ..." before "in Puerto Rico").
    const namesakes = this.people.get(lowers.at(-1)!);
    if (namesakes?.some((person) => person.personal || person.full.toLowerCase() !== name)) return;
    this.places.add(name);
  }

  /** Whether a person stands for a place the text has named, with no sign of being a person. */
  private placeOnly(person: Person): boolean {
    return !person.personal && this.places.size > 0 && this.places.has(person.full.toLowerCase());
  }

  /** Whether a name, lower-cased, is a place by the pack's list or the text's. */
  private isPlaceName(name: string): boolean {
    return this.lang.placeNames.has(name) || this.places.has(name);
  }

  /** Registers a person's name seen in the text (`subject`: as a sentence subject, which makes it a pronoun's candidate). */
  mention(name: string, subject: boolean): Person | undefined {
    const { words, lowers } = splitWords(name);
    return this.mentionWords(words, lowers, subject);
  }

  /**
   * {@link mention} for a name given as its words, as written and
   * lower-cased (the scanner's tokens have both): no string to split.
   */
  mentionWords(written: readonly string[], lowers: readonly string[], subject: boolean): Person | undefined {
    const { words, key, gender, titles } = nameWords(this.lang, written, lowers);
    if (words.length === 0) return undefined;
    // The given name: the first word of two or more, unless it is a particle of the surname ("Le Pen", "de Vries").
    const first = words.length > 1 ? words[0]!.toLowerCase() : undefined;
    const given = first !== undefined && !this.lang.particles.has(first) ? first : undefined;
    // The gender an honorific tells, else the first name's (a pack with `givenNames`); it only rules antecedents out.
    const told = gender ?? (given === undefined ? undefined : this.lang.givenNameGenders.get(given));
    // A sign of a person: an honorific or a title before the name, or a first name the pack knows.
    const personal = titles > 0 || (given !== undefined && this.lang.givenNameGenders.has(given));
    // A first name alone is the person last named in full with it, when no one has it as a surname ("Chris said"
    // after "Chris Anderson"): news copy uses first names for children, relatives and feature subjects.
    if (words.length === 1 && !this.people.has(key)) {
      const named = this.byGiven.get(key);
      if (named) {
        if (subject) this.touch(named);
        return named;
      }
    }
    // A place or a party word is no one, unless this mention shows a person or someone has the name already
    // ("Jordan" after "Michael Jordan", "Cuban" after "Mark Cuban"): "Washington" after "in Washington", "France",
    // "Puerto Rico", "Republican".
    if (!personal && !this.people.has(key) && (isGroupName(this.lang, words) || this.isPlaceName(words.map((word) => word.toLowerCase()).join(' ')))) return undefined;
    let namesakes = this.people.get(key);
    if (!namesakes) this.people.set(key, (namesakes = []));
    // A full name is the person with the same given name (or initial), or one known by the surname alone so far,
    // never someone else of that surname ("Mara Roth" after "Daniel Roth" is a second person). A surname alone is
    // the first person of that surname: news copy gives a second one of the same surname their full or first name
    // each time ("Bill Clinton" in a story on Hillary Clinton, whose "Clinton" stays hers).
    let person = given === undefined ? namesakes[0] : namesakes.find((candidate) => candidate.given === undefined || sameGiven(candidate.given, given));
    if (!person) {
      person = { full: words.join(' '), count: words.length, given, gender: told, personal };
      namesakes.push(person);
      if (given !== undefined) this.byGiven.set(given, person);
    } else {
      if (words.length > person.count) {
        person.full = words.join(' ');
        person.count = words.length;
        person.given = given;
        if (given !== undefined) this.byGiven.set(given, person);
      }
      person.gender ??= told;
      person.personal ||= personal;
    }
    // The titles that opened the name are roles of the person ("Gov. Dana Whitfield": a later "the governor").
    if (titles > 0) this.giveRole(person, lowers.slice(0, titles));
    if (subject) this.touch(person);
    return person;
  }

  /** Whether a single word, lower-cased, is the surname of someone named earlier. */
  known(lower: string): boolean {
    return this.people.has(lower);
  }

  /** Whether a single word, lower-cased, is the surname or the given name of someone named earlier. */
  knownWord(lower: string): boolean {
    return this.people.has(lower) || this.byGiven.has(lower);
  }

  /** The resolved name of a named speaker (and it becomes the most recent person). */
  resolveName(name: string): string | undefined {
    const person = this.mention(name, true);
    return person?.full;
  }

  /**
   * Records the words of a role a person was given, lower-cased (`Mayor` in "Mayor Karen Holt", "the county fire
   * chief" after a name): the person becomes the one last given each title word of it (`mayor`, `chief`).
   */
  giveRole(person: Person, lowers: readonly string[]): void {
    // An abbreviated title counts as the title it stands for ("Gov." is "governor").
    const words = lowers.map((word) => this.lang.titleAbbreviations.get(word) ?? word);
    person.personal = true;
    for (const word of words) if (this.lang.titleHeads.has(word) && !word.endsWith('s')) this.roles.set(word, { person, words });
  }

  /**
   * The person a definite role ("the mayor", "the former governor"), lower-cased, stands for: the one last given a
   * role with its last word and every other word of it ("the Russian president" is not "President Obama"); that
   * person becomes the most recent. `undefined` for anything else.
   */
  resolveRole(lowers: readonly string[]): string | undefined {
    if (lowers[0] !== 'the' || lowers.length > 4) return undefined;
    const role = this.roles.get(lowers.at(-1)!);
    if (!role || !lowers.every((word, index) => index === 0 || role.words.includes(word))) return undefined;
    this.touch(role.person);
    return role.person.full;
  }

  /** The person a pronoun most likely points to, or `undefined`. */
  resolvePronoun(pronoun: string): string | undefined {
    // Only a pronoun that tells a gender (`he`, `she`) points to one person.
    const lower = pronoun.toLowerCase();
    const gender: Gender = Object.hasOwn(this.lang.pack.pronouns, lower) ? this.lang.pack.pronouns[lower]!.gender : undefined;
    if (gender === undefined) return undefined;
    const person = this.recent.find((candidate) => (candidate.gender === undefined || candidate.gender === gender) && !this.placeOnly(candidate));
    if (!person) return undefined;
    person.gender = gender;
    this.touch(person);
    return person.full;
  }

  /** The person a pronoun most likely points to, like {@link resolvePronoun}, without changing who is most recent or their gender. */
  peekPronoun(pronoun: string): string | undefined {
    const lower = pronoun.toLowerCase();
    const gender: Gender = Object.hasOwn(this.lang.pack.pronouns, lower) ? this.lang.pack.pronouns[lower]!.gender : undefined;
    if (gender === undefined) return undefined;
    return this.recent.find((candidate) => (candidate.gender === undefined || candidate.gender === gender) && !this.placeOnly(candidate))?.full;
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
