import { createReadStream } from 'node:fs';
import type { WARCRecord } from 'warcio';
import { decodeDocument, InputError, type DecodeOptions } from './decode.js';
import { failure, type SourceItem } from './source-item.js';
import { parseContentType, HTML_MEDIA_TYPES } from './content-type.js';

export interface WarcOptions {
  /** Records whose payload is larger than this many bytes are skipped with a failure (default 10 MiB). */
  readonly maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads a WARC or WARC.gz file record by record: every `response` (HTTP 2xx) or `resource` record holding HTML
 * becomes a document with its WARC-Target-URI as url and WARC-Date as fetch time; other records are passed over.
 * warcio streams and inflates per gzip member, so an archive of any size is read in constant memory.
 */
export async function* readWarcFile(path: string, opts: WarcOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // warcio loads on the first archive read, so runs without archives start without compiling it.
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(createReadStream(path));
  let records = 0;
  try {
    for await (const record of parser) {
      records++;
      const protocol = String(record.warcHeaders.protocol ?? '');
      if (!protocol.startsWith('WARC/')) {
        yield failure(path, 'bad-warc', `${path} is not a WARC file: the record at byte ${parser.offset} does not start with a WARC/1.x line.`);
        return;
      }
      const item = await readRecord(record, path, maxBytes);
      if (item) yield item;
    }
  } catch (err) {
    yield failure(path, 'bad-warc', `${path} is not a readable WARC file (stopped at byte ${parser.offset}): ${(err as Error).message}.`);
    return;
  }
  if (records === 0) yield failure(path, 'bad-warc', `${path} holds no WARC records.`);
}

async function readRecord(record: WARCRecord, path: string, maxBytes: number): Promise<SourceItem | null> {
  const type = record.warcType;
  if (type !== 'response' && type !== 'resource') {
    await record.skipFully();
    return null;
  }
  const uri = record.warcTargetURI ?? null;
  const location = uri ?? `${path}@${record.warcHeader('WARC-Record-ID') ?? '?'}`;
  let charset: string | null = null;
  if (type === 'response') {
    const info = record.getResponseInfo();
    const status = Number(info?.status ?? 0);
    const ct = parseContentType(info?.headers.get('content-type') ?? null);
    if (status < 200 || status >= 300 || !ct || !HTML_MEDIA_TYPES.has(ct.type)) {
      await record.skipFully();
      return null;
    }
    charset = ct.charset;
  } else {
    const ct = parseContentType(record.warcContentType ?? null);
    if (!ct || !HTML_MEDIA_TYPES.has(ct.type)) {
      await record.skipFully();
      return null;
    }
    charset = ct.charset;
  }
  if (record.warcContentLength > maxBytes * 2) {
    await record.skipFully();
    return failure(location, 'too-large', `${location} in ${path} is ${record.warcContentLength} bytes, over the ${maxBytes}-byte limit.`);
  }
  const payload = await record.readFully(true);
  if (payload.length > maxBytes) return failure(location, 'too-large', `${location} in ${path} is ${payload.length} bytes, over the ${maxBytes}-byte limit.`);
  const decodeOpts = {
    location,
    url: uri,
    declaredType: 'text/html',
    declaredCharset: charset,
    fetchedAt: normalizeDate(record.warcDate ?? null),
  } satisfies DecodeOptions & { declaredCharset: string | null };
  try {
    return { ok: true, doc: decodeDocument(payload, decodeOpts), bytes: payload.length };
  } catch (err) {
    if (err instanceof InputError) return failure(location, err.rule, `${err.message.replace(/\.$/, '')} (in ${path}).`);
    throw err;
  }
}

function normalizeDate(date: string | null): string | null {
  if (!date) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
