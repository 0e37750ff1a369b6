import { Command, Option } from 'commander';
import type { Result } from '../../schema/result.js';
import { EXIT_FAILURES, EXIT_OK } from '../exit-codes.js';
import { wholeNumber } from '../whole-number.js';
import { DEFAULT_MAX_TEXT_CHARS } from '../../pipeline/options.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract claims, quotes, speakers and findings from documents and print them as JSON (no database).')
    .argument('<inputs...>', 'files, folders, .jsonl, .warc, .zip or .tar(.gz) archives, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'json: one object per document (an array for several); jsonl: one line each').choices(['json', 'jsonl']).default('json'))
    .option('--max-text-chars <n>', 'longest article text, in characters, a document may have; a longer one fails alone (rule text-too-long)', wholeNumber(1), DEFAULT_MAX_TEXT_CHARS)
    .action(async (inputs: string[], opts: { format: 'json' | 'jsonl'; maxTextChars: number }) => {
      // The pipeline loads only when this command runs, so other commands start without compiling it.
      const { readInputs } = await import('../../sources/index.js');
      const { runDocument, defaultOptions } = await import('../../pipeline/index.js');
      const options = { ...defaultOptions, maxTextChars: opts.maxTextChars };
      const { unreadableResult } = await import('../../pipeline/empty-result.js');
      const results: Result[] = [];
      let failed = false;
      for await (const item of readInputs(inputs)) {
        const result = item.ok ? runDocument(item.doc, options) : unreadableResult(item.location, item.rule, item.message);
        if (result.errors.some((e) => e.severity === 'fatal')) {
          failed = true;
          for (const e of result.errors) if (e.severity === 'fatal') process.stderr.write(`tally: ${result.source}: ${e.message}\n`);
        }
        if (opts.format === 'jsonl') process.stdout.write(JSON.stringify(result) + '\n');
        else results.push(result);
      }
      if (opts.format === 'json') process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
      process.exitCode = failed ? EXIT_FAILURES : EXIT_OK;
    });
}
