import { z } from 'zod';
import { Article } from './article.js';
import { Sentence } from './sentence.js';
import { Claim } from './claim.js';
import { Quote, Speaker } from './quote.js';
import { Finding } from './finding.js';
import { Diagnostic } from './diagnostic.js';

/** Output contract v1 (DESIGN.md): one Result per input document. */
export const Result = z
  .object({
    id: z.string().describe('The input\'s id (JSONL "id"), else a content hash.'),
    source: z.string().describe('Path, URL or JSONL id.'),
    contentHash: z.string().describe('SHA-256 of the decoded input, hex; re-runs use it to skip unchanged documents.'),
    pipelineVersion: z.string().describe('Version of the extraction rules that produced this Result.'),
    article: Article,
    sentences: z.array(Sentence),
    claims: z.array(Claim),
    quotes: z.array(Quote),
    speakers: z.array(Speaker),
    findings: z.array(Finding),
    errors: z.array(Diagnostic).describe('Empty when all went well.'),
  })
  .describe('Everything tally found in one document.');
export type Result = z.infer<typeof Result>;
