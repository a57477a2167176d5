/**
 * A sentence's candidates as a doubly linked chain in order of start, so that the quote rules insert and remove
 * candidates in O(1) (a splice into an array made one long sentence of cues quadratic, issue 16).
 *
 * @module
 */
import type { Candidate } from './candidate.js';

/** A candidate in the chain. */
export interface Link {
  /** The candidate. */
  readonly candidate: Candidate;
  /** The link before, if any. */
  prev: Link | undefined;
  /** The link after, if any. */
  next: Link | undefined;
}

/** The chain. */
export class Chain {
  /** The first link. */
  head: Link | undefined;
  /** The last link. */
  tail: Link | undefined;

  /** @param candidates The sentence's candidates, sorted by start. */
  constructor(candidates: readonly Candidate[]) {
    for (const candidate of candidates) this.insertBefore(undefined, candidate);
  }

  /** Inserts `candidate` before `link` (at the end when `link` is undefined); returns its link. */
  insertBefore(link: Link | undefined, candidate: Candidate): Link {
    const prev = link ? link.prev : this.tail;
    const created: Link = { candidate, prev, next: link };
    if (prev) prev.next = created;
    else this.head = created;
    if (link) link.prev = created;
    else this.tail = created;
    return created;
  }

  /** Takes `link` out of the chain. */
  remove(link: Link): void {
    if (link.prev) link.prev.next = link.next;
    else this.head = link.next;
    if (link.next) link.next.prev = link.prev;
    else this.tail = link.prev;
  }

  /** The link before `link` (the last one when `link` is undefined). */
  before(link: Link | undefined): Link | undefined {
    return link ? link.prev : this.tail;
  }

  /** The candidates, in order. */
  toArray(): Candidate[] {
    const list: Candidate[] = [];
    for (let link = this.head; link; link = link.next) list.push(link.candidate);
    return list;
  }
}
