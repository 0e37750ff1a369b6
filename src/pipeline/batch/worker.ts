import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { runDocument } from '../run-document.js';
import { defaultOptions, type PipelineOptions } from '../context.js';
import type { SourceDoc } from '../../schema/source.js';
import { summarizeResult, type TaskMessage, type ReplyMessage } from './messages.js';

/**
 * The worker thread's body: documents in, Results out, one at a time. With a writer port, the Result goes straight
 * to the writer thread and only a summary returns to the main thread, so the main thread never copies Results.
 */
const data = (workerData ?? {}) as { options?: Partial<PipelineOptions>; writer?: MessagePort };
const options: PipelineOptions = { ...defaultOptions, ...(data.options ?? {}) };
const writer = data.writer ?? null;

parentPort!.on('message', (msg: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    const result = runDocument(msg.doc as SourceDoc, options);
    if (writer) {
      writer.postMessage({ type: 'result', result });
      reply = { seq: msg.seq, ok: true, summary: summarizeResult(result) };
    } else reply = { seq: msg.seq, ok: true, result, summary: summarizeResult(result) };
  } catch (err) {
    reply = { seq: msg.seq, ok: false, message: (err as Error)?.message ?? String(err) };
  }
  parentPort!.postMessage(reply);
});

// Loaded: tell the pool, so that an error before this line is known to be a broken install, not a bad document.
parentPort!.postMessage({ ready: true });
