import type { SourceDoc } from '../../schema/source.js';
import type { Result } from '../../schema/result.js';

/** Main thread -> worker: one document to run. */
export interface TaskMessage {
  readonly seq: number;
  readonly doc: SourceDoc;
}

/** Worker -> main thread: its Result, or why runDocument itself threw. */
export type ReplyMessage = { readonly seq: number; readonly ok: true; readonly result: Result } | { readonly seq: number; readonly ok: false; readonly message: string };
