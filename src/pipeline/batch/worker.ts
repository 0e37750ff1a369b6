import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { runDocument } from '../run-document.js';
import { defaultOptions, type PipelineOptions } from '../context.js';
import type { SourceDoc } from '../../schema/source.js';
import type { Result } from '../../schema/result.js';
import { summarizeResult, type TaskMessage, type ReplyMessage, type ReplyBatch, type WriterCommand } from './messages.js';

/**
 * The worker thread's body: a batch of documents in, their Results out, one document at a time. With a writer
 * port, the batch's Results go straight to the writer thread in one message and only summaries return to the
 * main thread, so the main thread never copies Results. Nothing leaves before the whole batch is done, so a
 * batch the pool abandons (timeout, crash) has sent nothing anywhere and can be redone.
 */
const data = (workerData ?? {}) as { options?: Partial<PipelineOptions>; writer?: MessagePort };
const options: PipelineOptions = { ...defaultOptions, ...(data.options ?? {}) };
const writer = data.writer ?? null;

parentPort!.on('message', (msg: TaskMessage) => {
  const replies: ReplyMessage[] = [];
  const results: Result[] = [];
  for (const task of msg.tasks) {
    try {
      const result = runDocument(task.doc as SourceDoc, options, task.hash);
      if (writer) {
        results.push(result);
        replies.push({ seq: task.seq, ok: true, summary: summarizeResult(result) });
      } else replies.push({ seq: task.seq, ok: true, result, summary: summarizeResult(result) });
    } catch (err) {
      replies.push({ seq: task.seq, ok: false, message: (err as Error)?.message ?? String(err) });
    }
  }
  if (writer && results.length) writer.postMessage({ type: 'results', results } satisfies WriterCommand);
  parentPort!.postMessage({ replies } satisfies ReplyBatch);
});

// Loaded: tell the pool, so that an error before this line is known to be a broken install, not a bad document.
parentPort!.postMessage({ ready: true });
