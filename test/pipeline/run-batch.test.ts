import { describe, expect, it } from 'vitest';
import { runBatch, WORKER_BATCH_DOCS, type BatchStore } from '../../src/pipeline/batch/run-batch.js';
import type { BatchEvent } from '../../src/pipeline/batch/events.js';
import type { SourceItem } from '../../src/sources/source-item.js';
import type { SourceDoc } from '../../src/schema/source.js';
import type { Result } from '../../src/schema/result.js';
import { contentHash } from '../../src/text/ids.js';
import { PIPELINE_VERSION } from '../../src/pipeline/version.js';

const doc = (location: string, body: string, id: string | null = null): SourceItem => ({
  ok: true,
  bytes: body.length,
  doc: { id, location, url: null, mediaType: 'text/plain', body, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: null } } satisfies SourceDoc,
});
const bad = (location: string): SourceItem => ({ ok: false, location, rule: 'empty-input', message: `${location} is empty.`, bytes: 0 });
const story = (n: number) =>
  [
    `Council backs housing plan ${n}`,
    `The city council approved ${n * 10} new homes on Tuesday after a debate that lasted most of the evening, officials said.`,
    `About ${n} objections were filed during the consultation, most of them about traffic on the main road into the town centre.`,
    `"We listened to every concern," the council leader told reporters after the vote, adding that work would start next spring.`,
  ].join('\n\n') + '\n';

/** An in-memory store that remembers what was written, batch by batch. */
function memoryStore(): BatchStore & { rows: Map<string, Result>; batches: number[]; skipped: string[] } {
  const rows = new Map<string, Result>();
  const batches: number[] = [];
  const skipped: string[] = [];
  return {
    rows,
    batches,
    skipped,
    isStored: (id, hash, version) => {
      const r = rows.get(id);
      return !!r && r.contentHash === hash && r.pipelineVersion === version && !r.errors.some((e) => e.severity === 'fatal');
    },
    writeResults: (results) => {
      batches.push(results.length);
      for (const r of results) rows.set(r.id, r);
    },
    markSkipped: (ids) => skipped.push(...ids),
  };
}

async function* items(list: SourceItem[]): AsyncGenerator<SourceItem> {
  yield* list;
}

