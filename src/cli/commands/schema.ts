import { Command } from 'commander';
import BetterSqlite3 from 'better-sqlite3';
import { basename, extname } from 'node:path';
import type { TableDoc } from '../../store/describe-schema.js';
import { migrate } from '../../store/index.js';
import { writeRows, type RowFormat } from '../format-rows.js';
import { formatOption, maxWidthOption, openReadOnly, runDbCommand, UsageError } from '../db-command.js';

interface SchemaOptions {
  db?: string;
  datasette?: boolean;
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
    .option('--datasette', 'print Datasette metadata (descriptions of every table, view and column; full-text search on quotes and sentences) as JSON, for `datasette claims.db -m metadata.json`')
    .addOption(formatOption())
    .addOption(maxWidthOption(80))
    .addHelpText('after', '\nExit codes: 0 described; 2 usage error or unknown table.')
    .action((opts: SchemaOptions) =>
      runDbCommand('schema', async () => {
        // Loaded here, not at the top: it reads the zod schemas, which every other command would pay to load.
        const { describeSchema } = await import('../../store/describe-schema.js');
        const db = opts.db ? openReadOnly(opts.db).db : new BetterSqlite3(':memory:');
        try {
          if (!opts.db) migrate(db);
          const tables = describeSchema(db).filter((t) => !opts.table || t.name === opts.table);
          if (tables.length === 0) throw new UsageError(`There is no table or view "${opts.table}"; \`tally schema\` lists them`);
          if (opts.datasette) {
            process.stdout.write(JSON.stringify(datasetteMetadata(opts.db ?? 'claims.db', tables), null, 2) + '\n');
            return;
          }
          const rows = tables.flatMap((t) => [[t.name, t.kind, '', '', '', t.description], ...t.columns.map((c) => [t.name, t.kind, c.name, c.type || null, c.references, c.description])]);
          await writeRows(process.stdout, { columns: ['table', 'kind', 'column', 'type', 'refers_to', 'description'], rows }, opts.format, { maxWidth: opts.maxWidth });
        } finally {
          db.close();
        }
      }),
    );
}

/** Datasette's metadata.json: table and column descriptions, and which FTS table searches which table. */
export function datasetteMetadata(path: string, tables: readonly TableDoc[]): unknown {
  const fts: Record<string, { fts_table: string; fts_pk: string }> = { quotes: { fts_table: 'quotes_fts', fts_pk: 'seq' }, sentences: { fts_table: 'sentences_fts', fts_pk: 'id' } };
  const entries = tables.map((t) => [t.name, { description: t.description, columns: Object.fromEntries(t.columns.map((c) => [c.name, c.description])), ...(fts[t.name] ?? {}) }]);
  return {
    title: 'tally claims database',
    description: 'Numeric claims, quotes, speakers and consistency findings extracted from news articles by tally. See docs/schema.md.',
    databases: { [basename(path, extname(path))]: { tables: Object.fromEntries(entries) } },
  };
}
