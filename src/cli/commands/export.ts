import { Command, Option } from 'commander';
import { writeRows } from '../format-rows.js';
import { dbOption, openReadOnly, runDbCommand, UsageError } from '../db-command.js';

interface ExportOptions {
  db: string;
  table: string;
  format: 'csv' | 'jsonl';
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write a whole table or view of a claims database as CSV or JSON lines, streaming, for pandas, DuckDB or a spreadsheet.')
    .addOption(dbOption())
    .requiredOption('-t, --table <name>', 'a table or view, e.g. claims, claim_details, quote_details, finding_details, speaker_summary')
    .addOption(new Option('-f, --format <format>', 'csv (header row, RFC 4180) or jsonl (one object a line)').choices(['csv', 'jsonl']).default('csv'))
    .addHelpText('after', '\nRows come in the table\'s natural order (rowid for tables). NULL is an empty CSV field and null in JSON.\nExit codes: 0 exported; 2 usage error or unknown table.')
    .action((opts: ExportOptions) =>
      runDbCommand('export', async () => {
        const store = openReadOnly(opts.db);
        try {
          const names = (store.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{ name: string }>).map((r) => r.name);
          const exportable = names.filter((n) => !/_fts_(data|idx|docsize|config|content)$/.test(n));
          if (!exportable.includes(opts.table)) throw new UsageError(`${opts.db} has no table or view "${opts.table}"; one of: ${exportable.join(', ')}`);
          const stmt = store.db.prepare(`SELECT * FROM "${opts.table.replace(/"/g, '""')}"`).raw(true);
          await writeRows(process.stdout, { columns: stmt.columns().map((c) => c.name), rows: stmt.iterate() as Iterable<unknown[]> }, opts.format);
        } finally {
          store.close();
        }
      }),
    );
}
