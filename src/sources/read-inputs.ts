import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { SourceDoc } from '../schema/source.js';
import { decodeDocument, InputError } from './decode.js';

export type SourceItem =
  | { readonly ok: true; readonly doc: SourceDoc }
  | { readonly ok: false; readonly location: string; readonly rule: string; readonly message: string };

const TEXT_EXT = new Set(['.txt', '.md', '.text']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** Expands inputs (files, folders, .jsonl, "-" for stdin) into decoded documents or per-input errors, in order. */
export async function* readInputs(inputs: readonly string[]): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* fromBytes(await readStdin(), '-');
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield failure(input, 'unreadable-input', `${input} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
      continue;
    }
    if (info.isDirectory()) yield* readFolder(input);
    else yield* readPath(input);
  }
}

async function* readFolder(dir: string): AsyncGenerator<SourceItem> {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    yield failure(dir, 'unreadable-input', `${dir} cannot be listed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) yield* readFolder(path);
    else if (isDocumentFile(path)) yield* readPath(path);
  }
}

function isDocumentFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || ext === '.jsonl';
}

async function* readPath(path: string): AsyncGenerator<SourceItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    yield failure(path, 'unreadable-input', `${path} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    return;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl') yield* fromJsonl(bytes, path);
  else yield* fromBytes(bytes, path, HTML_EXT.has(ext) ? 'text/html' : null);
}

function* fromBytes(bytes: Uint8Array, location: string, declaredType: 'text/html' | null = null): Generator<SourceItem> {
  try {
    yield { ok: true, doc: decodeDocument(bytes, { location, declaredType }) };
  } catch (err) {
    if (err instanceof InputError) yield failure(location, err.rule, err.message);
    else throw err;
  }
}

function* fromJsonl(bytes: Uint8Array, path: string): Generator<SourceItem> {
  const lines = new TextDecoder().decode(bytes).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const location = `${path}#${i + 1}`;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line) as Record<string, unknown>;
    } catch {
      yield failure(location, 'bad-jsonl', `${location} is not valid JSON.`);
      continue;
    }
    const body = typeof rec.html === 'string' ? rec.html : typeof rec.text === 'string' ? rec.text : null;
    if (body === null) {
      yield failure(location, 'bad-jsonl', `${location} has neither a "text" nor an "html" string.`);
      continue;
    }
    try {
      const doc = decodeDocument(new TextEncoder().encode(body), {
        location: typeof rec.id === 'string' ? rec.id : location,
        id: typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : null,
        url: typeof rec.url === 'string' ? rec.url : null,
        declaredType: typeof rec.html === 'string' ? 'text/html' : 'text/plain',
      });
      doc.hints.title = typeof rec.title === 'string' ? rec.title : null;
      doc.hints.published = typeof rec.published === 'string' ? rec.published : null;
      doc.hints.language = typeof rec.language === 'string' ? rec.language : null;
      yield { ok: true, doc };
    } catch (err) {
      if (err instanceof InputError) yield failure(location, err.rule, err.message);
      else throw err;
    }
  }
}

function failure(location: string, rule: string, message: string): SourceItem {
  return { ok: false, location, rule, message };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
