import type { Article, Caption, Paragraph, ParagraphRole } from '../schema/article.js';

/** A paragraph of the story before offsets exist: its text (white space collapsed) and role. */
export interface Block {
  text: string;
  role: ParagraphRole;
}

/** The article's metadata as found by either extractor, before the text is assembled. */
export interface ArticleMeta {
  title: string | null;
  byline: string[];
  published: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
}

/** Blocks -> Article: joins paragraphs with a blank line and records each one's offsets, so spans index into text. */
export function assembleArticle(blocks: readonly Block[], meta: ArticleMeta, captions: readonly Caption[]): Article {
  const paragraphs: Paragraph[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text = block.text;
    if (text === '') continue;
    if (parts.length > 0) offset += 2;
    paragraphs.push({ start: offset, end: offset + text.length, role: block.role });
    parts.push(text);
    offset += text.length;
  }
  return { ...meta, byline: [...meta.byline], text: parts.join('\n\n'), paragraphs, captions: [...captions] };
}

/** Collapses runs of white space (including non-breaking and zero-width ones) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}
