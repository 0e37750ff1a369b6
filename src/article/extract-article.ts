import type { Article } from '../schema/article.js';
import type { SourceDoc } from '../schema/source.js';
import type { DocContext } from '../pipeline/context.js';
import { assembleArticle, type ArticleMeta, type Block } from './blocks.js';
import { normalizeDate } from './dates.js';
import { extractHtml } from './html/extract-html.js';
import { detectLanguage, normalizeLanguage } from './language.js';
import { extractPlainText, isProseOfWords, wordCount } from './plain-text.js';
import { ERROR_PAGE_TITLE, TITLE_SEPARATOR } from './text-cues.js';

/**
 * Source -> Article: the story's paragraphs with roles, captions apart, and metadata.
 * HTML goes through the main-content finder; plain text through the page-dump rules.
 * A page without a story (home page, error page, teaser list) reports "no article body found"
 * and yields an empty text rather than furniture.
 */
export function extractArticle(source: SourceDoc, ctx: DocContext): Article {
  const hints = source.hints;
  let meta: ArticleMeta;
  let blocks: Block[];
  let captions: Article['captions'];
  if (source.mediaType === 'text/html') {
    const html = extractHtml(source.body);
    const m = html.meta;
    meta = {
      title: hints.title ?? m.title ?? m.docTitle,
      byline: m.byline,
      published: normalizeDate(hints.published) ?? m.published,
      publisher: m.publisher,
      url: source.url ?? m.url,
      language: normalizeLanguage(hints.language) ?? m.language,
    };
    blocks = html.blocks;
    captions = html.captions;
  } else {
    const t = extractPlainText(source.body);
    meta = {
      title: hints.title ?? t.title,
      byline: t.byline,
      published: normalizeDate(hints.published) ?? t.published,
      publisher: t.publisher,
      url: source.url,
      language: normalizeLanguage(hints.language),
    };
    blocks = t.blocks;
    captions = t.captions;
  }
  if (!hasStory(blocks, meta.title, source.body.length)) {
    ctx.report({ stage: 'article', rule: 'no-article-body', message: 'no article body found', severity: 'fatal' });
    return assembleArticle([], { ...meta, language: meta.language }, []);
  }
  const article = assembleArticle(blocks, meta, captions);
  if (article.language === null) article.language = detectLanguage(article.text);
  return article;
}

/** The title, or one of its parts between separators, is an error page's ("Not Found | Gazette"). */
function isErrorTitle(title: string | null): boolean {
  if (!title) return false;
  return title.split(TITLE_SEPARATOR).some((part) => ERROR_PAGE_TITLE.test(part.trim()));
}

/**
 * A story has at least one real paragraph: 200+ characters of text with a prose paragraph, or one long
 * paragraph; error pages ("404", "page not found") need more than their apology; a bare minimal document is taken as is.
 */
function hasStory(blocks: readonly Block[], title: string | null, sourceLength: number): boolean {
  let chars = 0;
  for (const b of blocks) chars += b.text.length;
  if (chars < 1000 && isErrorTitle(title)) return false;
  // A minimal document (a few KB, no page around it) is its own content, however short.
  if (sourceLength < 3000 && chars > 0 && blocks.length <= 5) return true;
  // Words are counted only until the answer is known: the first prose paragraph settles it for any text of 200+ characters.
  let prose = false;
  let longest = 0;
  for (const b of blocks) {
    const words = wordCount(b.text);
    longest = Math.max(longest, words);
    if (!prose && isProseOfWords(b.text, words)) prose = true;
    if (prose && (chars >= 200 || longest >= 30)) return true;
  }
  if (!prose) return false;
  return blocks.length <= 3 && chars >= 80;
}
