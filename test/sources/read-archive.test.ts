import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import yazl from 'yazl';
import { create as createTar } from 'tar';
import { readTarFile, readZipFile } from '../../src/sources/read-archive.js';
import { archiveKind } from '../../src/sources/file-kind.js';
import { readInputs } from '../../src/sources/read-inputs.js';
import type { SourceItem } from '../../src/sources/source-item.js';
import { collect, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const PAGE = '<html><head><title>Council vote</title></head><body><article><p>The council approved 240 homes on Tuesday, the mayor said.</p></article></body></html>';
const STORY = 'Council approves 240 homes\n\nThe council approved 240 homes on Tuesday, the mayor said.';

/** The files every test archive holds, by path inside the archive. */
const FILES: Record<string, string> = {
  'a.html': PAGE,
  'b.txt': STORY,
  'sub/c.md': STORY.replace('240', '310'),
  '.hidden.txt': 'not read',
  '__MACOSX/sub/._c.md': 'resource fork',
  'feed.jsonl': '{"text": "x"}\n',
  'photo.png': '\x89PNG',
};

async function writeZip(path: string, files: Record<string, string | Buffer>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await once(out, 'close');
}

async function writeTar(path: string, files: Record<string, string>, gzip: boolean): Promise<void> {
  const src = join(tmp.dir, `src-${Math.random().toString(36).slice(2)}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(src, name)), { recursive: true });
    writeFileSync(join(src, name), content);
  }
  // As `tar czf x.tgz -C src .` writes them: every path under "./".
  await createTar({ gzip, file: path, cwd: src, portable: true }, Object.keys(files).sort().map((f) => `./${f}`));
}

const ok = (items: SourceItem[]) => items.filter((i): i is Extract<SourceItem, { ok: true }> => i.ok);
const failed = (items: SourceItem[]) => items.filter((i): i is Extract<SourceItem, { ok: false }> => !i.ok);

describe('archiveKind', () => {
  it('knows zip and tar files by name', () => {
    expect(['a.zip', 'a.ZIP', 'a.tar', 'a.tar.gz', 'a.tgz', 'a.gz', 'a.jsonl.gz', 'a.html'].map(archiveKind)).toEqual(['zip', 'zip', 'tar', 'tar', 'tar', null, null, null]);
  });
});

describe.each([
  ['zip', 'pages.zip', (p: string, f: Record<string, string>) => writeZip(p, f), readZipFile],
  ['tar.gz', 'pages.tar.gz', (p: string, f: Record<string, string>) => writeTar(p, f, true), readTarFile],
  ['tar', 'pages.tar', (p: string, f: Record<string, string>) => writeTar(p, f, false), readTarFile],
] as const)('%s archives', (_kind, name, write, read) => {
  it('reads every document entry, named archive#path, HTML as HTML; skips hidden files, resource forks and other files', async () => {
    const path = join(tmp.dir, name);
    await write(path, FILES);
    const items = await collect(read(path, { maxBytes: 1_000_000 }));
    expect(ok(items).map((i) => [i.doc.location, i.doc.mediaType])).toEqual([
      [`${path}#a.html`, 'text/html'],
      [`${path}#b.txt`, 'text/plain'],
      [`${path}#sub/c.md`, 'text/plain'],
    ]);
    expect(ok(items)[1]!.doc.body).toBe(STORY);
    // A JSONL file inside the archive fails alone, with the way out in its message.
    expect(failed(items).map((f) => [f.location, f.rule])).toEqual([[`${path}#feed.jsonl`, 'nested-archive']]);
    expect(failed(items)[0]!.message).toMatch(/extract it/);
  });

  it('drops entries an --exclude glob matches, by their path inside the archive', async () => {
    const path = join(tmp.dir, name);
    await write(path, FILES);
    const items = await collect(read(path, { maxBytes: 1_000_000, exclude: ['sub/**', '*.jsonl'] }));
    expect(items.map((i) => (i.ok ? i.doc.location : i.location))).toEqual([`${path}#a.html`, `${path}#b.txt`]);
  });

  it('fails an entry over the size limit alone and reads the rest', async () => {
    const path = join(tmp.dir, name);
    await write(path, { 'big.txt': 'x'.repeat(5000), 'small.txt': STORY });
    const items = await collect(read(path, { maxBytes: 1000 }));
    expect(items.map((i) => (i.ok ? ['ok', i.doc.location] : [i.rule, i.location]))).toEqual([
      ['too-large', `${path}#big.txt`],
      ['ok', `${path}#small.txt`],
    ]);
  });

  it('counts progress in archive bytes, adding up to no more than the file size', async () => {
    const path = join(tmp.dir, name);
    await write(path, FILES);
    const items = await collect(read(path, { maxBytes: 1_000_000 }));
    const counted = items.reduce((n, i) => n + (i.bytes ?? 0), 0);
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThanOrEqual(statSync(path).size);
  });

  it('reports a file that is not such an archive as one failure', async () => {
    const path = join(tmp.dir, name);
    writeFileSync(path, 'This is a plain text file with an archive name.\n'.repeat(40));
    const items = await collect(read(path, { maxBytes: 1_000_000 }));
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.every((i) => !i.ok && i.rule === 'bad-archive' && i.location === path)).toBe(true);
  });
});

