import { createHash } from 'node:crypto';

/** Stable record id: the same document, stage and offsets give the same id on every run (as sqlite-utils hash_record). */
export function recordId(prefix: string, ...parts: Array<string | number | null>): string {
  const h = createHash('sha1');
  h.update(parts.map((p) => String(p)).join('\u0000'));
  return `${prefix}_${h.digest('hex').slice(0, 16)}`;
}

/** SHA-256 of a document's text, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
