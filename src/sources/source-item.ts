import type { SourceDoc } from '../schema/source.js';
import { decodeDocument, InputError } from './decode.js';

/** What a reader yields: a decoded document, or the reason one input could not become one. `bytes` feeds progress. */
export type SourceItem =
  | { readonly ok: true; readonly doc: SourceDoc; readonly bytes?: number }
  | { readonly ok: false; readonly location: string; readonly rule: string; readonly message: string; readonly bytes?: number };

export function failure(location: string, rule: string, message: string, bytes = 0): SourceItem {
  return { ok: false, location, rule, message, bytes };
}

/** An input over the size limit for one document. */
export function tooLarge(location: string, size: number, maxBytes: number, bytes = size): SourceItem {
  return failure(location, 'too-large', `${location} is ${size} bytes, over the ${maxBytes}-byte limit for one document.`, bytes);
}

/** Decodes one document's bytes; undecodable input (binary, empty, bad encoding) is that document's failure, counted as `counted` bytes. */
export function decodeItem(bytes: Uint8Array, location: string, declaredType: 'text/html' | null, counted = bytes.length): SourceItem {
  try {
    return { ok: true, doc: decodeDocument(bytes, { location, declaredType }), bytes: counted };
  } catch (err) {
    if (err instanceof InputError) return failure(location, err.rule, err.message, counted);
    throw err;
  }
}
