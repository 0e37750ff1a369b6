import type { MediaType, SourceDoc } from '../schema/source.js';

/** An input that cannot be read as a document; the message says why in one sentence. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly rule: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface DecodeOptions {
  readonly location: string;
  readonly url?: string | null;
  /** Media type declared by the container (file extension, HTTP header, WARC record), if any. */
  readonly declaredType?: MediaType | null;
  readonly fetchedAt?: string | null;
  readonly id?: string | null;
}

/** Bytes -> SourceDoc: rejects empty and binary input, strips a BOM, decodes UTF-8, sniffs HTML. */
export function decodeDocument(bytes: Uint8Array, opts: DecodeOptions): SourceDoc {
  if (bytes.length === 0) throw new InputError(`${opts.location} is empty.`, 'empty-input');
  if (looksBinary(bytes)) throw new InputError(`${opts.location} looks like a binary file, not text or HTML.`, 'binary-input');
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new InputError(`${opts.location} holds only white space.`, 'empty-input');
  return {
    id: opts.id ?? null,
    location: opts.location,
    url: opts.url ?? null,
    mediaType: opts.declaredType ?? sniffMediaType(text),
    body: text,
    encoding,
    fetchedAt: opts.fetchedAt ?? null,
    hints: { title: null, published: null, language: null },
  };
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  let view = bytes;
  if (view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) view = view.subarray(3);
  return { text: new TextDecoder('utf-8').decode(view), encoding: 'utf-8' };
}

/** HTML when the first non-blank characters open a tag or doctype, or the text is dense with block tags. */
export function sniffMediaType(text: string): MediaType {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<\?xml|<!--|<meta|<div|<p[\s>]|<article)/.test(head)) return 'text/html';
  const tags = text.slice(0, 65536).match(/<\/?(p|div|span|a|br|html|body|article|section|h[1-6])\b[^>]*>/gi);
  return tags && tags.length >= 5 ? 'text/html' : 'text/plain';
}

/** Binary: a NUL byte, or many control characters, in the first 8 KiB (the heuristic git and file(1) use). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / Math.max(n, 1) > 0.1;
}
