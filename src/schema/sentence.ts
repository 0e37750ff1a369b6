import { z } from 'zod';
import { Span } from './span.js';

export const Sentence = Span.extend({
  index: z.number().int().nonnegative().describe('Position of the sentence in the article, from 0.'),
  paragraph: z.number().int().nonnegative().describe('Index of the paragraph that holds it.'),
}).describe('A sentence of article.text.');
export type Sentence = z.infer<typeof Sentence>;
