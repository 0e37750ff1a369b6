import type { Article } from '../schema/article.js';
import type { Sentence } from '../schema/sentence.js';
import type { Quote, Speaker } from '../schema/quote.js';
import type { DocContext } from '../pipeline/context.js';

export interface QuoteInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
}

export interface QuoteOutput {
  quotes: Quote[];
  speakers: Speaker[];
}

/** sentences -> quotes with cues and sources, and the speakers they resolve to. */
export function findQuotes(_input: QuoteInput, _ctx: DocContext): QuoteOutput {
  return { quotes: [], speakers: [] };
}
