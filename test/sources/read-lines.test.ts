import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { readLines } from '../../src/sources/read-lines.js';
import { collect } from './helpers.js';

describe('readLines', () => {
  it('splits on LF and CRLF, counts each line with its break, and yields a last line without one', async () => {
    const lines = await collect(readLines(Readable.from([Buffer.from('first\r\nsecond\n\nlast')])));
    expect(lines).toEqual([
      { text: 'first', number: 1, bytes: 7 },
      { text: 'second', number: 2, bytes: 7 },
      { text: '', number: 3, bytes: 1 },
      { text: 'last', number: 4, bytes: 4 },
    ]);
  });

  it('joins a line split across chunks, including inside a multi-byte character', async () => {
    const bytes = Buffer.from('Phnom Penh café\nŐrség 2024\n');
    const chunks = [bytes.subarray(0, 14), bytes.subarray(14, 15), bytes.subarray(15, 18), bytes.subarray(18)];
    const lines = await collect(readLines(Readable.from(chunks)));
    expect(lines.map((l) => l.text)).toEqual(['Phnom Penh café', 'Őrség 2024']);
  });

  it('reads the stream only as lines are asked for, not ahead', async () => {
    let pulled = 0;
    async function* chunks() {
      for (let i = 0; i < 10_000; i++) {
        pulled++;
        yield Buffer.from(`{"text": "story ${i}"}\n`);
      }
    }
    const lines = readLines(chunks());
    await lines.next();
    await lines.next();
    expect(pulled).toBe(2);
    await lines.return(undefined);
  });

  it('drops a line over the limit, says so with its size, and goes on with the next', async () => {
    const long = 'x'.repeat(100);
    const lines = await collect(readLines(Readable.from([Buffer.from(`short\n${long.slice(0, 60)}`), Buffer.from(`${long.slice(60)}\nafter\n`)]), 50));
    expect(lines).toEqual([
      { text: 'short', number: 1, bytes: 6 },
      { text: null, number: 2, bytes: 101 },
      { text: 'after', number: 3, bytes: 6 },
    ]);
  });

  it('gives back the text and its byte count, whatever the chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, ' ')), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(40), { maxLength: 5 }), async (texts, cuts) => {
        const bytes = Buffer.from(texts.join('\n') + '\n');
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i, all) => bytes.subarray(from, all[i + 1] ?? bytes.length)).filter((c) => c.length > 0);
        const lines = await collect(readLines(Readable.from(chunks)));
        expect(lines.map((l) => l.text)).toEqual(texts);
        expect(lines.reduce((n, l) => n + l.bytes, 0)).toBe(bytes.length);
      }),
    );
  });
});
