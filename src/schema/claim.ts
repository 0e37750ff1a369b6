import { z } from 'zod';
import { Span } from './span.js';

export const Qualifier = z
  .enum(['exact', 'approximate', 'more_than', 'at_least', 'less_than', 'at_most', 'range'])
  .describe('How the figure is hedged: "more than 90" is more_than, "about 500" approximate, "10 to 12" range.');
export type Qualifier = z.infer<typeof Qualifier>;

export const ClaimKind = z
  .enum(['count', 'percent', 'proportion', 'money', 'measure', 'duration', 'age', 'ordinal', 'rate', 'other'])
  .describe('What sort of quantity it is.');
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Change = z.enum(['increase', 'decrease']).nullable().describe('Set when the figure states a change: "rose 5%", "fell by 300".');

export const Claim = Span.extend({
  id: z.string().describe('Stable id: a hash of the document id, the stage and the offsets.'),
  value: z.number().nullable().describe('The number stated: 1000; "half" is 0.5; "99 percent" is 99; "$6 million" is 6000000.'),
  low: z.number().nullable().describe('Inclusive lower bound: exact gives value; more_than on a whole count value + 1 ("more than 90" gives 91), otherwise value; at_least value; range its low end; null when open or approximate ("about", "roughly", "nearly": the checks stage applies a rounding tolerance).'),
  high: z.number().nullable().describe('Inclusive upper bound: exact gives value; less_than on a whole count value - 1, otherwise value; at_most ("up to") value; range its high end; null when open or approximate.'),
  qualifier: Qualifier,
  change: Change,
  kind: ClaimKind,
  unit: z.string().nullable().describe('ISO 4217 code for money, "percent", "percentage points", a unit name ("km"), or the counted noun for counts ("alleged users").'),
  subject: z.string().nullable().describe('What is counted or measured, as a phrase from the text.'),
  predicate: z.string().nullable().describe('The event or state: "arrested", "imprisoned".'),
  anchor: z.string().nullable().default(null).describe('A time anchor stated with the figure: "as of Wednesday", "last year".'),
  sentence: z.number().int().nonnegative().describe('Index of the sentence in the article.'),
  quoteId: z.string().nullable().describe('The quote the figure sits in, when it is someone\'s statement.'),
  speakerId: z.string().nullable().describe('The speaker of that statement.'),
}).describe('A numeric claim: a figure stated in the article.');
export type Claim = z.infer<typeof Claim>;
