import { Command } from 'commander';
import BetterSqlite3 from 'better-sqlite3';
import { describeSchema } from '../../store/describe-schema.js';
import { migrate } from '../../store/index.js';
import { writeRows, type RowFormat } from '../format-rows.js';
import { formatOption, maxWidthOption, openReadOnly, runDbCommand, UsageError } from '../db-command.js';

interface SchemaOptions {
  db?: string;
  table?: string;
  format: RowFormat;
  maxWidth: number;
}

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('Describe the tables, views and columns of a claims database: one row per column with its type, what it refers to and what it means (docs/schema.md has the same, with example queries).')
    .option('--db <file>', 'the claims database to describe (default: the schema this tally creates)')
    .option('-t, --table <name>', 'only this table or view')
    .addOption(formatOption())
    .addOption(maxWidthOption(80))
    .addHelpText('after', '\nExit codes: 0 described; 2 usage error or unknown table.')
    .action((opts: SchemaOptions) =>
      runDbCommand('schema', async () => {
        const db = opts.db ? openReadOnly(opts.db).db : new BetterSqlite3(':memory:');
        try {
          if (!opts.db) migrate(db);
          const tables = describeSchema(db).filter((t) => !opts.table || t.name === opts.table);
          if (tables.length === 0) throw new UsageError(`There is no table or view "${opts.table}"; \`tally schema\` lists them`);
          const rows = tables.flatMap((t) => [[t.name, t.kind, '', '', '', t.description], ...t.columns.map((c) => [t.name, t.kind, c.name, c.type || null, c.references, c.description])]);
          await writeRows(process.stdout, { columns: ['table', 'kind', 'column', 'type', 'refers_to', 'description'], rows }, opts.format, { maxWidth: opts.maxWidth });
        } finally {
          db.close();
        }
      }),
    );
}
