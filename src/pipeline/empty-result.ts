import type { Article } from '../schema/article.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Result } from '../schema/result.js';
import { contentHash } from '../text/ids.js';
import { PIPELINE_VERSION } from './version.js';

/** An article with nothing in it: what a Result holds before (or instead of) the article stage. */
export function emptyArticle(url: string | null = null): Article {
  return { title: null, byline: [], published: null, publisher: null, url, language: null, text: '', paragraphs: [], captions: [] };
}

/** A Result with no findings of any kind; the one shape every failure path and loader starts from. */
export function emptyResult(fields: { id: string; source: string; contentHash: string; url?: string | null; pipelineVersion?: string; errors?: Diagnostic[] }): Result {
  return {
    id: fields.id,
    source: fields.source,
    contentHash: fields.contentHash,
    pipelineVersion: fields.pipelineVersion ?? PIPELINE_VERSION,
    article: emptyArticle(fields.url ?? null),
    sentences: [],
    claims: [],
    quotes: [],
    speakers: [],
    findings: [],
    errors: fields.errors ?? [],
  };
}

/** The Result of an input that never became a document (empty, binary, unreadable): keyed by its location, so a re-run replaces it. */
export function unreadableResult(location: string, rule: string, message: string, stage = 'sources'): Result {
  return emptyResult({
    id: contentHash(location).slice(0, 16),
    source: location,
    contentHash: '',
    errors: [{ stage, rule, message, severity: 'fatal', start: null, end: null }],
  });
}
