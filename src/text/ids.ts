import { hash } from 'node:crypto';

/** Hex digits of the scope's hash that open a scoped id: enough to keep ten million documents apart. */
const SCOPE_DIGITS = 6;
/** Hex digits that tell a scope's records apart: a document of a thousand records collides once in 2^29. */
const RECORD_DIGITS = 12;
/** Hex digits of an id made from its scope alone (a person's normalised name). */
const SINGLE_DIGITS = 16;

/**
 * Stable record id: the same scope and parts give the same id on every run (as sqlite-utils hash_record). The first
 * part is the scope, the document a record belongs to (a person's normalised name for a person, with no other part).
 * A scoped id opens with a hash of its scope, so the records of one document sit side by side in every index on an id.
 * Why: with ids hashed from all their parts, each transaction of the batch writer touched nearly every page of the
 * id indexes (quotes.id, claims.id, article_speakers.id and the indexes on ids that point at them), so a batch's
 * writes grew with the database: on the BBC Results written ten times over, the tenth block of 2,225 documents cost
 * 2.5 times the first. With the documents' records together, a transaction touches a page or so per document.
 */
export function recordId(prefix: string, scope: string | number | null, ...parts: Array<string | number | null>): string {
  const own = String(scope);
  if (parts.length === 0) return `${prefix}_${hash('sha1', own, 'hex').slice(0, SINGLE_DIGITS)}`;
  // crypto.hash (Node >= 20.12) is the one-shot form of createHash: same digest, a third of the cost per id.
  const record = hash('sha1', [own, ...parts.map((p) => String(p))].join('\u0000'), 'hex');
  return `${prefix}_${scopeDigits(own)}${record.slice(0, RECORD_DIGITS)}`;
}

/**
 * SCOPE_DIGITS hex digits of a 32-bit FNV-1a hash of the scope. Why not SHA-1: the digits only have to spread documents
 * over an index, not resist anyone, and a second SHA-1 per id cost as much as the first (1.6% of a one-thread BBC run).
 */
function scopeDigits(scope: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < scope.length; i++) {
    h ^= scope.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, SCOPE_DIGITS);
}

/** SHA-256 of a document's text, hex. */
export function contentHash(text: string): string {
  return hash('sha256', text, 'hex');
}
