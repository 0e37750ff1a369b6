import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { goodResult } from '../fixtures/make-result.js';
import { runCli } from '../fixtures/run-cli.js';
import { calmResult, hostileResult } from './sample-results.js';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-report-cli-'));
  db = join(dir, 'claims.db');
  const store = openStore(db);
  store.writeResults([calmResult(), goodResult(), hostileResult()]);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tally report', () => {
  it('writes a self-contained HTML file from the database', async () => {
    const out = join(dir, 'out', 'report.html');
    const run = await runCli(['report', '--db', db, '--format', 'html', '--out', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<li class="finding /g)).toHaveLength(3);
    expect(html).toContain('&lt;script&gt;window.__pwned');
  });

  it('prints Markdown and JSON to standard output', async () => {
    const md = await runCli(['report', '--db', db, '--format', 'md']);
    expect(md.stdout).toMatch(/^# tally report/);
    expect(md.stdout).toContain('1. **INCONSISTENT** (sum)');
    const json = JSON.parse((await runCli(['report', '--db', db, '--format', 'json'])).stdout);
    expect(json.totals).toMatchObject({ articles: 3, inconsistent: 1, unverifiable: 1, consistent: 1 });
    expect(json.findings[0].finding.status).toBe('inconsistent');
  });

  it('keeps only flagged articles with --flagged', async () => {
    const json = JSON.parse((await runCli(['report', '--db', db, '--format', 'json', '--flagged'])).stdout);
    expect(json.articles.map((a: { id: string }) => a.id).sort()).toEqual(['doc-hostile', 'doc1']);
  });

  it('never writes to the database', async () => {
    const before = statSync(db).mtimeMs;
    await runCli(['report', '--db', db, '--format', 'json']);
    expect(statSync(db).mtimeMs).toBe(before);
  });

  it('is a usage error for a missing database or a bad run number', async () => {
    expect((await runCli(['report', '--db', join(dir, 'none.db')])).code).toBe(2);
    expect((await runCli(['report', '--db', db, '--run', 'last'])).code).toBe(2);
  });
});

describe('tally report on a database with a failed input', () => {
  it('lists the document and its error', async () => {
    const path = join(dir, 'failed.db');
    const store = openStore(path);
    store.writeResults([goodResult()]);
    store.recordError({ source: 'broken.bin', stage: 'sources', message: 'broken.bin looks binary; tally reads text and HTML.', rule: 'binary-input' });
    store.close();
    const json = JSON.parse((await runCli(['report', '--db', path, '--format', 'json'])).stdout);
    expect(json.totals).toMatchObject({ articles: 2, failed: 1 });
    const html = (await runCli(['report', '--db', path, '--format', 'html'])).stdout;
    expect(html).toContain('<ul class="errors"><li>fatal in sources: broken.bin looks binary; tally reads text and HTML.</li></ul>');
  });
});

describe('tally report on a file that is not a claims database', () => {
  it('says so and exits 2', async () => {
    const Database = (await import('better-sqlite3')).default;
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    const run = await runCli(['report', '--db', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a tally claims database');
  });
});
