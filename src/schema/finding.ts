import { z } from 'zod';

export const FindingStatus = z.enum(['consistent', 'inconsistent', 'unverifiable']);
export type FindingStatus = z.infer<typeof FindingStatus>;

export const Finding = z
  .object({
    id: z.string().describe('Stable id: a hash of the document id, the check and its claim ids.'),
    check: z.string().describe('"sum", "proportion", "restatement", "bound", "change", ...'),
    status: FindingStatus,
    claimIds: z.array(z.string()).describe('Every claim involved; for "sum": the total first, then the parts.'),
    expected: z.number().nullable().describe('What the other figures imply.'),
    stated: z.number().nullable().describe('What the article states.'),
    difference: z.number().nullable().describe('stated - expected, when both are known.'),
    message: z.string().describe('One sentence a fact-checker can paste.'),
  })
  .describe('A consistency check across claims of one article.');
export type Finding = z.infer<typeof Finding>;
