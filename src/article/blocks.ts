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

/**
 * Collapses runs of white space (including non-breaking and zero-width ones) to one space and trims.
 * Most lines need nothing done: a scan finds that without building a new string.
 */
export function collapseSpace(text: string): string {
  return isCollapsed(text) ? text : text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** No white space but single plain spaces between other characters. */
function isCollapsed(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c > 32 && c < 0x85) continue;
    if (c <= 32 || isOtherSpace(c)) return false;
  }
  return true;
}

/** The white space of `\s` and U+200B beyond ASCII: NEL is not among them, the no-break and typographic spaces are. */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
