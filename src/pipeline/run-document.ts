import type { SourceDoc } from '../schema/source.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Result } from '../schema/result.js';
import { extractArticle } from '../article/index.js';
import { splitSentences } from '../sentences/index.js';
import { findQuotes } from '../quotes/index.js';
import { findClaims, attributeClaims } from '../claims/index.js';
import { checkClaims } from '../checks/index.js';
import { contentHash } from '../text/ids.js';
import { createContext, defaultOptions, type PipelineOptions } from './context.js';
import { emptyResult } from './empty-result.js';

/**
 * One document through every stage, in order:
 * article -> sentences -> quotes -> claims (attributed to quotes) -> checks.
 * A stage that throws becomes a fatal diagnostic; later stages are skipped and what was found so far is kept.
 */
export function runDocument(source: SourceDoc, options: PipelineOptions = defaultOptions, knownHash?: string): Result {
  // The batch engine hashed the body already (to skip documents stored before) and passes the hash on.
  const hash = knownHash ?? contentHash(source.body);
  const id = source.id ?? hash.slice(0, 16);
  const errors: Diagnostic[] = [];
  const result: Result = emptyResult({ id, source: source.location, contentHash: hash, url: source.url, errors });
  const stage = <T>(name: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (err) {
      errors.push({ stage: name, message: `${name} failed: ${(err as Error).message ?? String(err)}`, rule: 'stage-threw', severity: 'fatal', start: null, end: null });
      return undefined;
    }
  };

  const article = stage('article', () => extractArticle(source, createContext(id, source.body, options, errors)));
  if (!article || hasFatal(errors)) return result;
  if (article.text.length > options.maxTextChars) {
    const n = (x: number) => x.toLocaleString('en-US');
    errors.push({
      stage: 'article',
      rule: 'text-too-long',
      severity: 'fatal',
      message: `The article text is ${n(article.text.length)} characters, over the ${n(options.maxTextChars)} one document may have; split it into articles, or raise --max-text-chars.`,
      start: null,
      end: null,
    });
    return result;
  }
  result.article = article;

  const ctx = createContext(id, article.text, options, errors);
  const sentences = stage('sentences', () => splitSentences(article, ctx));
  if (!sentences) return result;
  result.sentences = sentences;

  if (!isEnglish(article.language ?? options.defaultLanguage)) {
    ctx.report({ stage: 'claims', rule: 'language-unsupported', severity: 'info', message: `Claims and quotes are extracted from English only; this article's language is "${article.language}".` });
    return result;
  }

  const quoted = stage('quotes', () => findQuotes({ article, sentences }, ctx));
  if (!quoted) return result;
  result.quotes = quoted.quotes;
  result.speakers = quoted.speakers;

  const claims = stage('claims', () => attributeClaims(findClaims({ article, sentences }, ctx), quoted.quotes));
  if (!claims) return result;
  result.claims = claims;

  const findings = stage('checks', () => checkClaims({ article, sentences, claims, quotes: quoted.quotes, speakers: quoted.speakers }, ctx));
  if (findings) result.findings = findings;
  return result;
}

function hasFatal(errors: readonly Diagnostic[]): boolean {
  return errors.some((e) => e.severity === 'fatal');
}

function isEnglish(language: string | null): boolean {
  return language === null || language.toLowerCase().startsWith('en');
}
