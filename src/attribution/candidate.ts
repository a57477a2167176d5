/**
 * An attribution found in a paragraph before it becomes a node: its cue, its speaker phrase, the words it wraps and
 * the quotations it credits, by token indices. One factory builds every candidate.
 *
 * @module
 */
import type { Range, SpeakerPhrase } from './names.js';

/**
 * How the speaker sits relative to the cue: `subject` (before it), `inverted` (after it), `according` (after
 * "according to"), `participle` ("..., adding"), `conjoined` ("... and said"): both of those share the speaker
 * of the attribution before them; `positional` (a verb the lexicon does not know between a quote and a name),
 * `colon` (a name or subject before a colon); for reported speech only (source rules): `belief` (`Smith believes`),
 * `evidence` (`polls show`), `noun` (`his warning that`).
 */
export type CandidateKind = 'subject' | 'inverted' | 'according' | 'participle' | 'conjoined' | 'positional' | 'colon' | 'belief' | 'evidence' | 'noun';

/** An attribution found in a paragraph, by token ranges. */
export interface Candidate {
  /** The cue words. */
  cue: Range;
  /** The cue's lemma. */
  lemma: string;
  /** Speaker and role, when found next to the cue. */
  phrase: SpeakerPhrase | undefined;
  /** How the speaker sits relative to the cue. */
  kind: CandidateKind;
  /** The attribution's extent: the words it wraps. */
  extent: Range;
  /** Whether it may stand alone as reported speech (form `indirect`). */
  speech: boolean;
  /** For a `participle` or `conjoined` cue: the attribution whose speaker it shares. */
  shares?: Candidate;
  /** Index of its sentence in the paragraph. */
  sentence: number;
  /** The quote tokens it credits, by token index. */
  quotes: number[];
}

/** What a candidate is made of; `quotes` start empty. */
export interface CandidateParts {
  /** See {@link Candidate.kind}. */
  kind: CandidateKind;
  /** See {@link Candidate.cue}. */
  cue: Range;
  /** See {@link Candidate.lemma}. */
  lemma: string;
  /** See {@link Candidate.phrase}. */
  phrase: SpeakerPhrase | undefined;
  /** See {@link Candidate.extent}. */
  extent: Range;
  /** See {@link Candidate.speech}. */
  speech: boolean;
  /** See {@link Candidate.sentence}. */
  sentence: number;
  /** See {@link Candidate.shares}. */
  shares?: Candidate;
}

/** Builds a candidate (every field in one order, so V8 gives them all one shape). */
export function makeCandidate(parts: CandidateParts): Candidate {
  const candidate: Candidate = { cue: parts.cue, lemma: parts.lemma, phrase: parts.phrase, kind: parts.kind, extent: parts.extent, speech: parts.speech, sentence: parts.sentence, quotes: [] };
  if (parts.shares) candidate.shares = parts.shares;
  return candidate;
}

/** Whether a candidate borrows its speaker from the attribution before it (`participle`, `conjoined`). */
export function sharesSpeaker(candidate: Candidate): boolean {
  return candidate.kind === 'participle' || candidate.kind === 'conjoined';
}

/** The first token of a speaker phrase with its role. */
export function phraseStart(phrase: SpeakerPhrase): number {
  return Math.min(phrase.speaker.start, phrase.role?.start ?? Infinity);
}

/** Whether two token ranges overlap. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}
