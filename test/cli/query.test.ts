import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { runCli } from './run-helpers.js';
import { sampleDatabase } from './db-fixture.js';
import { csvField, parseCsv, renderTable, writeRows } from '../../src/cli/format-rows.js';

let fixture: ReturnType<typeof sampleDatabase>;
beforeAll(() => {
  fixture = sampleDatabase();
});
afterAll(() => fixture.cleanup());

const SQL = 'SELECT claim_id, claim, value, unit, speaker FROM claim_details ORDER BY claim_id';
function direct(sql = SQL): Array<Record<string, unknown>> {
  const db = new BetterSqlite3(fixture.db, { readonly: true });
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

describe('tally query', () => {
  it('prints an aligned table with a row count', async () => {
    const { code, stdout, stderr } = await runCli(['query', 'SELECT name, quotes, articles FROM speaker_summary WHERE kind = \'person\' ORDER BY quotes DESC', '--db', fixture.db]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'name          quotes  articles',
        '------------  ------  --------',
        'Amira Haddad       4         3',
        'José Ortega        2         2',
        '(2 rows)',
        '',
      ].join('\n'),
    );
  });

  it.each(['csv', 'json', 'jsonl'] as const)('prints %s that parses back to the same rows', async (format) => {
    const { code, stdout } = await runCli(['query', SQL, '--db', fixture.db, '--format', format]);
    expect(code).toBe(0);
    const expected = direct();
    expect(expected.length).toBeGreaterThan(10);
    if (format === 'json') expect(JSON.parse(stdout)).toEqual(expected);
    else if (format === 'jsonl') expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(expected);
    else {
      const [head, ...rows] = parseCsv(stdout);
      expect(head).toEqual(['claim_id', 'claim', 'value', 'unit', 'speaker']);
      expect(rows).toEqual(expected.map((r) => Object.values(r).map((v) => (v === null ? '' : String(v)))));
    }
  });

  it('binds named parameters', async () => {
    const { code, stdout } = await runCli(['query', 'SELECT claim FROM claim_details WHERE value > :min AND kind = :kind ORDER BY value', '-p', 'min=1000000', '-p', 'kind=money', '--db', fixture.db, '-f', 'jsonl']);
    expect(code).toBe(0);
    expect(stdout).toBe('{"claim":"$1.2 million"}\n{"claim":"$2.5 million"}\n');
  });

  it.each([
    ['DELETE FROM claims', /Refused: the database is open read-only/],
    ["UPDATE speakers SET name = 'x'", /Refused/],
    ['DROP VIEW claim_details', /Refused/],
    ['CREATE TABLE notes (x TEXT)', /Refused/],
    ["ATTACH DATABASE 'other.db' AS other", /Refused/],
  ])('refuses a write: %s', async (sql, message) => {
    const before = statSync(fixture.db).mtimeMs;
    const { code, stdout, stderr } = await runCli(['query', sql, '--db', fixture.db]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(direct('SELECT count(*) AS n FROM claims')).toEqual([{ n: 21 }]);
    expect(statSync(fixture.db).mtimeMs).toBe(before);
  });

  it.each([
    [['query', 'SELEC 1'], /The SQL is not valid/],
    [['query', 'SELECT 1; SELECT 2'], /one SQL statement at a time/],
    [['query', 'SELECT :x'], /Missing named parameter/],
    [['query', 'SELECT 1', '--format', 'xml'], /Allowed choices are table, csv, json, jsonl/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const { code, stderr } = await runCli([...args, '--db', fixture.db]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits 2 without --db, and never creates a missing database', async () => {
    expect((await runCli(['query', 'SELECT 1'])).code).toBe(2);
    const missing = join(fixture.dir, 'missing.db');
    const { code, stderr } = await runCli(['query', 'SELECT 1', '--db', missing]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\.db does not exist/);
    expect(existsSync(missing)).toBe(false);
  });

  it('has --help', async () => {
    const { code, stdout } = await runCli(['query', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/read-only/);
    expect(stdout).toMatch(/--format/);
  });
});

describe('row formats', () => {
  it('right-aligns numbers, spells out NULL, cuts long cells and flattens line breaks', () => {
    const out = renderTable(['a', 'n', 'note'], [['x', 5, null], ['longer', 12.5, 'two\nlines and more text']], 10);
    expect(out).toBe(['a          n  note', '------  ----  ----------', 'x          5  NULL', 'longer  12.5  two⏎lines…', '(2 rows)', ''].join('\n'));
  });

  it('CSV fields round-trip whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
        // A lone empty field on a line is indistinguishable from an empty line in any CSV; keep one non-empty cell.
        const safe = table.map((r) => (r.every((v) => v === '') ? ['-', ...r.slice(1)] : r));
        const text = safe.map((r) => r.map(csvField).join(',') + '\r\n').join('');
        expect(parseCsv(text)).toEqual(safe);
      }),
    );
  });

  it('JSON output makes repeated column names unique', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    await writeRows(out, { columns: ['id', 'id'], rows: [[1, 2]] }, 'jsonl');
    expect(text).toBe('{"id":1,"id_2":2}\n');
  });
});
