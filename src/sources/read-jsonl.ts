import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { documentFromText, InputError } from './decode.js';
import { readLines } from './read-lines.js';
import type { SourceItem } from './source-item.js';
import { failure } from './source-item.js';

export interface JsonlOptions {
  /** Largest line kept, in bytes; a longer line fails alone (rule "too-large") and the next lines are still read. */
  readonly maxLineBytes?: number;
  /**
   * Bytes of the file read so far, when they are not the bytes of the lines (a gzipped file): each document then
   * counts the file bytes read since the one before, so progress and its ETA add up to the file's size.
   */
  readonly bytesRead?: () => number;
}

/**
 * Reads a JSONL stream one line at a time: each line `{id?, url?, text | html, title?, published?, language?}` becomes a document.
 * Line by line, read only as the batch asks for the next document, so a multi-gigabyte dump never sits in memory;
 * a bad line is one failure and the rest go on.
 */
export async function* readJsonl(input: Readable, path: string, options: JsonlOptions = {}): AsyncGenerator<SourceItem> {
  let n = 0;
  let counted = 0;
  try {
    for await (const { text, number, bytes: lineBytes } of readLines(input, options.maxLineBytes)) {
      n = number;
      let bytes = lineBytes;
      if (options.bytesRead) {
        const read = options.bytesRead();
        bytes = read - counted;
        counted = read;
      }
      const location = `${path}#${number}`;
      if (text === null) {
        yield failure(location, 'too-large', `${location} is ${lineBytes} bytes, over the ${options.maxLineBytes}-byte limit for one JSONL line.`, bytes);
        continue;
      }
      const line = number === 1 ? text.replace(/^\uFEFF/, '').trim() : text.trim();
      if (!line) continue;
      yield parseJsonlLine(line, location, bytes);
    }
  } catch (err) {
    yield failure(`${path}#${n + 1}`, 'unreadable-input', `${path} could not be read past line ${n}: ${(err as Error).message}.`);
  }
}

/** Opens a .jsonl file (or a gzipped one, .jsonl.gz) as a stream and reads it with readJsonl. */
export function readJsonlFile(path: string, options: JsonlOptions = {}): AsyncGenerator<SourceItem> {
  const file = createReadStream(path);
  if (!/\.gz$/i.test(path)) return readJsonl(file, path, options);
  let compressed = 0;
  file.on('data', (chunk) => (compressed += chunk.length));
  // pipeline, not pipe: a read error or a corrupt archive must end the line stream with that error.
  const lines = pipeline(file, createGunzip(), () => undefined);
  return readJsonl(lines, path, { ...options, bytesRead: () => compressed });
}

/** True when a stream's first bytes open a JSON object: standard input is then read as JSONL, not as one document. */
export function startsLikeJsonl(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x7b;
}

/** One JSONL line -> a document, or a failure naming the line. */
export function parseJsonlLine(line: string, location: string, bytes: number = Buffer.byteLength(line)): SourceItem {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return failure(location, 'bad-jsonl', `${location} is not valid JSON.`, bytes);
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return failure(location, 'bad-jsonl', `${location} is not a JSON object.`, bytes);
  const r = rec as Record<string, unknown>;
  const body = typeof r.html === 'string' ? r.html : typeof r.text === 'string' ? r.text : null;
  if (body === null) return failure(location, 'bad-jsonl', `${location} has neither a "text" nor an "html" string.`, bytes);
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null;
  try {
    const doc = documentFromText(body, {
      location: id ?? location,
      id,
      url: typeof r.url === 'string' ? r.url : null,
      declaredType: typeof r.html === 'string' ? 'text/html' : 'text/plain',
    });
    doc.hints.title = typeof r.title === 'string' ? r.title : null;
    doc.hints.published = typeof r.published === 'string' ? r.published : null;
    doc.hints.language = typeof r.language === 'string' ? r.language : null;
    return { ok: true, doc, bytes };
  } catch (err) {
    if (err instanceof InputError) return failure(id ? `${location} (id ${id})` : location, err.rule, err.message, bytes);
    throw err;
  }
}
