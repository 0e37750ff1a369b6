import { describe, expect, it } from 'vitest';
import { runDocument } from '../../src/pipeline/run-document.js';
import { defaultOptions, DEFAULT_MAX_TEXT_CHARS } from '../../src/pipeline/options.js';
import { runBatch, type BatchStore } from '../../src/pipeline/batch/run-batch.js';
import type { SourceItem } from '../../src/sources/source-item.js';
import type { SourceDoc } from '../../src/schema/source.js';
import type { Result } from '../../src/schema/result.js';

const source = (location: string, body: string): SourceDoc => ({ id: null, location, url: null, mediaType: 'text/plain', body, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: null } });
const story = 'Council backs plan\n\nThe council approved 40 new homes on Tuesday, officials said.\n';

describe('the longest article text a document may have', () => {
  it('is a million characters by default', () => {
    expect(defaultOptions.maxTextChars).toBe(DEFAULT_MAX_TEXT_CHARS);
    expect(DEFAULT_MAX_TEXT_CHARS).toBe(1_000_000);
  });

  it('fails a longer document alone, saying how long it is and what to do, with nothing half-extracted', () => {
    const r = runDocument(source('long.txt', story.repeat(20)), { ...defaultOptions, maxTextChars: 500 });
    expect(r.errors.map((e) => [e.stage, e.rule, e.severity])).toEqual([['article', 'text-too-long', 'fatal']]);
    expect(r.errors[0]!.message).toMatch(/^The article text is 1,\d{3} characters, over the 500 one document may have; split it into articles, or raise --max-text-chars\.$/);
    expect([r.article.text, r.sentences.length, r.claims.length, r.quotes.length]).toEqual(['', 0, 0, 0]);
  });

  it('lets a document at the limit through', () => {
    const r = runDocument(source('story.txt', story), { ...defaultOptions, maxTextChars: runDocument(source('story.txt', story)).article.text.length });
    expect(r.errors.filter((e) => e.severity === 'fatal')).toEqual([]);
    expect(r.claims.map((c) => c.text)).toEqual(['40']);
  });

  it.each([0, 1])('in a batch, stores the other documents and records the long one as failed (workers: %i)', async (workers) => {
    const written = new Map<string, Result>();
    const store: BatchStore = { isStored: () => false, writeResults: (rs) => void rs.forEach((r) => written.set(r.source, r)) };
    const item = (location: string, body: string): SourceItem => ({ ok: true, bytes: body.length, doc: source(location, body) });
    async function* inputs(): AsyncGenerator<SourceItem> {
      yield item('a.txt', story);
      yield item('long.txt', story.repeat(50));
      yield item('b.txt', story.replace('40', '50'));
    }
    const report = await runBatch(inputs(), { store, workers, pipeline: { maxTextChars: 1_000 } });
    expect(report.counts).toMatchObject({ documents: 3, stored: 2, failed: 1 });
    expect(written.get('long.txt')!.errors.map((e) => e.rule)).toEqual(['text-too-long']);
    expect(written.get('b.txt')!.claims.map((c) => c.text)).toEqual(['50']);
  });
});
