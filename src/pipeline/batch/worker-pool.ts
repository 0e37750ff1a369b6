import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { SourceDoc } from '../../schema/source.js';
import type { Result } from '../../schema/result.js';
import type { PipelineOptions } from '../options.js';
import type { DocSummary, ReplyBatch, ReplyMessage, TaskMessage } from './messages.js';

export interface PoolOptions {
  /** Worker threads (the CLI default: one per core but one, see `defaultWorkers`). */
  readonly size: number;
  /** A document running longer than this is abandoned: its worker is replaced and the document fails with rule "timeout". */
  readonly docTimeoutMs?: number;
  /** Heap limit per worker in MB; a document that blows it fails alone (rule "worker-crashed") instead of the run. */
  readonly maxHeapMb?: number;
  /** Young-generation limit per worker in MB (V8's default when absent). */
  readonly maxYoungHeapMb?: number;
  readonly pipeline?: Partial<PipelineOptions>;
  /** The worker script (default: the compiled worker.js); tests swap in a stand-in. */
  readonly workerUrl?: URL;
  /** Gives each new worker a port to the writer thread; its Results then go there and only summaries come back. */
  readonly connectWriter?: () => MessagePort;
  /** Most documents sent to a worker in one message (default 16); see TaskMessage. */
  readonly maxBatchDocs?: number;
  /** Most characters of document text in one message (default 512 K); a larger document goes alone. */
  readonly maxBatchChars?: number;
}

/** Why the pool could not produce a Result for a document. */
export class TaskError extends Error {
  constructor(
    message: string,
    readonly rule: 'timeout' | 'worker-crashed' | 'pipeline-threw',
  ) {
    super(message);
  }
}

/** A finished document: its summary, and the Result itself unless it went straight to the writer. */
export interface TaskOutcome {
  readonly summary: DocSummary;
  readonly result: Result | null;
}

interface Task {
  readonly seq: number;
  readonly doc: SourceDoc;
  /** contentHash(doc.body) when the caller has it. */
  readonly hash: string | undefined;
  /** Run in a batch of its own: set when a batch it was in timed out or crashed, to find the document that did it. */
  alone: boolean;
  resolve(r: TaskOutcome): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  /** The worker loaded its code and said so; an error before that means the pipeline cannot run at all. */
  ready: boolean;
  /** The batch the worker is running, in order; empty when idle. */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
}

