import { z } from 'zod';
import { Span } from './span.js';

export const QuoteKind = z.enum(['direct', 'partial', 'indirect']).describe('direct: a full quoted statement; partial: a quoted fragment inside the writer\'s sentence; indirect: reported speech.');
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = Span.extend({
  id: z.string().describe('Stable id: a hash of the document id, the stage and the offsets.'),
  kind: QuoteKind,
  speakerId: z.string().nullable().describe('The canonical speaker, when resolved.'),
  source: Span.nullable().describe('The mention that names the speaker here: "he", "officials", "Mok Chito".'),
  cue: Span.nullable().describe('The attribution cue: "said", "told", "according to".'),
  sentence: z.number().int().nonnegative().describe('Index of the sentence where the quote starts.'),
}).describe('A quoted or reported statement; start/end cover the content only, without quote marks.');
export type Quote = z.infer<typeof Quote>;

export const SpeakerKind = z.enum(['person', 'group']).describe('person: a named individual; group: an unnamed or collective source ("officials", "police").');

export const Speaker = z
  .object({
    id: z.string().describe('Stable id within the document.'),
    name: z.string().describe('Canonical name: the fullest form in the article ("Choub Sok Chamreun").'),
    kind: SpeakerKind.default('person'),
    title: z.string().nullable().describe('Job title as the article gives it.'),
    organization: z.string().nullable().describe('Organisation as the article gives it.'),
    mentions: z.array(Span).describe('Every mention resolved to this speaker, pronouns included.'),
  })
  .describe('A person or group quoted in the article.');
export type Speaker = z.infer<typeof Speaker>;
