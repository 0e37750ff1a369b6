import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import type { ReadEntry } from 'tar';
import { decodeItem, failure, tooLarge, type SourceItem } from './source-item.js';
import { fileKind } from './file-kind.js';
import { compileFilter, type FileFilter } from './walk-folder.js';

export interface ArchiveOptions extends FileFilter {
  /** Entries larger than this many bytes, uncompressed, fail alone (rule "too-large"); the rest are read. */
  readonly maxBytes: number;
}

/**
 * Which entries of an archive are documents: those with a document extension that no --exclude glob drops (matched
 * against the entry's path inside the archive); hidden entries and macOS resource forks ("__MACOSX/") are passed over.
 * Why not --include: it chooses the files of a folder, archives among them ("**\/*.zip" would then match no entry).
 * Why entries in formats of their own (JSONL, WARC, another archive) fail instead of being read: their records would
 * need a second layer of progress and limits; a clear message asking to extract them beats a half-read corpus.
 */
function entryTest(filter: FileFilter): (name: string) => { verdict: 'read' | 'skip' | 'nested'; rel: string } {
  const test = compileFilter({ exclude: filter.exclude ?? [] });
  return (name) => {
    const parts = name.split('/').filter((p) => p.length > 0 && p !== '.');
    // "./a.html", as `tar -C dir .` writes it, is "a.html".
    const rel = parts.join('/');
    if (parts.length === 0 || parts.some((p) => p.startsWith('.') || p === '__MACOSX')) return { verdict: 'skip', rel };
    for (let i = 1; i < parts.length; i++) if (!test.folder(parts.slice(0, i).join('/'))) return { verdict: 'skip', rel };
    if (!test.file(rel)) return { verdict: 'skip', rel };
    const kind = fileKind(rel);
    return { verdict: kind === 'html' || kind === 'text' ? 'read' : 'nested', rel };
  };
}

function decodeEntry(bytes: Uint8Array, location: string, counted: number): SourceItem {
  return decodeItem(bytes, location, fileKind(location) === 'html' ? 'text/html' : null, counted);
}

function nestedFailure(location: string, counted: number): SourceItem {
  return failure(location, 'nested-archive', `${location} is a JSONL, WARC or archive file inside an archive; extract it and pass it to tally on its own.`, counted);
}

/**
 * Reads a .zip file entry by entry, in the order of its central directory, one entry in memory at a time. Each entry is a
 * document at "archive.zip#path/in/archive"; progress counts compressed bytes, so the ETA adds up to the file's size.
 * yauzl checks each entry's inflated size against the size its header declares, so a zip bomb fails as that entry.
 */
export async function* readZipFile(path: string, options: ArchiveOptions): AsyncGenerator<SourceItem> {
  const yauzl = await import('yauzl');
  const test = entryTest(options);
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false }, (err, z) => (err ? reject(err) : resolve(z))),
    );
  } catch (err) {
    yield failure(path, 'bad-archive', `${path} is not a readable zip file: ${(err as Error).message}.`);
    return;
  }
  const next = (): Promise<Entry | null> =>
    new Promise((resolve, reject) => {
      const onEntry = (e: Entry): void => done(() => resolve(e));
      const onEnd = (): void => done(() => resolve(null));
      const onError = (err: Error): void => done(() => reject(err));
      const done = (then: () => void): void => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        then();
      };
      zip.once('entry', onEntry).once('end', onEnd).once('error', onError);
      zip.readEntry();
    });
  try {
    for (let entry = await next(); entry !== null; entry = await next()) {
      if (entry.fileName.endsWith('/')) continue;
      const { verdict, rel } = test(entry.fileName);
      const location = `${path}#${rel}`;
      if (verdict === 'skip') continue;
      if (verdict === 'nested') yield nestedFailure(location, entry.compressedSize);
      else if (entry.uncompressedSize > options.maxBytes) yield tooLarge(location, entry.uncompressedSize, options.maxBytes, entry.compressedSize);
      else {
        let bytes: Buffer;
        try {
          const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry!, (err, s) => (err ? reject(err) : resolve(s))));
          bytes = await collect(stream);
        } catch (err) {
          yield failure(location, 'bad-archive', `${location} cannot be read from the archive: ${(err as Error).message}.`, entry.compressedSize);
          continue;
        }
        yield decodeEntry(bytes, location, entry.compressedSize);
      }
    }
  } catch (err) {
    yield failure(path, 'bad-archive', `${path} is not a readable zip file: ${(err as Error).message}.`);
  } finally {
    zip.close();
  }
}

