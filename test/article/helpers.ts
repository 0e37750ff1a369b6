import { extractArticle } from '../../src/article/index.js';
import type { Article } from '../../src/schema/article.js';
import type { DiagnosticInput } from '../../src/schema/diagnostic.js';
import type { MediaType, SourceDoc } from '../../src/schema/source.js';

/** A SourceDoc for a test body. */
export function sourceOf(body: string, mediaType: MediaType, url: string | null = null): SourceDoc {
  return { id: 't', location: 'test', url, mediaType, body, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: null } };
}

/** Runs the Article stage and returns the article with the diagnostics as short strings. */
export function run(body: string, mediaType: MediaType = 'text/html'): { article: Article; diagnostics: string[] } {
  const diagnostics: string[] = [];
  const article = extractArticle(sourceOf(body, mediaType), {
    docId: 't',
    text: body,
    options: { defaultLanguage: null },
    report: (d: DiagnosticInput) => diagnostics.push(`${d.severity ?? 'fatal'} ${d.rule}: ${d.message}`),
  });
  return { article, diagnostics };
}

/** The paragraphs as "role: text", checking the offset invariant on the way. */
export function paragraphsOf(article: Article): string[] {
  return article.paragraphs.map((p) => `${p.role}: ${article.text.slice(p.start, p.end)}`);
}
