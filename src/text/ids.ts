import { hash } from 'node:crypto';

/** Stable record id: the same document, stage and offsets give the same id on every run (as sqlite-utils hash_record). */
export function recordId(prefix: string, ...parts: Array<string | number | null>): string {
  // crypto.hash (Node >= 20.12) is the one-shot form of createHash: same digest, a third of the cost per id.
  return `${prefix}_${hash('sha1', parts.map((p) => String(p)).join('\u0000'), 'hex').slice(0, 16)}`;
}

/** SHA-256 of a document's text, hex. */
export function contentHash(text: string): string {
  return hash('sha256', text, 'hex');
}
