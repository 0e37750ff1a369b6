import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openStore } from '../../store/index.js';
import type { Result } from '../../schema/result.js';
import type { WriterCommand, WriterEvent } from './messages.js';

/**
 * The one writer: a thread that owns the database connection, gathers Results from the extraction workers
 * (each has its own port here) and from the main thread, and writes them in transactions of `batchSize` documents or
 * `maxBatchChars` characters of article text, whichever comes first,
 * or every `maxDelayMs`. Off the main thread so reading and dispatching never wait on SQLite.
 */
const { dbPath, runId, batchSize, maxBatchChars, maxDelayMs } = workerData as { dbPath: string; runId: number | null; batchSize: number; maxBatchChars: number; maxDelayMs: number };
const store = openStore(dbPath);
let buffer: Result[] = [];
let bufferChars = 0;
let skipped: string[] = [];
let received = 0;
let closeAt: number | null = null;
let timer: NodeJS.Timeout | null = null;

const send = (e: WriterEvent) => parentPort!.postMessage(e);

function flush(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (buffer.length === 0 && skipped.length === 0) return;
  const batch = buffer;
  const chars = bufferChars;
  const skip = skipped;
  buffer = [];
  bufferChars = 0;
  skipped = [];
  try {
    const report = batch.length ? store.writeResults(batch, runId) : { outcomes: [] };
    if (skip.length && runId !== null) store.markSkipped(runId, skip);
    const failed = report.outcomes
      .filter((o) => o.status === 'failed')
      .map((o) => {
        const r = batch.find((x) => x.id === o.id);
        // Only the store's own refusals: extraction failures are already known to the main thread.
        if (!r || r.errors.some((e) => e.severity === 'fatal')) return null;
        return { id: o.id, source: r.source, message: o.warnings.find((w) => w.severity === 'fatal')?.message ?? 'The document could not be stored.' };
      })
      .filter((x): x is { id: string; source: string; message: string } => x !== null);
    send({ type: 'written', count: batch.length, chars, failed });
  } catch (err) {
    send({ type: 'error', message: (err as Error).message });
  }
}

/**
 * A fifth of a full transaction: once the writer holds this many and has read every message waiting for it, it commits.
 * Why: a group commit that sizes itself. While the writer keeps up, transactions stay small, so the last one, written
 * after the workers finish, is small too; when it falls behind (long runs, where its indexes are large), Results pile up
 * during each commit and the next transaction is larger, up to `batchSize`, where a transaction costs least per document.
 */
const eagerAt = Math.max(1, Math.floor(batchSize / 5));
let eager: NodeJS.Immediate | null = null;

function onResult(result: Result): void {
  received++;
  buffer.push(result);
  bufferChars += result.article.text.length;
  if (buffer.length >= batchSize || bufferChars >= maxBatchChars) flush();
  else {
    if (!timer) timer = setTimeout(flush, maxDelayMs);
    // setImmediate runs after the messages already queued have been read.
    if (buffer.length >= eagerAt && !eager) eager = setImmediate(() => {
      eager = null;
      if (buffer.length >= eagerAt) flush();
    });
  }
  maybeClose();
}

function maybeClose(): void {
  if (closeAt === null || received < closeAt) return;
  flush();
  store.close();
  send({ type: 'closed' });
  parentPort!.close();
  process.exit(0);
}

parentPort!.on('message', (cmd: WriterCommand) => {
  if (cmd.type === 'port') {
    const port: MessagePort = cmd.port;
    port.on('message', (m: WriterCommand) => {
      if (m.type === 'result') onResult(m.result);
      else if (m.type === 'results') for (const r of m.results) onResult(r);
    });
  } else if (cmd.type === 'result') onResult(cmd.result);
  else if (cmd.type === 'skipped') skipped.push(...cmd.ids);
  else if (cmd.type === 'close') {
    closeAt = cmd.expected;
    maybeClose();
  }
});
