import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Result } from '../../schema/result.js';
import { resolveThreadUrl } from './worker-pool.js';
import type { WriterCommand, WriterEvent } from './messages.js';

export interface WriterOptions {
  readonly dbPath: string;
  readonly runId: number | null;
  readonly batchSize: number;
  /** A transaction also closes once its Results hold this many characters of article text. */
  readonly maxBatchChars: number;
  readonly maxDelayMs: number;
  /** Called after each committed transaction with the documents written and those the store refused. */
  readonly onWritten: (count: number, failed: ReadonlyArray<{ id: string; source: string; message: string }>) => void;
}

/** The main thread's handle on the writer thread: hands out ports for workers, sends Results, waits for the last commit. */
export class WriterClient {
  private readonly thread: Worker;
  private sent = 0;
  private written = 0;
  private sentChars = 0;
  private writtenChars = 0;
  private failure: Error | null = null;
  private closed: Promise<void>;
  private waiters: Array<() => void> = [];

  constructor(options: WriterOptions) {
    this.thread = new Worker(resolveThreadUrl('writer-thread.js'), {
      workerData: { dbPath: options.dbPath, runId: options.runId, batchSize: options.batchSize, maxBatchChars: options.maxBatchChars, maxDelayMs: options.maxDelayMs },
    });
    this.closed = new Promise<void>((resolve) => {
      this.thread.on('message', (e: WriterEvent) => {
        if (e.type === 'written') {
          this.written += e.count;
          this.writtenChars += e.chars;
          options.onWritten(e.count, e.failed);
        } else if (e.type === 'error') this.failure = new Error(`Writing to the database failed: ${e.message}`);
        else if (e.type === 'closed') resolve();
        this.wake();
      });
      this.thread.on('error', (err) => {
        this.failure = new Error(`The database writer stopped: ${err.message}`);
        this.wake();
        resolve();
      });
      this.thread.on('exit', () => {
        this.wake();
        resolve();
      });
    });
  }

  /** Results handed to the writer (by workers or this thread) and not yet committed: the writer's backlog. */
  get backlog(): number {
    return this.sent - this.written;
  }

  /** Characters of article text in the backlog. */
  get backlogChars(): number {
    return this.sentChars - this.writtenChars;
  }

  get error(): Error | null {
    return this.failure;
  }

  /** A port for one extraction worker to send its Results on. */
  connectWorker(): MessagePort {
    const { port1, port2 } = new MessageChannel();
    this.thread.postMessage({ type: 'port', port: port1 } satisfies WriterCommand, [port1]);
    return port2;
  }

  /** Counts a Result a worker sent on its port, with the characters of its article text. */
  noteSent(chars: number): void {
    this.sent++;
    this.sentChars += chars;
  }

  /** Sends a Result made on this thread (unreadable input, crashed worker). */
  write(result: Result): void {
    this.sent++;
    this.sentChars += result.article.text.length;
    this.thread.postMessage({ type: 'result', result } satisfies WriterCommand);
  }

  markSkipped(ids: readonly string[]): void {
    if (ids.length) this.thread.postMessage({ type: 'skipped', ids } satisfies WriterCommand);
  }

  /** Resolves when the backlog is below `limit` documents and `charLimit` characters (or the writer failed). */
  async waitBelow(limit: number, charLimit = Infinity): Promise<void> {
    while ((this.backlog >= limit || (this.backlog > 0 && this.backlogChars >= charLimit)) && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
  }

  /** Waits for every sent Result to be committed, then for the writer to close the database. */
  async close(): Promise<void> {
    this.thread.postMessage({ type: 'close', expected: this.sent } satisfies WriterCommand);
    await this.closed;
    if (this.failure) throw this.failure;
  }

  /** Stops the writer at once (after a failure elsewhere); what was committed stays committed. */
  async abort(): Promise<void> {
    await this.thread.terminate();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
