import type { Result } from '../../schema/result.js';
import type { SourceDoc } from '../../schema/source.js';
import type { SourceItem } from '../../sources/source-item.js';
import { contentHash } from '../../text/ids.js';
import { defaultOptions, type PipelineOptions } from '../options.js';
import { PIPELINE_VERSION } from '../version.js';
import { WorkerPool, TaskError } from './worker-pool.js';
import { WriterClient } from './writer-client.js';
import { summarizeResult, type DocSummary } from './messages.js';
import { emptyCounts, type BatchCounts, type BatchEvent } from './events.js';
import { unreadableResult, crashedResult } from './failed-results.js';

/** How many recent id + hash keys a run remembers to skip repeats not yet committed (about 10 MB at most). */
const RECENT_LIMIT = 100_000;

/**
 * Most documents per write transaction by default. Why so many: a transaction rewrites every index page it touches,
 * and the documents of one transaction share pages only when there are many of them; on the BBC Results written ten
 * times over, the store's CPU fell 12% from 200 to 1,000 (20.9 -> 18.5 CPU-s). A transaction also closes after
 * `maxWriteDelayMs` and at MAX_BATCH_CHARS, and the writer thread commits a fifth of this as soon as it has caught up
 * (writer-thread.ts), so large transactions happen only when the writer falls behind.
 */
export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Most characters of article text in one write transaction, whatever the count: 1,000 BBC articles hold 2.3 M, and
 * a corpus of long documents still commits every few M characters, so the writer's buffer stays small.
 */
export const MAX_BATCH_CHARS = 4 * 1024 * 1024;

/** Most documents a worker gets in one message (see TaskMessage); a run keeps two such batches per worker in flight. */
export const WORKER_BATCH_DOCS = 16;

/**
 * Most characters of document text being extracted at once, whatever the count: bounds memory on large pages.
 * Twice what two workers hold (a batch running and one waiting, 512 K characters each), so they never wait; the
 * pages are held on this thread and copied into a worker, so more only costs memory (32 M: 40-70 MB more peak
 * RSS on 861 HTML pages).
 */
const MAX_IN_FLIGHT_CHARS = 4 * 1024 * 1024;

/**
 * V8 limits per worker thread. Old generation: a document that needs more fails alone (rule "worker-crashed").
 * Young generation 16 MB, not V8's default for a 768 MB heap: parsing a large page fills a young generation
 * whatever its size, and every worker kept the largest it had grown to (about 45 MB less peak RSS with two workers on 861
 * HTML pages; CPU within the noise).
 */
