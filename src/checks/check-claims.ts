import type { Article } from '../schema/article.js';
import type { Sentence } from '../schema/sentence.js';
import type { Claim } from '../schema/claim.js';
import type { Finding } from '../schema/finding.js';
import type { Quote, Speaker } from '../schema/quote.js';
import type { DocContext } from '../pipeline/context.js';

export interface CheckInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
}

/** claims -> findings: sums, proportions, restatements and bounds within one article. */
export function checkClaims(_input: CheckInput, _ctx: DocContext): Finding[] {
  return [];
}
