import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readInputs } from '../../src/sources/read-inputs.js';
import { fileKind } from '../../src/sources/file-kind.js';
import { measureInputs } from '../../src/sources/measure-inputs.js';
import { collect, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const STORY = 'Council approves budget\n\nThe council approved a budget of $4 million on Tuesday, up from $3.5 million last year.\n';

describe('readInputs', () => {
  it('reads good files and reports each bad one (empty, binary, unreadable) with a clear message', async () => {
    const dir = join(tmp.dir, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.txt'), STORY);
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'd-dangling.txt'));
    writeFileSync(join(dir, 'e-good.html'), '<html><head><title>Vote</title></head><body><p>Turnout was 61 percent.</p></body></html>');
    if (process.getuid?.() !== 0) {
      writeFileSync(join(dir, 'f-locked.txt'), STORY);
      chmodSync(join(dir, 'f-locked.txt'), 0o000);
    }
    const items = await collect(readInputs([dir]));
    const good = items.filter((i) => i.ok);
    const bad = items.filter((i) => !i.ok) as Array<{ location: string; rule: string; message: string }>;
    expect(good.map((i) => i.ok && i.doc.location)).toEqual([join(dir, 'a-good.txt'), join(dir, 'e-good.html')]);
    expect(good[1]!.ok && good[1]!.doc.mediaType).toBe('text/html');
    const byName = Object.fromEntries(bad.map((b) => [b.location.slice(dir.length + 1), b]));
    expect(byName['b-empty.txt']).toMatchObject({ rule: 'empty-input', message: `${join(dir, 'b-empty.txt')} is empty.` });
    expect(byName['c-binary.txt']).toMatchObject({ rule: 'binary-input' });
    expect(byName['c-binary.txt']!.message).toMatch(/binary/);
    expect(byName['d-dangling.txt']).toMatchObject({ rule: 'unreadable-input', message: `${join(dir, 'd-dangling.txt')} cannot be read: no such file or folder.` });
    if (process.getuid?.() !== 0) expect(byName['f-locked.txt']).toMatchObject({ rule: 'unreadable-input', message: `${join(dir, 'f-locked.txt')} cannot be read: permission denied.` });
  });

  it('names a missing input and goes on to the next', async () => {
    writeFileSync(join(tmp.dir, 'ok.txt'), STORY);
    const items = await collect(readInputs([join(tmp.dir, 'nope.txt'), join(tmp.dir, 'ok.txt')]));
    expect(items[0]).toMatchObject({ ok: false, rule: 'unreadable-input' });
    expect(items[1]!.ok).toBe(true);
  });

  it('reads a file named on the command line whatever its extension', async () => {
    writeFileSync(join(tmp.dir, 'story'), STORY);
    const items = await collect(readInputs([join(tmp.dir, 'story')]));
    expect(items).toHaveLength(1);
    expect(items[0]!.ok && items[0]!.doc.body).toBe(STORY);
  });

  it('applies include and exclude inside folders', async () => {
    mkdirSync(join(tmp.dir, 'drafts'));
    writeFileSync(join(tmp.dir, 'one.txt'), STORY);
    writeFileSync(join(tmp.dir, 'two.md'), STORY);
    writeFileSync(join(tmp.dir, 'drafts', 'three.txt'), STORY);
    const items = await collect(readInputs([tmp.dir], { include: ['**/*.txt'], exclude: ['drafts/**'] }));
    expect(items.map((i) => i.ok && i.doc.location)).toEqual([join(tmp.dir, 'one.txt')]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    writeFileSync(join(tmp.dir, 'big.txt'), 'word '.repeat(1000));
    const [item] = await collect(readInputs([join(tmp.dir, 'big.txt')], { maxBytes: 100 }));
    expect(item).toMatchObject({ ok: false, rule: 'too-large' });
  });

  it('carries the byte size of each input for progress', async () => {
    writeFileSync(join(tmp.dir, 'a.txt'), STORY);
    const [item] = await collect(readInputs([join(tmp.dir, 'a.txt')]));
    expect(item!.bytes).toBe(Buffer.byteLength(STORY));
  });
});

describe('measureInputs', () => {
  it('sums the sizes of the files a read would visit, with the same filter; null for stdin', async () => {
    mkdirSync(join(tmp.dir, 'drafts'));
    writeFileSync(join(tmp.dir, 'one.txt'), 'a'.repeat(100));
    writeFileSync(join(tmp.dir, 'two.html'), 'b'.repeat(50));
    writeFileSync(join(tmp.dir, 'skip.pdf'), 'c'.repeat(1000));
    writeFileSync(join(tmp.dir, 'drafts', 'three.txt'), 'd'.repeat(7));
    expect(await measureInputs([tmp.dir])).toBe(157);
    expect(await measureInputs([tmp.dir], { exclude: ['drafts/**'] })).toBe(150);
    expect(await measureInputs([join(tmp.dir, 'skip.pdf'), join(tmp.dir, 'missing.txt')])).toBe(1000);
    expect(await measureInputs(['-'])).toBeNull();
  });
});

describe('readInputs: gzipped JSONL and standard input', () => {
  const lines = [JSON.stringify({ id: 'r1', text: 'Rents rose 7% last year.' }), JSON.stringify({ id: 'r2', html: '<p>About 40 families were moved.</p>' })].join('\n') + '\n';

  it('reads a .jsonl.gz file line by line, and its documents account for the compressed bytes read', async () => {
    const path = join(tmp.dir, 'dump.jsonl.gz');
    writeFileSync(path, gzipSync(lines));
    const items = await collect(readInputs([tmp.dir]));
    expect(items.map((i) => i.ok && i.doc.id)).toEqual(['r1', 'r2']);
    expect(items.reduce((n, i) => n + (i.bytes ?? 0), 0)).toBe(statSync(path).size);
  });

  it('reports a corrupt .jsonl.gz as unreadable and goes on with the next input', async () => {
    writeFileSync(join(tmp.dir, 'a-broken.jsonl.gz'), gzipSync(lines).subarray(0, 30));
    writeFileSync(join(tmp.dir, 'b-story.txt'), STORY);
    const items = await collect(readInputs([tmp.dir]));
    expect(items.map((i) => (i.ok ? 'ok' : i.rule))).toEqual(['unreadable-input', 'ok']);
    expect(!items[0]!.ok && items[0]!.message).toMatch(/a-broken\.jsonl\.gz could not be read past line 0/);
  });

  it('reads standard input as JSONL when it opens with a JSON object', async () => {
    const items = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from('\n' + lines.slice(0, 20)), Buffer.from(lines.slice(20))]) }));
    expect(items.map((i) => i.ok && i.doc.id)).toEqual(['r1', 'r2']);
  });

  it('reads any other standard input as one document, within the size limit', async () => {
    const one = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from(STORY)]) }));
    expect(one.map((i) => i.ok && i.doc.location)).toEqual(['-']);
    const big = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from(STORY), Buffer.from(STORY)]), maxBytes: 100 }));
    expect(big.map((i) => !i.ok && i.rule)).toEqual(['too-large']);
    const empty = await collect(readInputs(['-'], { stdin: Readable.from([]) }));
    expect(empty.map((i) => !i.ok && i.rule)).toEqual(['empty-input']);
  });
});

describe('fileKind', () => {
  it.each([
    ['a.jsonl', 'jsonl'],
    ['dump.jsonl.gz', 'jsonl'],
    ['dump.NDJSON.GZ', 'jsonl'],
    ['a.NDJSON', 'jsonl'],
    ['crawl.warc', 'warc'],
    ['crawl.warc.gz', 'warc'],
    ['page.HTM', 'html'],
    ['page.xhtml', 'html'],
    ['story.txt', 'text'],
    ['README', 'text'],
  ])('%s -> %s', (path, kind) => {
    expect(fileKind(path)).toBe(kind);
  });
});
