import { expect } from 'vitest';
import type { Article, Paragraph } from '../../src/schema/article.js';
import type { Quote, Speaker } from '../../src/schema/quote.js';
import { splitSentences } from '../../src/sentences/index.js';
import { findQuotes } from '../../src/quotes/index.js';
import { parseSource } from '../../src/quotes/resolve-speakers.js';
import { createContext, defaultOptions } from '../../src/pipeline/context.js';

/** An article from paragraphs separated by a blank line, as the article stage writes them. */
export function articleOf(text: string): Article {
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  for (const p of text.split('\n\n')) {
    paragraphs.push({ start: pos, end: pos + p.length, role: 'body' });
    pos += p.length + 2;
  }
  return { title: null, byline: [], published: null, publisher: null, url: null, language: 'en', text, paragraphs, captions: [] };
}

export interface Run {
  quotes: Quote[];
  speakers: Speaker[];
  /** Compact view: kind | speaker name | source | cue | text. */
  rows: string[];
  speakerOf(q: Quote): Speaker | undefined;
}

export function run(text: string): Run {
  const article = articleOf(text);
  const ctx = createContext('doc', text, defaultOptions, []);
  const sentences = splitSentences(article, ctx);
  const { quotes, speakers } = findQuotes({ article, sentences }, ctx);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const speakerOf = (q: Quote) => (q.speakerId ? byId.get(q.speakerId) : undefined);
  const rows = quotes.map((q) => [q.kind, speakerOf(q)?.name ?? '-', q.source?.text ?? '-', q.cue?.text ?? '-', q.text].join(' | '));
  return { quotes, speakers, rows, speakerOf };
}

/** Parses the source phrase `phrase` where it first occurs in `text`. */
export function parseIn(text: string, phrase: string) {
  const at = text.indexOf(phrase);
  return parseSource(text, at, at + phrase.length);
}

/** Every quote's span, cue and source slice their own text from the article. */
export function spansHold(text: string): void {
  for (const q of run(text).quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
  }
}

/** Rows of indirect statements only: source | cue | text. */
export function reported(text: string): string[] {
  return run(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.source?.text ?? '-', q.cue?.text ?? '-', q.text].join(' | '));
}
