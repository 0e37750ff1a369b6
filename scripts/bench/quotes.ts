/**
 * npm run bench -- quotes [--limit N] [--rounds R]
 * Speed of the quotes stage alone, one core, over the BBC texts; fails below 1 MB/s.
 */
import { findQuotes } from '../../src/quotes/index.js';
import { benchStage } from './stage-harness.js';

export default async function benchQuotes(args: string[]): Promise<boolean> {
  return benchStage('quotes', args, (d) => {
    const out = findQuotes({ article: d.article, sentences: d.sentences }, d.ctx);
    return { quotes: out.quotes.length, speakers: out.speakers.length };
  });
}
