import type { Claim } from '../schema/claim.js';
import type { Quote } from '../schema/quote.js';

/**
 * Ties each claim that sits inside a quote's content span (direct, partial or indirect) to that quote and its speaker.
 * When quotes nest, the innermost one wins, and a direct quote wins a tie: it is the speaker's own words.
 */
export function attributeClaims(claims: readonly Claim[], quotes: readonly Quote[]): Claim[] {
  return claims.map((claim) => {
    let best: Quote | null = null;
    for (const q of quotes) {
      if (q.start > claim.start || claim.end > q.end) continue;
      if (!best) best = q;
      else {
        const a = q.end - q.start;
        const b = best.end - best.start;
        if (a < b || a === b && q.kind === 'direct' && best.kind !== 'direct') best = q;
      }
    }
    return best ? { ...claim, quoteId: best.id, speakerId: best.speakerId } : claim;
  });
}
