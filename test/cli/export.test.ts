import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { runCli } from './run-helpers.js';
import { sampleDatabase } from './db-fixture.js';
import { parseCsv } from '../../src/cli/format-rows.js';

let fixture: ReturnType<typeof sampleDatabase>;
beforeAll(() => {
  fixture = sampleDatabase();
});
afterAll(() => fixture.cleanup());

function rows(table: string): Array<Record<string, unknown>> {
  const db = new BetterSqlite3(fixture.db, { readonly: true });
  try {
    return db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

describe('tally export', () => {
  it.each(['claims', 'quotes', 'articles', 'speakers', 'claim_details', 'quote_details', 'finding_details', 'speaker_summary'])('%s round-trips through JSONL', async (table) => {
    const { code, stdout, stderr } = await runCli(['export', '--db', fixture.db, '--table', table, '--format', 'jsonl']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = rows(table);
    expect(expected.length).toBeGreaterThan(0);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(expected);
  });

  it.each(['claims', 'articles', 'finding_details'])('%s round-trips through CSV (text with commas, quotes and line breaks included)', async (table) => {
    const { code, stdout } = await runCli(['export', '--db', fixture.db, '--table', table]);
    expect(code).toBe(0);
    const expected = rows(table);
    const [head, ...body] = parseCsv(stdout);
    expect(head).toEqual(Object.keys(expected[0]!));
    expect(body).toEqual(expected.map((r) => Object.values(r).map((v) => (v === null ? '' : String(v)))));
    // Numbers come back as the same numbers.
    if (table === 'claims') {
      const value = head!.indexOf('value');
      expect(body.map((r) => (r[value] === '' ? null : Number(r[value])))).toEqual(expected.map((r) => r.value));
    }
  });

  it('articles keep their paragraph breaks in CSV', async () => {
    const { stdout } = await runCli(['export', '--db', fixture.db, '--table', 'articles', '--format', 'csv']);
    const [head, ...body] = parseCsv(stdout);
    const text = head!.indexOf('text');
    expect(body.some((r) => r[text]!.includes('\n\n'))).toBe(true);
  });

  it('exits 2 naming the tables when the table does not exist', async () => {
    const { code, stdout, stderr } = await runCli(['export', '--db', fixture.db, '--table', 'claimz']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/has no table or view "claimz"; one of: .*claim_details/);
    expect(stderr).not.toMatch(/_fts_data/);
  });

  it('exits 2 without --table or with an unknown format', async () => {
    expect((await runCli(['export', '--db', fixture.db])).code).toBe(2);
    expect((await runCli(['export', '--db', fixture.db, '--table', 'claims', '--format', 'xlsx'])).code).toBe(2);
  });

  it('has --help', async () => {
    const { code, stdout } = await runCli(['export', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--table <name>/);
  });
});