/**
 * A fixed set of worker threads running runDocument, FIFO. A free worker takes the documents waiting, up to
 * maxBatchDocs / maxBatchChars, in one message and answers them in one message (see TaskMessage for why).
 * The caller bounds how many documents it submits (see runBatch); the pool only queues what it is given.
 * A worker that hangs or dies takes only the document that did it down: when a batch of several times out or
 * crashes, the worker is replaced and each of its documents is run again in a batch of its own, so the
 * culprit fails alone (the time limit applies to a batch; a document run alone gets the full limit).
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closed = false;
  private broken: Error | null = null;
  private readonly url: URL;

  constructor(private readonly options: PoolOptions) {
    this.url = options.workerUrl ?? resolveWorkerUrl();
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Documents submitted and not yet finished. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.tasks.length, 0);
  }

  /** Runs one document on the next free worker; `hash`, its contentHash when the caller has one, spares the worker hashing it again. */
  run(doc: SourceDoc, hash?: string): Promise<TaskOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('The worker pool is closed.'));
    return new Promise<TaskOutcome>((resolve, reject) => {
      this.queue.push({ seq: this.seq++, doc, hash, alone: false, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; documents not yet finished are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new TaskError('The run stopped before this document was processed.', 'worker-crashed'));
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        for (const t of s.tasks.splice(0)) t.reject(new TaskError('The run stopped while this document was being processed.', 'worker-crashed'));
        await retire(s.worker);
      }),
    );
  }

  private spawn(): Slot {
    const writer = this.options.connectWriter?.() ?? null;
    const worker = new Worker(this.url, {
      workerData: { options: this.options.pipeline ?? {}, writer },
      transferList: writer ? [writer] : [],
      resourceLimits: {
        ...(this.options.maxHeapMb ? { maxOldGenerationSizeMb: this.options.maxHeapMb } : {}),
        ...(this.options.maxYoungHeapMb ? { maxYoungGenerationSizeMb: this.options.maxYoungHeapMb } : {}),
      },
    });
    const slot: Slot = { worker, ready: false, tasks: [], timer: null };
    worker.on('message', (msg: ReplyBatch | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.dispatch();
      } else this.finish(slot, msg);
    });
    worker.on('error', (err) => {
      if (!slot.ready) return this.fail(new Error(`The extraction worker could not start: ${err.message}`));
      this.replace(slot, new TaskError(`The worker running this document crashed: ${err.message}.`, 'worker-crashed'));
    });
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, new TaskError(`The worker running this document exited with code ${code}.`, 'worker-crashed'));
    });
    // An idle worker must not keep the process alive on its own.
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      // Only a loaded worker gets documents, so its start-up time never counts against their time limit.
      if (!slot.ready || slot.tasks.length > 0 || this.queue.length === 0) continue;
      slot.tasks = this.takeBatch();
      slot.worker.ref();
      const timeout = this.options.docTimeoutMs;
      if (timeout && timeout > 0) {
        slot.timer = setTimeout(() => this.replace(slot, new TaskError(`Processing took longer than ${timeout} ms and was stopped.`, 'timeout')), timeout);
      }
      slot.worker.postMessage({ tasks: slot.tasks.map((t) => ({ seq: t.seq, doc: t.doc, hash: t.hash })) } satisfies TaskMessage);
    }
  }

  /** The next documents for a free worker: one that must run alone, or as many waiting ones as fit the limits. */
  private takeBatch(): Task[] {
    const first = this.queue.shift()!;
    const batch = [first];
    if (first.alone) return batch;
    const maxDocs = this.options.maxBatchDocs ?? 16;
    const maxChars = this.options.maxBatchChars ?? 512 * 1024;
    // Leave the other free workers their share, so a short queue is spread rather than sent to one worker.
    const free = this.slots.filter((s) => s.ready && s.tasks.length === 0).length;
    const share = Math.max(1, Math.ceil((this.queue.length + 1) / Math.max(1, free)));
    let chars = first.doc.body.length;
    while (batch.length < Math.min(maxDocs, share) && this.queue.length > 0) {
      const next = this.queue[0]!;
      if (next.alone || chars + next.doc.body.length > maxChars) break;
      chars += next.doc.body.length;
      batch.push(this.queue.shift()!);
    }
    return batch;
  }

  private finish(slot: Slot, msg: ReplyBatch): void {
    const tasks = slot.tasks;
    if (tasks.length === 0 || msg.replies.length !== tasks.length || msg.replies.some((r, i) => r.seq !== tasks[i]!.seq)) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.tasks = [];
    slot.worker.unref();
    msg.replies.forEach((reply: ReplyMessage, i) => {
      const task = tasks[i]!;
      if (reply.ok) task.resolve({ summary: reply.summary, result: reply.result ?? null });
      else task.reject(new TaskError(`The pipeline failed on this document: ${reply.message}.`, 'pipeline-threw'));
    });
    this.dispatch();
  }

  /** The pipeline cannot run (its code failed to load): every document waiting fails with the cause, and so will later ones. */
  private fail(error: Error): void {
    if (this.closed) return;
    this.broken = error;
    for (const t of this.queue.splice(0)) t.reject(error);
    for (const s of this.slots) {
      if (s.timer) clearTimeout(s.timer);
      for (const t of s.tasks.splice(0)) t.reject(error);
      void retire(s.worker);
    }
  }

  /**
   * Swaps in a fresh worker and carries on with the queue. A document that was running alone fails with `error`;
   * the documents of a larger batch go back to the front of the queue, each to run alone (the worker sent
   * nothing for an unfinished batch, so nothing is written twice).
   */
  private replace(slot: Slot, error: TaskError): void {
    if (this.closed) return;
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    if (slot.timer) clearTimeout(slot.timer);
    void retire(slot.worker);
    this.slots[i] = this.spawn();
    const tasks = slot.tasks.splice(0);
    if (tasks.length === 1) tasks[0]!.reject(error);
    else {
      for (const t of tasks) t.alone = true;
      this.queue.unshift(...tasks);
    }
    this.dispatch();
  }
}

/** Stops a worker we no longer listen to; a late error from it must not become an unhandled one. */
function retire(worker: Worker): Promise<number> {
  worker.removeAllListeners();
  worker.on('error', () => {});
  return worker.terminate();
}

/**
 * The compiled worker script. From dist/ it sits beside this module; when this module runs from TypeScript
 * source (vitest), the compiled copy in dist/ is used, so `npm run build` must have run.
 */
export function resolveWorkerUrl(): URL {
  return resolveThreadUrl('worker.js');
}

/** A compiled thread script of this folder, from dist/ whether this module runs compiled or as TypeScript source. */
export function resolveThreadUrl(name: string): URL {
  const here = new URL(`./${name}`, import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return here;
  const src = fileURLToPath(import.meta.url);
  const root = resolve(dirname(src), '..', '..', '..');
  const compiled = join(root, 'dist', 'src', 'pipeline', 'batch', name);
  if (!existsSync(compiled)) throw new Error(`The worker script ${compiled} is missing; run "npm run build" first.`);
  return pathToFileURL(compiled);
}
