/**
 * `running-pieces`: the pieces of a quotation that runs over paragraphs share one attribution; one found by a
 * piece's own cue wins over one guessed for a floating piece.
 *
 * > "We came here to talk," Smith said. ⏎ "We are still here and we are still talking. ⏎ "And we will stay until it is done,"
 * > Jones added.
 *
 * @module
 */
import type { Attribution, Quotation } from '../../types.js';
import type { AttributionState } from '../state.js';
import type { ArticleRule } from './types.js';

/** Whether a quotation was credited by a guess from its neighbours (a floating or carried quote), not by its own cue. */
function isGuessed(state: AttributionState, quotation: Quotation): boolean {
  const rule = state.creditRule.get(quotation);
  return rule === 'carry' || rule === 'float-before' || rule === 'float-after';
}

/** The rule. */
export const runningPieces: ArticleRule = Object.freeze<ArticleRule>({
  name: 'running-pieces',
  apply({ state, quotations, credits }) {
    if (!quotations.some((quotation) => quotation.continuedIn !== undefined)) return;
    const byId = new Map<string, Quotation>();
    for (const quotation of quotations) byId.set(quotation.id, quotation);
    const byQuotation = new Map<Quotation, Attribution>();
    for (const [node, credited] of credits) for (const quotation of credited) byQuotation.set(quotation, node);
    for (const quotation of byId.values()) {
      if (quotation.continuedFrom !== undefined || quotation.continuedIn === undefined) continue;
      const chain: Quotation[] = [];
      for (let piece: Quotation | undefined = quotation; piece; piece = piece.continuedIn ? byId.get(piece.continuedIn) : undefined) chain.push(piece);
      const explicit = chain.find((piece) => byQuotation.has(piece) && !isGuessed(state, piece));
      const owner = byQuotation.get(explicit ?? chain.find((piece) => byQuotation.has(piece))!);
      if (!owner) continue;
      for (const piece of chain) {
        const current = byQuotation.get(piece);
        if (current === owner || (current && !isGuessed(state, piece))) continue;
        // A set per node: moving a piece is O(1) (a splice out of an array was quadratic, issue 16).
        if (current) credits.get(current)!.delete(piece);
        credits.get(owner)!.add(piece);
        state.creditRule.set(piece, 'piece');
        byQuotation.set(piece, owner);
      }
    }
  },
});
