import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readWarcFile } from '../../src/sources/read-warc.js';
import { collect, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const enc = new TextEncoder();
async function* body(s: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof s === 'string' ? enc.encode(s) : s;
}

interface Rec {
  url: string;
  type?: 'response' | 'request' | 'resource' | 'metadata';
  status?: string;
  contentType?: string;
  body: string | Uint8Array;
  date?: string;
}

async function writeWarc(path: string, recs: Rec[], gzip: boolean): Promise<void> {
  const parts: Uint8Array[] = [];
  for (const r of recs) {
    const type = r.type ?? 'response';
    const record = WARCRecord.create(
      {
        url: r.url,
        date: r.date ?? '2024-05-06T07:08:09Z',
        type,
        warcVersion: 'WARC/1.1',
        ...(type === 'response' || type === 'request' ? { httpHeaders: { 'Content-Type': r.contentType ?? 'text/html; charset=utf-8' }, statusline: type === 'request' ? 'GET / HTTP/1.1' : (r.status ?? 'HTTP/1.1 200 OK') } : { warcHeaders: { 'Content-Type': r.contentType ?? 'text/html' } }),
      },
      body(r.body),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  writeFileSync(path, Buffer.concat(parts));
}

const PAGE = '<html><head><title>Port strike</title></head><body><p>About 2,000 workers walked out, the union said.</p></body></html>';

describe.each([
  ['plain', false, 'crawl.warc'],
  ['gzip', true, 'crawl.warc.gz'],
])('readWarcFile (%s)', (_name, gzip, file) => {
  it('yields HTML responses with target URI and WARC date, and passes over everything else', async () => {
    const path = join(tmp.dir, file);
    await writeWarc(
      path,
      [
        { url: 'https://news.example/robots.txt', contentType: 'text/plain', body: 'User-agent: *\nDisallow:' },
        { url: 'https://news.example/strike', type: 'request', body: '' },
        { url: 'https://news.example/strike', body: PAGE },
        { url: 'https://news.example/missing', status: 'HTTP/1.1 404 Not Found', body: '<html><body>Not found</body></html>' },
        { url: 'https://news.example/logo.png', contentType: 'image/png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) },
        { url: 'https://news.example/moved', status: 'HTTP/1.1 301 Moved Permanently', body: '' },
        { url: 'https://news.example/snapshot', type: 'resource', contentType: 'text/html', body: '<html><body><p>Rates rose 0.25 points.</p></body></html>', date: '2023-01-02T03:04:05Z' },
      ],
      gzip,
    );
    const items = await collect(readWarcFile(path));
    expect(items.map((i) => (i.ok ? i.doc.url : `fail ${i.location}`))).toEqual(['https://news.example/strike', 'https://news.example/snapshot']);
    const first = items[0]!;
    expect(first.ok && first.doc).toMatchObject({ location: 'https://news.example/strike', mediaType: 'text/html', body: PAGE, fetchedAt: '2024-05-06T07:08:09.000Z' });
    expect(items[1]!.ok && items[1]!.doc.fetchedAt).toBe('2023-01-02T03:04:05.000Z');
  });

  it('fails an oversized record alone and goes on', async () => {
    const path = join(tmp.dir, file);
    await writeWarc(path, [{ url: 'https://news.example/huge', body: `<html><body>${'<p>word</p>'.repeat(500)}</body></html>` }, { url: 'https://news.example/small', body: PAGE }], gzip);
    const items = await collect(readWarcFile(path, { maxBytes: 1000 }));
    expect(items[0]).toMatchObject({ ok: false, location: 'https://news.example/huge', rule: 'too-large' });
    expect(items[1]!.ok && items[1]!.doc.url).toBe('https://news.example/small');
  });
});

describe('readWarcFile on a bad file', () => {
  it('reports a file that is not a WARC instead of throwing', async () => {
    const path = join(tmp.dir, 'bogus.warc');
    writeFileSync(path, 'this is not a warc file\r\n\r\n');
    const items = await collect(readWarcFile(path));
    expect(items).toEqual([{ ok: false, location: path, rule: 'bad-warc', message: `${path} is not a WARC file: the record at byte 0 does not start with a WARC/1.x line.`, bytes: 0 }]);
  });
});
