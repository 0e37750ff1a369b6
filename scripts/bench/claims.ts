/**
 * npm run bench -- claims [--limit N] [--rounds R]
 * Speed of the claims stage alone, one core, over the BBC texts; fails below 1 MB/s.
 */
import { findClaims } from '../../src/claims/index.js';
import { benchStage } from './stage-harness.js';

export default async function benchClaims(args: string[]): Promise<boolean> {
  return benchStage('claims', args, (d) => ({ claims: findClaims({ article: d.article, sentences: d.sentences }, d.ctx).length }));
}
