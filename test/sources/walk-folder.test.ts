import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileFilter, walkFolder, type FileFilter } from '../../src/sources/walk-folder.js';
import { tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
  const files = ['a.txt', 'b.html', 'notes.pdf', '.hidden.txt', 'sub/c.md', 'sub/deeper/d.htm', 'sub/drafts/e.txt', '.git/f.txt', 'feed.jsonl', 'crawl.warc.gz', 'Z.TXT'];
  for (const f of files) {
    mkdirSync(join(tmp.dir, f, '..'), { recursive: true });
    writeFileSync(join(tmp.dir, f), 'x');
  }
});
afterEach(() => tmp.cleanup());

async function walk(filter: FileFilter = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const e of walkFolder(tmp.dir, filter)) if (e.ok) out.push(relative(tmp.dir, e.path).split('\\').join('/'));
  return out;
}

describe('walkFolder', () => {
  it('recurses in name order, keeps document extensions, skips hidden files and folders', async () => {
    expect(await walk()).toEqual(['Z.TXT', 'a.txt', 'b.html', 'crawl.warc.gz', 'feed.jsonl', 'sub/c.md', 'sub/deeper/d.htm', 'sub/drafts/e.txt']);
  });

  it('reads only what --include names', async () => {
    expect(await walk({ include: ['**/*.txt'] })).toEqual(['a.txt', 'sub/drafts/e.txt']);
    expect(await walk({ include: ['*.html', 'sub/**/*.htm'] })).toEqual(['b.html', 'sub/deeper/d.htm']);
    expect(await walk({ include: ['**/*.pdf'] })).toEqual(['notes.pdf']);
  });

  it('drops files and whole folders that --exclude names', async () => {
    expect(await walk({ exclude: ['sub/drafts/**'] })).not.toContain('sub/drafts/e.txt');
    expect(await walk({ exclude: ['sub/drafts'] })).not.toContain('sub/drafts/e.txt');
    expect(await walk({ exclude: ['**/*.html', 'feed.jsonl'] })).toEqual(['Z.TXT', 'a.txt', 'crawl.warc.gz', 'sub/c.md', 'sub/deeper/d.htm', 'sub/drafts/e.txt']);
  });

  it('exclude wins over include', async () => {
    expect(await walk({ include: ['**/*.txt'], exclude: ['**/drafts/**'] })).toEqual(['a.txt']);
  });

  it('reports a folder that cannot be listed instead of throwing', async () => {
    const out = [];
    for await (const e of walkFolder(join(tmp.dir, 'missing'))) out.push(e);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ ok: false });
    expect((out[0] as { message: string }).message).toMatch(/cannot be listed: no such file or folder\.$/);
  });
});

describe('compileFilter', () => {
  it('matches relative paths with forward slashes', () => {
    const f = compileFilter({ include: ['news/**/*.html'], exclude: ['news/old/**'] });
    expect(f.file('news/2024/a.html')).toBe(true);
    expect(f.file('news/old/a.html')).toBe(false);
    expect(f.file('other/a.html')).toBe(false);
    expect(f.folder('news/old')).toBe(false);
    expect(f.folder('news/2024')).toBe(true);
  });
});
