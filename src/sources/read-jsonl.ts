import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { documentFromText, InputError } from './decode.js';
import { readLines } from './read-lines.js';
import type { SourceItem } from './source-item.js';
import { failure } from './source-item.js';

export interface JsonlOptions {
  /** Largest line kept, in bytes; a longer line fails alone (rule "too-large") and the next lines are still read. */
  readonly maxLineBytes?: number;
}

/**
 * Reads a JSONL stream one line at a time: each line `{id?, url?, text | html, title?, published?, language?}` becomes a document.
 * Line by line, read only as the batch asks for the next document, so a multi-gigabyte dump never sits in memory;
 * a bad line is one failure and the rest go on.
 */
export async function* readJsonl(input: Readable, path: string, options: JsonlOptions = {}): AsyncGenerator<SourceItem> {
  let n = 0;
  try {
    for await (const { text, number, bytes } of readLines(input, options.maxLineBytes)) {
      n = number;
      const location = `${path}#${number}`;
      if (text === null) {
        yield failure(location, 'too-large', `${location} is ${bytes} bytes, over the ${options.maxLineBytes}-byte limit for one JSONL line.`, bytes);
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

/** Opens a .jsonl file as a stream and reads it with readJsonl. */
export function readJsonlFile(path: string, options: JsonlOptions = {}): AsyncGenerator<SourceItem> {
  return readJsonl(createReadStream(path), path, options);
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
