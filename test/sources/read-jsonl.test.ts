import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { parseJsonlLine, readJsonl } from '../../src/sources/read-jsonl.js';
import { collect } from './helpers.js';

describe('readJsonl', () => {
  it('turns each line into a document with its id, url and metadata hints; blank lines are skipped', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', url: 'https://news.example/a1', text: 'Prices rose 4% in March.', title: 'Prices', published: '2024-04-02' }),
      '',
      JSON.stringify({ id: 7, html: '<p>Some 300 people attended.</p>' }),
    ].join('\r\n');
    const items = await collect(readJsonl(Readable.from([Buffer.from('\uFEFF' + lines)]), 'feed.jsonl'));
    expect(items).toHaveLength(2);
    const [a, b] = items.map((i) => (i.ok ? i.doc : null));
    expect(a).toMatchObject({ id: 'a1', location: 'a1', url: 'https://news.example/a1', mediaType: 'text/plain', body: 'Prices rose 4% in March.' });
    expect(a!.hints).toEqual({ title: 'Prices', published: '2024-04-02', language: null });
    expect(b).toMatchObject({ id: '7', mediaType: 'text/html' });
  });

  it('reads a stream split mid-line and mid-character', async () => {
    const text = JSON.stringify({ text: 'Café owners said 12 shops closed.' }) + '\n' + JSON.stringify({ text: 'Second story: 3 injured.' }) + '\n';
    const bytes = Buffer.from(text);
    const chunks = [bytes.subarray(0, 12), bytes.subarray(12, 40), bytes.subarray(40)];
    const items = await collect(readJsonl(Readable.from(chunks), 'x.jsonl'));
    expect(items.map((i) => i.ok && i.doc.body)).toEqual(['Café owners said 12 shops closed.', 'Second story: 3 injured.']);
  });

  it('reports a bad line by its number and carries on', async () => {
    const lines = ['{"text": "ok one"}', '{not json', '{"title": "no body"}', '[1,2]', '{"text": ""}', '{"text": "ok two"}'].join('\n');
    const items = await collect(readJsonl(Readable.from([lines]), 'feed.jsonl'));
    expect(items.map((i) => (i.ok ? 'ok' : `${i.location} ${i.rule}`))).toEqual([
      'ok',
      'feed.jsonl#2 bad-jsonl',
      'feed.jsonl#3 bad-jsonl',
      'feed.jsonl#4 bad-jsonl',
      'feed.jsonl#5 empty-input',
      'ok',
    ]);
    expect(!items[1]!.ok && items[1]!.message).toBe('feed.jsonl#2 is not valid JSON.');
    expect(!items[2]!.ok && items[2]!.message).toBe('feed.jsonl#3 has neither a "text" nor an "html" string.');
  });

  it('never throws on arbitrary lines (property)', () => {
    fc.assert(
      fc.property(fc.string(), (line) => {
        const item = parseJsonlLine(line, 'f.jsonl#1');
        expect(typeof item.ok).toBe('boolean');
      }),
    );
  });
});

describe('readJsonl: limits and decoded text', () => {
  it('fails a line over the limit alone, naming it and its size, and reads the next', async () => {
    const big = JSON.stringify({ text: 'A council said 40 homes flooded. '.repeat(20) });
    const lines = [JSON.stringify({ text: 'Two roads closed.' }), big, JSON.stringify({ text: 'Three bridges shut.' })].join('\n');
    const items = await collect(readJsonl(Readable.from([Buffer.from(lines)]), 'feed.jsonl', { maxLineBytes: 200 }));
    expect(items.map((i) => (i.ok ? i.doc.body : `${i.location} ${i.rule}`))).toEqual(['Two roads closed.', 'feed.jsonl#2 too-large', 'Three bridges shut.']);
    expect(!items[1]!.ok && items[1]!.message).toBe(`feed.jsonl#2 is ${Buffer.byteLength(big) + 1} bytes, over the 200-byte limit for one JSONL line.`);
  });

  it('keeps the JSON string as the body: no charset applies, a leading BOM goes, an unpaired surrogate becomes U+FFFD', () => {
    const html = '<html><head><meta charset="windows-1252"></head><body><p>Café: 5 tables.</p></body></html>';
    const a = parseJsonlLine(JSON.stringify({ html }), 'f.jsonl#1');
    expect(a.ok && a.doc).toMatchObject({ body: html, encoding: 'utf-8', mediaType: 'text/html' });
    const b = parseJsonlLine('{"text": "\\ufeffFigures: 3 \\ud800 rises."}', 'f.jsonl#2');
    expect(b.ok && b.doc.body).toBe('Figures: 3 \ufffd rises.');
  });

  it('rejects a body of control characters as binary, as it does for a file', () => {
    const item = parseJsonlLine(JSON.stringify({ text: 'PK\u0003\u0004\u0000\u0001binary' }), 'f.jsonl#1');
    expect(!item.ok && item.rule).toBe('binary-input');
  });
});
