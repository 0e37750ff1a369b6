import type { Article } from '../schema/article.js';
import type { Sentence } from '../schema/sentence.js';
import type { Claim } from '../schema/claim.js';
import type { Quote } from '../schema/quote.js';
import type { DocContext } from '../pipeline/context.js';

export interface ClaimInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
}

/** sentences -> numeric claims (attribution left null; see attributeClaims). */
export function findClaims(_input: ClaimInput, _ctx: DocContext): Claim[] {
  return [];
}

/** Ties each claim that sits inside a quote (or in a reported statement's sentence) to that quote and its speaker. */
export function attributeClaims(claims: readonly Claim[], quotes: readonly Quote[]): Claim[] {
  return claims.map((claim) => {
    const quote = quotes.find((q) => q.start <= claim.start && claim.end <= q.end);
    return quote ? { ...claim, quoteId: quote.id, speakerId: quote.speakerId } : claim;
  });
}
