import type { Result } from '../schema/result.js';
import { contentHash } from '../text/ids.js';
import { PIPELINE_VERSION } from '../pipeline/version.js';

/** The Result for an input that could not be read at all: no article, one fatal error saying why. */
export function failedResult(location: string, rule: string, message: string): Result {
  return {
    id: contentHash(location).slice(0, 16),
    source: location,
    contentHash: '',
    pipelineVersion: PIPELINE_VERSION,
    article: { title: null, byline: [], published: null, publisher: null, url: null, language: null, text: '', paragraphs: [], captions: [] },
    sentences: [],
    claims: [],
    quotes: [],
    speakers: [],
    findings: [],
    errors: [{ stage: 'sources', rule, message, severity: 'fatal', start: null, end: null }],
  };
}
