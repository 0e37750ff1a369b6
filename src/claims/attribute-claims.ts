import type { Claim } from '../schema/claim.js';
import type { Quote } from '../schema/quote.js';
import { firstAtLeast } from '../text/sorted.js';

/**
 * Ties each claim that sits inside a quote's content span (direct, partial or indirect) to that quote and its speaker.
 * When quotes nest, the innermost one wins, and a direct quote wins a tie: it is the speaker's own words.
 */
export function attributeClaims(claims: readonly Claim[], quotes: readonly Quote[]): Claim[] {
  // Quotes by start, so each claim looks only at those that start before it and may reach it (a pass over every quote for
  // every claim was quadratic on long documents); candidates are then taken in the quotes' order, which breaks ties.
  const position = new Map(quotes.map((q, i) => [q, i]));
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  const longest = quotes.reduce((most, q) => Math.max(most, q.end - q.start), 0);
  return claims.map((claim) => {
    let best: Quote | null = null;
    const reaching: Quote[] = [];
    for (let k = firstAtLeast(byStart, claim.start + 1, (q) => q.start) - 1; k >= 0 && byStart[k]!.start >= claim.start - longest; k--) reaching.push(byStart[k]!);
    reaching.sort((a, b) => position.get(a)! - position.get(b)!);
    for (const q of reaching) {
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

