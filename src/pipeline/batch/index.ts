export { runBatch, DEFAULT_BATCH_SIZE, type BatchOptions, type BatchReport, type BatchStore } from './run-batch.js';
export { WorkerPool, TaskError, resolveWorkerUrl, type PoolOptions } from './worker-pool.js';
export { emptyCounts, type BatchCounts, type BatchEvent } from './events.js';
export { unreadableResult, crashedResult } from './failed-results.js';
