/**
 * npm run eval -- fixtures [--no-floors]
 * Scores the whole pipeline on the project's own fixtures (fixtures/<slug>/expected.json), with the same
 * matcher and counts as `tally eval --gold fixtures`: precision, recall and F1 for claims, quotes, speakers
 * and findings. The fixtures' gold lists are not exhaustive for quotes, so quote precision is a lower bound.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFixtures, formatScores, scoreTally } from '../../src/evaluate/index.js';
import type { ItemCategory } from '../../src/fixtures/index.js';

/** Pinned recall and F1 floors; the suite fails when a score drops below one. */
const FLOORS: Record<ItemCategory, { recall: number; f1: number }> = {
  claims: { recall: 0.95, f1: 0.9 },
  quotes: { recall: 0.7, f1: 0.55 },
  speakers: { recall: 0.8, f1: 0.7 },
  findings: { recall: 1, f1: 0.9 },
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function evalFixtures(args: string[]): Promise<boolean> {
  const evaluation = await evaluateFixtures([resolve(ROOT, 'fixtures')]);
  process.stdout.write(`fixtures: ${formatScores(evaluation.tallies, evaluation.documents)}`);
  if (args.includes('--no-floors')) return true;
  let ok = evaluation.skipped.length === 0;
  for (const [category, floor] of Object.entries(FLOORS) as Array<[ItemCategory, { recall: number; f1: number }]>) {
    const s = scoreTally(evaluation.tallies[category]);
    for (const metric of ['recall', 'f1'] as const) {
      const v = s[metric];
      if (v !== null && v < floor[metric]) {
        process.stdout.write(`fixtures: ${category} ${metric} ${(v * 100).toFixed(1)}% is below the floor of ${(floor[metric] * 100).toFixed(0)}%\n`);
        ok = false;
      }
    }
  }
  return ok;
}
