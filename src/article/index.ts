/**
 * The Article stage: Source -> Article (clean story text, paragraph roles, captions apart, metadata).
 *
 * Diagnostics it reports:
 * - `no-article-body` (fatal): the page holds no story (home page, error page, teaser list, script-only page);
 *   the article comes back with empty text, never with page furniture.
 */
export { extractArticle } from './extract-article.js';