describe('damaged archives', () => {
  it('a truncated tar.gz gives the entries before the damage, then one failure', async () => {
    const path = join(tmp.dir, 'cut.tar.gz');
    const files: Record<string, string> = {};
    // Text gzip cannot shrink much, so the cut lands inside the later entries.
    for (let i = 0; i < 20; i++) files[`p${String(i).padStart(2, '0')}.txt`] = `${STORY} ${i} ${Math.random().toString(36).repeat(60)}`;
    await writeTar(path, files, true);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const items = await collect(readTarFile(path, { maxBytes: 1_000_000 }));
    expect(ok(items).length).toBeGreaterThan(0);
    expect(ok(items).length).toBeLessThan(20);
    expect(failed(items).length).toBeGreaterThanOrEqual(1);
    expect(failed(items).every((f) => f.rule === 'bad-archive')).toBe(true);
  });

  it('a plain tar cut inside an entry fails that entry, not as a short document', async () => {
    const path = join(tmp.dir, 'cut.tar');
    await writeTar(path, { 'a.txt': STORY, 'b.txt': `${STORY}\n\n${'More of the story. '.repeat(200)}` }, false);
    const whole = readFileSync(path);
    // Headers and bodies come in 512-byte blocks: a.txt takes two, b.txt's header one; cut two blocks into b.txt's body.
    writeFileSync(path, whole.subarray(0, 512 * 5));
    const items = await collect(readTarFile(path, { maxBytes: 1_000_000 }));
    expect(ok(items).map((i) => i.doc.location)).toEqual([`${path}#a.txt`]);
    expect(failed(items).map((f) => [f.location, f.rule])).toContainEqual([`${path}#b.txt`, 'bad-archive']);
  });

  it('a zip cut short is one failure, not a crash', async () => {
    const path = join(tmp.dir, 'cut.zip');
    await writeZip(path, FILES);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 30));
    const items = await collect(readZipFile(path, { maxBytes: 1_000_000 }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, rule: 'bad-archive', location: path });
  });
});

describe('readInputs', () => {
  it('reads archives given directly and found in folders, with the folder files', async () => {
    const folder = join(tmp.dir, 'corpus');
    mkdirSync(folder);
    writeFileSync(join(folder, 'loose.txt'), STORY);
    await writeZip(join(folder, 'batch.zip'), { 'one.html': PAGE });
    await writeTar(join(tmp.dir, 'more.tgz'), { 'two.txt': STORY }, true);
    const items = await collect(readInputs([folder, join(tmp.dir, 'more.tgz')]));
    expect(ok(items).map((i) => i.doc.location)).toEqual([`${join(folder, 'batch.zip')}#one.html`, join(folder, 'loose.txt'), `${join(tmp.dir, 'more.tgz')}#two.txt`]);
  });
});
