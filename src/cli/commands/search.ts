import { Command, InvalidArgumentError, Option } from 'commander';
import { searchText, SEARCH_COLUMNS } from '../../store/index.js';
import { writeRows, type RowFormat } from '../format-rows.js';
import { dbOption, formatOption, maxWidthOption, openReadOnly, runDbCommand } from '../db-command.js';

interface SearchCommandOptions {
  db: string;
  format: RowFormat;
  in: 'all' | 'quotes' | 'sentences';
  limit: number;
  maxWidth: number;
}

const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Expected a whole number of at least 1.');
  return n;
};

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Full-text search over the quotes and sentences of a claims database, best matches first, each with its article.')
    .argument('<terms...>', 'words to find; FTS5 syntax works too: "harm reduction" (phrase), methadone OR naloxone, overdos*')
    .addOption(dbOption())
    .addOption(new Option('--in <where>', 'search quotes, sentences or both').choices(['all', 'quotes', 'sentences']).default('all'))
    .option('-n, --limit <n>', 'most hits to show', positive, 20)
    .addOption(formatOption())
    .addOption(maxWidthOption(80))
    .addHelpText('after', '\nMatching is stemmed and ignores case and accents: "clinics" finds "clinic", "jose" finds "José".\nExit codes: 0 searched (even with no hits); 2 usage error.')
    .action((terms: string[], opts: SearchCommandOptions) =>
      runDbCommand('search', async () => {
        const store = openReadOnly(opts.db);
        try {
          const rows = searchText(store.db, terms.join(' '), { in: opts.in, limit: opts.limit });
          await writeRows(process.stdout, { columns: SEARCH_COLUMNS, rows }, opts.format, { maxWidth: opts.maxWidth });
        } finally {
          store.close();
        }
      }),
    );
}
