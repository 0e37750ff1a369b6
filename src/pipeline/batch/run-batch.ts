import type { Result } from '../../schema/result.js';
import type { SourceDoc } from '../../schema/source.js';
import type { SourceItem } from '../../sources/source-item.js';
import { contentHash } from '../../text/ids.js';
import { runDocument } from '../run-document.js';
import { defaultOptions, type PipelineOptions } from '../context.js';
import { PIPELINE_VERSION } from '../version.js';
import { WorkerPool, TaskError } from './worker-pool.js';
import { emptyCounts, type BatchCounts, type BatchEvent } from './events.js';
import { unreadableResult, crashedResult } from './failed-results.js';

/** The part of the store a batch needs: a skip test and a batched write. */
export interface BatchStore {
  /** True when this id was stored from the same content by the same pipeline version (a re-run may skip it). */
  isStored(id: string, contentHash: string, pipelineVersion: string): boolean;
  /** Writes Results in one transaction: all of them or none. May report documents it could not store. */
  writeResults(results: readonly Result[]): { readonly outcomes?: ReadonlyArray<{ readonly id: string; readonly status: 'ok' | 'failed'; readonly warnings: ReadonlyArray<{ readonly message: string; readonly severity?: string }> }> } | void;
  /** Notes that this run skipped an already-stored document (optional). */
  markSkipped?(ids: readonly string[]): void;
}

export interface BatchOptions {
  readonly store: BatchStore;
  /** Worker threads; 0 runs every document on the calling thread (debugging, tiny inputs). */
  readonly workers: number;
  /** Redo documents already stored by this pipeline version. */
  readonly force?: boolean;
  /** Stop reading at the first document that fails; what is in flight still finishes and is stored. */
  readonly failFast?: boolean;
  /** Results per write transaction (default 200); a transaction also closes after maxWriteDelayMs. */
  readonly batchSize?: number;
  readonly maxWriteDelayMs?: number;
  /** Per-document time limit in worker mode (default 120 s). */
  readonly docTimeoutMs?: number;
  readonly pipeline?: Partial<PipelineOptions>;
  /** Total input size when known, for the ETA. */
  readonly totalBytes?: Promise<number | null> | number | null;
  readonly onEvent?: (e: BatchEvent) => void;
  /** Minimum milliseconds between 'progress' events (default 200). */
  readonly progressEveryMs?: number;
  /** Aborting stops reading new inputs; documents in flight finish and are stored. */
  readonly signal?: AbortSignal;
  readonly now?: () => number;
}

export interface BatchReport {
  readonly counts: BatchCounts;
  readonly elapsedMs: number;
  /** True when fail-fast or the signal stopped the run before the inputs ran out. */
  readonly stopped: boolean;
}

/**
 * Runs a stream of inputs through the pipeline and into the store.
 * Reading is pulled only as fast as workers free up (at most 2 documents per worker waiting), and results are
 * written by this one thread in transactions of `batchSize`, so memory stays flat and a kill loses at most the
 * open transaction. Each document is keyed by id + content hash + pipeline version, so a re-run skips what is done.
 */
