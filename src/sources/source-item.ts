import type { SourceDoc } from '../schema/source.js';

/** What a reader yields: a decoded document, or the reason one input could not become one. `bytes` feeds progress. */
export type SourceItem =
  | { readonly ok: true; readonly doc: SourceDoc; readonly bytes?: number }
  | { readonly ok: false; readonly location: string; readonly rule: string; readonly message: string; readonly bytes?: number };

export function failure(location: string, rule: string, message: string, bytes = 0): SourceItem {
  return { ok: false, location, rule, message, bytes };
}
