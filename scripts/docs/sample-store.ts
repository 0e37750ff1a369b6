import { openStore, type Store } from '../../src/store/index.js';
import { sampleResults, sampleUnreadable } from './sample-results.js';

/** The sample corpus stored as `tally run` would store it: one run, four articles, one unreadable input. */
export function openSampleStore(path = ':memory:'): Store {
  const store = openStore(path);
  const runId = store.startRun({ inputs: ['sample'], pipelineVersion: 'sample', options: {} });
  store.writeResults(sampleResults, runId);
  store.recordError(sampleUnreadable, runId);
  store.finishRun(runId, { documents: sampleResults.length + 1, stored: sampleResults.length, skipped: 0, failed: 1 });
  return store;
}
