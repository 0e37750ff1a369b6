import { describe, expect, it } from 'vitest';
import { WorkerPool, TaskError } from '../../src/pipeline/batch/worker-pool.js';
import type { SourceDoc } from '../../src/schema/source.js';
import { Result } from '../../src/schema/result.js';
import { runDocument } from '../../src/pipeline/run-document.js';
import { summarizeResult } from '../../src/pipeline/batch/messages.js';

const fake = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const doc = (location: string, body: string): SourceDoc => ({ id: null, location, url: null, mediaType: 'text/plain', body, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: null } });

describe('WorkerPool', () => {
  it('runs every document and hands back each one its own result', async () => {
    const pool = new WorkerPool({ size: 2, workerUrl: fake });
    try {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(doc(`d${i}`, `body ${i}`))));
      expect(results.map((r) => (r.result as unknown as { echo: string }).echo)).toEqual(Array.from({ length: 20 }, (_, i) => `body ${i}`));
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('starts each worker with the heap limits it was given', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fake, maxHeapMb: 300, maxYoungHeapMb: 16 });
    try {
      const { result } = await pool.run(doc('d', 'LIMITS'));
      expect((result as unknown as { echo: Record<string, number> }).echo).toMatchObject({ maxOldGenerationSizeMb: 300, maxYoungGenerationSizeMb: 16 });
    } finally {
      await pool.close();
    }
  });

  it("passes the caller's content hash on with the document", async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fake });
    try {
      const [withHash, without] = await Promise.all([pool.run(doc('a', 'HASH'), 'c0ffee'), pool.run(doc('b', 'HASH'))]);
      expect((withHash.result as unknown as { echo: string }).echo).toBe('c0ffee');
      expect((without.result as unknown as { echo?: string }).echo).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('fails a hanging document alone with a timeout and keeps going on a fresh worker', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fake, docTimeoutMs: 200 });
    try {
      const hang = pool.run(doc('slow', 'HANG'));
      const after = pool.run(doc('next', 'fine'));
      await expect(hang).rejects.toMatchObject({ rule: 'timeout' });
      await expect(after).resolves.toMatchObject({ summary: { id: 'next' } });
    } finally {
      await pool.close();
    }
  });

  it('fails a document whose worker dies, and one whose pipeline throws, without losing the others', async () => {
    const pool = new WorkerPool({ size: 2, workerUrl: fake });
    try {
      const outcomes = await Promise.allSettled([pool.run(doc('a', 'ok')), pool.run(doc('b', 'CRASH')), pool.run(doc('c', 'THROW')), pool.run(doc('d', 'ok'))]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
      const crash = (outcomes[1] as PromiseRejectedResult).reason as TaskError;
      expect(crash).toBeInstanceOf(TaskError);
      expect(crash.rule).toBe('worker-crashed');
      expect(crash.message).toBe('The worker running this document exited with code 3.');
      expect(((outcomes[2] as PromiseRejectedResult).reason as TaskError).rule).toBe('pipeline-threw');
    } finally {
      await pool.close();
    }
  });

  it('sends waiting documents to a worker together, within the count and size limits', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fake, maxBatchDocs: 3, maxBatchChars: 100 });
    try {
      // Queued before the worker is ready, so they wait together; the stand-in reports each batch's size as quotes.
      const bodies = ['a', 'b', 'c', 'd', 'e', 'x'.repeat(150), 'f'];
      const outcomes = await Promise.all(bodies.map((b, i) => pool.run(doc(`d${i}`, b))));
      expect(outcomes.map((o) => o.summary.quotes)).toEqual([3, 3, 3, 2, 2, 1, 1]);
      expect(outcomes.map((o) => (o.result as unknown as { echo: string }).echo)).toEqual(bodies);
    } finally {
      await pool.close();
    }
  });

  it('redoes a crashed or timed-out batch one document at a time, so only the culprit fails', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: fake, docTimeoutMs: 300 });
    try {
      const bodies = ['one', 'CRASH', 'two', 'HANG', 'three'];
      const outcomes = await Promise.allSettled(bodies.map((b, i) => pool.run(doc(`d${i}`, b))));
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
      expect(((outcomes[1] as PromiseRejectedResult).reason as TaskError).rule).toBe('worker-crashed');
      expect(((outcomes[3] as PromiseRejectedResult).reason as TaskError).rule).toBe('timeout');
      // Each survivor ran alone in the end (batch size 1) and none was answered twice.
      expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<{ summary: { quotes: number } }>).value.summary.quotes)).toEqual([1, 1, 1]);
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('fails every document with the cause when the worker code cannot load', async () => {
    const pool = new WorkerPool({ size: 2, workerUrl: new URL('./fixtures/broken-worker.mjs', import.meta.url) });
    try {
      const outcomes = await Promise.allSettled([pool.run(doc('a', 'ok')), pool.run(doc('b', 'ok')), pool.run(doc('c', 'ok'))]);
      expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
      const reason = (outcomes[0] as PromiseRejectedResult).reason as Error;
      expect(reason).not.toBeInstanceOf(TaskError);
      expect(reason.message).toMatch(/^The extraction worker could not start: .*no-such-module/);
      await expect(pool.run(doc('d', 'ok'))).rejects.toBe(reason);
    } finally {
      await pool.close();
    }
  });

  it('runs the real pipeline from the compiled worker', async () => {
    const pool = new WorkerPool({ size: 1 });
    try {
      const body = 'Strike ends\n\nThe union said 3,000 workers would return on Monday.\n';
      const { result, summary } = await pool.run(doc('story.txt', body));
      // The worker's answer is a whole Result, as runDocument on this thread would give, and its summary.
      const here = runDocument(doc('story.txt', body));
      expect(Result.parse(result)).toEqual(here);
      expect(summary).toEqual(summarizeResult(here));
    } finally {
      await pool.close();
    }
  });
});