/**
 * Reads a .tar, .tar.gz or .tgz file entry by entry as it streams (node-tar detects gzip itself), one entry in memory at a
 * time: the parser waits until the entry is read before it reads on. Each regular file is a document at
 * "archive.tar.gz#path/in/archive"; progress counts the archive's bytes read since the entry before.
 */
export async function* readTarFile(path: string, options: ArchiveOptions): AsyncGenerator<SourceItem> {
  const { Parser } = await import('tar');
  const test = entryTest(options);
  type Event = { entry: ReadEntry } | { warning: string } | { error: Error } | { end: true };
  const events: Event[] = [];
  let wake: (() => void) | null = null;
  const push = (e: Event): void => {
    events.push(e);
    wake?.();
    wake = null;
  };
  const parser = new Parser({ noResume: true, strict: false });
  parser.on('entry', (entry: ReadEntry) => push({ entry }));
  parser.on('warn', (_code: string, message: string | Error) => push({ warning: typeof message === 'string' ? message : message.message }));
  parser.on('error', (error: Error) => push({ error }));
  parser.on('end', () => push({ end: true }));
  // A cut-off archive ends (or fails) while an entry still waits for the rest of its bytes, which never come.
  const ended = new Promise<void>((resolve) => {
    for (const ev of ['end', 'close', 'error', 'abort']) parser.once(ev, () => resolve());
  });
  const file = createReadStream(path);
  let read = 0;
  let counted = 0;
  file.on('data', (chunk) => (read += chunk.length));
  file.on('error', (error) => push({ error }));
  file.pipe(parser);
  const take = async (): Promise<Event> => {
    while (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return events.shift()!;
  };
  const progress = (): number => {
    const n = read - counted;
    counted = read;
    return n;
  };
  let entries = 0;
  let warned = false;
  try {
    for (;;) {
      const event = await take();
      if ('end' in event) break;
      if ('error' in event) {
        yield failure(path, 'bad-archive', `${path} is not a readable tar file: ${event.error.message}.`, progress());
        return;
      }
      if ('warning' in event) {
        warned = true;
        yield failure(path, 'bad-archive', `${path}: ${event.warning}.`, progress());
        continue;
      }
      const entry = event.entry;
      entries++;
      const { verdict: named, rel } = test(entry.path);
      const location = `${path}#${rel}`;
      const verdict = entry.type === 'File' || entry.type === 'OldFile' || entry.type === 'ContiguousFile' ? named : 'skip';
      if (verdict !== 'read') {
        entry.resume();
        if (verdict === 'nested') yield nestedFailure(location, progress());
        continue;
      }
      if ((entry.size ?? 0) > options.maxBytes) {
        entry.resume();
        yield tooLarge(location, entry.size ?? 0, options.maxBytes, progress());
        continue;
      }
      const bytes = await collectUnlessEnded(entry as unknown as AsyncIterable<Buffer>, ended);
      if (bytes === null || bytes.length < (entry.size ?? 0)) {
        yield failure(location, 'bad-archive', `${location} is cut short: the archive ends inside it.`, progress());
        continue;
      }
      yield decodeEntry(bytes, location, progress());
    }
    if (entries === 0 && !warned) yield failure(path, 'bad-archive', `${path} holds no files.`, progress());
  } finally {
    file.destroy();
  }
}

/** The entry's bytes, or null when the parser ends before the entry does. */
async function collectUnlessEnded(entry: AsyncIterable<Buffer>, ended: Promise<void>): Promise<Buffer | null> {
  let got: Buffer | null = null;
  const collecting = collect(entry).then(
    (b) => (got = b),
    () => null,
  );
  await Promise.race([collecting, ended]);
  // A whole entry's last chunk and the parser's end can land in one turn: let the entry's reads settle first.
  if (got === null) await new Promise<void>((resolve) => setImmediate(resolve));
  return got;
}

async function collect(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts);
}