describe('runBatch', () => {
  it('closes a write transaction at maxBatchChars of article text before batchSize documents', async () => {
    const store = memoryStore();
    const list = [1, 2, 3, 4, 5].map((n) => doc(`${n}.txt`, story(n)));
    const chars = story(1).length;
    await runBatch(items(list), { store, workers: 0, batchSize: 100, maxBatchChars: chars + 1 });
    // Each story's article text is a little shorter than its file (the title line goes to the title), so two fill a transaction.
    expect(store.batches).toEqual([2, 2, 1]);
  });

  it.each([0, 2])('stores every document once, records failed inputs, and counts them (workers: %i)', async (workers) => {
    const store = memoryStore();
    const events: BatchEvent[] = [];
    const list = [doc('a.txt', story(1)), bad('empty.txt'), doc('b.txt', story(2)), doc('c.txt', story(3), 'c-id')];
    const report = await runBatch(items(list), { store, workers, batchSize: 2, onEvent: (e) => events.push(e) });
    expect(report.counts).toMatchObject({ documents: 4, failed: 1, skipped: 0, stored: 3 });
    expect(store.rows.size).toBe(4);
    expect(store.rows.get('c-id')!.source).toBe('c.txt');
    expect(store.rows.get(contentHash(story(1)).slice(0, 16))!.contentHash).toBe(contentHash(story(1)));
    const failed = [...store.rows.values()].find((r) => r.source === 'empty.txt')!;
    expect(failed.errors).toEqual([{ stage: 'sources', rule: 'empty-input', message: 'empty.txt is empty.', severity: 'fatal', start: null, end: null }]);
    expect(events.filter((e) => e.event === 'error')).toEqual([{ event: 'error', source: 'empty.txt', stage: 'sources', rule: 'empty-input', message: 'empty.txt is empty.' }]);
    expect(events.filter((e) => e.event === 'document')).toHaveLength(4);
    expect(events[0]!.event).toBe('start');
    expect(events.at(-1)).toMatchObject({ event: 'done', stopped: false });
    expect(store.batches.every((n) => n <= 2)).toBe(true);
  });

  it('skips documents stored with the same content and version; --force and changed content redo them', async () => {
    const store = memoryStore();
    await runBatch(items([doc('a.txt', story(1)), doc('b.txt', story(2))]), { store, workers: 0 });
    const again = await runBatch(items([doc('a.txt', story(1)), doc('b.txt', story(2) + 'Updated.\n')]), { store, workers: 0 });
    expect(again.counts).toMatchObject({ skipped: 1, stored: 1 });
    expect(store.skipped).toEqual([contentHash(story(1)).slice(0, 16)]);
    const forced = await runBatch(items([doc('a.txt', story(1))]), { store, workers: 0, force: true });
    expect(forced.counts).toMatchObject({ skipped: 0, stored: 1 });
    // A document stored by another pipeline version is redone.
    const id = contentHash(story(1)).slice(0, 16);
    store.rows.set(id, { ...store.rows.get(id)!, pipelineVersion: `${PIPELINE_VERSION}-old` });
    const upgraded = await runBatch(items([doc('a.txt', story(1))]), { store, workers: 0 });
    expect(upgraded.counts).toMatchObject({ skipped: 0, stored: 1 });
  });

  it('skips a repeat of the same content within one run, even before the first copy is written', async () => {
    const store = memoryStore();
    const list = [doc('a.txt', story(1)), doc('copy-of-a.txt', story(1)), doc('b.txt', story(2)), doc('a-again.txt', story(1))];
    const report = await runBatch(items(list), { store, workers: 2, batchSize: 100 });
    expect(report.counts).toMatchObject({ documents: 4, stored: 2, skipped: 2 });
    expect(store.rows.size).toBe(2);
  });

  it('with fail-fast, stops reading at the first failure but stores what was read', async () => {
    const store = memoryStore();
    const list = [doc('a.txt', story(1)), bad('empty.txt'), doc('b.txt', story(2)), doc('c.txt', story(3))];
    const report = await runBatch(items(list), { store, workers: 0, failFast: true });
    expect(report.stopped).toBe(true);
    expect(report.counts).toMatchObject({ documents: 2, stored: 1, failed: 1 });
    expect([...store.rows.values()].map((r) => r.source).sort()).toEqual(['a.txt', 'empty.txt']);
  });

  it('stops when the signal aborts and keeps what was done', async () => {
    const store = memoryStore();
    const abort = new AbortController();
    async function* endless(): AsyncGenerator<SourceItem> {
      for (let i = 0; ; i++) {
        if (i === 5) abort.abort();
        yield doc(`d${i}.txt`, story(i));
      }
    }
    const report = await runBatch(endless(), { store, workers: 0, signal: abort.signal });
    expect(report.stopped).toBe(true);
    expect(report.counts.documents).toBe(5);
    expect(store.rows.size).toBe(5);
  });

  it('keeps at most a few documents in flight per worker, whatever the input size (backpressure)', async () => {
    const store = memoryStore();
    let read = 0;
    let maxAhead = 0;
    async function* counted(): AsyncGenerator<SourceItem> {
      for (let i = 0; i < 300; i++) {
        read++;
        maxAhead = Math.max(maxAhead, read - written);
        yield doc(`d${i}.txt`, story(i));
      }
    }
    let written = 0;
    const report = await runBatch(counted(), { store: { ...store, writeResults: (rs) => { written += rs.length; store.writeResults(rs); } }, workers: 2, batchSize: 1 });
    expect(report.counts.stored).toBe(300);
    expect(written).toBe(300);
    // Reading runs ahead of storing by at most two batches per worker plus one, far less than the input.
    expect(maxAhead).toBeLessThanOrEqual(2 * 2 * WORKER_BATCH_DOCS + 2);
  });
});
