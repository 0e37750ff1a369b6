import type { Database } from 'better-sqlite3';
import { migrations as allMigrations, type Migration } from './migrations.js';

const VERSION_TABLE = `CREATE TABLE IF NOT EXISTS schema_version ( -- The migrations applied to this database, one row each.
  version INTEGER PRIMARY KEY, -- Migration number (src/store/migrations.ts).
  name TEXT NOT NULL, -- What the migration does.
  applied_at TEXT NOT NULL -- When it was applied, ISO 8601 UTC.
)`;

/** The schema version this build of tally creates and understands. */
export const SCHEMA_VERSION = allMigrations.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * Brings the database to the newest schema: each pending migration runs in its own transaction and is
 * recorded in schema_version, so a crash leaves the database at a whole version. Returns the versions applied.
 * Refuses a database written by a newer tally, whose tables this build does not know.
 */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number[] {
  db.exec(VERSION_TABLE);
  const current = currentVersion(db);
  const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > newest) {
    throw new Error(`The database has schema version ${current}, newer than this tally understands (${newest}); upgrade tally.`);
  }
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    const ran = db.transaction(() => {
      // Another process may have applied it while this one waited for the write lock.
      if (currentVersion(db) >= m.version) return false;
      db.exec(m.sql);
      m.backfill?.(db);
      record.run(m.version, m.name, new Date().toISOString());
      return true;
    }).immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}

/** The highest migration applied, 0 for a new database. */
export function currentVersion(db: Database): number {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!hasTable) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}
