import { parentPort, workerData } from 'node:worker_threads';
import { runDocument } from '../run-document.js';
import { defaultOptions, type PipelineOptions } from '../context.js';
import type { SourceDoc } from '../../schema/source.js';
import type { TaskMessage, ReplyMessage } from './messages.js';

/** The worker thread's body: documents in, Results out, one at a time; runDocument never throws for a stage's fault. */
const options: PipelineOptions = { ...defaultOptions, ...((workerData as { options?: Partial<PipelineOptions> } | null)?.options ?? {}) };

parentPort!.on('message', (msg: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { seq: msg.seq, ok: true, result: runDocument(msg.doc as SourceDoc, options) };
  } catch (err) {
    reply = { seq: msg.seq, ok: false, message: (err as Error)?.message ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
