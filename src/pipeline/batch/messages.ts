import type { MessagePort } from 'node:worker_threads';
import type { SourceDoc } from '../../schema/source.js';
import type { Result } from '../../schema/result.js';

/** One document to run, numbered by the pool. */
export interface TaskItem {
  readonly seq: number;
  readonly doc: SourceDoc;
  /** contentHash(doc.body), when the sender has it: the worker need not hash the page again. */
  readonly hash?: string;
}

/**
 * Main thread -> worker: documents to run in order, as one message.
 * Why several per message: each message wakes a sleeping thread, and per-document messages (a task, a Result,
 * a summary) cost more CPU in wake-ups and copies than small documents cost to extract.
 */
export interface TaskMessage {
  readonly tasks: readonly TaskItem[];
}

/** Worker -> main thread: the answers to one TaskMessage, in its order. */
export interface ReplyBatch {
  readonly replies: readonly ReplyMessage[];
}

/** What the main thread needs to know about a finished document when the Result itself went straight to the writer. */
export interface DocSummary {
  readonly id: string;
  readonly source: string;
  readonly claims: number;
  readonly quotes: number;
  readonly findings: number;
  readonly textChars: number;
  readonly fatal: ReadonlyArray<{ readonly stage: string; readonly rule: string | null; readonly message: string }>;
}

/** Worker -> main thread: the Result (no writer thread) or its summary (the Result went to the writer), or why runDocument threw. */
export type ReplyMessage =
  | { readonly seq: number; readonly ok: true; readonly result?: Result; readonly summary: DocSummary }
  | { readonly seq: number; readonly ok: false; readonly message: string };

/** Main thread -> writer thread. */
export type WriterCommand =
  | { readonly type: 'port'; readonly port: MessagePort }
  | { readonly type: 'result'; readonly result: Result }
  /** The Results of one worker's TaskMessage, sent together once they are all done. */
  | { readonly type: 'results'; readonly results: readonly Result[] }
  | { readonly type: 'skipped'; readonly ids: readonly string[] }
  /** Finish once `expected` Results in all have arrived (from workers and the main thread), then close the store. */
  | { readonly type: 'close'; readonly expected: number };

/** Writer thread -> main thread. */
export type WriterEvent =
  | { readonly type: 'written'; readonly count: number; readonly chars: number; readonly failed: ReadonlyArray<{ readonly id: string; readonly source: string; readonly message: string }> }
  | { readonly type: 'error'; readonly message: string }
  | { readonly type: 'closed' };

export function summarizeResult(result: Result): DocSummary {
  return {
    id: result.id,
    source: result.source,
    claims: result.claims.length,
    quotes: result.quotes.length,
    findings: result.findings.length,
    textChars: result.article.text.length,
    fatal: result.errors.filter((e) => e.severity === 'fatal').map((e) => ({ stage: e.stage, rule: e.rule, message: e.message })),
  };
}
