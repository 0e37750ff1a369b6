import { readFileSync, stat as statCb, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { Readable } from 'node:stream';
import { readJsonl, readJsonlFile, startsLikeJsonl } from './read-jsonl.js';
import { readWarcFile } from './read-warc.js';
import { readTarFile, readZipFile } from './read-archive.js';
import { fileKind } from './file-kind.js';
import { fetchUrls, readUrlList, type FetchOptions } from './fetch-urls.js';
import { describeError, walkFolder, type FileFilter } from './walk-folder.js';
import { decodeItem, failure, tooLarge, type SourceItem } from './source-item.js';

export type { SourceItem } from './source-item.js';

export interface ReadOptions extends FileFilter {
  /** Files listing one URL per line, fetched after the path inputs. */
  readonly urlLists?: readonly string[];
  /** How URLs are fetched (defaults: see defaultFetchOptions). */
  readonly fetch?: Partial<FetchOptions>;
  /** Largest single document read from a file or WARC record, in bytes. */
  readonly maxBytes?: number;
  /** What "-" reads (default: process.stdin). */
  readonly stdin?: Readable;
}

const stat = promisify(statCb);

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Expands inputs into decoded documents or per-input failures, lazily and in order: files, folders (recursive,
 * filtered by include/exclude globs), .jsonl and .jsonl.gz (line by line), .warc / .warc.gz (record by record),
 * .zip, .tar, .tar.gz and .tgz (entry by entry, the same globs choosing the entries),
 * "-" for stdin (JSONL when it opens with "{", else one document), then the URLs of each URL list. One document
 * at a time is held, so any corpus size reads in flat memory.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(options.stdin ?? process.stdin, maxBytes);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield failure(input, 'unreadable-input', `${input} cannot be read: ${describeError(err)}.`);
      continue;
    }
    if (info.isDirectory()) {
      for await (const entry of walkFolder(input, options)) {
        if (entry.ok) yield* readPath(entry.path, maxBytes, options);
        else yield failure(entry.path, 'unreadable-input', entry.message);
      }
    } else yield* readPath(input, maxBytes, options);
  }
  for (const list of options.urlLists ?? []) {
    try {
      await stat(list);
    } catch (err) {
      yield failure(list, 'unreadable-input', `URL list ${list} cannot be read: ${describeError(err)}.`);
      continue;
    }
    yield* fetchUrls(readUrlList(list), options.fetch);
  }
}

async function* readPath(path: string, maxBytes: number, filter: FileFilter): AsyncGenerator<SourceItem> {
  const kind = fileKind(path);
  if (kind === 'zip') return yield* readZipFile(path, { ...filter, maxBytes });
  if (kind === 'tar') return yield* readTarFile(path, { ...filter, maxBytes });
  // A JSONL line may be up to twice the document limit: JSON escapes quotes, line breaks and other characters as \uXXXX.
  if (kind === 'jsonl') return yield* readJsonlFile(path, { maxLineBytes: maxBytes * 2 });
  if (kind === 'warc') return yield* readWarcFile(path, { maxBytes });
  let bytes: Buffer;
  // A document file is read synchronously: for the small files a corpus is made of, an asynchronous read costs
  // about seven times the CPU (four thread-pool round trips and their wake-ups) for no gain, since the workers
  // always have documents queued while this thread reads the next one.
  try {
    const info = statSync(path);
    if (info.size > maxBytes) {
      yield tooLarge(path, info.size, maxBytes);
      return;
    }
    bytes = readFileSync(path);
  } catch (err) {
    yield failure(path, 'unreadable-input', `${path} cannot be read: ${describeError(err)}.`);
    return;
  }
  yield decodeItem(bytes, path, kind === 'html' ? 'text/html' : null);
}

/**
 * Standard input: a JSONL stream when its first bytes open a JSON object (`zcat dump.jsonl.gz | tally run -`),
 * read line by line like a .jsonl file; otherwise one document, up to `maxBytes`.
 */
async function* readStdin(stdin: Readable, maxBytes: number): AsyncGenerator<SourceItem> {
  const chunks = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  const head = first.done ? Buffer.alloc(0) : toBytes(first.value);
  const rest = async function* (): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield toBytes(next.value);
  };
  if (startsLikeJsonl(head)) return yield* readJsonl(Readable.from(rest()), 'stdin', { maxLineBytes: maxBytes * 2 });
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of rest()) {
    size += chunk.length;
    if (size <= maxBytes) parts.push(chunk);
  }
  if (size > maxBytes) return yield failure('-', 'too-large', `Standard input is ${size} bytes, over the ${maxBytes}-byte limit for one document.`, size);
  yield decodeItem(Buffer.concat(parts), '-', null);
}

function toBytes(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}
