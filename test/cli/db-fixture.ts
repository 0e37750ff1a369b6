import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSampleStore } from '../../scripts/docs/sample-store.js';
import { CLI } from './run-helpers.js';

/** A claims database file holding the sample corpus, and its cleanup. Fails clearly when the CLI is not built. */
export function sampleDatabase(): { db: string; dir: string; cleanup: () => void } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does) before these tests.`);
  const dir = mkdtempSync(join(tmpdir(), 'tally-cli-db-'));
  const db = join(dir, 'claims.db');
  openSampleStore(db).close();
  return { db, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
