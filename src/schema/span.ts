import { z } from 'zod';

/** A stretch of `article.text`; offsets are UTF-16 code units, as JavaScript's `slice` counts. */
export const Span = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character in article.text (UTF-16 code units).'),
    end: z.number().int().nonnegative().describe('Offset one past the last character (UTF-16 code units).'),
    text: z.string().describe('Exactly article.text.slice(start, end).'),
  })
  .describe('A span of article.text.');
export type Span = z.infer<typeof Span>;
