import type { Block } from '../blocks.js';
import { parseHtml } from './dom.js';
import { emitBlocks } from './emit-blocks.js';

/** Markup that says an articleBody is HTML rather than plain text. */
const HTML_BODY = /<(?:p|br|div|h[1-6]|ul|ol|li|blockquote|section)\b/i;

/**
 * A JSON-LD articleBody -> paragraphs: HTML is read as the page's markup would be; plain text is split at its line
 * breaks (entities decoded, a "<" taken as a character).
 */
export function blocksFromArticleBody(body: string): Block[] {
  const html = HTML_BODY.test(body) ? body : body.replace(/</g, '&lt;').replace(/\r?\n/g, '<br><br>');
  return emitBlocks(parseHtml(html).children).blocks;
}
