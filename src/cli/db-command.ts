import { existsSync, statSync } from 'node:fs';
import { InvalidArgumentError, Option } from 'commander';
import { openStore, type Store } from '../store/index.js';
import { EXIT_FAILURES, EXIT_USAGE } from './exit-codes.js';
import { ROW_FORMATS } from './format-rows.js';

/** A mistake on the command line or in the SQL given: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** The --format option every row-printing command shares. */
export function formatOption(defaultFormat = 'table'): Option {
  return new Option('-f, --format <format>', 'table (aligned), csv, json (one array) or jsonl (one object a line)').choices([...ROW_FORMATS]).default(defaultFormat);
}

/** The --db option: the claims database to read. */
export function dbOption(): Option {
  return new Option('--db <file>', 'the claims database (made by tally run)').makeOptionMandatory();
}

/** Opens a claims database read-only; a missing file is a usage error, not a new empty database. */
export function openReadOnly(path: string): Store {
  if (!existsSync(path)) throw new UsageError(`${path} does not exist; make one with \`tally run <inputs...> --db ${path}\`.`);
  if (statSync(path).isDirectory()) throw new UsageError(`${path} is a folder, not a database file.`);
  try {
    return openStore(path, { readonly: true });
  } catch (err) {
    throw new UsageError(`${path} cannot be opened as a SQLite database: ${(err as Error).message}.`);
  }
}

/**
 * Runs a command body: a UsageError or SQL error prints `tally <name>: message` and exits 2, anything else
 * exits 1; a closed pipe (`tally query ... | head`) ends quietly.
 */
export async function runDbCommand(name: string, body: () => Promise<void>): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  try {
    await body();
  } catch (err) {
    const e = err as Error & { code?: string };
    // SqliteError: bad SQL; RangeError: better-sqlite3's parameter binding (too few values, missing name).
    const usage = err instanceof UsageError || e.name === 'SqliteError' || e.name === 'RangeError' || (e.name === 'TypeError' && /parameter/i.test(e.message));
    process.stderr.write(`tally ${name}: ${e.message.replace(/\.?$/, '.')}\n`);
    process.exitCode = usage ? EXIT_USAGE : EXIT_FAILURES;
  }
}

/** The --max-width option of table output. */
export function maxWidthOption(defaultWidth: number): Option {
  return new Option('--max-width <n>', 'table format: cut cells longer than this (0: never)').argParser(parseWidth).default(defaultWidth);
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return n;
}
