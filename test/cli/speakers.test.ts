import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-helpers.js';
import { sampleDatabase } from './db-fixture.js';
import { parseCsv } from '../../src/cli/format-rows.js';

let fixture: ReturnType<typeof sampleDatabase>;
beforeAll(() => {
  fixture = sampleDatabase();
});
afterAll(() => fixture.cleanup());

async function speakers(...args: string[]): Promise<Array<Record<string, unknown>>> {
  const { code, stdout, stderr } = await runCli(['speakers', '--db', fixture.db, '--format', 'json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Array<Record<string, unknown>>;
}

describe('tally speakers', () => {
  it('lists one row per person across articles, most quoted first', async () => {
    const rows = await speakers();
    expect(rows.map(({ speaker_id: _id, ...r }) => r)).toEqual([
      { name: 'Amira Haddad', kind: 'person', quotes: 4, articles: 3, claims: 3, titles: 'director; head', organizations: 'Eastside Clinic' },
      { name: 'José Ortega', kind: 'person', quotes: 2, articles: 2, claims: 0, titles: 'chair of the health committee; councillor', organizations: 'City Council' },
    ]);
  });

  it('adds unnamed groups with --groups, and filters with --min-quotes and --limit', async () => {
    const all = await speakers('--groups');
    expect(all.map((r) => r.name)).toEqual(['Amira Haddad', 'José Ortega', 'officials', "the coroner's office", 'The health ministry']);
    expect((await speakers('--min-quotes', '3')).map((r) => r.name)).toEqual(['Amira Haddad']);
    expect(await speakers('--groups', '--limit', '1')).toHaveLength(1);
  });

  it('prints a table or CSV', async () => {
    const table = await runCli(['speakers', '--db', fixture.db]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[2]).toMatch(/^Amira Haddad\s+person\s+4\s+3\s+3\s+director; head\s+Eastside Clinic\s+person_[0-9a-f]{16}$/);
    const csv = await runCli(['speakers', '--db', fixture.db, '-f', 'csv']);
    expect(parseCsv(csv.stdout)[0]).toEqual(['name', 'kind', 'quotes', 'articles', 'claims', 'titles', 'organizations', 'speaker_id']);
  });

  it('exits 2 on usage errors and has --help', async () => {
    expect((await runCli(['speakers'])).code).toBe(2);
    expect((await runCli(['speakers', '--db', fixture.db, '--limit', '0'])).code).toBe(2);
    const help = await runCli(['speakers', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/one row per person/);
  });
});
