import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from './helpers.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const STORE = join(ROOT, 'dist', 'src', 'store', 'index.js');
const SAMPLE = join(ROOT, 'dist', 'scripts', 'docs', 'sample-results.js');
const built = existsSync(STORE) && existsSync(SAMPLE);

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** A writer that stores copies of the sample corpus under new ids, batch after batch, until it is killed. */
const writer = `
import { openStore } from ${JSON.stringify(pathToFileURL(STORE).href)};
import { sampleResults } from ${JSON.stringify(pathToFileURL(SAMPLE).href)};
const store = openStore(process.argv[2]);
const run = store.startRun({ inputs: ['crash'], pipelineVersion: 'sample' });
for (let batch = 0; ; batch++) {
  const results = [];
  for (let i = 0; i < 50; i++) {
    for (const r of sampleResults) {
      const id = r.id + '-' + batch + '-' + i;
      const re = (x) => x.replace(r.id, id);
      results.push({ ...r, id, claims: r.claims.map((c) => ({ ...c, id: c.id + id, quoteId: c.quoteId && c.quoteId + id, speakerId: c.speakerId && c.speakerId + id })),
        quotes: r.quotes.map((q) => ({ ...q, id: q.id + id, speakerId: q.speakerId && q.speakerId + id })),
        speakers: r.speakers.map((s) => ({ ...s, id: s.id + id })),
        findings: r.findings.map((f) => ({ ...f, id: f.id + id, claimIds: f.claimIds.map((c) => c + id) })) });
    }
  }
  store.writeResults(results, run);
  if (batch === 0) process.stdout.write('written\\n');
}
`;

describe.skipIf(!built)('crash safety (needs npm run build)', () => {
  it('a writer killed with SIGKILL mid-batch leaves whole documents only', async () => {
    const script = join(tmp.dir, 'writer.mjs');
    const db = join(tmp.dir, 'claims.db');
    writeFileSync(script, writer);
    const child = spawn(process.execPath, [script, db], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', () => done());
      child.on('exit', (code) => fail(new Error(`writer exited early with ${code}`)));
    });
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));

    const conn = new BetterSqlite3(db);
    try {
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(conn.pragma('foreign_key_check')).toEqual([]);
      const articles = (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      expect(articles).toBeGreaterThanOrEqual(200);
      expect(articles % 200).toBe(0); // whole batches of 200 documents, never part of one
      // Every stored article has all its rows: the sample's counts per document, times the number of copies.
      const perDoc = conn.prepare("SELECT substr(article_id, 1, instr(article_id, '-') - 1) AS doc, count(*) AS n FROM claims GROUP BY doc ORDER BY doc").all();
      const copies = articles / 4;
      expect(perDoc).toEqual([
        { doc: 'courier', n: copies * 9 },
        { doc: 'harbour', n: copies * 7 },
        { doc: 'tribune', n: copies * 5 },
      ]);
      conn.prepare("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')").run();
      conn.prepare("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')").run();
    } finally {
      conn.close();
    }
  }, 30_000);
});
