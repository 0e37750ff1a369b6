import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../sources/helpers.js';
import { runCli } from './run-helpers.js';

const story = (n: number) =>
  `<html><head><title>Budget story ${n}</title></head><body><article><h1>Budget story ${n}</h1>` +
  `<p>The council approved ${n * 12} new school places on Monday, officials said, after a two-hour debate.</p>` +
  `<p>"This is the largest expansion in a decade," said Ann Patel, the council's education lead, adding that ${n + 3} schools would share the money.</p>` +
  `</article></body></html>`;

let server: Server;
let base = '';
const hits = new Map<string, number>();
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1);
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('User-agent: *\nDisallow: /admin\n');
    }
    const m = /^\/news\/(\d+)$/.exec(req.url!);
    if (m) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(story(Number(m[1])));
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('tally-urls-');
  hits.clear();
});
afterEach(() => tmp.cleanup());

describe('tally run --urls', () => {
  it('fetches, stores, reports refused URLs, and re-runs from the cache without the network', async () => {
    const list = join(tmp.dir, 'urls.txt');
    writeFileSync(list, ['# morning list', `${base}/news/1`, `${base}/news/2`, '', `${base}/admin/secret`, `${base}/missing`].join('\n'));
    const db = join(tmp.dir, 'claims.db');
    const first = await runCli(['run', '--urls', list, '--db', db, '--log', 'json', '--host-interval', '0', '--retries', '0']);
    expect(first.code).toBe(1);
    const errors = first.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { event: string; rule: string; source: string })
      .filter((e) => e.event === 'error');
    expect(errors.map((e) => `${e.rule} ${e.source}`).sort()).toEqual([`http-error ${base}/missing`, `robots-disallowed ${base}/admin/secret`]);
    expect(hits.get('/admin/secret')).toBeUndefined();
    const conn = new BetterSqlite3(db, { readonly: true });
    try {
      const rows = conn.prepare("SELECT s.location, a.url FROM sources s JOIN articles a ON a.id = s.id WHERE s.status = 'ok' ORDER BY s.location").all();
      expect(rows).toEqual([
        { location: `${base}/news/1`, url: `${base}/news/1` },
        { location: `${base}/news/2`, url: `${base}/news/2` },
      ]);
    } finally {
      conn.close();
    }
    expect(existsSync(`${db}.cache`)).toBe(true);

    const fetched = hits.get('/news/1');
    const second = await runCli(['run', '--urls', list, '--db', db, '--log', 'quiet', '--host-interval', '0', '--retries', '0']);
    expect(second.stdout).toMatch(/4 documents .*: 0 stored, 2 skipped \(already stored\), 2 failed\./);
    expect(hits.get('/news/1')).toBe(fetched);
    expect(hits.get('/news/2')).toBe(1);
  }, 60_000);
});
