import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-helpers.js';
import { sampleDatabase } from './db-fixture.js';

let fixture: ReturnType<typeof sampleDatabase>;
beforeAll(() => {
  fixture = sampleDatabase();
});
afterAll(() => fixture.cleanup());

describe('tally schema', () => {
  it('describes every column of a table, with what it refers to', async () => {
    const { code, stdout } = await runCli(['schema', '--db', fixture.db, '--table', 'quotes', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ table: string; column: string; refers_to: string | null; description: string }>;
    expect(rows[0]).toMatchObject({ table: 'quotes', column: '', description: expect.stringMatching(/^Quoted and reported statements/) });
    expect(rows.find((r) => r.column === 'speaker_id')).toMatchObject({ refers_to: 'speakers.id' });
    expect(rows.every((r) => r.description.length > 0)).toBe(true);
  });

  it('describes the schema this tally creates without a database', async () => {
    const { code, stdout } = await runCli(['schema', '-f', 'csv']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^claim_details,view,speaker,/m);
  });

  it('prints Datasette metadata with every column described and full-text search wired', async () => {
    const { code, stdout } = await runCli(['schema', '--db', fixture.db, '--datasette']);
    expect(code).toBe(0);
    const meta = JSON.parse(stdout) as { databases: Record<string, { tables: Record<string, { description: string; columns: Record<string, string>; fts_table?: string }> }> };
    const tables = meta.databases.claims!.tables;
    expect(tables.quotes).toMatchObject({ fts_table: 'quotes_fts', fts_pk: 'seq' });
    expect(tables.claim_details!.columns.speaker).toMatch(/person/);
    expect(Object.values(tables).every((t) => t.description && Object.values(t.columns).every(Boolean))).toBe(true);
  });

  it('exits 2 for an unknown table and has --help', async () => {
    expect((await runCli(['schema', '--table', 'nope'])).code).toBe(2);
    expect((await runCli(['schema', '--help'])).code).toBe(0);
  });
});
