import * as cheerio from 'cheerio';
import type { Article, Paragraph } from '../schema/article.js';
import type { SourceDoc } from '../schema/source.js';
import type { DocContext } from '../pipeline/context.js';

/** Source -> Article. First cut: blank-line paragraphs for text, <p> elements for HTML. */
export function extractArticle(source: SourceDoc, ctx: DocContext): Article {
  const blocks = source.mediaType === 'text/html' ? htmlBlocks(source.body) : textBlocks(source.body);
  if (blocks.length === 0) ctx.report({ stage: 'article', rule: 'no-article-body', message: 'no article body found' });
  return assemble(blocks, { title: source.hints.title, published: source.hints.published, url: source.url, language: source.hints.language });
}

function textBlocks(body: string): string[] {
  return body.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function htmlBlocks(html: string): string[] {
  const $ = cheerio.load(html);
  return $('p').toArray().map((el) => $(el).text().replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function assemble(blocks: string[], meta: { title: string | null; published: string | null; url: string | null; language: string | null }): Article {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const block of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + block.length, role: 'body' });
    text += block;
  }
  return { title: meta.title, byline: [], published: meta.published, publisher: null, url: meta.url, language: meta.language, text, paragraphs, captions: [] };
}