const WORKER_HEAP = { oldMb: 768, youngMb: 16 } as const;

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
  /** Skip test always; writes too unless writerDb is given. */
  readonly store: BatchStore;
  /** With worker threads: write through a dedicated writer thread on this database (the `tally run` path). */
  readonly writerDb?: { readonly path: string; readonly runId: number | null };
  /** Worker threads; 0 runs every document on the calling thread (debugging, tiny inputs). */
  readonly workers: number;
  /** Redo documents already stored by this pipeline version. */
  readonly force?: boolean;
  /** Stop reading at the first document that fails; what is in flight still finishes and is stored. */
  readonly failFast?: boolean;
  /** Results per write transaction (default DEFAULT_BATCH_SIZE); a transaction also closes after maxWriteDelayMs or at MAX_BATCH_CHARS. */
  readonly batchSize?: number;
  readonly maxWriteDelayMs?: number;
  /** Characters of article text at which a write transaction closes (default MAX_BATCH_CHARS). */
  readonly maxBatchChars?: number;
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
 * Reading is pulled only as fast as workers free up (at most two batches per worker, and 32 M characters, in flight) and as the writer
 * keeps up (at most 3 transactions' worth waiting), so memory stays flat whatever the corpus size. Results are
 * committed by one writer in transactions of `batchSize`, so a kill loses at most the open transaction; each
 * document is keyed by id + content hash + pipeline version, so a re-run skips what is done.
 * With worker threads and `writerDb`, Results travel worker -> writer thread directly: this thread only reads,
 * hashes, dispatches and counts, and never waits on SQLite.
 */
export async function runBatch(items: AsyncIterable<SourceItem>, options: BatchOptions): Promise<BatchReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const counts = emptyCounts();
  const emit = options.onEvent ?? (() => {});
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const maxWriteDelayMs = options.maxWriteDelayMs ?? 2000;
  const maxBatchChars = Math.max(1, options.maxBatchChars ?? MAX_BATCH_CHARS);
  const progressEveryMs = options.progressEveryMs ?? 200;
  const pipeline: PipelineOptions = { ...defaultOptions, ...(options.pipeline ?? {}) };

  let stopped = false;
  let writeError: Error | null = null;
  const storeRefused = (failed: ReadonlyArray<{ id: string; source: string; message: string }>) => {
    for (const f of failed) {
      counts.stored--;
      counts.failed++;
      emit({ event: 'error', source: f.source, stage: 'store', rule: 'store-failed', message: f.message });
      if (options.failFast) stopped = true;
    }
  };

  const writer =
    options.workers > 0 && options.writerDb
      ? new WriterClient({ dbPath: options.writerDb.path, runId: options.writerDb.runId, batchSize, maxBatchChars, maxDelayMs: maxWriteDelayMs, onWritten: (_n, failed) => storeRefused(failed) })
      : null;
  const pool =
    options.workers > 0
      ? new WorkerPool({
          size: options.workers,
          docTimeoutMs: options.docTimeoutMs ?? 120_000,
          maxHeapMb: WORKER_HEAP.oldMb,
          maxYoungHeapMb: WORKER_HEAP.youngMb,
          pipeline: options.pipeline,
          connectWriter: writer ? () => writer.connectWorker() : undefined,
          maxBatchDocs: WORKER_BATCH_DOCS,
        })
      : null;
  // Two batches per worker: one running, one waiting, so a worker never waits for this thread to read.
  const maxInFlight = pool ? pool.size * 2 * WORKER_BATCH_DOCS + 1 : 1;
  let inFlightChars = 0;
  // Results waiting for the writer: two transactions' worth, so one fills while the other commits.
  const maxBacklog = batchSize * 2;
  const maxBacklogChars = maxBatchChars * 2;

  let totalBytes: number | null = typeof options.totalBytes === 'number' ? options.totalBytes : null;
  if (options.totalBytes && typeof options.totalBytes === 'object') void options.totalBytes.then((t) => (totalBytes = t)).catch(() => undefined);

  let buffer: Result[] = [];
  let bufferChars = 0;
  let skippedIds: string[] = [];
  let lastWrite = now();
  let lastProgress = 0;

  /** In-thread writing (no writer thread): one transaction per batch through the store. */
  const flush = () => {
    if (buffer.length === 0 && skippedIds.length === 0) return;
    const batch = buffer;
    const skipped = skippedIds;
    buffer = [];
    bufferChars = 0;
    skippedIds = [];
    lastWrite = now();
    const report = batch.length ? options.store.writeResults(batch) : undefined;
    if (skipped.length && options.store.markSkipped) options.store.markSkipped(skipped);
    const refused = [];
    for (const o of report?.outcomes ?? []) {
      if (o.status !== 'failed') continue;
      const r = batch.find((x) => x.id === o.id);
      if (!r || r.errors.some((e) => e.severity === 'fatal')) continue;
      refused.push({ id: r.id, source: r.source, message: o.warnings.find((w) => w.severity === 'fatal')?.message ?? 'The document could not be stored.' });
    }
    storeRefused(refused);
  };
  const progress = (force = false) => {
    const t = now();
    if (!force && t - lastProgress < progressEveryMs) return;
    lastProgress = t;
    emit({ event: 'progress', counts: { ...counts }, elapsedMs: t - started, totalBytes });
  };
  /** Counts a finished document and sends its Result on to be written (unless a worker already sent it to the writer). */
  const accept = (summary: DocSummary, result: Result | null, bytes: number) => {
    if (summary.fatal.length) {
      counts.failed++;
      for (const e of summary.fatal) emit({ event: 'error', source: summary.source, stage: e.stage, rule: e.rule, message: e.message });
      if (options.failFast) stopped = true;
    } else {
      counts.stored++;
      counts.textChars += summary.textChars;
    }
    emit({ event: 'document', source: summary.source, id: summary.id, status: summary.fatal.length ? 'failed' : 'stored', bytes, claims: summary.claims, quotes: summary.quotes, findings: summary.findings });
    if (writer) {
      if (result) writer.write(result);
      else writer.noteSent(summary.textChars);
    } else if (result) {
      buffer.push(result);
      bufferChars += result.article.text.length;
      if (buffer.length >= batchSize || bufferChars >= maxBatchChars || now() - lastWrite >= maxWriteDelayMs) {
        try {
          flush();
        } catch (err) {
          writeError = err as Error;
          stopped = true;
        }
      }
    }
    progress();
  };
  const acceptResult = (result: Result, bytes: number) => accept(summarizeResult(result), result, bytes);

  // The stages (and compromise) load only where they run: in the workers, or here when there are none.
  const runDocument = pool ? null : (await import('../run-document.js')).runDocument;
  const inFlight = new Set<Promise<void>>();
  const recent = new Set<string>();
  const runOne = (doc: SourceDoc, hash: string, bytes: number): Promise<void> => {
    if (!pool) return Promise.resolve().then(() => acceptResult(runDocument!(doc, pipeline, hash), bytes));
    return pool.run(doc, hash).then(
      (outcome) => accept(outcome.summary, outcome.result, bytes),
      (err: unknown) => {
        if (err instanceof TaskError) return acceptResult(crashedResult(doc, hash, err.rule, err.message), bytes);
        throw err;
      },
    );
  };

  emit({ event: 'start', runId: options.writerDb?.runId ?? null, workers: pool?.size ?? 0, totalBytes });
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
        acceptResult(unreadableResult(item.location, item.rule, item.message), bytes);
      } else {
        const hash = contentHash(item.doc.body);
        const id = item.doc.id ?? hash.slice(0, 16);
        const key = `${id}:${hash}`;
        // The same content twice in one run (copies in a corpus): the second is skipped even before the first is committed.
        const repeat = recent.has(key);
        if (!repeat) {
          recent.add(key);
          if (recent.size > RECENT_LIMIT) recent.delete(recent.values().next().value!);
        }
        if (repeat || (!options.force && options.store.isStored(id, hash, PIPELINE_VERSION))) {
          counts.skipped++;
          skippedIds.push(id);
          if (writer && skippedIds.length >= 500) writer.markSkipped(skippedIds.splice(0));
          emit({ event: 'document', source: item.doc.location, id, status: 'skipped', bytes, claims: 0, quotes: 0, findings: 0 });
          progress();
          continue;
        }
        const chars = item.doc.body.length;
        inFlightChars += chars;
        const tracked: Promise<void> = runOne(item.doc, hash, bytes).finally(() => {
          inFlight.delete(tracked);
          inFlightChars -= chars;
        });
        inFlight.add(tracked);
      }
      while (inFlight.size >= maxInFlight || (inFlight.size > 0 && inFlightChars >= MAX_IN_FLIGHT_CHARS)) await Promise.race(inFlight);
      if (writer) {
        await writer.waitBelow(maxBacklog, maxBacklogChars);
        if (writer.error) throw writer.error;
      }
    }
    await Promise.all(inFlight);
    if (writeError) throw writeError;
    if (writer) {
      writer.markSkipped(skippedIds.splice(0));
      await writer.close();
    } else flush();
  } catch (err) {
    await writer?.abort();
    throw err;
  } finally {
    await pool?.close();
  }
  if (options.signal?.aborted) stopped = true;
  const elapsedMs = now() - started;
  emit({ event: 'done', counts: { ...counts }, elapsedMs, stopped });
  return { counts, elapsedMs, stopped };
}
