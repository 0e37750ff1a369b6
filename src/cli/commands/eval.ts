import { Command } from 'commander';
import { evaluateFixtures, formatScores, scoreTally, scoresToJson } from '../../evaluate/index.js';
import { ITEM_CATEGORIES } from '../../fixtures/index.js';
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';

interface EvalOptions {
  gold: string[];
  json?: boolean;
  minF1?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score claims, quotes, speakers and findings (precision, recall, F1) on annotated documents in the fixture format (docs/fixtures.md).')
    .requiredOption('-g, --gold <dirs...>', 'folders of annotated documents: each a fixture folder, or a folder of them')
    .option('--json', 'print the scores as JSON')
    .option('--min-f1 <f1>', 'exit 1 when any category with expectations scores an F1 below this (0 to 1)')
    .action(async (opts: EvalOptions) => {
      const floor = opts.minF1 === undefined ? null : Number(opts.minF1);
      if (floor !== null && !(floor >= 0 && floor <= 1)) {
        process.stderr.write(`tally: --min-f1 must be a number from 0 to 1, not "${opts.minF1}".\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const evaluation = await evaluateFixtures(opts.gold);
      for (const s of evaluation.skipped) for (const e of s.errors) process.stderr.write(`tally: ${e}\n`);
      if (evaluation.documents === 0) {
        process.stderr.write(`tally: no annotated documents could be scored under ${opts.gold.join(', ')}.\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      process.stdout.write(opts.json ? JSON.stringify(scoresToJson(evaluation.tallies, evaluation.documents), null, 2) + '\n' : formatScores(evaluation.tallies, evaluation.documents));
      const below = floor === null ? [] : ITEM_CATEGORIES.filter((c) => {
        const f1 = scoreTally(evaluation.tallies[c]).f1;
        return f1 !== null && f1 < floor;
      });
      for (const c of below) process.stderr.write(`tally: ${c} F1 is below ${floor}.\n`);
      process.exitCode = below.length || evaluation.skipped.length ? EXIT_FAILURES : EXIT_OK;
    });
}
