import { Command } from 'commander';
import type { RunDocument } from '../../fixtures/index.js';
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';

interface EvalOptions {
  gold: string[];
  json?: boolean;
  minF1?: string;
  results?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score claims, quotes, speakers and findings (precision, recall, F1) on annotated documents in the fixture format (docs/fixtures.md).')
    .requiredOption('-g, --gold <dirs...>', 'folders of annotated documents: each a fixture folder, or a folder of them')
    .option('--results <file>', 'score Results made earlier instead of running the pipeline: a claims database, extract --format jsonl output, or JSON (matched to documents by content)')
    .option('--json', 'print the scores as JSON')
    .option('--min-f1 <f1>', 'exit 1 when any category with expectations scores an F1 below this (0 to 1)')
    .action(async (opts: EvalOptions) => {
      const floor = opts.minF1 === undefined ? null : Number(opts.minF1);
      if (floor !== null && !(floor >= 0 && floor <= 1)) {
        process.stderr.write(`tally: --min-f1 must be a number from 0 to 1, not "${opts.minF1}".\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      // The scorer and the pipeline load only when this command runs, so other commands start without compiling them.
      const { evaluateFixtures, formatScores, readStoredResults, scoreTally, scoresToJson, storedResultsRunner } = await import('../../evaluate/index.js');
      const { ITEM_CATEGORIES } = await import('../../fixtures/index.js');
      let run: RunDocument | undefined;
      if (opts.results !== undefined) {
        try {
          run = storedResultsRunner(await readStoredResults(opts.results));
        } catch (err) {
          process.stderr.write(`tally: ${(err as Error).message}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
      }
      const evaluation = await evaluateFixtures(opts.gold, run);
      for (const s of evaluation.skipped) for (const e of s.errors) process.stderr.write(`tally: ${e}\n`);
      for (const o of evaluation.outcomes) {
        for (const e of o.result?.errors ?? []) if (e.rule === 'no-stored-result') process.stderr.write(`tally: ${o.fixture.slug}: ${e.message} It is scored as finding nothing.\n`);
      }
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
