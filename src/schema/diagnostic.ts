import { z } from 'zod';

export const Severity = z.enum(['fatal', 'warning', 'info']).describe('fatal: the document could not be processed further; warning: something was skipped or guessed; info: a note.');

/** A problem noted by a stage, shaped like a vfile message, so errors are data and the batch goes on. */
export const Diagnostic = z
  .object({
    stage: z.string().describe('The stage that noted it: sources, article, sentences, claims, quotes, checks, store.'),
    message: z.string().describe('One sentence with the values involved.'),
    rule: z.string().nullable().default(null).describe('Stable kebab-case rule id, e.g. "binary-input" or "no-article-body".'),
    severity: Severity.default('fatal'),
    start: z.number().int().nullable().default(null).describe('Offset into article.text where it applies, when known.'),
    end: z.number().int().nullable().default(null).describe('Offset into article.text where it ends, when known.'),
  })
  .describe('An error or warning recorded for one document.');
export type Diagnostic = z.infer<typeof Diagnostic>;
export type DiagnosticInput = z.input<typeof Diagnostic>;
