import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command, Option } from 'commander';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';

interface ReportOptions {
  db: string;
  format: 'md' | 'html' | 'json';
  out?: string;
  run?: string;
  flagged?: boolean;
  title?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Write a batch report from a claims database (opened read-only): findings ranked, inconsistent first, and each article with its claims, quotes and speakers highlighted.')
    .requiredOption('--db <file>', 'the SQLite file `tally run` wrote')
    .addOption(new Option('-f, --format <format>', 'md, html (one self-contained file) or json').choices(['md', 'html', 'json']).default('html'))
    .option('-o, --out <path>', 'write to this file instead of standard output')
    .option('--run <id>', 'only the documents of this run (runs.id)')
    .option('--flagged', 'only articles with an inconsistent or unverifiable finding, or a fatal error')
    .option('--title <title>', 'the report title', 'tally report')
    .action(async (opts: ReportOptions) => {
      if (!existsSync(opts.db)) {
        process.stderr.write(`tally: ${opts.db} does not exist; create it with \`tally run <inputs> --db ${opts.db}\`.\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const runId = opts.run === undefined ? null : Number(opts.run);
      if (runId !== null && !Number.isInteger(runId)) {
        process.stderr.write(`tally: --run takes a run number, not "${opts.run}".\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      // The report code loads only when this command runs, so other commands start without compiling it.
      const { buildReport, loadResults, renderHtml, renderJson, renderMarkdown } = await import('../../report/index.js');
      const render = { md: renderMarkdown, html: renderHtml, json: renderJson } as const;
      let results;
      try {
        results = loadResults(opts.db, { runId, flaggedOnly: opts.flagged === true });
      } catch (err) {
        process.stderr.write(`tally: ${(err as Error).message}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const body = render[opts.format](buildReport(results, { title: opts.title, origin: opts.db }));
      if (opts.out) {
        await mkdir(dirname(opts.out), { recursive: true });
        await writeFile(opts.out, body);
        process.stderr.write(`tally: wrote ${opts.out} (${results.length} article${results.length === 1 ? '' : 's'}).\n`);
      } else process.stdout.write(body);
      process.exitCode = EXIT_OK;
    });
}
