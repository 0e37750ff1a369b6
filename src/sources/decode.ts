import iconv from 'iconv-lite';
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
  /** Charset declared by the container (HTTP Content-Type header, WARC record); a BOM still wins, as in browsers. */
  readonly declaredCharset?: string | null;
  readonly fetchedAt?: string | null;
  readonly id?: string | null;
}

/** Bytes -> SourceDoc: rejects empty and binary input, finds the encoding (BOM, declared, meta, UTF-8 check), sniffs HTML. */
export function decodeDocument(bytes: Uint8Array, opts: DecodeOptions): SourceDoc {
  if (bytes.length === 0) throw new InputError(`${opts.location} is empty.`, 'empty-input');
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) throw new InputError(`${opts.location} looks like a binary file, not text or HTML.`, 'binary-input');
  const { text, encoding } = decodeText(bytes, opts.declaredCharset ?? null);
  return toDocument(text, encoding, opts);
}

/**
 * Text already decoded by its container (a JSONL string) -> SourceDoc, with the checks decodeDocument makes.
 * Why not encode it and call decodeDocument: for a page that is a second copy of the page, as bytes and then as
 * a string again, on the thread that reads the whole corpus. A JSON string is Unicode whatever its HTML says,
 * so no charset applies; a leading BOM goes, and unpaired surrogates become U+FFFD, as the UTF-8 round trip did.
 */
export function documentFromText(text: string, opts: DecodeOptions): SourceDoc {
  if (text.length === 0) throw new InputError(`${opts.location} is empty.`, 'empty-input');
  if (looksBinaryText(text)) throw new InputError(`${opts.location} looks like a binary file, not text or HTML.`, 'binary-input');
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).toWellFormed();
  return toDocument(body, 'utf-8', opts);
}

function toDocument(text: string, encoding: string, opts: DecodeOptions): SourceDoc {
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

/**
 * Bytes -> text, in the order browsers use: a BOM, then the declared charset (HTTP header),
 * then a `<meta charset>` / http-equiv in the first 4 KiB, then UTF-8 if the bytes are valid UTF-8,
 * else windows-1252 (what "ISO-8859-1" means on the web). The encoding used is returned.
 */
export function decodeText(bytes: Uint8Array, declaredCharset: string | null = null): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const declared = normalizeCharset(declaredCharset) ?? normalizeCharset(sniffMetaCharset(bytes));
  const strict = tryUtf8(bytes);
  // Bytes that are valid UTF-8 and hold multi-byte sequences are UTF-8 whatever a (often stale) label says:
  // legacy-encoded text with non-ASCII bytes almost never validates as UTF-8.
  if (strict !== null && (declared === null || declared === 'utf-8' || hasNonAscii(bytes))) return { text: strict, encoding: 'utf-8' };
  if (declared && declared !== 'utf-8') return { text: iconv.decode(toBuffer(bytes), declared), encoding: declared };
  // Declared UTF-8 but invalid: keep UTF-8 when the damage is a few stray bytes, else the web's legacy default.
  if (declared === 'utf-8') {
    const lenient = utf8(bytes);
    const bad = countChar(lenient, 0xfffd);
    const wide = countWide(lenient);
    if (wide > 0 && bad * 4 <= wide) return { text: lenient, encoding: 'utf-8' };
  }
  return { text: iconv.decode(toBuffer(bytes), 'windows-1252'), encoding: 'windows-1252' };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function countChar(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

/** Characters above U+007F that decoded cleanly: evidence the text really is UTF-8. */
function countWide(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) n++;
  }
  return n;
}

/** Charset label -> an iconv-lite name, following the WHATWG label table's main aliases; null when unknown. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  let name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (name === '') return null;
  if (name === 'utf8' || name === 'unicode-1-1-utf-8' || name === 'utf-8') return 'utf-8';
  // The web treats these Latin-1 labels as windows-1252, and GB2312 as GBK.
  if (/^(iso-?8859-1|latin-?1|l1|ascii|us-ascii|iso_8859-1|cp1252|windows-1252|x-cp1252)$/.test(name)) return 'windows-1252';
  if (/^(gb2312|gb_2312(-80)?|x-gbk|gbk|cp936|chinese|csgb2312|iso-ir-58)$/.test(name)) return 'gbk';
  if (/^(shift[_-]?jis|sjis|x-sjis|ms_kanji|windows-31j|ms932|cp932|csshiftjis)$/.test(name)) return 'shift_jis';
  if (/^(euc-?kr|ks_c_5601-1987|windows-949|cp949)$/.test(name)) return 'euc-kr';
  if (/^(big5|big5-hkscs|cn-big5|x-x-big5)$/.test(name)) return 'big5';
  if (name === 'utf-16' || name === 'utf16') return 'utf-16le';
  const iso = /^iso[-_]?8859[-_]?(\d+)$/.exec(name);
  if (iso) name = `iso-8859-${iso[1]}`;
  return iconv.encodingExists(name) ? name : null;
}

/** The charset named by `<meta charset>` or `<meta http-equiv="content-type" content="...charset=...">` in the first 4 KiB. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  const direct = /<meta[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct ? direct[1]! : null;
}

/** HTML when the first non-blank characters open a tag or doctype, or the text is dense with block tags. */
export function sniffMediaType(text: string): MediaType {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<\?xml|<!--|<meta|<div|<p[\s>]|<article|<script|<noscript|<title|<style|<link|<table|<h[1-6][\s>])/.test(head)) return 'text/html';
  const tags = text.slice(0, 65536).match(/<\/?(p|div|span|a|br|html|body|article|section|h[1-6])\b[^>]*>/gi);
  return tags && tags.length >= 5 ? 'text/html' : 'text/plain';
}

/** Binary: a NUL byte, or many control characters, in the first 8 KiB (the heuristic git and file(1) use). */
export function looksBinary(bytes: Uint8Array): boolean {
  return mostlyControl((i) => bytes[i]!, Math.min(bytes.length, 8192));
}

/** looksBinary for decoded text: the same test over the first 8,192 characters. */
export function looksBinaryText(text: string): boolean {
  return mostlyControl((i) => text.charCodeAt(i), Math.min(text.length, 8192));
}

function mostlyControl(codeAt: (i: number) => number, n: number): boolean {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = codeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control / Math.max(n, 1) > 0.1;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