export async function runBatch(items: AsyncIterable<SourceItem>, options: BatchOptions): Promise<BatchReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const counts = emptyCounts();
  const emit = options.onEvent ?? (() => {});
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const maxWriteDelayMs = options.maxWriteDelayMs ?? 2000;
  const progressEveryMs = options.progressEveryMs ?? 200;
  const pipeline: PipelineOptions = { ...defaultOptions, ...(options.pipeline ?? {}) };
  const pool = options.workers > 0 ? new WorkerPool({ size: options.workers, docTimeoutMs: options.docTimeoutMs ?? 120_000, maxHeapMb: 768, pipeline: options.pipeline }) : null;
  const maxInFlight = pool ? pool.size * 2 + 1 : 1;

  let totalBytes: number | null = typeof options.totalBytes === 'number' ? options.totalBytes : null;
  if (options.totalBytes && typeof options.totalBytes === 'object') void options.totalBytes.then((t) => (totalBytes = t)).catch(() => undefined);

  let buffer: Result[] = [];
  let skippedIds: string[] = [];
  let lastWrite = now();
  let lastProgress = 0;
  let stopped = false;
  let writeError: Error | null = null;

  const flush = () => {
    if (buffer.length === 0 && skippedIds.length === 0) return;
    const batch = buffer;
    const skipped = skippedIds;
    buffer = [];
    skippedIds = [];
    lastWrite = now();
    const report = options.store.writeResults(batch);
    // A document the store refused counts as failed, even if its extraction went well.
    for (const o of report?.outcomes ?? []) {
      if (o.status !== 'failed') continue;
      const r = batch.find((x) => x.id === o.id);
      if (!r || r.errors.some((e) => e.severity === 'fatal')) continue;
      counts.stored--;
      counts.failed++;
      for (const w of o.warnings) if (w.severity === 'fatal') emit({ event: 'error', source: r.source, stage: 'store', rule: 'store-failed', message: w.message });
      if (options.failFast) stopped = true;
    }
    if (skipped.length && options.store.markSkipped) options.store.markSkipped(skipped);
  };
  const progress = (force = false) => {
    const t = now();
    if (!force && t - lastProgress < progressEveryMs) return;
    lastProgress = t;
    emit({ event: 'progress', counts: { ...counts }, elapsedMs: t - started, totalBytes });
  };
  const accept = (result: Result, bytes: number) => {
    const fatal = result.errors.filter((e) => e.severity === 'fatal');
    if (fatal.length) {
      counts.failed++;
      for (const e of fatal) emit({ event: 'error', source: result.source, stage: e.stage, rule: e.rule, message: e.message });
      if (options.failFast) stopped = true;
    } else {
      counts.stored++;
      counts.textChars += result.article.text.length;
    }
    emit({ event: 'document', source: result.source, id: result.id, status: fatal.length ? 'failed' : 'stored', bytes, claims: result.claims.length, quotes: result.quotes.length, findings: result.findings.length });
    buffer.push(result);
    if (buffer.length >= batchSize || now() - lastWrite >= maxWriteDelayMs) {
      try {
        flush();
      } catch (err) {
        writeError = err as Error;
        stopped = true;
      }
    }
    progress();
  };

  const inFlight = new Set<Promise<void>>();
  const runOne = (doc: SourceDoc, hash: string, bytes: number): Promise<Result> => {
    if (!pool) return Promise.resolve(runDocument(doc, pipeline));
    return pool.run(doc).catch((err: unknown) => {
      if (err instanceof TaskError) return crashedResult(doc, hash, err.rule, err.message);
      throw err;
    });
  };

  emit({ event: 'start', runId: null, workers: pool?.size ?? 0, totalBytes });
  try {
    for await (const item of items) {
      if (stopped || options.signal?.aborted) {
        stopped = true;
        break;
      }
      counts.documents++;
      const bytes = item.bytes ?? 0;
      counts.bytes += bytes;
      if (!item.ok) {
        accept(unreadableResult(item.location, item.rule, item.message), bytes);
        continue;
      }
      const hash = contentHash(item.doc.body);
      const id = item.doc.id ?? hash.slice(0, 16);
      if (!options.force && options.store.isStored(id, hash, PIPELINE_VERSION)) {
        counts.skipped++;
        skippedIds.push(id);
        emit({ event: 'document', source: item.doc.location, id, status: 'skipped', bytes, claims: 0, quotes: 0, findings: 0 });
        progress();
        continue;
      }
      const task: Promise<void> = runOne(item.doc, hash, bytes).then((result) => accept(result, bytes));
      const tracked = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (writeError) throw writeError;
    flush();
  } finally {
    await pool?.close();
  }
  if (options.signal?.aborted) stopped = true;
  const elapsedMs = now() - started;
  emit({ event: 'done', counts: { ...counts }, elapsedMs, stopped });
  return { counts, elapsedMs, stopped };
}
