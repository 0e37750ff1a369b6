import type { Result } from '../../schema/result.js';
import type { SourceDoc } from '../../schema/source.js';
import { contentHash } from '../../text/ids.js';
import { PIPELINE_VERSION } from '../version.js';

const EMPTY_ARTICLE: Result['article'] = { title: null, byline: [], published: null, publisher: null, url: null, language: null, text: '', paragraphs: [], captions: [] };

/** The Result of an input that never became a document (empty, binary, unreadable): keyed by its location, so a re-run replaces it. */
export function unreadableResult(location: string, rule: string, message: string): Result {
  return {
    id: contentHash(location).slice(0, 16),
    source: location,
    contentHash: '',
    pipelineVersion: PIPELINE_VERSION,
    article: EMPTY_ARTICLE,
    sentences: [],
    claims: [],
    quotes: [],
    speakers: [],
    findings: [],
    errors: [{ stage: 'sources', rule, message, severity: 'fatal', start: null, end: null }],
  };
}

/** The Result of a document whose worker timed out or died: keyed like a normal Result, one fatal error saying what happened. */
export function crashedResult(doc: SourceDoc, hash: string, rule: string, message: string): Result {
  return {
    id: doc.id ?? hash.slice(0, 16),
    source: doc.location,
    contentHash: hash,
    pipelineVersion: PIPELINE_VERSION,
    article: { ...EMPTY_ARTICLE, url: doc.url },
    sentences: [],
    claims: [],
    quotes: [],
    speakers: [],
    findings: [],
    errors: [{ stage: 'pipeline', rule, message, severity: 'fatal', start: null, end: null }],
  };
}
