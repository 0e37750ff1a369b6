import { z } from 'zod';

export const ParagraphRole = z
  .enum(['title', 'standfirst', 'body', 'heading', 'caption', 'blockquote', 'list_item'])
  .describe('What a paragraph is in the story.');
export type ParagraphRole = z.infer<typeof ParagraphRole>;

export const Paragraph = z
  .object({
    start: z.number().int().nonnegative().describe('Offset into article.text (UTF-16 code units).'),
    end: z.number().int().nonnegative().describe('Offset one past the paragraph\'s last character (UTF-16 code units).'),
    role: ParagraphRole,
  })
  .describe('A paragraph of article.text.');
export type Paragraph = z.infer<typeof Paragraph>;

export const Caption = z
  .object({
    text: z.string().describe('The caption as printed under the photo.'),
    credit: z.string().nullable().describe('The photo credit ("Heng Chivoan", "Reuters"), when given.'),
  })
  .describe('A photo caption: kept apart from article.text because it is not part of the story.');
export type Caption = z.infer<typeof Caption>;

export const Article = z
  .object({
    title: z.string().nullable().describe('The headline, once.'),
    byline: z.array(z.string()).describe('Author names, in order.'),
    published: z.string().nullable().describe('Publication date or time, ISO 8601.'),
    publisher: z.string().nullable().describe('The outlet, e.g. "Phnom Penh Post".'),
    url: z.string().nullable().describe('Canonical URL when known.'),
    language: z.string().nullable().describe('ISO 639-1 code ("en") when known or detected.'),
    text: z.string().describe('Clean body text, paragraphs joined by "\\n\\n"; every offset in the Result indexes into it, in UTF-16 code units.'),
    paragraphs: z.array(Paragraph).describe('The paragraphs of text, in order, with their roles.'),
    captions: z.array(Caption).describe('Photo captions and credits found on the page; not part of text.'),
  })
  .describe('The clean story with its metadata.');
export type Article = z.infer<typeof Article>;
