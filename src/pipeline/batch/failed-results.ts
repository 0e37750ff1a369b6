import type { Result } from '../../schema/result.js';
import type { SourceDoc } from '../../schema/source.js';
import { emptyResult } from '../empty-result.js';

export { unreadableResult } from '../empty-result.js';

/** The Result of a document whose worker timed out or died: keyed like a normal Result, one fatal error saying what happened. */
export function crashedResult(doc: SourceDoc, hash: string, rule: string, message: string): Result {
  return emptyResult({
    id: doc.id ?? hash.slice(0, 16),
    source: doc.location,
    contentHash: hash,
    url: doc.url,
    errors: [{ stage: 'pipeline', rule, message, severity: 'fatal', start: null, end: null }],
  });
}
