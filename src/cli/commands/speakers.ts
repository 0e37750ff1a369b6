import { Command, InvalidArgumentError } from 'commander';
import { writeRows, type RowFormat } from '../format-rows.js';
import { dbOption, formatOption, maxWidthOption, openReadOnly, runDbCommand } from '../db-command.js';

interface SpeakersOptions {
  db: string;
  format: RowFormat;
  groups?: boolean;
  minQuotes: number;
  limit?: number;
  maxWidth: number;
}

const whole = (min: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`Expected a whole number of at least ${min}.`);
  return n;
};

export function registerSpeakers(program: Command): void {
  program
    .command('speakers')
    .description('List the people quoted in a claims database, one row per person across articles, with counts of quotes, articles and figures, and the titles and organisations articles give them.')
    .addOption(dbOption())
    .option('--groups', 'include unnamed groups ("officials", "police"), one row per group per article')
    .option('--min-quotes <n>', 'only speakers quoted at least this often', whole(0), 0)
    .option('-n, --limit <n>', 'most speakers to show', whole(1))
    .addOption(formatOption())
    .addOption(maxWidthOption(60))
    .addHelpText('after', '\nMost quoted first. The same person is one row whatever the spelling: case, accents, punctuation and honorifics ("Dr.", "Mr") are ignored.\nExit codes: 0 listed; 2 usage error.')
    .action((opts: SpeakersOptions) =>
      runDbCommand('speakers', async () => {
        const store = openReadOnly(opts.db);
        try {
          const stmt = store.db
            .prepare(
              `SELECT name, kind, quotes, articles, claims, titles, organizations, speaker_id FROM speaker_summary
               WHERE (@groups OR kind = 'person') AND quotes >= @min
               ORDER BY quotes DESC, articles DESC, name COLLATE NOCASE, speaker_id
               LIMIT @limit`,
            )
            .raw(true);
          const rows = stmt.iterate({ groups: opts.groups ? 1 : 0, min: opts.minQuotes, limit: opts.limit ?? -1 }) as Iterable<unknown[]>;
          await writeRows(process.stdout, { columns: stmt.columns().map((c) => c.name), rows }, opts.format, { maxWidth: opts.maxWidth });
        } finally {
          store.close();
        }
      }),
    );
}
