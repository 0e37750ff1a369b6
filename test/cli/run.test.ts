import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../sources/helpers.js';
import { CLI, runCli, startCli, writeCorpus } from './run-helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does) before these tests.`);
});
beforeEach(() => {
  tmp = tempDir('tally-run-');
});
afterEach(() => tmp.cleanup());

function query<T>(db: string, sql: string): T[] {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}
const count = (db: string, sql: string) => (query<{ n: number }>(db, sql)[0]!).n;

describe('tally run', () => {
  it('stores the good documents of a folder, names each bad one, and exits 1', async () => {
    const dir = join(tmp.dir, 'in');
    writeCorpus(dir, 3);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c, 0x4a, 0x06, 0x00]));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'unreadable.txt'));
    const db = join(tmp.dir, 'claims.db');
    const { code, stdout, stderr } = await runCli(['run', dir, '--db', db, '--log', 'json', '--workers', '2']);
    expect(code).toBe(1);
    const errors = stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { event: string; source: string; message: string })
      .filter((e) => e.event === 'error');
    expect(errors.map((e) => e.message).sort()).toEqual([
      `${join(dir, 'binary.txt')} looks like a binary file, not text or HTML.`,
      `${join(dir, 'empty.txt')} is empty.`,
      `${join(dir, 'unreadable.txt')} cannot be read: no such file or folder.`,
    ]);
    expect(count(db, "SELECT count(*) AS n FROM sources WHERE status = 'ok'")).toBe(3);
    expect(count(db, "SELECT count(*) AS n FROM sources WHERE status = 'failed'")).toBe(3);
    expect(count(db, "SELECT count(*) AS n FROM errors WHERE severity = 'fatal' AND stage = 'sources'")).toBe(3);
    expect(stdout).toMatch(/^tally run 1: 6 documents in .*: 3 stored, 0 skipped \(already stored\), 3 failed\.$/m);
    expect(stdout).toMatch(/^3 articles, \d+ claims, \d+ quotes, \d+ speakers, \d+ findings \(\d+ inconsistent\) in .*claims\.db\.$/m);
    expect(stdout).toContain(`Failed documents (3):`);
    expect(stdout).toContain(`- ${join(dir, 'empty.txt')}: [sources empty-input] ${join(dir, 'empty.txt')} is empty.`);
  }, 60_000);

  it('exits 0 and skips everything on a re-run of the same input; --force redoes it', async () => {
    const dir = join(tmp.dir, 'in');
    writeCorpus(dir, 4);
    const db = join(tmp.dir, 'claims.db');
    expect((await runCli(['run', dir, '--db', db, '--log', 'quiet'])).code).toBe(0);
    const tables = ['sources', 'articles', 'sentences', 'claims', 'quotes', 'findings', 'errors'];
    const before = tables.map((t) => count(db, `SELECT count(*) AS n FROM ${t}`));
    const again = await runCli(['run', dir, '--db', db, '--log', 'quiet']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/4 documents .*: 0 stored, 4 skipped/);
    expect(tables.map((t) => count(db, `SELECT count(*) AS n FROM ${t}`))).toEqual(before);
    const forced = await runCli(['run', dir, '--db', db, '--log', 'quiet', '--force']);
    expect(forced.stdout).toMatch(/4 documents .*: 4 stored, 0 skipped/);
    expect(tables.map((t) => count(db, `SELECT count(*) AS n FROM ${t}`))).toEqual(before);
  }, 60_000);

  it.each([
    [['run', '--db', 'x.db'], /give at least one input/],
    [['run', 'corpus', '--workers', 'many'], /Expected a whole number/],
    [['run', 'corpus', '--log', 'loud'], /Allowed choices are auto, bar, json, quiet/],
    [['run', 'corpus', '--no-such-option'], /unknown option/],
    [['run', 'corpus', '--max-text-chars', '0'], /Expected a whole number of at least 1/],
    [['extract', 'corpus', '--max-text-chars', 'lots'], /Expected a whole number of at least 1/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const { code, stderr } = await runCli(args, { cwd: tmp.dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  }, 60_000);

  it('with --fail-fast stops at the first failed document', async () => {
    const dir = join(tmp.dir, 'in');
    mkdirSync(dir);
    writeFileSync(join(dir, '0000-empty.txt'), '');
    writeCorpus(join(dir, 'z'), 30);
    const db = join(tmp.dir, 'claims.db');
    const { code, stdout } = await runCli(['run', dir, '--db', db, '--log', 'quiet', '--fail-fast', '--workers', '1']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^tally run 1 \(stopped early\): 1 document in/m);
  }, 60_000);

  it('on Ctrl-C (SIGINT) finishes the documents in flight, stores every document it reported, prints the summary and exits 130', async () => {
    const dir = join(tmp.dir, 'in');
    writeCorpus(dir, 160);
    const db = join(tmp.dir, 'claims.db');
    const child = startCli(['run', dir, '--db', db, '--log', 'json', '--workers', '2', '--batch-size', '50']);
    const reported = new Set<string>();
    let buffered = '';
    let stdout = '';
    let sent = false;
    let errText = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d));
    child.stderr!.on('data', (d: Buffer) => (errText += d));
    const code = await new Promise<number | null>((done) => {
      child.stderr!.on('data', (d: Buffer) => {
        buffered += d.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const l of lines) {
          if (!l.startsWith('{')) continue;
          const e = JSON.parse(l) as { event: string; id?: string; status?: string };
          if (e.event === 'document' && e.status === 'stored') reported.add(e.id!);
        }
        if (reported.size >= 20 && !sent) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('close', (c) => done(c));
    });
    // The last lines of the log say why when the code is not 130.
    expect(`${code}`).toBe(code === 130 ? '130' : errText.split('\n').filter((l) => !l.includes('"document"')).slice(-4).join('\n'));
    expect(stdout).toMatch(/^tally run 1 \(stopped early\): \d+ documents/m);
    const stored = query<{ id: string }>(db, 'SELECT id FROM sources').map((r) => r.id);
    expect(new Set(stored)).toEqual(reported);
    expect(stored.length).toBeLessThan(160);
    expect(query<{ n: number }>(db, 'SELECT count(*) AS n FROM runs WHERE finished_at IS NOT NULL')[0]!.n).toBe(1);
  }, 60_000);

  it('survives SIGKILL mid-batch: the database stays consistent and the next run completes the rest, nothing lost or doubled', async () => {
    const dir = join(tmp.dir, 'in');
    const N = 160;
    writeCorpus(dir, N);
    const killed = join(tmp.dir, 'killed.db');
    const clean = join(tmp.dir, 'clean.db');

    // Kill the run once some transactions have committed and more documents are in flight. A 'document' event
    // says a worker finished the document, not that the writer committed it (workers send Results in batches),
    // so after 30 of them the database itself is watched for the first commit.
    const child = startCli(['run', dir, '--db', killed, '--log', 'json', '--workers', '2', '--batch-size', '7']);
    let seen = 0;
    let buffered = '';
    let watch: NodeJS.Timeout | null = null;
    const committed = (): boolean => {
      try {
        return count(killed, 'SELECT count(*) AS n FROM sources') > 0;
      } catch {
        return false;
      }
    };
    await new Promise<void>((done) => {
      child.stderr!.on('data', (d: Buffer) => {
        buffered += d.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        seen += lines.filter((l) => l.includes('"event":"document"')).length;
        if (seen >= 30 && !watch) {
          watch = setInterval(() => {
            if (!child.killed && committed()) child.kill('SIGKILL');
          }, 5);
        }
      });
      child.on('close', () => {
        if (watch) clearInterval(watch);
        done();
      });
    });
    expect(child.signalCode).toBe('SIGKILL');
    const partial = count(killed, 'SELECT count(*) AS n FROM sources');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(N);
    expect(query<{ integrity_check: string }>(killed, 'PRAGMA integrity_check')[0]!.integrity_check).toBe('ok');
    // Every stored document is whole: its article row and its sentences arrived in the same transaction.
    expect(count(killed, 'SELECT count(*) AS n FROM sources s LEFT JOIN articles a ON a.id = s.id WHERE a.id IS NULL')).toBe(0);

    const resumed = await runCli(['run', dir, '--db', killed, '--log', 'quiet', '--workers', '2']);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`${N} documents`);
    expect(resumed.stdout).toMatch(new RegExp(`: ${N - partial} stored, ${partial} skipped`));
    expect((await runCli(['run', dir, '--db', clean, '--log', 'quiet', '--workers', '1'])).code).toBe(0);

    // The resumed database holds exactly what an uninterrupted run stores.
    for (const sql of [
      'SELECT id, content_hash, status FROM sources ORDER BY id',
      'SELECT id, title, text FROM articles ORDER BY id',
      'SELECT id, article_id, start, "end" FROM claims ORDER BY id',
      'SELECT id, article_id, start, "end" FROM quotes ORDER BY id',
      'SELECT id, article_id, status, message FROM findings ORDER BY id',
      'SELECT count(*) AS n FROM sentences',
    ]) {
      expect(query(killed, sql)).toEqual(query(clean, sql));
    }
    expect(count(killed, 'SELECT count(*) AS n FROM sources')).toBe(N);
  }, 60_000);
});
