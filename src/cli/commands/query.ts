import { Command } from 'commander';
import type { Statement } from 'better-sqlite3';
import { writeRows, type RowFormat } from '../format-rows.js';
import { dbOption, formatOption, maxWidthOption, openReadOnly, runDbCommand, UsageError } from '../db-command.js';

interface QueryOptions {
  db: string;
  format: RowFormat;
  param?: string[];
  maxWidth: number;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('Run one read-only SQL statement on a claims database and print the rows. See docs/schema.md for the tables, views and example queries.')
    .argument('<sql>', 'one SQL statement, e.g. "SELECT name, quotes FROM speaker_summary ORDER BY quotes DESC LIMIT 10"')
    .addOption(dbOption())
    .addOption(formatOption())
    .option('-p, --param <name=value>', 'bind a named parameter (:name, @name or $name in the SQL); repeatable; numbers are bound as numbers', collect)
    .addOption(maxWidthOption(60))
    .addHelpText('after', '\nThe database is opened read-only: INSERT, UPDATE, DELETE, CREATE and the like are refused.\nExit codes: 0 rows printed (or none matched); 2 usage error, bad SQL or a refused write.')
    .action((sql: string, opts: QueryOptions) =>
      runDbCommand('query', async () => {
        const store = openReadOnly(opts.db);
        try {
          const stmt = prepare(store.db, sql);
          const bound = bindParams(stmt, opts.param ?? []);
          await writeRows(process.stdout, { columns: stmt.columns().map((c) => c.name), rows: bound.iterate() as Iterable<unknown[]> }, opts.format, { maxWidth: opts.maxWidth });
        } finally {
          store.close();
        }
      }),
    );
}

/** Prepares one statement, refusing anything that would write, before it runs. */
function prepare(db: import('better-sqlite3').Database, sql: string): Statement {
  let stmt: Statement;
  try {
    stmt = db.prepare(sql);
  } catch (err) {
    const message = (err as Error).message;
    if (/more than one statement/i.test(message)) throw new UsageError('Give one SQL statement at a time.');
    throw new UsageError(`The SQL is not valid: ${message}`);
  }
  if (!stmt.readonly || !stmt.reader) {
    throw new UsageError('Refused: the database is open read-only and this statement would change it (INSERT, UPDATE, DELETE, CREATE, DROP, ...); use sqlite3 to change the file');
  }
  return stmt.raw(true);
}

/** Binds --param name=value pairs; a value that reads as a number is bound as one. */
function bindParams(stmt: Statement, params: readonly string[]): Statement {
  if (params.length === 0) return stmt;
  const named: Record<string, unknown> = {};
  for (const p of params) {
    const at = p.indexOf('=');
    if (at <= 0) throw new UsageError(`--param expects name=value, got "${p}"`);
    const name = p.slice(0, at).replace(/^[:@$]/, '');
    const value = p.slice(at + 1);
    named[name] = value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  try {
    return stmt.bind(named);
  } catch (err) {
    throw new UsageError(`The parameters do not fit the SQL: ${(err as Error).message}`);
  }
}

